/**
 * A fingerprint of what the engine and `check` produce, to compare two versions of the engine when one
 * of them is only meant to be faster: `npx tsx bench/engineFingerprint.ts [games]` in each tree, then
 * compare the lines. It hashes
 * - `check`'s problems (file, path, message) on the bundled scenario with DEFAULT_CHECK and on every
 *   fixture scenario that loads (the broken ones included: their problems must still be found);
 * - every random game of seeds 1…games (3000 by default; `check` plays 1…2000): seed, ending, decisions, papers,
 *   contradictions, stall, and the whole final context (log, delivered papers, tracks, rng, commands);
 * - the record's own path for the same seeds, and random games with every side in people's hands.
 * Not a test: it plays thousands of games, and its point is the comparison across versions.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFolder } from '../src/cli/scenarioFolder';
import { checkScenario, DEFAULT_CHECK } from '../src/engine/analysis/check';
import { historicalStrategy, playStrategy, type Strategy } from '../src/engine/analysis/historical';
import { legalCommand, playRandomGame } from '../src/engine/analysis/randomPlay';
import { createEngine } from '../src/engine/game';
import { seedState } from '../src/engine/rng';

const games = Number(process.argv[2] ?? 3000);
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const folders = [
  'scenarios/black-saturday',
  ...['tests/fixtures/scenarios', 'tests/fixtures/broken'].flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(root, e.name)),
  ),
];
for (const folder of folders) {
  const loaded = loadScenarioFolder(folder);
  if (!loaded.ok) continue;
  const engine = createEngine(loaded.value.scenario);
  const problems = checkScenario(engine, loaded.value.sectionFiles, folder, DEFAULT_CHECK);
  console.log(`check ${folder}: ${problems.length} problem(s) ${hash(problems)}`);
}

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('the bundled scenario does not load');
const engine = createEngine(loaded.value.scenario);
const digest = createHash('sha256');
const humans = Object.fromEntries(loaded.value.scenario.sides.map((s) => [s.id, 'human' as const]));
const record = createHash('sha256');
for (let seed = 1; seed <= games; seed++) {
  const game = playRandomGame(engine, seed);
  const { final, ...rest } = game;
  digest.update(JSON.stringify({ ...rest, context: final.context, status: final.status, value: final.value }));
  record.update(JSON.stringify(playStrategy(engine, { seed }, historicalStrategy).snapshot.context));
}
console.log(`games 1–${games}: ${digest.digest('hex').slice(0, 16)}`);
console.log(`record's path 1–${games}: ${record.digest('hex').slice(0, 16)}`);
// The same random play with every side in people's hands (the model never moves), for a quarter of the seeds.
const people = createHash('sha256');
for (let seed = 1; seed <= Math.ceil(games / 4); seed++) {
  let chooser = seedState(seed);
  const random: Strategy = (e, snapshot) => {
    const next = legalCommand(e, snapshot, chooser);
    chooser = next.chooser;
    return next.command ?? { stop: 'no option is open' };
  };
  const run = playStrategy(engine, { seed, controllers: humans }, random);
  people.update(JSON.stringify([run.stopped, run.snapshot.context]));
}
console.log(`all-human games 1–${Math.ceil(games / 4)}: ${people.digest('hex').slice(0, 16)}`);
