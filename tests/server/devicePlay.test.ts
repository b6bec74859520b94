/**
 * The classroom server's answers a device relies on beyond the vote, with a real server on 127.0.0.1 and
 * real @colyseus/sdk clients: the bundled scenarios read once, before the first session; the reply
 * drafted on a student's device reaching the engine (and refused to a student who does not draft it);
 * `refresh` answered with the asker's screen; a memo of the full length in any script accepted.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSave } from '../../src/engine/save';
import type {
  ExportMessage,
  FacilitatorState,
  ProjectorState,
  Refused,
  ReplyAdvice,
  SeatState,
} from '../../src/net/protocol';
import { MEMO_MAX_CHARS } from '../../src/net/protocol';
import { bundledFolderReads } from '../../src/server/scenarios';
import { type ClassroomServer, facilitateToReply, openClass, startClassroomServer } from './classroomFixture';
import { createSession, type Member } from './harness';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const PORT = 4421;
let server: ClassroomServer;
let base: string;
let readsAtStart = 0;

beforeAll(async () => {
  server = await startClassroomServer(PORT, 'device-play');
  base = server.base;
  readsAtStart = bundledFolderReads();
});

afterAll(() => server?.close());

/** What a member is refused next, after `send`. */
async function refusal(m: Member, send: () => void): Promise<string> {
  const from = m.inbox.length;
  send();
  return (await m.next<Refused>('refused', () => true, from)).reason;
}

describe('the bundled scenarios', () => {
  it('are read before the server listens, and never again for a session or an unknown id', async () => {
    expect(readsAtStart).toBe(1);
    await createSession(base, { scenario: { id: 'black-saturday' }, classSize: 6, seed: 3, debateMinutes: 5 });
    const res = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ scenario: { id: 'no-such-scenario' }, classSize: 6, seed: 3, debateMinutes: 5 }),
    });
    expect(((await res.json()) as Refused).reason).toMatch(/no bundled scenario has the id "no-such-scenario"/);
    expect(bundledFolderReads()).toBe(1);
  });
});

describe('the reply drafted on a device', () => {
  it('reaches the engine from the student who drafts it; another student is refused, and so is an unknown item', async () => {
    const room = await openClass(
      base,
      {
        scenario: { id: 'black-saturday' },
        classSize: 6,
        seed: 11,
        debateMinutes: 5,
        deciders: ['jfk'],
        freeChoice: true,
      },
      {
        students: [
          { name: 'Ana', role: 'jfk' },
          { name: 'Ben', role: 'rusk' },
        ],
      },
    );
    const { facilitator } = room;
    const [ana, ben] = room.students;
    expect((await ana.next<SeatState>('seat')).role.decider).toBe(true);
    // The facilitator takes the first option of each choice until the evening's reply is open.
    const state = await facilitateToReply(facilitator);
    const reply = state.sides[0].view.decision;
    if (reply?.kind !== 'reply') throw new Error('the reply did not open');
    const seat = await ana.next<SeatState>('seat', (s) => s.view.decision?.id === reply.id);
    expect(seat.view.decision?.replyBuilder?.items.length).toBeGreaterThan(0);

    // The student who does not draft it gets neither the advice nor a say.
    expect(await refusal(ben, () => ben.room.send('checkReply', { decision: reply.id, items: [] }))).toBe(
      'Your role does not draft the reply in this session.',
    );
    expect(await refusal(ben, () => ben.room.send('reply', { decision: reply.id, items: ['halt-work'] }))).toBe(
      'Your role does not take decisions in this session.',
    );

    // The drafter's device asks how a package stands: the one-screen builder's warning comes back.
    const package_ = ['halt-work', 'no-invasion-pledge', 'prepare-invasion', 'private-letter'];
    const asked = ana.inbox.length;
    ana.room.send('checkReply', { decision: reply.id, items: package_ });
    const advice = await ana.next<ReplyAdvice>('replyAdvice', () => true, asked);
    expect(advice).toMatchObject({ decision: reply.id, items: package_, problem: null });
    expect(advice.warnings.join(' ')).toMatch(/invasion being readied in plain sight/);
    expect(advice.reading.factors.length).toBeGreaterThan(0);
    // The model's own terms on this run: the server read them on its game's state.
    expect(advice.reading.answer).not.toBeNull();
    // What was actually sent that evening is not for a device without Historian's hints.
    expect(advice.assessment.historical).toEqual({ added: [], missing: [], same: false });
    expect(
      await refusal(ana, () => ana.room.send('reply', { decision: reply.id, items: ['halt-work', 'made-up-item'] })),
    ).toMatch(/there is no reply item "made-up-item"/);
    expect(await refusal(ana, () => ana.room.send('reply', { decision: reply.id, items: [42] }))).toMatch(
      /^Malformed "reply": items\.0:/,
    );

    // Sent: the engine takes the package, every screen moves on, and the save holds the command.
    const sent = facilitator.inbox.length;
    ana.room.send('reply', { decision: reply.id, items: package_ });
    await facilitator.next<FacilitatorState>('facilitator', (s) => s.sides[0].view.decision?.id !== reply.id, sent);
    const exported = facilitator.inbox.length;
    facilitator.room.send('export', {});
    const save = readSave((await facilitator.next<ExportMessage>('export', () => true, exported)).save);
    if (!save.ok) throw new Error('unreadable export');
    expect(save.value.commands.at(-1)).toEqual({ type: 'player.sendReply', side: 'us', items: package_ });
    await room.leave();
  });
});

