/**
 * The browser's client wrapper (src/net/client.ts) against a real server on 127.0.0.1: it finds the
 * server, creates a session, joins as each kind of device, gets the seat back after a "reload" from
 * what it kept; and position memos (#16 item 1) travel from a student to the console, onto the
 * projector without the name, and into the teacher's export but never into the replayable save.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Connection,
  checkCode,
  connect,
  createSession,
  type KeptValues,
  keys,
  memoryKept,
  probeServer,
  type Who,
} from '../../src/net/client';
import type {
  ExportMessage,
  FacilitatorState,
  ProjectorState,
  Refused,
  SeatState,
  ServerMessage,
  Welcome,
} from '../../src/net/protocol';
import { setQuiet } from '../../src/server/log';
import { type RunningServer, startServer } from '../../src/server/startServer';

const PORT = 2582;
let server: RunningServer;
let base: string;
let sessions: string;

beforeAll(async () => {
  setQuiet(true);
  sessions = mkdtempSync(joinPath(tmpdir(), 'eyes-only-net-client-'));
  server = await startServer({ port: PORT, sessionsDir: sessions, dist: joinPath(sessions, 'no-dist') });
  base = server.url;
});

afterAll(async () => {
  await server?.close();
  rmSync(sessions, { recursive: true, force: true });
});

interface Device {
  connection: Connection;
  inbox: ServerMessage[];
  drops: boolean[];
  closed: string[];
  next<T extends ServerMessage>(type: T['type'], test?: (m: T) => boolean, from?: number): Promise<T>;
}

async function device(who: Who, code: string, kept: KeptValues, name?: string): Promise<Device> {
  const inbox: ServerMessage[] = [];
  const drops: boolean[] = [];
  const closed: string[] = [];
  const connection = await connect(
    { base, code, who, kept, ...(name ? { name } : {}) },
    { message: (m) => inbox.push(m), reconnecting: (on) => drops.push(on), closed: (r) => closed.push(r) },
  );
  return {
    connection,
    inbox,
    drops,
    closed,
    next: <T extends ServerMessage>(type: T['type'], test: (m: T) => boolean = () => true, from = 0) =>
      new Promise<T>((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const found = inbox.slice(from).find((m) => m.type === type && test(m as T));
          if (found) return resolve(found as T);
          if (Date.now() - started > 10_000) return reject(new Error(`no ${type} came`));
          setTimeout(look, 5);
        };
        look();
      }),
  };
}

describe('the client wrapper', () => {
  it('knows the classroom server from a page with no server behind it', async () => {
    expect(await probeServer(base)).toBe(true);
    expect(await probeServer('http://127.0.0.1:2589')).toBe(false);
  });

  it('normalises a typed code and refuses a malformed one in words', () => {
    expect(checkCode(' acd-efg ')).toEqual({ ok: true, code: 'ACDEFG' });
    const bad = checkCode('12');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/6 letters and digits/);
  });

  it('refuses a create or a join in the server’s own words', async () => {
    await expect(
      createSession(base, { scenario: { id: 'no-such' }, classSize: 8, seed: 1, debateMinutes: 5 }),
    ).rejects.toThrow(/Cannot create the session/);
    await expect(device('student', 'ACDEFG', memoryKept(), 'Ann')).rejects.toThrow(/No session has that code/);
    // A facilitator console on a device that never held the secret is told where to open it.
    const created = await createSession(base, {
      scenario: { id: 'black-saturday' },
      classSize: 8,
      seed: 3,
      debateMinutes: 5,
    });
    await expect(device('facilitator', created.code, memoryKept())).rejects.toThrow(/facilitator’s key/);
  }, 30_000);

  it('gets the same seat back after a reload, from what the device kept', async () => {
    const created = await createSession(base, {
      scenario: { id: 'black-saturday' },
      classSize: 8,
      seed: 5,
      debateMinutes: 5,
    });
    const kept = memoryKept();
    const first = await device('student', created.code, kept, 'Rosa');
    const welcome = await first.next<Welcome>('welcome');
    const role = (await first.next<SeatState>('seat')).role.id;
    expect(kept.getItem(keys.seat(created.code))).toBe(welcome.seatToken);
    expect(kept.getItem(keys.reconnect(created.code, 'student'))).toBeTruthy();
    // A reload: the page's socket goes without a goodbye (and the old page's code goes with it, so
    // its SDK does not reconnect by itself); the new page joins with what was kept.
    first.connection.room.reconnection.enabled = false;
    (first.connection.room.connection as unknown as { transport: { ws: { close(): void } } }).transport.ws.close();
    await new Promise((r) => setTimeout(r, 200));
    const again = await device('student', created.code, kept, 'someone else');
    const seat = await again.next<SeatState>('seat');
    expect(seat.role.id).toBe(role);
    await again.connection.leave();
  }, 30_000);
});

describe('position memos on devices', () => {
  it('go from a student to the console, onto the projector without the name, and into the export only', async () => {
    const created = await createSession(base, {
      scenario: { id: 'black-saturday' },
      classSize: 8,
      seed: 7,
      debateMinutes: 5,
    });
    const teacher = memoryKept();
    teacher.setItem(keys.secret(created.code), created.secret);
    const console_ = await device('facilitator', created.code, teacher);
    const projector = await device('projector', created.code, memoryKept());
    const student = await device('student', created.code, memoryKept(), 'Mara Quist');
    const seat = await student.next<SeatState>('seat');
    expect(seat.memos?.length).toBeGreaterThan(0);
    const prompt = seat.memos?.find((m) => m.open);
    if (!prompt) throw new Error('no open memo prompt for the role');
    expect(prompt.text).toBeNull();

    // Too long, empty, or on a decision the role has no prompt for: refused with the reason.
    const refusal = async (payload: { decision: string; text: string }) => {
      const from = student.inbox.length;
      student.connection.send('memo', payload);
      return (await student.next<Refused>('refused', () => true, from)).reason;
    };
    expect(await refusal({ decision: prompt.decision, text: 'x'.repeat(3001) })).toMatch(/^Malformed "memo": text:/);
    expect(await refusal({ decision: prompt.decision, text: '   ' })).toMatch(/empty/);
    expect(await refusal({ decision: 'no-such-decision', text: 'My memo.' })).toMatch(/no memo to write/);

    const text = 'Take the Turkish missiles off the table in public; hold the quarantine.';
    student.connection.send('memo', { decision: prompt.decision, text });
    const mine = await student.next<SeatState>('seat', (s) => s.memos?.some((m) => m.text === text) ?? false);
    expect(mine.memos?.find((m) => m.decision === prompt.decision)?.text).toBe(text);
    const seen = await console_.next<FacilitatorState>('facilitator', (f) => (f.memos?.length ?? 0) > 0);
    const entry = seen.memos?.[0];
    expect(entry).toMatchObject({ name: 'Mara Quist', decision: prompt.decision, text });
    // A rewrite replaces the memo (one per student and decision).
    student.connection.send('memo', { decision: prompt.decision, text: `${text} Then talk.` });
    const rewritten = await console_.next<FacilitatorState>('facilitator', (f) =>
      (f.memos ?? []).some((m) => m.text.endsWith('Then talk.')),
    );
    expect(rewritten.memos).toHaveLength(1);

    // A student cannot put a memo up; the facilitator can, and the projector never hears the name.
    const from = student.inbox.length;
    student.connection.send('showMemo', { memo: entry?.id ?? '' });
    expect((await student.next<Refused>('refused', () => true, from)).reason).toBe('Only the facilitator can do that.');
    console_.connection.send('showMemo', { memo: entry?.id ?? '' });
    const shown = await projector.next<ProjectorState>('projector', (p) => Boolean(p.memo));
    expect(shown.memo?.text).toMatch(/Then talk\.$/);
    expect(shown.memo?.roleName).toBe(entry?.roleName);
    for (const m of projector.inbox) expect(JSON.stringify(m)).not.toContain('Mara Quist');

    console_.connection.send('export', {});
    const exported = await console_.next<ExportMessage>('export');
    expect(exported.memos?.map((m) => m.name)).toEqual(['Mara Quist']);
    expect(exported.save).not.toContain('Turkish missiles off the table');
    expect(exported.save).not.toContain('Mara Quist');
    for (const d of [console_, projector, student]) await d.connection.leave();
  }, 40_000);
});
