/**
 * What a teacher takes away from a session on the classroom server (#16), against a real server on
 * 127.0.0.1 with real @colyseus/sdk clients: two students' position memos reach the facilitator (and
 * no one else), and the review's exports (Markdown and the JSON memo file) carry both, per student,
 * while the game's save carries neither; and the session's replayable save over HTTP, for the
 * browser holding the facilitator's secret only (Compare classes takes it as it takes a file).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { restoreSave } from '../../src/engine/save';
import {
  type ExportMessage,
  type FacilitatorState,
  type ProjectorState,
  type Refused,
  type ReviewState,
  SAVE_PATH,
  type SeatState,
  type SessionSave,
} from '../../src/net/protocol';
import { fetchSessionSave, keptSessions } from '../../src/net/sessionSaves';
import { deviceReviewMarkdown } from '../../src/session/deviceReview';
import { memosFile } from '../../src/ui/devices/consoleScreen';
import { memosByStudent, reviewWithMemos } from '../../src/ui/review/memoSection';
import {
  type ClassroomServer,
  openClass,
  playToTheEnd,
  recordsPath,
  startClassroomServer,
  withVote,
} from './classroomFixture';
import { blackSaturday, type Member, post } from './harness';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const PORT = 4411;
const engine = blackSaturday();
let server: ClassroomServer;
let base: string;

beforeAll(async () => {
  server = await startClassroomServer(PORT, 'teacher-records');
  base = server.base;
}, 60_000);

afterAll(() => server?.close());

/**
 * The record's path to the ending, each choice with two heads behind it. Two messages a step, 200 ms
 * apart: kept under the room's 10 a second, or a fast machine is refused "Too many messages".
 */
const playTheRecord = (facilitator: Member) =>
  playToTheEnd(engine, facilitator, withVote(recordsPath(engine), 2), { pauseMs: 200 });

const MEMOS = {
  'Ada Lind': 'Answer the first letter and leave the second unanswered in public.',
  'Bo Varga': 'Keep the allies informed before any word of the Jupiters reaches Moscow.',
};

describe('position memos for grading', () => {
  it('two students submit memos; the facilitator sees both; the review’s exports carry both, per student', async () => {
    const names = Object.keys(MEMOS);
    const room = await openClass(
      base,
      { scenario: { id: 'black-saturday' }, classSize: 6, seed: 31, debateMinutes: 5 },
      { projector: true, students: names },
    );
    const { created, facilitator, projector } = room;
    const students = Object.fromEntries(names.map((name, i) => [name, room.students[i]]));

    for (const [name, text] of Object.entries(MEMOS)) {
      const seat = await students[name].next<SeatState>('seat', (s) => (s.memos ?? []).some((m) => m.open));
      const prompt = seat.memos?.find((m) => m.open);
      if (!prompt) throw new Error(`no open memo prompt for ${name}`);
      students[name].room.send('memo', { decision: prompt.decision, text });
    }
    const seen = await facilitator.next<FacilitatorState>('facilitator', (f) => (f.memos ?? []).length === 2);
    expect(Object.fromEntries((seen.memos ?? []).map((m) => [m.name, m.text]))).toEqual(MEMOS);

    await playTheRecord(facilitator);
    const review = await facilitator.next<ReviewState>('review');
    expect(review.review.ending).not.toBeNull();
    const from = facilitator.inbox.length;
    facilitator.room.send('export', {});
    const exported = await facilitator.next<ExportMessage>('export', () => true, from);
    expect(exported.memos?.map((m) => m.name).sort()).toEqual(Object.keys(MEMOS));

    // The exports the console builds from that answer: the review's Markdown and the JSON memo file.
    const order = review.review.rows.map((r) => r.decision);
    const markdown = reviewWithMemos(deviceReviewMarkdown(review.review), memosByStudent(exported.memos ?? [], order));
    expect(markdown).toContain(`## Ending: ${review.review.ending?.title}`);
    for (const [name, text] of Object.entries(MEMOS)) {
      expect(markdown).toMatch(new RegExp(`### ${name} \\(`));
      expect(markdown).toContain(`> ${text}`);
    }
    const file = JSON.parse(memosFile(created.code, exported.memos ?? [], order));
    expect(file.students.map((s: { name: string }) => s.name)).toEqual(Object.keys(MEMOS));
    expect(file.students.map((s: { memos: { text: string }[] }) => s.memos[0].text)).toEqual(Object.values(MEMOS));

    // Names and memos go to the facilitator only: never into the save, the projector or another student.
    for (const [name, text] of Object.entries(MEMOS)) {
      expect(exported.save).not.toContain(name);
      expect(exported.save).not.toContain(text);
      for (const m of projector.inbox) expect(JSON.stringify(m.message)).not.toContain(name);
      const others = Object.keys(MEMOS).filter((n) => n !== name);
      for (const other of others)
        for (const m of students[other].inbox) expect(JSON.stringify(m.message)).not.toContain(text);
    }
    expect(projector.all<ProjectorState>('projector').length).toBeGreaterThan(0);
    await room.leave();
  });
});

