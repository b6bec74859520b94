/**
 * A class for a test, set up the way a teacher's is: a real classroom server on a loopback port (in
 * this process for the server tests; `npm run server`'s own entry in a child process for the browser
 * tests), a session created through the API, the facilitator, the projector and students joined by
 * code as devices join; then the facilitator playing the session on, one command at a time. Written
 * once here so that each test reads as its own steps.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { historicalStrategy } from '../../src/engine/analysis/historical';
import { legalCommand } from '../../src/engine/analysis/randomPlay';
import type { Engine, GameSnapshot } from '../../src/engine/game';
import { seedState } from '../../src/engine/rng';
import { readSave } from '../../src/engine/save';
import type { GameCommand } from '../../src/engine/state';
import type { CreateSession, ExportMessage, FacilitatorState, SessionCreated } from '../../src/net/protocol';
import { setQuiet } from '../../src/server/log';
import { startServer } from '../../src/server/startServer';
import { createSession, join, type Member, pause } from './harness';

export interface ClassroomServer {
  /** `http://127.0.0.1:<port>`: what a device opens, and the API's base. */
  base: string;
  /** The folder the server keeps its sessions in (a fresh temporary one). */
  sessions: string;
  /** Stops the server and removes its sessions' folder. */
  close(): Promise<void>;
}

/** A classroom server in this process, quiet, serving no game files, its sessions in a folder of its own. */
export async function startClassroomServer(port: number, name: string): Promise<ClassroomServer> {
  setQuiet(true);
  const sessions = mkdtempSync(joinPath(tmpdir(), `eyes-only-${name}-`));
  const server = await startServer({ port, sessionsDir: sessions, dist: joinPath(sessions, 'no-dist') });
  return {
    base: server.url,
    sessions,
    close: async () => {
      await server.close();
      rmSync(sessions, { recursive: true, force: true });
    },
  };
}

/**
 * `npm run server`'s entry (src/server/serve.ts) in a child process on 127.0.0.1, serving the built
 * game from `dist`: what the browser tests open. Resolves once it says it is open.
 */
export async function startClassroomProcess(port: number, name: string, dist: string): Promise<ClassroomServer> {
  const sessions = mkdtempSync(joinPath(tmpdir(), `eyes-only-${name}-`));
  // node itself (not npx), so stopping it stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/serve.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DIST: dist, SESSIONS_DIR: sessions },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the classroom server did not start:\n${seen}`)), 50_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (/classroom server: open/.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the classroom server exited (${code}):\n${seen}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    sessions,
    close: async () => {
      await stop(child);
      rmSync(sessions, { recursive: true, force: true });
    },
  };
}

/** SIGTERM, and wait for the process to be gone (the next server may want the port). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A student as the test names them: a name, or a name with a role (free choice) or a seat token. */
export type Student = string | { name: string; role?: string; seat?: string };

export interface OpenClass {
  created: SessionCreated;
  facilitator: Member;
  /** Present when asked for with `projector: true`. */
  projector: Member;
  students: Member[];
  /** Everyone who joined leaves. */
  leave(): Promise<void>;
}

/**
 * Creates a session with `setup` and joins, in this order, the facilitator (with the session's secret),
 * the projector (if asked) and the students (by name), each as its device does: find by code, then join.
 */
export async function openClass(
  base: string,
  setup: CreateSession,
  people: { projector?: boolean; students?: Student[] } = {},
): Promise<OpenClass> {
  const created = await createSession(base, setup);
  const facilitator = await join(base, { code: created.code, secret: created.secret });
  const projector = people.projector ? await join(base, { code: created.code, projector: true }) : undefined;
  const students: Member[] = [];
  for (const student of people.students ?? [])
    students.push(
      await join(base, { code: created.code, ...(typeof student === 'string' ? { name: student } : student) }),
    );
  const everyone = [facilitator, ...(projector ? [projector] : []), ...students];
  return {
    created,
    facilitator,
    get projector(): Member {
      if (!projector) throw new Error('this class was opened without a projector (openClass: projector: true)');
      return projector;
    },
    students,
    leave: async () => {
      for (const m of everyone) await m.room.leave();
    },
  };
}

/** The session's game as the server holds it: the facilitator's export, replayed on the test's engine. */
export async function serverGame(engine: Engine, facilitator: Member): Promise<GameSnapshot> {
  const from = facilitator.inbox.length;
  facilitator.room.send('export', {});
  const save = readSave((await facilitator.next<ExportMessage>('export', () => true, from)).save);
  if (!save.ok) throw new Error('unreadable export');
  return engine.replay(save.value.input, save.value.commands);
}

/** Picks the facilitator's next command for the game as it stands (null: none to give). */
export type Chooser = (snapshot: GameSnapshot) => GameCommand | null;

/** The ExComm's own path (the record's option at each choice, the reply actually sent). */
export const recordsPath =
  (engine: Engine): Chooser =>
  (snapshot) => {
    const command = historicalStrategy(engine, snapshot);
    if ('stop' in command) throw new Error(command.stop);
    return command;
  };

/** Any legal command, drawn from its own seeded stream (the same seed gives the same game). */
export function randomPath(engine: Engine, seed: number): Chooser {
  let chooser = seedState(seed);
  return (snapshot) => {
    const next = legalCommand(engine, snapshot, chooser);
    chooser = next.chooser;
    return next.command;
  };
}

/** A choice taken with the room's vote behind it (`heads` for the option taken), as a teacher records one. */
export const withVote =
  (choose: Chooser, heads: number): Chooser =>
  (snapshot) => {
    const command = choose(snapshot);
    return command?.type === 'player.choose' ? { ...command, vote: { counts: { [command.option]: heads } } } : command;
  };

/**
 * The facilitator plays the session to its ending: at each step the server's game is read back (its
 * export) and `choose` gives the command, sent and answered before the next. `pauseMs` between steps
 * keeps a fast machine under the room's 10 messages a second (each step sends two). Throws when
 * `choose` has nothing to give before the end, or no ending comes in `steps`.
 */
export async function playToTheEnd(
  engine: Engine,
  facilitator: Member,
  choose: Chooser,
  options: { steps?: number; pauseMs?: number } = {},
): Promise<void> {
  const steps = options.steps ?? 80;
  for (let step = 0; step < steps; step++) {
    const snapshot = await serverGame(engine, facilitator);
    if (snapshot.status === 'done') return;
    const command = choose(snapshot);
    if (!command) throw new Error(`no command to give at "${snapshot.context.current}" before the end`);
    const sent = facilitator.inbox.length;
    facilitator.room.send('command', { command });
    await facilitator.next('facilitator', () => true, sent);
    if (options.pauseMs) await pause(options.pauseMs);
  }
  throw new Error(`no ending after ${steps} commands`);
}

/**
 * The facilitator takes the first option of each choice until the side's reply decision is open;
 * resolves with the facilitator's state then (the reply is left to the student who drafts it).
 */
export async function facilitateToReply(facilitator: Member): Promise<FacilitatorState> {
  let state = await facilitator.next<FacilitatorState>('facilitator');
  for (let step = 0; step < 10; step++) {
    const decision = state.sides[0].view.decision;
    if (!decision || decision.kind === 'reply') break;
    const from = facilitator.inbox.length;
    const command = { type: 'player.choose' as const, side: decision.side, option: decision.options[0].id };
    facilitator.room.send('command', { command });
    state = await facilitator.next<FacilitatorState>(
      'facilitator',
      (s) => s.sides[0].view.decision?.id !== decision.id,
      from,
    );
  }
  if (state.sides[0].view.decision?.kind !== 'reply') throw new Error('the reply did not open');
  return state;
}
