/**
 * The scenario tool for authors: `npm run scenario -- <command> <scenario folder> [options]`.
 * Run with no arguments for help. Exit code 0 only when the command succeeded and, for `check`,
 * the scenario has no errors (warnings are printed, and do not fail it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkScenario, DEFAULT_CHECK } from '../engine/analysis/check';
import { historicalStrategy, playStrategy } from '../engine/analysis/historical';
import { PLAN_STOPPED, withLessonPlan } from '../engine/analysis/lessonPath';
import { lessonStats, lessonStatsLine } from '../engine/analysis/lessonStats';
import { analyzeRandomPlay } from '../engine/analysis/randomPlay';
import { scenarioStats } from '../engine/analysis/stats';
import { createEngine } from '../engine/game';
import { didYouMean } from '../engine/loader/suggest';
import { formatIssue, isWarning, reasonOf } from '../engine/result';
import { scenarioJsonSchema } from '../engine/schema/jsonSchema';
import { runBundle } from './bundleCommand';
import { writeOutput } from './output';
import { loadScenarioFolder } from './scenarioFolder';
import { endingTable, playInteractive, printReplay } from './text';

const HELP = `Usage: npm run scenario -- <command> [scenario folder] [options]

Commands:
  check <folder>                       validate and lint; exit 0 unless there are errors (warnings,
                                       such as a claim without a basis, are printed but pass)
        [--games N] [--seed S]           random games played to find what play never reaches (default 2000, 1)
  stats <folder> [--json] [--debate M] counts: documents, decisions, endings, roles, tracks, events, sources, paths,
                                       claims needing a basis (with and without one); each lesson plan's decisions
                                       and timetable at M-minute debates (default 5)
  analyze <folder> [--games N] [--seed S] [--json]
                                       play N seeded random games; distribution of endings (and how many
                                       are historical) and game lengths
  play <folder> [--seed S] [--choices FILE|historical] [--plan ID]
                                       a text playthrough; without --choices it asks you at each decision;
                                       --plan follows a lesson plan (starts and stops where it says)
  bundle <folder> [--out FILE] [--force]
                                       write the scenario as one file, <id>.scenario.json, for "Load your own scenario"
  schema [--out FILE]                  write the JSON Schema for scenario YAML files (default scenarios/scenario.schema.json)
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The most random games one command plays: enough for any lint, and a bound on how long it runs. */
const MAX_GAMES = 100_000;

function intOption(value: string | undefined, name: string, fallback: number, min = -(2 ** 31)): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) fail(`--${name} takes a whole number, not "${value}"`);
  if (n < min) fail(`--${name} must be at least ${min}, not ${n}`);
  if (name === 'games' && n > MAX_GAMES) fail(`--games must be at most ${MAX_GAMES}, not ${n}`);
  return n;
}

/** Node's own messages for a careless command line, in one line with the way out. */
function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        games: { type: 'string' },
        seed: { type: 'string' },
        choices: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        debate: { type: 'string' },
        plan: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(first)?.[1];
    if (unknown) {
      const known = ['--json', '--games', '--seed', '--choices', '--out', '--force', '--debate', '--plan', '--help'];
      return fail(
        `unknown option ${unknown}${didYouMean(unknown, known)}; run "npm run scenario -- --help" for the options`,
      );
    }
    const option = /^Option '(--[a-z]+)/.exec(first)?.[1] ?? 'the option';
    const why = /ambiguous/.test(first)
      ? `a value that starts with "-" is written ${option}=-5`
      : `${option} needs a value`;
    return fail(`${why}; run "npm run scenario -- --help" for the options`);
  }
}

