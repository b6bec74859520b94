/**
 * Hostile-input benchmark: `npm run bench:hostile`.
 *
 * What an author (or a damaged file) can make the game parse, measured against ordinary input of the
 * same size in the same run, printed as a ratio (target: a small constant, whatever the size):
 * - Markdown bodies of 60 kB and 1 MB made of unmatched emphasis openers ("*a ", "**a ", "_a "), runs
 *   of stars after a word, and deep nesting, against prose with ordinary emphasis;
 * - restoring a save whose log is at the limit (saveLimits.ts) against a short game, and refusing a
 *   20,000-entry log.
 * Before the linear scan, 60 kB of "*a " took about 40 s; compare ratios, not absolute times.
 */
import { performance } from 'node:perf_hooks';
import { loadScenarioFolder } from '../src/cli/scenarioFolder';
import { createEngine } from '../src/engine/game';
import { createSave, restoreSave } from '../src/engine/save';
import { SAVE_LIMITS } from '../src/engine/saveLimits';
import { parseMarkdown } from '../src/ui/documents/markdown';

function best(fn: () => void, rounds = 3): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const PROSE = 'The *Jupiter* missiles were **obsolete**, said the_memo; a ~~public~~ private pledge. ';

const rows: [string, string][] = [];
for (const size of [60_000, 1_000_000]) {
  const baseline = best(() => parseMarkdown(fill(PROSE, size)));
  rows.push([`markdown prose ${size / 1000} kB (baseline)`, `${baseline.toFixed(0)} ms`]);
  for (const [name, unit] of [
    ['"*a " openers', '*a '],
    ['"**a " openers', '**a '],
    ['"_a " openers', '_a '],
    ['"a*" pairs', 'a*'],
    ['"*a **b " nesting', '*a **b '],
  ] as const) {
    const ms = best(() => parseMarkdown(fill(unit, size)));
    rows.push([`markdown ${name} ${size / 1000} kB`, `${ms.toFixed(0)} ms (×${(ms / baseline).toFixed(1)})`]);
  }
  const stars = best(() => parseMarkdown(`a${'*'.repeat(size)}`));
  rows.push([`markdown "a" + stars ${size / 1000} kB`, `${stars.toFixed(0)} ms (×${(stars / baseline).toFixed(1)})`]);
}

const loaded = loadScenarioFolder('tests/fixtures/scenarios/mini');
if (!loaded.ok) throw new Error('the mini scenario stopped loading');
const engine = createEngine(loaded.value.scenario);
const saveOf = (n: number) =>
  createSave(
    engine,
    engine.replay(
      { seed: 1 },
      Array.from({ length: n }, (_, i) => ({ type: 'facilitator.mark' as const, note: `note ${i}` })),
    ),
  );
const short = saveOf(20);
const atLimit = saveOf(SAVE_LIMITS.commands);
const shortMs = best(() => restoreSave(engine, short));
const limitMs = best(() => restoreSave(engine, atLimit), 1);
const huge = atLimit.replace(
  '"commands":[',
  `"commands":[${'{"type":"facilitator.mark","note":"x"},'.repeat(20_000 - SAVE_LIMITS.commands)}`,
);
const hugeMs = best(() => restoreSave(engine, huge));
rows.push(['restore a 20-move save (baseline)', `${shortMs.toFixed(1)} ms`]);
rows.push([`restore a ${SAVE_LIMITS.commands}-move save (the limit)`, `${limitMs.toFixed(0)} ms`]);
rows.push([
  'refuse a 20,000-move save',
  `${hugeMs.toFixed(1)} ms: ${String((restoreSave(engine, huge) as { errors?: string[] }).errors?.[0])}`,
]);

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
