/**
 * `npm run bench:server`: the classroom server under a class's vote, on loopback.
 *
 * Sessions of 30 students, a facilitator and a projector (32 clients each) vote: every 200 ms one
 * student of each session votes (a brisk class: its 28 voters in under 6 s). For each vote, the time
 * from the vote's send to the update reaching every client of its session (p50, p95, max), and the
 * server's CPU per session. Baseline in the same run: a bare Colyseus room that only rebroadcasts
 * (bench/bareRoomServer.ts), same clients, same pace. Then the scale curve (sessions per process:
 * 10, 20, 40, 80, stopping when p95 passes 100 ms) and two processes behind Redis.
 *
 * Servers run as child processes (their CPU read from /proc); the clients share this process, so on a
 * small machine the clients' own work is part of every figure: compare ratios, not absolute times.
 * Targets: p95 ≤ 50 ms at 20 sessions, and ≤ 1.5× the bare room's p95.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from '@colyseus/sdk';

const BASE_PORT = Number(process.env.BENCH_PORT ?? 2576);
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT ?? 6392);
const STUDENTS = 30;
const VOTE_EVERY_MS = 200;
const TICK = 100; // /proc/<pid>/stat counts CPU in clock ticks (USER_HZ, 100 on Linux)

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** fetch, tried again when a kept-alive connection closes under it (a loaded machine). */
async function fetch(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await globalThis.fetch(url, init);
    } catch (error) {
      if (attempt >= 5) throw error;
      await pause(100 * attempt);
    }
  }
}

/** Every child this run started, killed when it ends however it ends. */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));

function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(args[0], args.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    const look = (c: Buffer) => {
      seen += c.toString();
      if (ready.test(seen)) resolve(child);
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', (c: Buffer) => {
      seen += c.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}):\n${seen.slice(-1500)}`)));
  });
}

const classroomServer = (port: number, env: Record<string, string> = {}) =>
  start(
    [process.execPath, '--import', 'tsx', join(import.meta.dirname, '../tests/server/serverProcess.ts')],
    {
      PORT: String(port),
      SESSIONS_DIR: join(tmpdir(), `eyes-only-bench-${port}-${process.pid}`),
      CREATES_PER_MINUTE: '10000',
      ...env,
    },
    /READY/,
  );
const bareServer = (port: number) =>
  start(
    [process.execPath, '--import', 'tsx', join(import.meta.dirname, 'bareRoomServer.ts')],
    { PORT: String(port) },
    /READY/,
  );

function cpuMs(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICK;
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      children.delete(child);
      resolve();
    });
    child.kill('SIGKILL');
  });
}

/** One session's clients and how a vote's update is recognised at each. */
interface BenchSession {
  clients: Room[];
  voters: Room[];
  /** Per client, the highest vote count it has seen and when each count first arrived. */
  seen: Map<number, number>[];
  vote(voter: Room, index: number): void;
}

const castOf = (type: string, m: Record<string, unknown>): number | null => {
  if (type === 'tally') return Number(m.cast);
  if (type !== 'voteUpdate') return null;
  const vote = m.vote as { cast?: number } | undefined;
  const tally = m.tally as { cast?: number } | undefined;
  return vote?.cast ?? tally?.cast ?? null;
};

function watch(room: Room): Map<number, number> {
  const seen = new Map<number, number>();
  room.onMessage('*', (type, message) => {
    const cast = castOf(String(type), (message ?? {}) as Record<string, unknown>);
    if (cast !== null && !seen.has(cast)) seen.set(cast, performance.now());
  });
  return seen;
}

async function classroomSession(ports: number[], i: number): Promise<BenchSession> {
  const base = (k: number) => `http://127.0.0.1:${ports[k % ports.length]}`;
  const res = await fetch(`${base(i)}/api/sessions`, {
    method: 'POST',
    body: JSON.stringify({ scenario: { id: 'black-saturday' }, classSize: STUDENTS, seed: i + 1, debateMinutes: 5 }),
  });
  const created = (await res.json()) as { code: string; secret: string };
  const find = async (k: number) => {
    const r = await fetch(`${base(k)}/api/sessions/find`, {
      method: 'POST',
      body: JSON.stringify({ code: created.code }),
    });
    return ((await r.json()) as { roomId: string }).roomId;
  };
  const clients: Room[] = [];
  const seen: Map<number, number>[] = [];
  const add = async (k: number, options: Record<string, unknown>) => {
    const room = await new Client(base(k)).joinById(await find(k), { code: created.code, ...options });
    seen.push(watch(room));
    clients.push(room);
    return room;
  };
  await add(i, { secret: created.secret });
  await add(i + 1, { projector: true });
  const voters: Room[] = [];
  let decision = '';
  for (let s = 0; s < STUDENTS; s++) {
    let state: { vote?: { decision: string; mayVote: boolean } } | null = null;
    const room = await new Client(base(i + s)).joinById(await find(i + s), { code: created.code, name: `S${s}` });
    room.onMessage('seat', (m) => {
      state = m;
    });
    seen.push(watch(room));
    clients.push(room);
    while (!state) await pause(5);
    const vote = (state as { vote?: { decision: string; mayVote: boolean } }).vote;
    if (vote?.mayVote) voters.push(room);
    decision = vote?.decision ?? decision;
  }
  // The options open now, as the facilitator's tally lists them (a closed option would be refused).
  let options: string[] = [];
  clients[0].onMessage('facilitator', (m: { tally?: { counts: Record<string, number> } | null }) => {
    if (m.tally) options = Object.keys(m.tally.counts);
  });
  clients[0].send('refresh', {});
  while (options.length === 0) await pause(5);
  return {
    clients,
    voters,
    seen,
    vote: (voter, k) => voter.send('vote', { decision, option: options[k % options.length] }),
  };
}