function load(folder: string | undefined) {
  if (!folder) fail(`name a scenario folder, e.g. scenarios/black-saturday\n\n${HELP}`);
  const loaded = loadScenarioFolder(folder);
  if (!loaded.ok) {
    process.stderr.write(
      `${loaded.errors.map(formatIssue).join('\n')}\n${loaded.errors.length} problem(s) in ${folder}\n`,
    );
    process.exit(1);
  }
  return { ...loaded.value, engine: createEngine(loaded.value.scenario), folder };
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseCommandLine(argv);
  const [command, folder] = positionals;
  if (!command || values.help) {
    process.stdout.write(HELP);
    return;
  }
  switch (command) {
    case 'check': {
      const options = {
        games: intOption(values.games, 'games', DEFAULT_CHECK.games, 0),
        seed: intOption(values.seed, 'seed', DEFAULT_CHECK.seed),
      };
      const { engine, sectionFiles } = load(folder);
      const issues = checkScenario(engine, sectionFiles, folder as string, options);
      const warnings = issues.filter(isWarning);
      const errors = issues.filter((i) => !isWarning(i));
      if (warnings.length > 0) process.stderr.write(`${warnings.map(formatIssue).join('\n')}\n`);
      if (errors.length > 0) {
        process.stderr.write(
          `${errors.map(formatIssue).join('\n')}\n${errors.length} problem(s)${warnings.length ? ` and ${warnings.length} warning(s)` : ''} in ${folder}\n`,
        );
        process.exit(1);
      }
      const stats = scenarioStats(engine.scenario);
      const warned = warnings.length > 0 ? ` (${warnings.length} warning(s) above)` : '';
      process.stdout.write(
        `${folder}: clean${warned} — ${stats.decisions} decisions, ${stats.endings} endings, ${stats.documents} documents; ${options.games} random games all ended; ${stats.claimsWithBasis} of ${stats.claims} claims have a basis\n`,
      );
      return;
    }
    case 'stats': {
      const debate = intOption(values.debate, 'debate', 5, 1);
      const { engine } = load(folder);
      const stats = scenarioStats(engine.scenario);
      const lessons = lessonStats(engine, debate);
      if (values.json) process.stdout.write(`${JSON.stringify({ ...stats, lessons })}\n`);
      else {
        for (const [k, v] of Object.entries(stats)) process.stdout.write(`${k.padEnd(16)} ${v}\n`);
        for (const l of lessons) process.stdout.write(`${'lesson'.padEnd(16)} ${lessonStatsLine(l)}\n`);
      }
      return;
    }
    case 'analyze': {
      const games = intOption(values.games, 'games', 1000, 1);
      const seed = intOption(values.seed, 'seed', 1);
      const { engine } = load(folder);
      const run = analyzeRandomPlay(engine, games, seed);
      if (values.json) {
        process.stdout.write(
          `${JSON.stringify({ games, seed, endings: run.endings, historical: run.historical, decisions: run.decisions, stuck: run.stuck.map((g) => ({ seed: g.seed, ...g.stuck })) })}\n`,
        );
      } else {
        process.stdout.write(endingTable(engine.scenario, run, seed));
      }
      if (run.stuck.length > 0) process.exitCode = 1;
      return;
    }
    case 'play': {
      const seed = intOption(values.seed, 'seed', 1962);
      const { engine } = load(folder);
      const plan = values.plan;
      if (plan !== undefined && !engine.scenario.lessons?.some((p) => p.id === plan)) {
        const ids = (engine.scenario.lessons ?? []).map((p) => p.id);
        fail(
          `--plan ${plan}: no lesson plan "${plan}" in ${folder}${didYouMean(plan, ids)}; ${ids.length ? `its plans: ${ids.join(', ')}` : 'it declares none'}`,
        );
      }
      const input = { seed, ...(plan ? { lesson: plan } : {}) };
      if (values.choices === 'historical') {
        const run = playStrategy(engine, input, withLessonPlan(historicalStrategy));
        printReplay(engine, run.snapshot, process.stdout);
        if (run.stopped && run.stopped !== PLAN_STOPPED) fail(`the historical path stopped: ${run.stopped}`);
        return;
      }
      if (values.choices) {
        let commands: unknown;
        try {
          commands = JSON.parse(readFileSync(values.choices, 'utf8'));
        } catch (error) {
          fail(`--choices ${values.choices}: not a readable JSON list of commands (${(error as Error).message})`);
        }
        if (!Array.isArray(commands)) fail(`--choices ${values.choices}: expected a JSON list of commands`);
        let snapshot = engine.start(input);
        for (const [i, c] of (commands as Parameters<typeof engine.step>[1][]).entries()) {
          const result = engine.step(snapshot, c);
          if (!result.ok) fail(`--choices ${values.choices}: command ${i + 1}: ${reasonOf(result)}`);
          snapshot = result.snapshot;
        }
        printReplay(engine, snapshot, process.stdout);
        return;
      }
      await playInteractive(engine, input);
      return;
    }
    case 'bundle': {
      if (!folder) fail(`name a scenario folder, e.g. scenarios/black-saturday\n\n${HELP}`);
      runBundle(folder, { out: values.out, force: values.force });
      return;
    }
    case 'schema': {
      const out = values.out ?? join('scenarios', 'scenario.schema.json');
      const problem = writeOutput(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
      if (problem) fail(problem);
      process.stdout.write(`wrote ${out}\n`);
      return;
    }
    default:
      fail(`unknown command "${command}"\n\n${HELP}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Every expected failure above ends in a located message; this is a bug, still told in one line.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(
    `scenario tool failed: ${message} (a bug in the tool: please report it with the command you ran)\n`,
  );
  process.exit(3);
});
