/**
 * Saved games: one envelope for the autosave behind Continue, the review's "Export JSON
 * (replayable)" file and any file opened with "Replay a saved game file", and one validator for all
 * three (`readSave`). A save holds the seed, the controllers and the accepted commands, plus what
 * they led to (the machine state, the ending and a hash of the whole context); restoring replays the
 * commands and checks the hash, so a save that was cut short, hand-edited or written for another
 * scenario is refused with a reason, never half-loaded. Text in, text out: where it is kept
 * (localStorage, a file, a server) is not our concern.
 *
 * Versions, as ink keeps kInkSaveStateVersion beside a minimum compatible one:
 * - SAVE_VERSION is the envelope this build writes; each file says which version wrote it
 *   (`saveVersion`) and the oldest reader that understands it (`minReaderVersion`).
 * - MIN_COMPATIBLE_VERSION is the oldest envelope this build still reads, through saveMigrations.ts.
 * Changelog (add a line, and a migration, with every bump):
 * 1. Two formats. The autosave `eyes-only-save` (saveVersion 1) carried seed, controllers, commands
 *    and a second copy of the whole context (commands included) under an FNV-1a checksum; the
 *    review export `eyes-only-review` (version 1) carried scenario, input, commands and the ending,
 *    and its version was never checked.
 * 2. One envelope, `eyes-only-save` saveVersion 2: scenario, input, commands and `reached`
 *    (state, ending and a SHA-256 of the canonical context) instead of the second copy. Both
 *    format-1 files are migrated on reading.
 * 3. `input.lesson`: the lesson plan a game was created with (lessonPlan.ts), and the `lesson.resume`
 *    command; and the context's log records what each decision moved (`moved`) and, for a model's
 *    move, how the model read each option (`model`). A format-2 save's hash covers the context
 *    without them, so its migration marks `reached.hashOf: 2` and the replay is checked without them
 *    (legacyContext). Every format-3 save needs a format-3 reader.
 */
import type { Engine, GameSnapshot } from './game';
import { canonicalJson, sha256 } from './hash';
import type { Failure } from './result';
import { saveLogProblem, saveTextProblem } from './saveLimits';
import { MIGRATIONS, reviewExport1 } from './saveMigrations';
import { damaged, gameProblem, isRecord, isString, type Read } from './saveShape';
import type { Controller, GameCommand, GameContext } from './state';

export const SAVE_FORMAT = 'eyes-only-save';
/** The envelope this build writes (see the changelog above). */
export const SAVE_VERSION = 3;
/** The oldest envelope this build still reads (older ones are migrated up on reading). */
export const MIN_COMPATIBLE_VERSION = 1;

/** What the commands led to when the save was made: a replay must reach exactly this. */
export interface Reached {
  state: string;
  ending: string | null;
  /** SHA-256 of the context as canonical JSON (see hash.ts). */
  contextHash: string;
  /** Set by the migration from format 2: the hash covers the context as format 2 kept it. */
  hashOf?: 2;
}

export interface SaveEnvelope {
  format: typeof SAVE_FORMAT;
  saveVersion: number;
  minReaderVersion: number;
  scenario: { id: string; version: string };
  input: { seed: number; controllers: Record<string, Controller>; lesson?: string };
  commands: GameCommand[];
  /**
   * Null only for a migrated format-1 review export, which recorded its ending but no state: such
   * a file is checked by its ending alone.
   */
  reached: Reached | null;
  /** Set by a migration from a format-1 review export: the ending it recorded. */
  recordedEnding?: string | null;
}

export type RestoreResult = { ok: true; snapshot: GameSnapshot } | Failure<string>;

/** Checks a current envelope's shape by hand (the browser does not ship the schema library for this). */
function envelopeProblem(v: Record<string, unknown>): string | null {
  const game = gameProblem(v.scenario, v.input, v.commands);
  if (game) return game;
  const reached = v.reached;
  // A migrated format-1 export has no state to check, only the ending it recorded.
  if (reached === null) return v.recordedEnding === null || isString(v.recordedEnding) ? null : 'reached';
  if (!isRecord(reached) || !isString(reached.state) || !isString(reached.contextHash)) return 'reached';
  if (reached.ending !== null && !isString(reached.ending)) return 'reached.ending';
  if (reached.hashOf !== undefined && reached.hashOf !== 2) return 'reached.hashOf';
  return null;
}

/**
 * Brings any readable envelope up to SAVE_VERSION, one migration at a time, after checking that this
 * build may read it at all: not newer than it understands, not older than MIN_COMPATIBLE_VERSION.
 */
function migrateToCurrent(raw: Record<string, unknown>): Read<Record<string, unknown>> {
  // The format-1 review export had its own name and a `version`; it is the save's format 1 now.
  if (raw.format === 'eyes-only-review') {
    if (raw.version !== 1) {
      return {
        ok: false,
        errors: [
          `This exported game was made by another version of the game (export version ${JSON.stringify(raw.version)}); this version reads export version 1 and saves up to version ${SAVE_VERSION}.`,
        ],
      };
    }
    // It becomes a format-2 envelope, then goes the way of every format-2 save.
    const exported = reviewExport1(raw);
    return exported.ok ? MIGRATIONS[2](exported.value) : exported;
  }
  if (raw.format !== SAVE_FORMAT) return { ok: false, errors: ['This is not a saved game of Eyes Only.'] };
  const version = raw.saveVersion;
  const minReader = raw.minReaderVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, errors: [damaged('saveVersion')] };
  if (typeof minReader !== 'number' || !Number.isInteger(minReader))
    return { ok: false, errors: [damaged('minReaderVersion')] };
  if (minReader > SAVE_VERSION) {
    return {
      ok: false,
      errors: [
        `This save was made by a newer version of the game (save format ${version}, readable from version ${minReader}; this version reads up to ${SAVE_VERSION}); update the game to open it.`,
      ],
    };
  }
  if (version < MIN_COMPATIBLE_VERSION) {
    return {
      ok: false,
      errors: [
        `This save is from an old version of the game (save format ${version}) that this version can no longer read (the oldest it reads is ${MIN_COMPATIBLE_VERSION}).`,
      ],
    };
  }
  let save = raw;
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return { ok: false, errors: [`This save's format ${v} has no way forward in this version of the game.`] };
    const next = step(save);
    if (!next.ok) return next;
    save = next.value;
  }
  return { ok: true, value: save };
}

