/**
 * From each older save format to the next, so that every save and exported game a player or a
 * teacher already holds still opens (tests/fixtures/saves/ keeps real files of each). A migration
 * checks what the old format promised (format 1's checksum included) before reshaping it; it never
 * needs the scenario, since restoreSave replays every save anyway.
 */
import { canonicalJson, fnv1a32, sha256 } from './hash';
import { damaged, gameProblem, isRecord, type Read } from './saveShape';

type Raw = Record<string, unknown>;

/**
 * Format-1 autosave: { saveVersion 1, minReaderVersion, scenario, seed, controllers, commands,
 * state: { value, context }, checksum }, the checksum an FNV-1a of the rest as canonical JSON.
 * The context copy becomes its hash; the replay is checked against it as it was against the copy.
 */
function save1to2(raw: Raw): Read<Raw> {
  const input = { seed: raw.seed, controllers: raw.controllers };
  const problem = gameProblem(raw.scenario, input, raw.commands);
  if (problem)
    return {
      ok: false,
      errors: [damaged(problem === 'input.seed' ? 'seed' : problem === 'input.controllers' ? 'controllers' : problem)],
    };
  const state = raw.state;
  if (!isRecord(state) || typeof state.value !== 'string' || !isRecord(state.context)) {
    return { ok: false, errors: [damaged('state')] };
  }
  if (typeof raw.checksum !== 'string') return { ok: false, errors: [damaged('checksum')] };
  const { checksum, ...body } = raw;
  if (fnv1a32(canonicalJson(body)) !== checksum) {
    return { ok: false, errors: ['This save has been altered or damaged (its checksum does not match its contents).'] };
  }
  const ending = state.context.ending;
  return {
    ok: true,
    value: {
      format: raw.format,
      saveVersion: 2,
      minReaderVersion: 2,
      scenario: raw.scenario,
      input,
      commands: raw.commands,
      reached: {
        state: state.value,
        ending: typeof ending === 'string' ? ending : null,
        contextHash: sha256(canonicalJson(state.context)),
      },
    },
  };
}

/**
 * Format 2 → 3: the envelope is the same, but format 3 may carry a lesson plan (`input.lesson`, absent
 * from any format-2 save) and its context logs more (what each decision moved, how the model read its
 * options), so a format-2 hash is marked as covering the context without them.
 */
function save2to3(raw: Raw): Read<Raw> {
  const reached = raw.reached;
  if (reached !== null && !isRecord(reached)) return { ok: false, errors: [damaged('reached')] };
  return {
    ok: true,
    value: {
      ...raw,
      saveVersion: 3,
      minReaderVersion: 3,
      reached: reached === null ? null : { ...reached, hashOf: 2 },
    },
  };
}

/** Migrations by the version they start from: MIGRATIONS[n] turns format n into format n + 1. */
export const MIGRATIONS: Record<number, (raw: Raw) => Read<Raw>> = { 1: save1to2, 2: save2to3 };

/**
 * Format-1 review export ("Export JSON (replayable)"): { format "eyes-only-review", version 1,
 * scenario, input: { seed, controllers? }, commands, ending }. It recorded no state, so the current
 * envelope it becomes is checked by its ending (`reached` null, `recordedEnding` set).
 */
export function reviewExport1(raw: Raw): Read<Raw> {
  const input = isRecord(raw.input) ? { seed: raw.input.seed, controllers: raw.input.controllers ?? {} } : raw.input;
  const problem = gameProblem(raw.scenario, input, raw.commands);
  if (problem) return { ok: false, errors: [damaged(problem)] };
  if (raw.ending !== null && typeof raw.ending !== 'string') return { ok: false, errors: [damaged('ending')] };
  return {
    ok: true,
    value: {
      format: 'eyes-only-save',
      saveVersion: 2,
      minReaderVersion: 2,
      scenario: raw.scenario,
      input,
      commands: raw.commands,
      reached: null,
      recordedEnding: raw.ending,
    },
  };
}
