/**
 * The classroom server end to end in one process: a real server on 127.0.0.1 and real @colyseus/sdk
 * clients. Joining by code, the class's vote, what each seat receives (every message inspected),
 * reconnection and the refusal of bad or unauthorised messages.
 */
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSave } from '../../src/engine/save';
import { mayRead } from '../../src/engine/view';
import type {
  CreateSession,
  ExportMessage,
  FacilitatorState,
  ProjectorState,
  Refused,
  ReviewState,
  SeatState,
  VoteUpdate,
  Welcome,
} from '../../src/net/protocol';
import {
  type ClassroomServer,
  openClass,
  playToTheEnd,
  randomPath,
  startClassroomServer,
  withVote,
} from './classroomFixture';
import { blackSaturday, createSession, findSession, join, member, pause, post } from './harness';

// A real server on a busy machine: joins and first loads take seconds, not milliseconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const PORT = 2571;
const engine = blackSaturday();
let server: ClassroomServer;
let base: string;

beforeAll(async () => {
  server = await startClassroomServer(PORT, 'sessions');
  base = server.base;
}, 60_000);

afterAll(() => server?.close());

/** One team's set-up (the ExComm) for a class of `classSize`. */
const oneTeamSetup = (classSize: number, seed = 11): CreateSession => ({
  scenario: { id: 'black-saturday' },
  classSize,
  seed,
  debateMinutes: 5,
});
const oneTeam = (classSize: number, seed = 11) => createSession(base, oneTeamSetup(classSize, seed));

describe('joining by code', () => {
  it('seats a student who joins with the code and a name, and tells them their role', async () => {
    const created = await oneTeam(8);
    expect(created.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3467]{6}$/);
    const ana = await join(base, { code: created.code, name: 'Ana' });
    const welcome = await ana.next<Welcome>('welcome');
    expect(welcome.name).toBe('Ana');
    const seat = await ana.next<SeatState>('seat');
    expect(seat.role.side).toBe('us');
    expect(seat.view.documents.length).toBeGreaterThan(0);
    // The code is case- and space-insensitive as typed on a phone.
    const typed = await findSession(base, ` ${created.code.toLowerCase().slice(0, 3)} ${created.code.slice(3)}`);
    expect(typed).toBe(ana.room.roomId);
    await ana.room.leave();
  }, 30_000);

  it('refuses a wrong code at the find and in the room itself', async () => {
    const created = await oneTeam(8);
    const wrong = created.code.startsWith('A') ? `C${created.code.slice(1)}` : `A${created.code.slice(1)}`;
    const found = await post<Refused>(`${base}/api/sessions/find`, { code: wrong });
    expect(found.status).toBe(404);
    expect((found.body as Refused).reason).toMatch(/No session has that code/);
    // Knowing the room's id is not enough: the room checks the code itself.
    await expect(new Client(base).joinById(created.roomId, { code: wrong, name: 'Eve' })).rejects.toThrow(
      /not this session/,
    );
    await expect(
      new Client(base).joinById(created.roomId, { code: created.code, secret: 'x'.repeat(32) }),
    ).rejects.toThrow(/not this session’s facilitator key/);
  });

  it('refuses a malformed set-up with the field to fix', async () => {
    const bad = await post<Refused>(`${base}/api/sessions`, {
      scenario: { id: 'black-saturday' },
      classSize: 0,
      seed: 1,
      debateMinutes: 5,
    });
    expect(bad.status).toBe(400);
    expect((bad.body as Refused).reason).toMatch(/classSize/);
    const unknown = await post<Refused>(`${base}/api/sessions`, {
      scenario: { id: 'no-such' },
      classSize: 8,
      seed: 1,
      debateMinutes: 5,
    });
    expect((unknown.body as Refused).reason).toMatch(/no bundled scenario has the id "no-such"/);
  });
});

