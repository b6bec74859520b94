/**
 * Engine benchmark: `npm run bench:engine [-- scenarios/<folder>]`.
 *
 * Measures, on one core, in one run:
 * - random seeded playthroughs per second of the scenario through the full engine (play alone), and
 *   apart, random play with the check of each delivered paper against the path that `check` adds;
 * - the baseline: raw XState transitions on a bare machine with the same decision graph (no context,
 *   no guards, no actions), walked at random with the same pure stepper; the engine's cost per decision is
 *   printed as a ratio to the raw cost per transition (target ≤ 3×);
 * - `check` (load + lint + 2000 random games) and a full path enumeration (xstate/graph simple paths).
 * Prints a table and a JSON line; machines are noisy, so compare ratios, not absolute times.
 */
import { performance } from 'node:perf_hooks';
import { loadScenarioFolder } from '../src/cli/scenarioFolder';
import { checkScenario, DEFAULT_CHECK } from '../src/engine/analysis/check';
import { decisionGraph, pathCounts, skeletonMachine } from '../src/engine/analysis/graph';
import { playRandomGame } from '../src/engine/analysis/randomPlay';
import { createEngine } from '../src/engine/game';
import { formatIssue } from '../src/engine/result';
import { roll, seedState } from '../src/engine/rng';
import { pureStepper } from '../src/engine/stepper';

const folder = process.argv[2] ?? 'scenarios/black-saturday';

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

/** Runs fn repeatedly for at least `minMs`, returning the best of three runs' ms per call. */
function rate(fn: () => number, minMs = 1500): { msPerUnit: number; units: number } {
  let best = Number.POSITIVE_INFINITY;
  let units = 0;
  for (let round = 0; round < 3; round++) {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 3) {
      count += fn();
      elapsed = performance.now() - start;
    }
    best = Math.min(best, elapsed / count);
    units += count;
  }
  return { msPerUnit: best, units };
}

const loadTime = time(() => loadScenarioFolder(folder));
const loaded = loadTime.result;
if (!loaded.ok) {
  console.error(loaded.errors.map(formatIssue).join('\n'));
  process.exit(1);
}
const engine = createEngine(loaded.value.scenario);
const graph = decisionGraph(engine.scenario);

// Warm up both paths so the JIT has seen them.
for (let i = 0; i < 200; i++) playRandomGame(engine, i);

const decisionsOf = (game: ReturnType<typeof playRandomGame>) =>
  game.final.context.log.filter((e) => e.kind === 'choice' || e.kind === 'reply' || e.kind === 'route').length;

// Engine: decisions (commands taken, model answers and routes included) per ms. Play alone, as measured
// before issue #17; random play's check of each paper against its path (used by `check`) is timed apart.
let seed = 1000;
const engineRate = rate(() => decisionsOf(playRandomGame(engine, seed++, { checkPapers: false })));
let gamesSeed = 5000;
const gamesRate = rate(() => {
  playRandomGame(engine, gamesSeed++, { checkPapers: false });
  return 1;
});
let checkedSeed = 1000;
const checkedRate = rate(() => decisionsOf(playRandomGame(engine, checkedSeed++)));

// Baseline: the same graph as a bare machine, walked at random with pure transition().
const skeleton = skeletonMachine(graph);
const raw = pureStepper<{ value: unknown; status: string }, { type: string }, undefined>(skeleton, undefined);
let walker = seedState(7);
const rawRate = rate(() => {
  let snapshot = raw.initial(undefined);
  let steps = 0;
  while (snapshot.status !== 'done' && steps < 200) {
    const targets = graph.edges.get(String(snapshot.value)) ?? [];
    const r = roll(walker);
    walker = r.state;
    snapshot = raw.next(snapshot, { type: `go.${targets[Math.floor(r.value * targets.length)]}` });
    steps++;
  }
  return steps;
});

const check = time(() => {
  const again = loadScenarioFolder(folder);
  if (!again.ok) throw new Error('scenario stopped loading');
  return checkScenario(createEngine(again.value.scenario), again.value.sectionFiles, folder, DEFAULT_CHECK);
});
const paths = time(() => pathCounts(graph));

const ratio = engineRate.msPerUnit / rawRate.msPerUnit;
const rows: [string, string][] = [
  ['scenario', folder],
  ['load + validate', `${loadTime.ms.toFixed(1)} ms`],
  ['random games / s (1 core)', (1000 / gamesRate.msPerUnit).toFixed(0)],
  ['engine: µs per decision', (engineRate.msPerUnit * 1000).toFixed(2)],
  ['baseline: µs per raw XState transition', (rawRate.msPerUnit * 1000).toFixed(2)],
  ['engine / raw ratio (target ≤ 3)', ratio.toFixed(2)],
  ['random play with the paper-path check: µs per decision', (checkedRate.msPerUnit * 1000).toFixed(2)],
  [
    `check (${DEFAULT_CHECK.games} games; target < 2000 ms)`,
    `${check.ms.toFixed(0)} ms, ${check.result.length} problem(s)`,
  ],
  [
    'path enumeration',
    `${paths.ms.toFixed(0)} ms: ${paths.result.reachableStates} states, ${paths.result.simplePaths} simple paths`,
  ],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
console.log(
  JSON.stringify({
    scenario: folder,
    gamesPerSecond: Math.round(1000 / gamesRate.msPerUnit),
    engineUsPerDecision: engineRate.msPerUnit * 1000,
    checkedPlayUsPerDecision: checkedRate.msPerUnit * 1000,
    rawUsPerTransition: rawRate.msPerUnit * 1000,
    ratio,
    checkMs: check.ms,
    pathEnumerationMs: paths.ms,
  }),
);