describe('refresh', () => {
  it('answers each asker with their own screen again', async () => {
    const room = await openClass(
      base,
      { scenario: { id: 'black-saturday' }, classSize: 6, seed: 5, debateMinutes: 5 },
      { projector: true, students: ['Cy'] },
    );
    const { facilitator, projector } = room;
    const [student] = room.students;
    const first = await student.next<SeatState>('seat');
    await facilitator.next('facilitator');
    await projector.next('projector');
    for (const [m, type] of [
      [student, 'seat'],
      [facilitator, 'facilitator'],
      [projector, 'projector'],
    ] as const) {
      const from = m.inbox.length;
      m.room.send('refresh', {});
      const again = await m.next<SeatState | FacilitatorState | ProjectorState>(type, () => true, from);
      expect(again.type).toBe(type);
    }
    const again = student.all<SeatState>('seat').at(-1);
    expect(again?.role.id).toBe(first.role.id);
    expect(again?.view.decision?.id).toBe(first.view.decision?.id);
    await room.leave();
  });
});

describe('a memo at the full length', () => {
  it('is accepted in Devanagari, Chinese and emoji; one character over is refused with the limit', async () => {
    const room = await openClass(
      base,
      { scenario: { id: 'black-saturday' }, classSize: 6, seed: 7, debateMinutes: 5, freeChoice: true },
      { students: [{ name: 'Dee', role: 'jfk' }] },
    );
    const { facilitator } = room;
    const [student] = room.students;
    const seat = await student.next<SeatState>('seat');
    const memo = seat.memos?.find((m) => m.open);
    if (!memo) throw new Error('no memo open to the President');
    /** `unit` repeated to exactly `chars` UTF-16 units (what `maxlength` and `length` count). */
    const text = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
    for (const unit of ['नमस्ते', '古巴导弹危机', '🚀🕊️']) {
      const body = text(unit, MEMO_MAX_CHARS);
      expect(body.length).toBe(MEMO_MAX_CHARS);
      // Devanagari and Chinese take 3 bytes a character: more than the common 8 KB cap, so the memo has its own.
      const bytes = Buffer.byteLength(JSON.stringify({ decision: memo.decision, text: body }));
      if (!unit.startsWith('🚀')) expect(bytes).toBeGreaterThan(8 * 1024);
      const from = facilitator.inbox.length;
      student.room.send('memo', { decision: memo.decision, text: body });
      const state = await facilitator.next<FacilitatorState>(
        'facilitator',
        (s) => s.memos?.some((m) => m.text === body.trim()) === true,
        from,
      );
      expect(state.memos).toHaveLength(1);
    }
    const over = text('古巴导弹危机', MEMO_MAX_CHARS + 1);
    expect(await refusal(student, () => student.room.send('memo', { decision: memo.decision, text: over }))).toBe(
      `Malformed "memo": text: a memo of at most ${MEMO_MAX_CHARS} characters: shorten it.`,
    );
    await room.leave();
  });
});