describe('a class of 30 votes', () => {
  it('counts every vote once, shows heads without names on the projector, and decides by the vote', async () => {
    const room = await openClass(base, oneTeamSetup(30, 5), {
      projector: true,
      students: Array.from({ length: 30 }, (_, i) => `Student ${i + 1}`),
    });
    const { created, facilitator, projector, students } = room;
    const seats = await Promise.all(students.map((s) => s.next<SeatState>('seat')));
    const open = (await facilitator.next<FacilitatorState>('facilitator', (f) => f.tally !== null)).tally;
    if (!open) throw new Error('no vote open');
    const options = engine.index.decisions.get(open.decision);
    if (options?.kind !== 'choice') throw new Error('not a choice');
    const ids = options.options.map((o) => o.id).filter((id) => open.counts[id] !== undefined);
    const expected: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
    let voters = 0;
    students.forEach((s, i) => {
      const option = ids[i % 3 === 0 ? Math.min(1, ids.length - 1) : 0];
      s.room.send('vote', { decision: open.decision, option });
      if (seats[i].vote?.mayVote) {
        expected[option] += 1;
        voters += 1;
      }
    });
    // A voice seat (Havana's) has no vote: refused with a reason, not counted.
    for (const [i, seat] of seats.entries()) {
      if (!seat.vote?.mayVote) {
        const refusal = await students[i].next<Refused>('refused');
        expect(refusal.reason).toBe('Your role has no vote on this decision.');
      }
    }
    const tally = await facilitator.next<VoteUpdate>('voteUpdate', (u) => u.tally?.cast === voters);
    expect(tally.tally?.counts).toEqual(expected);
    expect(tally.voted).toHaveLength(voters);
    const shown = await projector.next<VoteUpdate>('voteUpdate', (u) => u.tally?.cast === voters);
    expect(Object.fromEntries((shown.tally?.options ?? []).map((o) => [o.id, o.count]))).toEqual(expected);
    expect(JSON.stringify(projector.inbox)).not.toMatch(/Student \d/);
    // Every student sees the heads counted, and their own vote.
    for (const [i, s] of students.entries()) {
      if (!seats[i].vote?.mayVote) continue;
      const mine = await s.next<VoteUpdate>('voteUpdate', (u) => u.vote?.cast === voters);
      expect(mine.vote?.mine).toBe(ids[i % 3 === 0 ? Math.min(1, ids.length - 1) : 0]);
    }
    // A changed vote counts once, and counts again where it went.
    const k = seats.findIndex((seat) => seat.vote?.mayVote);
    const orig = ids[k % 3 === 0 ? Math.min(1, ids.length - 1) : 0];
    const other = ids.find((id) => id !== orig) ?? orig;
    const changed = { ...expected, [orig]: expected[orig] - 1, [other]: expected[other] + 1 };
    let from = facilitator.inbox.length;
    students[k].room.send('vote', { decision: open.decision, option: other });
    await facilitator.next<VoteUpdate>(
      'voteUpdate',
      (u) => JSON.stringify(u.tally?.counts) === JSON.stringify(changed),
      from,
    );
    from = facilitator.inbox.length;
    students[k].room.send('vote', { decision: open.decision, option: orig });
    await facilitator.next<VoteUpdate>(
      'voteUpdate',
      (u) => JSON.stringify(u.tally?.counts) === JSON.stringify(expected),
      from,
    );
    const before = facilitator.inbox.length;
    facilitator.room.send('decide', { decision: open.decision });
    const after = await facilitator.next<FacilitatorState>(
      'facilitator',
      (f) => f.tally?.decision !== open.decision,
      before,
    );
    const recorded = after.sides[0].facilitator.vote.recorded.find((r) => r.decision === open.decision);
    const winner = Object.entries(expected).sort((a, b) => b[1] - a[1])[0][0];
    expect(recorded?.option).toBe(winner);
    expect(recorded?.vote.counts).toEqual(expected);
    // Persisted with the command: the folder's record holds it.
    const record = JSON.parse(readFileSync(joinPath(server.sessions, `${created.code}.json`), 'utf8'));
    expect(record.commands).toHaveLength(1);
    expect(record.commands[0]).toMatchObject({ type: 'player.choose', option: winner, vote: { counts: expected } });
    await room.leave();
  }, 60_000);
});

/** Letters and spaces long enough to be a paper's own words, found as they are in any JSON. */
function fingerprint(text: string): string {
  const runs = text.match(/[A-Za-z ,.]{40,}/g) ?? [];
  return (runs.sort((a, b) => b.length - a.length)[0] ?? '').trim().slice(0, 60);
}