/**
 * The one validator for saved games, whatever door they come in by: text in, a current envelope
 * out (older formats migrated), or the reason it is refused. It does not need the scenario; see
 * restoreSave for the replay. Untrusted text enters here and nowhere else, so any limit on its size
 * or nesting belongs at the top of this function, before JSON.parse.
 */
export function readSave(text: string): Read<SaveEnvelope> {
  // Size and nesting first (saveLimits.ts), so no file can freeze or crash the reader.
  const unreadable = saveTextProblem(text);
  if (unreadable) return { ok: false, errors: [unreadable] };
  let raw: unknown;
  try {
    // A byte-order mark (left by some editors and by Windows tools) is not part of the save.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: ['This save is damaged or incomplete (it is not readable JSON).'] };
  }
  if (!isRecord(raw)) return { ok: false, errors: ['This is not a saved game of Eyes Only.'] };
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return migrated;
  const save = migrated.value;
  // The log's length before any replay: restoring replays every command (every format has been
  // migrated to the one envelope by now, so one check covers them all).
  const tooLong = saveLogProblem(save);
  if (tooLong) return { ok: false, errors: [tooLong] };
  const problem = envelopeProblem(save);
  return problem ? { ok: false, errors: [damaged(problem)] } : { ok: true, value: save as unknown as SaveEnvelope };
}

/** The hash a replay must reproduce: the machine state and the context, as canonical JSON. */
export const contextHash = (snapshot: GameSnapshot) => sha256(canonicalJson(snapshot.context));

/** The context as save format 2 kept it: the log without what format 3 added to its entries. */
export function legacyContext(context: GameContext): GameContext {
  return {
    ...context,
    log: context.log.map((e) => {
      if (e.kind !== 'choice' && e.kind !== 'reply') return e;
      const { moved: _moved, ...rest } = e;
      if (rest.kind !== 'choice') return rest;
      const { model: _model, ...plain } = rest;
      return plain;
    }),
  };
}

const hashFor = (snapshot: GameSnapshot, reached: Reached) =>
  reached.hashOf === 2 ? sha256(canonicalJson(legacyContext(snapshot.context))) : contextHash(snapshot);

export function saveEnvelope(engine: Pick<Engine, 'scenario'>, snapshot: GameSnapshot): SaveEnvelope {
  const ctx = snapshot.context;
  const { id, version } = engine.scenario.meta;
  return {
    format: SAVE_FORMAT,
    saveVersion: SAVE_VERSION,
    // Raise this only when a reader of an older version could no longer make sense of the file: a
    // game with a lesson plan needs format 3's reader; one without is the same game format 2 knew.
    minReaderVersion: SAVE_VERSION,
    scenario: { id, version },
    input: { seed: ctx.seed, controllers: ctx.controllers, ...(ctx.lesson ? { lesson: ctx.lesson.plan } : {}) },
    commands: ctx.commands,
    reached: { state: String(snapshot.value), ending: ctx.ending, contextHash: contextHash(snapshot) },
  };
}

/** The save as text: compact for the autosave, indented (`readable`) for a file a teacher may open. */
export function createSave(engine: Pick<Engine, 'scenario'>, snapshot: GameSnapshot, readable = false): string {
  return JSON.stringify(saveEnvelope(engine, snapshot), null, readable ? 2 : undefined);
}

const major = (version: string) => version.split('.')[0];

/** Reads a save (any door, any readable version) and replays it in this scenario. */
export function restoreSave(engine: Pick<Engine, 'scenario' | 'replay'>, text: string): RestoreResult {
  const read = readSave(text);
  if (!read.ok) return read;
  const save = read.value;
  const meta = engine.scenario.meta;
  if (save.scenario.id !== meta.id) {
    return { ok: false, errors: [`This save belongs to the scenario "${save.scenario.id}", not "${meta.id}".`] };
  }
  if (major(save.scenario.version) !== major(meta.version)) {
    return {
      ok: false,
      errors: [
        `This save was made with version ${save.scenario.version} of the scenario; this is version ${meta.version}, which plays differently.`,
      ],
    };
  }
  let snapshot: GameSnapshot;
  try {
    snapshot = engine.replay(save.input, save.commands);
  } catch (error) {
    return { ok: false, errors: [`This save's moves no longer fit the scenario: ${(error as Error).message}.`] };
  }
  const reached = save.reached;
  const matches = reached
    ? String(snapshot.value) === reached.state && hashFor(snapshot, reached) === reached.contextHash
    : save.recordedEnding === undefined || snapshot.context.ending === save.recordedEnding;
  if (!matches) {
    return {
      ok: false,
      errors: ['This save does not match its own moves (it was edited, or made with a different scenario text).'],
    };
  }
  return { ok: true, snapshot };
}