async function bareSession(port: number, i: number): Promise<BenchSession> {
  const clients: Room[] = [];
  const seen: Map<number, number>[] = [];
  for (let c = 0; c < STUDENTS + 2; c++) {
    const room = await new Client(`http://127.0.0.1:${port}`).joinOrCreate('bare', { session: `session-${i}` });
    seen.push(watch(room));
    clients.push(room);
  }
  return { clients, voters: clients.slice(2, 2 + 28), seen, vote: (voter) => voter.send('vote', {}) };
}

interface Result {
  p50: number;
  p95: number;
  max: number;
  cpuPerSession: number;
  votes: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Every session votes, one voter every VOTE_EVERY_MS; latency = vote sent → last client of the session has it. */
async function run(sessions: BenchSession[], servers: ChildProcess[]): Promise<Result> {
  const cpu0 = servers.reduce((n, s) => n + cpuMs(s.pid), 0);
  const sent: number[][] = sessions.map(() => []);
  const rounds = Math.min(...sessions.map((s) => s.voters.length));
  for (let k = 0; k < rounds; k++) {
    sessions.forEach((s, i) => {
      sent[i][k] = performance.now();
      s.vote(s.voters[k], k);
    });
    await pause(VOTE_EVERY_MS);
  }
  await pause(3000);
  const cpu = servers.reduce((n, s) => n + cpuMs(s.pid), 0) - cpu0;
  const latencies: number[] = [];
  let missing = 0;
  sessions.forEach((s, i) => {
    for (let k = 0; k < rounds; k++) {
      const arrivals = s.seen.map((m) => m.get(k + 1));
      if (arrivals.some((t) => t === undefined)) {
        missing += 1;
        continue;
      }
      latencies.push(Math.max(...(arrivals as number[])) - sent[i][k]);
    }
  });
  if (missing > 0) console.warn(`  (${missing} votes never reached every client of their session)`);
  latencies.sort((a, b) => a - b);
  return {
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    max: latencies.at(-1) ?? Number.NaN,
    cpuPerSession: cpu / sessions.length,
    votes: latencies.length,
  };
}

async function leave(sessions: BenchSession[]) {
  await Promise.all(sessions.flatMap((s) => s.clients.map((c) => c.leave().catch(() => {}))));
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const loadNow = () => loadavg()[0].toFixed(1);
const line = (label: string, r: Result) =>
  console.log(
    `${label.padEnd(34)} p50 ${ms(r.p50).padStart(9)}  p95 ${ms(r.p95).padStart(9)}  max ${ms(r.max).padStart(9)}  server CPU/session ${ms(r.cpuPerSession).padStart(9)}  (${r.votes} votes; load ${loadNow()})`,
  );

async function classroomAt(count: number, ports: number[], servers: ChildProcess[]) {
  const sessions: BenchSession[] = [];
  for (let i = 0; i < count; i++) sessions.push(await classroomSession(ports, i));
  const result = await run(sessions, servers);
  await leave(sessions);
  return result;
}

process.on('unhandledRejection', (error) => {
  console.error(error);
  process.exit(1);
});
console.log(
  `bench:server on ${cpus().length} cores, Node ${process.version}; ${STUDENTS} students + facilitator + projector per session, a vote every ${VOTE_EVERY_MS} ms per session`,
);
// `--quick`: the baseline and 20 sessions only; `--redis`: the two processes only; default: everything.
const args = process.argv.slice(2);
const part = (name: string) => args.length === 0 || args.includes(name);

let server: ChildProcess;
if (part('--quick')) {
  // 1. 20 sessions against the bare room, same run.
  const bare = await bareServer(BASE_PORT + 1);
  const bareSessions: BenchSession[] = [];
  for (let i = 0; i < 20; i++) bareSessions.push(await bareSession(BASE_PORT + 1, i));
  const bareResult = await run(bareSessions, [bare]);
  await leave(bareSessions);
  await stop(bare);

  server = await classroomServer(BASE_PORT);
  const main = await classroomAt(20, [BASE_PORT], [server]);
  line('bare Colyseus room, 20 sessions', bareResult);
  line('classroom, 20 sessions', main);
  console.log(
    `p95 ratio classroom/bare ${(main.p95 / bareResult.p95).toFixed(2)}× (target ≤ 1.5×); p95 ${main.p95 <= 50 ? '≤' : '>'} 50 ms target`,
  );
  await stop(server);
}

if (part('--scale')) {
  console.log('\nscale curve, one process:');
  for (const count of [10, 20, 40, 80]) {
    server = await classroomServer(BASE_PORT);
    const r = await classroomAt(count, [BASE_PORT], [server]);
    await stop(server);
    line(`classroom, ${count} sessions`, r);
    if (r.p95 > 100) break;
  }
}

if (part('--redis')) {
  console.log('\ntwo processes behind Redis:');
  const redis = await start(
    ['redis-server', '--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {},
    /Ready to accept connections/,
  ).catch((error) => {
    console.error(
      `redis-server did not start (${(error as Error).message.split('\n')[0]}): run \`npm run setup:system\`.`,
    );
    return null;
  });
  if (redis) {
    const redisUrl = `redis://127.0.0.1:${REDIS_PORT}`;
    const a = await classroomServer(BASE_PORT, { REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${BASE_PORT}` });
    const b = await classroomServer(BASE_PORT + 2, {
      REDIS_URL: redisUrl,
      PUBLIC_ADDRESS: `127.0.0.1:${BASE_PORT + 2}`,
    });
    for (const count of [20, 40]) {
      const r = await classroomAt(count, [BASE_PORT, BASE_PORT + 2], [a, b]);
      line(`classroom, ${count} sessions, 2 processes`, r);
    }
    await Promise.all([stop(a), stop(b)]);
    await stop(redis);
  }
}
process.exit(0);