describe('secrets stay with their seats', () => {
  it('no message to any client carries a paper, objective or option its seat may not know', async () => {
    const room = await openClass(
      base,
      { scenario: { id: 'black-saturday' }, sides: ['us', 'ussr'], classSize: 12, seed: 3, debateMinutes: 5 },
      { projector: true, students: Array.from({ length: 12 }, (_, i) => `Seat ${i}`) },
    );
    const { facilitator, projector, students } = room;
    const roles = (await Promise.all(students.map((s) => s.next<SeatState>('seat')))).map((s) => s.role.id);
    const sides = new Set(roles.map((r) => engine.scenario.roles.find((x) => x.id === r)?.side));
    expect(sides.has('us') && sides.has('ussr')).toBe(true);

    // The facilitator plays the game through with legal commands, replayed from the export.
    await playToTheEnd(engine, facilitator, randomPath(engine, 99), { steps: 60 });
    // The papers each student holds, read in full: the server answers only for their own.
    for (const [i, s] of students.entries()) {
      const seat = s.all<SeatState>('seat').at(-1);
      for (const d of seat?.view.documents ?? []) s.room.send('read', { document: d.id });
      const other = engine.scenario.documents.find((d) => !mayRead(engine.index, d, { role: roles[i] }));
      if (other) s.room.send('read', { document: other.id });
    }
    await pause(500);
    const docsRead = students.reduce((n, s) => n + s.all('document').length, 0);
    expect(docsRead).toBeGreaterThan(12);

    const scenario = engine.scenario;
    for (const [i, s] of students.entries()) {
      const role = roles[i];
      const text = JSON.stringify(s.inbox);
      const refusedRead = s.all<Refused>('refused').filter((r) => r.about === 'read');
      expect(refusedRead.length).toBeLessThanOrEqual(1);
      for (const doc of scenario.documents) {
        if (mayRead(engine.index, doc, { role })) continue;
        const print = fingerprint(doc.body);
        if (print) expect(text, `${doc.id} reached ${role}`).not.toContain(print);
      }
      const mine = new Set(scenario.roles.find((r) => r.id === role)?.objectives);
      for (const other of scenario.roles)
        for (const objective of other.objectives)
          if (!mine.has(objective)) expect(text, `${other.id}'s objective reached ${role}`).not.toContain(objective);
    }
    const shown = JSON.stringify(projector.inbox);
    expect(projector.inbox.length).toBeGreaterThan(5);
    for (const doc of scenario.documents) {
      const print = fingerprint(doc.body);
      if (print) expect(shown, `${doc.id} reached the projector`).not.toContain(print);
    }
    for (const role of scenario.roles) for (const o of role.objectives) expect(shown).not.toContain(o);
    // Two teams in the room: the projector shows heads, never a side's options.
    for (const p of projector.all<ProjectorState>('projector')) {
      expect(p.tally?.options ?? null).toBeNull();
      expect(p.view.documents).toEqual([]);
      expect(p.view.decision?.options ?? []).toEqual([]);
    }
    await room.leave();
  }, 120_000);
});

describe('reconnecting', () => {
  it('gives a student their seat back by seat token, by name, and through Colyseus reconnection', async () => {
    const created = await oneTeam(8);
    const first = await join(base, { code: created.code, name: 'Ben' });
    const welcome = await first.next<Welcome>('welcome');
    const role = (await first.next<SeatState>('seat')).role.id;
    const token = first.room.reconnectionToken;
    // The network drops (no goodbye): the seat waits, and Colyseus's reconnection takes it back.
    (first.room.connection as unknown as { transport: { ws: { close(): void } } }).transport.ws.close();
    await pause(200);
    const back = member(await new Client(base).reconnect(token));
    const again = await back.next<SeatState>('seat');
    expect(again.role.id).toBe(role);
    await back.room.leave();

    // A reloaded page with the seat token, under another spelling of the name.
    const reloaded = await join(base, { code: created.code, name: 'Benjamin', seat: welcome.seatToken });
    expect((await reloaded.next<Welcome>('welcome')).seat).toBe(welcome.seat);
    await reloaded.room.leave();

    // Another device, no token: the same name takes the seat back while nobody holds it.
    const other = await join(base, { code: created.code, name: 'ben' });
    expect((await other.next<Welcome>('welcome')).seat).toBe(welcome.seat);
    // ...but not while someone holds it.
    await expect(join(base, { code: created.code, name: 'Ben' })).rejects.toThrow(/already in this session/);
    await other.room.leave();
  }, 30_000);

  it('keeps the session when the facilitator reloads', async () => {
    const { created, facilitator, students } = await openClass(base, oneTeamSetup(8), { students: ['Cy'] });
    const [student] = students;
    await student.next('seat');
    await facilitator.room.leave();
    const again = await join(base, { code: created.code, secret: created.secret });
    const state = await again.next<FacilitatorState>('facilitator');
    expect(state.roster.map((r) => r.name)).toEqual(['Cy']);
    await again.room.leave();
    await student.room.leave();
  });
});

