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
 * The play, the games, the checked play and the baseline take turns, round after round, after a warm-up
 * round each; each figure is the best round (the median round is printed beside it), and `check` the best
 * of three. Prints a table and a JSON line; machines are noisy, so compare ratios, not absolute times,
 * and compare two versions of the engine back to back on the same machine.
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

/** A measured workload: one call does some units of work (decisions, games, transitions) and says how many. */
interface Workload {
  name: string;
  run: () => number;
}

/** Milliseconds each workload runs per round, and the rounds: the figure is the best round's ms per unit. */
const ROUND_MS = 300;
const ROUNDS = 7;

function roundOf(work: Workload): number {
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    count += work.run();
    elapsed = performance.now() - start;
  }
  return elapsed / count;
}

/**
 * Runs every workload in turn, round after round, and gives each its best and median round in ms per
 * unit. Taking turns means no workload is measured alone in the JIT's warm-up or after another's
 * garbage: the first one timed used to read up to a third slower than the same play timed later.
 * A warm-up round of each, untimed, comes first.
 */
function interleaved(works: readonly Workload[]): Map<string, { best: number; median: number }> {
  for (const work of works) roundOf(work);
  const rounds = new Map<string, number[]>(works.map((w) => [w.name, []]));
  for (let round = 0; round < ROUNDS; round++) for (const work of works) rounds.get(work.name)?.push(roundOf(work));
  return new Map(
    [...rounds].map(([name, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      return [name, { best: sorted[0], median: sorted[Math.floor(sorted.length / 2)] }];
    }),
  );
}

const loadTime = time(() => loadScenarioFolder(folder));
const loaded = loadTime.result;
if (!loaded.ok) {
  console.error(loaded.errors.map(formatIssue).join('\n'));
  process.exit(1);
}
const engine = createEngine(loaded.value.scenario);
const graph = decisionGraph(engine.scenario);

const decisionsOf = (game: ReturnType<typeof playRandomGame>) =>
  game.final.context.log.filter((e) => e.kind === 'choice' || e.kind === 'reply' || e.kind === 'route').length;

// Engine: decisions (commands taken, model answers and routes included) per ms. Play alone, as measured
// before issue #17; random play's check of each paper against its path (used by `check`) is timed apart.
// Each workload walks its own run of seeds, so every round plays new games.
let seed = 1000;
let gamesSeed = 5000;
let checkedSeed = 1000;
// Baseline: the same graph as a bare machine, walked at random with pure transition().
const skeleton = skeletonMachine(graph);
const raw = pureStepper<{ value: unknown; status: string }, { type: string }, undefined>(skeleton, undefined);
let walker = seedState(7);
const measured = interleaved([
  { name: 'engine', run: () => decisionsOf(playRandomGame(engine, seed++, { checkPapers: false })) },
  {
    name: 'games',
    run: () => {
      playRandomGame(engine, gamesSeed++, { checkPapers: false });
      return 1;
    },
  },
  { name: 'checked', run: () => decisionsOf(playRandomGame(engine, checkedSeed++)) },
]);
// The bare machine is timed on its own, after the engine: taking turns with it would send the engine's
// play through XState code last shaped by the bare machine, and the engine would pay to re-learn it.
const rawMeasured = interleaved([
  {
    name: 'raw',
    run: () => {
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
    },
  },
]);
const figure = (name: string) => {
  const m = measured.get(name) ?? rawMeasured.get(name);
  if (!m) throw new Error(`bug: workload "${name}" was not measured`);
  return m;
};
const engineRate = figure('engine');
const gamesRate = figure('games');
const checkedRate = figure('checked');
const rawRate = figure('raw');

// `check` is timed three times (after the play above has warmed the engine); its row gives the best and the median.
const checks = [0, 1, 2].map(() =>
  time(() => {
    const again = loadScenarioFolder(folder);
    if (!again.ok) throw new Error('scenario stopped loading');
    return checkScenario(createEngine(again.value.scenario), again.value.sectionFiles, folder, DEFAULT_CHECK);
  }),
);
const checkMs = checks.map((c) => c.ms).sort((x, y) => x - y);
const check = { ms: checkMs[0], median: checkMs[1], result: checks[0].result };
const paths = time(() => pathCounts(graph));

const ratio = engineRate.best / rawRate.best;
const rows: [string, string][] = [
  ['scenario', folder],
  ['load + validate', `${loadTime.ms.toFixed(1)} ms`],
  ['random games / s (1 core)', (1000 / gamesRate.best).toFixed(0)],
  [
    'engine: µs per decision',
    `${(engineRate.best * 1000).toFixed(2)} (median round ${(engineRate.median * 1000).toFixed(2)})`,
  ],
  [
    'baseline: µs per raw XState transition',
    `${(rawRate.best * 1000).toFixed(2)} (median round ${(rawRate.median * 1000).toFixed(2)})`,
  ],
  ['engine / raw ratio (target ≤ 3)', ratio.toFixed(2)],
  [
    'random play with the paper-path check: µs per decision',
    `${(checkedRate.best * 1000).toFixed(2)} (median round ${(checkedRate.median * 1000).toFixed(2)})`,
  ],
  [
    `check (${DEFAULT_CHECK.games} games; target < 2000 ms)`,
    `${check.ms.toFixed(0)} ms (median of 3: ${check.median.toFixed(0)}), ${check.result.length} problem(s)`,
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
    gamesPerSecond: Math.round(1000 / gamesRate.best),
    engineUsPerDecision: engineRate.best * 1000,
    engineUsPerDecisionMedianRound: engineRate.median * 1000,
    checkedPlayUsPerDecision: checkedRate.best * 1000,
    rawUsPerTransition: rawRate.best * 1000,
    ratio,
    checkMs: check.ms,
    checkMedianMs: check.median,
    pathEnumerationMs: paths.ms,
  }),
);
