/**
 * Sessions outlive processes. Two classroom servers share Redis (started here on a port of the test's
 * own): students join through one a session the other runs, and when the owner is killed mid-session
 * the session resumes on the survivor from its last command. The embedded server (sessions in a
 * folder) resumes a session after a restart the same way.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacilitatorState, SeatState, VoteUpdate, Welcome } from '../../src/net/protocol';
import { blackSaturday, createSession, join, type Member } from './harness';
import { kill, startRedis, startServerProcess } from './processes';

const REDIS_PORT = 6391;
const A = 2572;
const B = 2573;
const EMBEDDED = 2574;
const url = (port: number) => `http://127.0.0.1:${port}`;
const engine = blackSaturday();

/** The port of the process a client's WebSocket went to (the seat reservation's public address). */
const portOf = (m: Member) =>
  Number(new URL((m.room.connection as unknown as { transport: { ws: { url: string } } }).transport.ws.url).port);

/** Students vote the first open option; the facilitator decides by the vote; resolves with the decision taken. */
async function playOneVote(facilitator: Member, students: Member[]): Promise<string> {
  const state = await facilitator.next<FacilitatorState>(
    'facilitator',
    (f) => f.tally !== null && f.roster.length === students.length,
  );
  const tally = state.tally;
  if (!tally) throw new Error('no vote open');
  const decision = engine.index.decisions.get(tally.decision);
  if (decision?.kind !== 'choice') throw new Error('not a choice');
  const option = Object.keys(tally.counts)[0];
  const from = facilitator.inbox.length;
  for (const s of students) s.room.send('vote', { decision: tally.decision, option });
  await facilitator.next<VoteUpdate>('voteUpdate', (u) => u.tally?.cast === tally.eligible, from);
  const before = facilitator.inbox.length;
  facilitator.room.send('decide', { decision: tally.decision });
  await facilitator.next<FacilitatorState>('facilitator', (f) => f.tally?.decision !== tally.decision, before);
  return tally.decision;
}

const recorded = (f: FacilitatorState) => f.sides[0].facilitator.vote.recorded.map((r) => r.decision);

describe('two processes behind Redis', () => {
  let redis: ChildProcess | undefined;
  let a: ChildProcess | undefined;
  let b: ChildProcess | undefined;
  const redisUrl = `redis://127.0.0.1:${REDIS_PORT}`;

  beforeAll(async () => {
    redis = await startRedis(REDIS_PORT);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([kill(a), kill(b)]);
    await kill(redis);
  });

  it('joins students through one process to a session the other runs, and resumes it there when its process dies', async () => {
    // Only A is up when the session is created, so A runs it.
    a = await startServerProcess({ PORT: String(A), REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${A}` });
    const created = await createSession(url(A), {
      scenario: { id: 'black-saturday' },
      classSize: 6,
      seed: 8,
      debateMinutes: 5,
    });
    b = await startServerProcess({ PORT: String(B), REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${B}` });

    const facilitator = await join(url(B), { code: created.code, secret: created.secret });
    const students: Member[] = [];
    for (const name of ['Ada', 'Bo', 'Cai', 'Dov']) students.push(await join(url(B), { code: created.code, name }));
    // Found and joined through B, served by A.
    expect(portOf(facilitator)).toBe(A);
    for (const s of students) expect(portOf(s)).toBe(A);
    const tokens = await Promise.all(students.map((s) => s.next<Welcome>('welcome')));
    const roles = (await Promise.all(students.map((s) => s.next<SeatState>('seat')))).map((s) => s.role.id);

    const first = await playOneVote(facilitator, students);

    // A dies mid-session, without a word to anyone.
    await kill(a);
    // Every device rejoins by code through B: the session is restored there from its last command.
    const facilitator2 = await join(url(B), { code: created.code, secret: created.secret });
    expect(portOf(facilitator2)).toBe(B);
    const state = await facilitator2.next<FacilitatorState>('facilitator');
    expect(recorded(state)).toEqual([first]);
    const students2: Member[] = [];
    for (const [i, name] of ['Ada', 'Bo', 'Cai', 'Dov'].entries())
      students2.push(await join(url(B), { code: created.code, name, seat: tokens[i].seatToken }));
    const seats = await Promise.all(students2.map((s) => s.next<Welcome>('welcome')));
    expect(seats.map((s) => s.seat)).toEqual(tokens.map((t) => t.seat));
    const again = await Promise.all(students2.map((s) => s.next<SeatState>('seat')));
    expect(again.map((s) => s.role.id)).toEqual(roles);
    // And the class plays on.
    const second = await playOneVote(facilitator2, students2);
    expect(second).not.toBe(first);
    for (const m of [facilitator2, ...students2]) await m.room.leave();
  }, 120_000);
});

describe('the embedded server', () => {
  let server: ChildProcess | undefined;
  const dir = mkdtempSync(joinPath(tmpdir(), 'eyes-only-restart-'));

  afterAll(async () => {
    await kill(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes a session from its folder after the process is killed and started again', async () => {
    const env = { PORT: String(EMBEDDED), SESSIONS_DIR: dir };
    server = await startServerProcess(env);
    const created = await createSession(url(EMBEDDED), {
      scenario: { id: 'black-saturday' },
      classSize: 6,
      seed: 4,
      debateMinutes: 5,
    });
    const facilitator = await join(url(EMBEDDED), { code: created.code, secret: created.secret });
    const student = await join(url(EMBEDDED), { code: created.code, name: 'Eva' });
    const welcome = await student.next<Welcome>('welcome');
    const taken = await playOneVote(facilitator, [student]);
    await kill(server);
    server = await startServerProcess(env);
    const back = await join(url(EMBEDDED), { code: created.code, name: 'Eva', seat: welcome.seatToken });
    expect((await back.next<Welcome>('welcome')).seat).toBe(welcome.seat);
    const facilitator2 = await join(url(EMBEDDED), { code: created.code, secret: created.secret });
    expect(recorded(await facilitator2.next<FacilitatorState>('facilitator'))).toEqual([taken]);
    await back.room.leave();
    await facilitator2.room.leave();
  }, 90_000);
});