describe('bad input and abuse', () => {
  it('refuses unknown, malformed, oversized and unauthorised messages and floods; the room goes on', async () => {
    const room = await openClass(base, oneTeamSetup(8), { students: ['Dee'] });
    const { facilitator } = room;
    const [student] = room.students;
    const seat = await student.next<SeatState>('seat');
    const dee = (await student.next<Welcome>('welcome')).seat;
    const refusal = async (send: () => void) => {
      const from = student.inbox.length;
      send();
      return (await student.next<Refused>('refused', () => true, from)).reason;
    };
    expect(await refusal(() => student.room.send('launch', {}))).toBe('Unknown message "launch".');
    expect(await refusal(() => student.room.send('vote', { decision: 5 }))).toMatch(/^Malformed "vote": decision:/);
    expect(await refusal(() => student.room.send('vote', 'yes'))).toMatch(/^Malformed "vote"/);
    expect(
      await refusal(() => student.room.send('vote', { decision: 'x', option: 'y', extra: 'z'.repeat(9000) })),
    ).toMatch(/too large/);
    expect(
      await refusal(() => student.room.send('command', { command: { type: 'facilitator.mark', note: 'mine now' } })),
    ).toBe('Only the facilitator can do that.');
    expect(await refusal(() => student.room.send('undo', {}))).toBe('Only the facilitator can do that.');
    expect(
      await refusal(() => student.room.send('choose', { decision: seat.vote?.decision ?? 'x', option: 'y' })),
    ).toBe('Your role does not take decisions in this session.');
    expect(await refusal(() => student.room.send('vote', { decision: 'not-now', option: 'y' }))).toBe(
      'There is no vote on that decision now.',
    );
    const asked = facilitator.inbox.length;
    facilitator.room.send('vote', { decision: 'x', option: 'y' });
    expect((await facilitator.next<Refused>('refused', () => true, asked)).reason).toMatch(/Only students vote/);
    await pause(1100);
    // A flood: past the burst, messages are refused for a while, the connection stays.
    const from = student.inbox.length;
    for (let i = 0; i < 60; i++) student.room.send('refresh', {});
    await student.next<Refused>('refused', (r) => /Too many messages/.test(r.reason), from);
    await pause(1500);
    const open = seat.vote;
    if (!open) throw new Error('no vote open');
    const option = engine.index.decisions.get(open.decision);
    if (option?.kind !== 'choice') throw new Error('not a choice');
    const voted = facilitator.inbox.length;
    student.room.send('vote', { decision: open.decision, option: option.options[0].id });
    const update = await facilitator.next<VoteUpdate>('voteUpdate', (u) => u.tally?.cast === 1, voted);
    expect(update.voted).toEqual([dee]);
    await room.leave();
  }, 30_000);
});

describe('after class', () => {
  it('sends everyone the review with the vote split, and an export that replays on the one-screen game', async () => {
    const room = await openClass(base, oneTeamSetup(6, 21), { students: ['Eli'] });
    const { facilitator } = room;
    const [student] = room.students;
    await student.next('seat');
    await playToTheEnd(engine, facilitator, withVote(randomPath(engine, 5), 3));
    const review = await student.next<ReviewState>('review');
    expect(review.review.ending).not.toBeNull();
    expect(review.votes.length).toBeGreaterThan(0);
    expect(review.votes[0].vote.counts).toEqual({ [review.votes[0].option]: 3 });
    const from = facilitator.inbox.length;
    facilitator.room.send('export', {});
    const exported = await facilitator.next<ExportMessage>('export', () => true, from);
    const save = readSave(exported.save);
    if (!save.ok) throw new Error('unreadable export');
    const replayed = engine.replay(save.value.input, save.value.commands);
    expect(replayed.context.ending).toBe(review.review.ending?.id);
    await room.leave();
  }, 120_000);
});

// Last: it leaves this address waiting for a minute.
describe('failed joins', () => {
  it('rate-limits failed joins from one address', async () => {
    const created = await oneTeam(8);
    let limited: string | null = null;
    for (let i = 0; i < 15 && !limited; i++) {
      const res = await post<Refused>(`${base}/api/sessions/find`, { code: 'QQQQQQ' });
      if (res.status === 429) limited = (res.body as Refused).reason;
    }
    expect(limited).toMatch(/Too many failed joins from your device: wait \d+ seconds/);
    // The right code is refused too while the address waits: guessing does not pay.
    const res = await post<Refused>(`${base}/api/sessions/find`, { code: created.code });
    expect(res.status).toBe(429);
  });
});
