/**
 * Saves: a versioned envelope around the game's seed, its accepted commands and the state they led
 * to. Restoring replays the commands and checks that they give the recorded state, so a save that
 * was cut short, hand-edited or written for another scenario is refused with a reason, never
 * half-loaded. Text in, text out: where it is kept (localStorage, a file, a server) is not our concern.
 */
import type { Engine, GameSnapshot } from './game';
import { saveLogProblem, saveTextProblem } from './saveLimits';
import type { GameCommand, GameContext } from './state';

export const SAVE_FORMAT = 'eyes-only-save';
/** Bump when the envelope or the context changes shape. */
export const SAVE_VERSION = 1;
/** The oldest save this build can still read. */
export const OLDEST_READABLE_SAVE = 1;

export interface SaveEnvelope {
  format: typeof SAVE_FORMAT;
  saveVersion: number;
  minReaderVersion: number;
  scenario: { id: string; version: string };
  seed: number;
  controllers: Record<string, 'human' | 'model'>;
  commands: GameCommand[];
  state: { value: string; context: Record<string, unknown> };
  checksum: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isVote(v: unknown): boolean {
  if (!isRecord(v) || !isRecord(v.counts)) return false;
  if (!Object.values(v.counts).every((n) => typeof n === 'number')) return false;
  return Object.keys(v).every((k) => k === 'counts' || (k === 'override' && isString(v.override)));
}

function isCommand(v: unknown): v is GameCommand {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v).sort().join(',');
  if (v.type === 'player.choose') {
    const shape = keys === 'option,side,type' || (keys === 'option,side,type,vote' && isVote(v.vote));
    return shape && isString(v.side) && isString(v.option);
  }
  if (v.type === 'player.sendReply') {
    return keys === 'items,side,type' && isString(v.side) && Array.isArray(v.items) && v.items.every(isString);
  }
  if (v.type === 'player.read') return keys === 'document,type' && isString(v.document);
  if (v.type === 'facilitator.mark') return keys === 'note,type' && isString(v.note);
  if (v.type === 'facilitator.release' || v.type === 'facilitator.hold') {
    return keys === 'document,type' && isString(v.document);
  }
  return false;
}

/**
 * Checks the envelope's shape by hand (the browser does not ship the schema library for this) and
 * names the first field that is wrong, or returns null when all is well.
 */
function envelopeProblem(v: Record<string, unknown>): string | null {
  if (typeof v.saveVersion !== 'number' || !Number.isInteger(v.saveVersion)) return 'saveVersion';
  if (typeof v.minReaderVersion !== 'number' || !Number.isInteger(v.minReaderVersion)) return 'minReaderVersion';
  if (!isRecord(v.scenario) || !isString(v.scenario.id) || !isString(v.scenario.version)) return 'scenario';
  if (typeof v.seed !== 'number') return 'seed';
  if (!isRecord(v.controllers) || !Object.values(v.controllers).every((c) => c === 'human' || c === 'model'))
    return 'controllers';
  if (!Array.isArray(v.commands)) return 'commands';
  const bad = v.commands.findIndex((c) => !isCommand(c));
  if (bad >= 0) return `commands.${bad}`;
  if (!isRecord(v.state) || !isString(v.state.value) || !isRecord(v.state.context)) return 'state';
  if (!isString(v.checksum)) return 'checksum';
  return null;
}

export type RestoreResult = { ok: true; snapshot: GameSnapshot } | { ok: false; reason: string };

/** JSON with sorted keys, so the checksum does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits: enough to catch damage and casual edits (not a signature against cheating). */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const sealed = (envelope: Omit<SaveEnvelope, 'checksum'>) => checksum(canonical(envelope));

export function createSave(engine: Engine, snapshot: GameSnapshot): string {
  const ctx = snapshot.context;
  const body: Omit<SaveEnvelope, 'checksum'> = {
    format: SAVE_FORMAT,
    saveVersion: SAVE_VERSION,
    minReaderVersion: OLDEST_READABLE_SAVE,
    scenario: { id: engine.scenario.meta.id, version: engine.scenario.meta.version },
    seed: ctx.seed,
    controllers: ctx.controllers,
    commands: ctx.commands,
    state: { value: String(snapshot.value), context: ctx as unknown as Record<string, unknown> },
  };
  return JSON.stringify({ ...body, checksum: sealed(body) });
}

const major = (version: string) => version.split('.')[0];

export function restoreSave(engine: Engine, text: string): RestoreResult {
  // Size, depth and log length first (saveLimits.ts), so no save can freeze or crash the restore.
  const unreadable = saveTextProblem(text);
  if (unreadable) return { ok: false, reason: unreadable };
  let raw: unknown;
  try {
    // A byte-order mark, as some editors write, is not part of the save (bundles accept one too).
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'This save is damaged or incomplete (it is not readable JSON).' };
  }
  const tooLong = saveLogProblem(raw);
  if (tooLong) return { ok: false, reason: tooLong };
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, reason: 'This is not a saved game of Eyes Only.' };
  }
  const problem = envelopeProblem(raw as Record<string, unknown>);
  if (problem) return { ok: false, reason: `This save is damaged: ${problem} is not what a save holds.` };
  const save = raw as SaveEnvelope;
  if (save.minReaderVersion > SAVE_VERSION) {
    return {
      ok: false,
      reason: `This save was made by a newer version of the game (save format ${save.saveVersion}); update the game to open it.`,
    };
  }
  if (save.saveVersion < OLDEST_READABLE_SAVE) {
    return {
      ok: false,
      reason: `This save is from an old version of the game (save format ${save.saveVersion}) that this version can no longer read.`,
    };
  }
  const { checksum: recorded, ...body } = save;
  if (sealed(body) !== recorded) {
    return { ok: false, reason: 'This save has been altered or damaged (its checksum does not match its contents).' };
  }
  const meta = engine.scenario.meta;
  if (save.scenario.id !== meta.id) {
    return { ok: false, reason: `This save belongs to the scenario "${save.scenario.id}", not "${meta.id}".` };
  }
  if (major(save.scenario.version) !== major(meta.version)) {
    return {
      ok: false,
      reason: `This save was made with version ${save.scenario.version} of the scenario; this is version ${meta.version}, which plays differently.`,
    };
  }
  let snapshot: GameSnapshot;
  try {
    snapshot = engine.replay({ seed: save.seed, controllers: save.controllers }, save.commands);
  } catch (error) {
    return { ok: false, reason: `This save's moves no longer fit the scenario: ${(error as Error).message}.` };
  }
  if (
    String(snapshot.value) !== save.state.value ||
    canonical(snapshot.context) !== canonical(save.state.context as unknown as GameContext)
  ) {
    return {
      ok: false,
      reason: 'This save does not match its own moves (it was edited, or made with a different scenario text).',
    };
  }
  return { ok: true, snapshot };
}
