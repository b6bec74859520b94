/**
 * Plays N seeded random games (play alone, as `bench:engine` times it) and prints the decisions played,
 * for an instruction count that load does not change: on a machine shared by several sessions the
 * wall clock scatters by half, while the instructions two versions of the engine spend are steady to
 * a few per cent. Bundle this file in each source tree, count both at two sizes, and divide the
 * difference (startup and the JIT's warm-up cancel) by the decisions between them:
 *
 *   npx esbuild bench/engineInstructions.ts --bundle --platform=node --format=cjs --outfile=/tmp/a.cjs
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
 *     --smc-check=all-non-file node --single-threaded /tmp/a.cjs scenarios/black-saturday 300
 *   (the same with 700; instructions per decision = (I700 − I300) / (D700 − D300))
 *
 * Each count takes a few minutes under valgrind. Usage: node <bundle> <scenario folder> <games>.
 *
 * `node <bundle> <scenario folder> check <n>` instead loads the scenario and runs `check` (DEFAULT_CHECK)
 * n times, as the `check` row of bench:engine does; one warm check costs I(check 2) − I(check 1).
 */
import { loadScenarioFolder } from '../src/cli/scenarioFolder';
import { checkScenario, DEFAULT_CHECK } from '../src/engine/analysis/check';
import { playRandomGame } from '../src/engine/analysis/randomPlay';
import { createEngine } from '../src/engine/game';
import { formatIssue } from '../src/engine/result';

const [folder = 'scenarios/black-saturday', games = '300', checks = '1'] = process.argv.slice(2);
if (games === 'check') {
  for (let i = 0; i < Number(checks); i++) {
    const again = loadScenarioFolder(folder);
    if (!again.ok) throw new Error(again.errors.map(formatIssue).join('\n'));
    const problems = checkScenario(createEngine(again.value.scenario), again.value.sectionFiles, folder, DEFAULT_CHECK);
    console.log(`check ${problems.length} problem(s)`);
  }
  process.exit(0);
}
const loaded = loadScenarioFolder(folder);
if (!loaded.ok) {
  console.error(loaded.errors.map(formatIssue).join('\n'));
  process.exit(1);
}
const engine = createEngine(loaded.value.scenario);
let decisions = 0;
for (let i = 0; i < Number(games); i++)
  decisions += playRandomGame(engine, 1000 + i, { checkPapers: false }).final.context.log.filter(
    (e) => e.kind === 'choice' || e.kind === 'reply' || e.kind === 'route',
  ).length;
console.log(`decisions ${decisions}`);