describe('a session’s game for Compare classes', () => {
  it('gives the save to the browser holding the facilitator’s secret, and refuses a wrong one with its reason', async () => {
    const room = await openClass(base, {
      scenario: { id: 'black-saturday' },
      classSize: 6,
      seed: 32,
      debateMinutes: 5,
    });
    const { created, facilitator } = room;
    await facilitator.next('facilitator');
    await playTheRecord(facilitator);
    const review = await facilitator.next<ReviewState>('review');
    await room.leave();

    const right = await post<SessionSave>(`${base}${SAVE_PATH}`, { code: created.code, secret: created.secret });
    expect(right.status).toBe(200);
    const answer = right.body as SessionSave;
    expect(answer).toMatchObject({ type: 'save', code: created.code, scenario: 'black-saturday', ended: true });
    const restored = restoreSave(engine, answer.save);
    if (!restored.ok) throw new Error(`the save was refused: ${JSON.stringify(restored)}`);
    expect(restored.snapshot.context.ending).toBe(review.review.ending?.id);

    const wrong = await post<Refused>(`${base}${SAVE_PATH}`, { code: created.code, secret: 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    expect((wrong.body as Refused).reason).toBe(
      `Session ${created.code}: this browser's facilitator key is not the one that session was created with, so its game cannot be fetched.`,
    );
    const unknown = await post<Refused>(`${base}${SAVE_PATH}`, { code: 'QQQQQQ', secret: created.secret });
    expect(unknown.status).toBe(404);
    const malformed = await post<Refused>(`${base}${SAVE_PATH}`, { code: created.code });
    expect(malformed.status).toBe(400);
    expect((malformed.body as Refused).reason).toMatch(/^Cannot fetch the session: secret: /);

    // The browser's side: the sessions it holds a key for, fetched by code; a wrong key is named.
    const kept = new Map([
      [`eyes-only:net:secret:${created.code}`, created.secret],
      ['eyes-only:net:secret:ACDEFG', 'y'.repeat(32)],
      ['eyes-only:settings', '{}'],
    ]);
    const storage = {
      length: kept.size,
      key: (i: number) => [...kept.keys()][i] ?? null,
      getItem: (k: string) => kept.get(k) ?? null,
    };
    expect(
      keptSessions(storage)
        .map((s) => s.code)
        .sort(),
    ).toEqual([created.code, 'ACDEFG'].sort());
    const fetched = await fetchSessionSave(base, created.code, created.secret);
    expect(fetched.save).toBe(answer.save);
    await expect(fetchSessionSave(base, 'ACDEFG', 'y'.repeat(32))).rejects.toThrow(/No session has the code ACDEFG/);
  });
});
