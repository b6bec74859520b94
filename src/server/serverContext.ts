/**
 * What every room of this process shares: the session store, where bundled scenarios are, and the
 * address students open. Set once by startServer (one Colyseus server per process: its matchmaker is
 * a module-wide singleton).
 */
import type { Engine } from '../engine/game';
import { bundledEngine, ownEngine } from './scenarios';
import type { SessionRecord } from './sessionRecord';
import type { SessionStore } from './sessionStore';

export interface ServerContext {
  store: SessionStore;
  scenariosRoot: string;
  /** The page a student opens to join (`<public url>/?join=CODE`). */
  joinUrl(code: string): string;
}

let current: ServerContext | null = null;

export function setServerContext(context: ServerContext): void {
  current = context;
}

export function serverContext(): ServerContext {
  if (!current) throw new Error('the classroom server is not configured (startServer sets it)');
  return current;
}

/** The engine a persisted session plays: its bundled scenario, or its teacher's bundle from the store. */
export async function engineOfRecord(ctx: ServerContext, record: SessionRecord): Promise<Engine> {
  let engine: Engine | string;
  if ('id' in record.scenario) engine = bundledEngine(ctx.scenariosRoot, record.scenario.id);
  else {
    const text = await ctx.store.loadBundle(record.scenario.bundleKey);
    engine =
      text === null ? `the session's own scenario (${record.scenario.bundleKey}) is not in the store` : ownEngine(text);
  }
  if (typeof engine === 'string') throw new Error(engine);
  return engine;
}
