/**
 * Real clients for the server tests: @colyseus/sdk clients over loopback, each with an inbox that
 * keeps every message it received (so a test can inspect all of them), and the session API's calls.
 */
import { Client, type Room } from '@colyseus/sdk';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import { openOptions } from '../../src/engine/rules';
import type { GameCommand } from '../../src/engine/state';
import type { CreateSession, JoinOptions, Refused, SessionCreated, SessionFound } from '../../src/net/protocol';

export interface Received {
  type: string;
  message: Record<string, unknown>;
}

export interface Member {
  room: Room;
  inbox: Received[];
  /** The first message from `from` on (default: any received so far) that passes `test`. */
  next<T = Record<string, unknown>>(type: string, test?: (m: T) => boolean, from?: number): Promise<T>;
  /** Every message of a type received so far. */
  all<T = Record<string, unknown>>(type: string): T[];
}

export function blackSaturday(): Engine {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return createEngine(loaded.value.scenario);
}

const WAIT_MS = 10_000;

export function member(room: Room): Member {
  const inbox: Received[] = [];
  room.onMessage('*', (type, message) =>
    inbox.push({ type: String(type), message: message as Record<string, unknown> }),
  );
  return {
    room,
    inbox,
    all: <T>(type: string) => inbox.filter((r) => r.type === type).map((r) => r.message as T),
    next: <T>(type: string, test: (m: T) => boolean = () => true, from = 0) =>
      new Promise<T>((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const found = inbox.slice(from).find((r) => r.type === type && test(r.message as T));
          if (found) return resolve(found.message as T);
          if (Date.now() - started > WAIT_MS) {
            const seen = inbox
              .slice(-5)
              .map((r) => `${r.type}: ${JSON.stringify(r.message).slice(0, 160)}`)
              .join('\n');
            return reject(new Error(`no "${type}" message came in ${WAIT_MS} ms; the last ones:\n${seen}`));
          }
          setTimeout(look, 5);
        };
        look();
      }),
  };
}

export async function post<T>(url: string, body: unknown): Promise<{ status: number; body: T | Refused }> {
  const res = await fetch(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T | Refused };
}

export async function createSession(base: string, setup: CreateSession): Promise<SessionCreated> {
  const res = await post<SessionCreated>(`${base}/api/sessions`, setup);
  if (res.body.type !== 'created') throw new Error(`create refused: ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function findSession(base: string, code: string): Promise<string> {
  const res = await post<SessionFound>(`${base}/api/sessions/find`, { code });
  if (res.body.type !== 'found') throw new Error(`find refused: ${JSON.stringify(res.body)}`);
  return res.body.roomId;
}

/** Finds the session by code, then joins its room: what a device does. */
export async function join(base: string, options: JoinOptions): Promise<Member> {
  const roomId = await findSession(base, String(options.code));
  return member(await new Client(base).joinById(roomId, options));
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The commands that bring a game from `snapshot` to its next reply decision, taking each choice's first
 * open option (Black Saturday: three choices, then the evening's reply). Throws when none comes.
 */
export function commandsToReply(engine: Engine, snapshot: GameSnapshot): GameCommand[] {
  const commands: GameCommand[] = [];
  let now = snapshot;
  for (let step = 0; step < 12; step++) {
    const d = engine.index.decisions.get(now.context.current);
    if (d?.kind === 'reply') return commands;
    if (d?.kind !== 'choice') break;
    const command: GameCommand = { type: 'player.choose', side: d.side, option: openOptions(d, now.context)[0].id };
    const result = engine.step(now, command);
    if (!result.ok) break;
    commands.push(command);
    now = result.snapshot;
  }
  throw new Error('no reply decision comes by taking first options');
}
