/** A save is checked for size, nesting and log length before any parsing work (saveLimits.ts). */
import { describe, expect, it } from 'vitest';
import { createSave, restoreSave } from '../../src/engine/save';
import { SAVE_LIMITS, saveFileSizeProblem, saveTextProblem } from '../../src/engine/saveLimits';
import { miniEngine } from './helpers';

const engine = miniEngine();
const marks = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ type: 'facilitator.mark' as const, note: `note ${i}` }));
const saved = createSave(engine, engine.replay({ seed: 3 }, marks(3)));

describe('saves beyond the limits are refused with a reason, never thrown', () => {
  it('a log longer than the limit is refused before it is replayed', () => {
    const long = saved.replace(
      '"commands":[',
      `"commands":[${'{"type":"facilitator.mark","note":"x"},'.repeat(20_000)}`,
    );
    expect(restoreSave(engine, long)).toEqual({
      ok: false,
      errors: [`This save's log is too long to replay (20003 moves; a save holds at most ${SAVE_LIMITS.commands}).`],
    });
  });

  it('a log at the limit still restores', () => {
    const text = createSave(engine, engine.replay({ seed: 3 }, marks(SAVE_LIMITS.commands)));
    expect(restoreSave(engine, text).ok).toBe(true);
  }, 60_000);

  it('deeply nested JSON is refused without parsing it (the checksum would overflow the stack)', () => {
    const deep = saved.replace(/^\{/, `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`);
    expect(deep.length).toBeGreaterThan(saved.length);
    expect(restoreSave(engine, deep)).toEqual({
      ok: false,
      errors: [`This save is damaged: its data nests more than ${SAVE_LIMITS.depth} levels deep, which no save does.`],
    });
  });

  it('brackets inside strings do not count as nesting', () => {
    expect(saveTextProblem(JSON.stringify({ note: '['.repeat(1000) }))).toBeUndefined();
    expect(saveTextProblem(JSON.stringify({ note: '\\"[[[' }))).toBeUndefined();
  });

  it('an oversized file is refused by its length', () => {
    expect(saveTextProblem(' '.repeat(SAVE_LIMITS.chars + 1))).toBe(
      `This file is too large to be a save (${SAVE_LIMITS.chars + 1} characters; a save holds at most ${SAVE_LIMITS.chars}).`,
    );
  });

  it('a save with a UTF-8 byte-order mark restores, as a bundle with one loads', () => {
    const restored = restoreSave(engine, `\uFEFF${saved}`);
    expect(restored.ok).toBe(true);
  });
});

describe('a file picked as a save', () => {
  it('is refused by its byte size before it is read, when it cannot fit the character limit', () => {
    expect(saveFileSizeProblem(SAVE_LIMITS.chars * 4)).toBeUndefined();
    expect(saveFileSizeProblem(SAVE_LIMITS.chars * 4 + 1)).toBe(
      `This file is too large to be a save (${SAVE_LIMITS.chars * 4 + 1} bytes; a save holds at most ${SAVE_LIMITS.chars} characters).`,
    );
  });
});
