/**
 * The engine keeps what it learns from one game for the next (#17 performance): a leaf condition's
 * answer for the record it last read (conditions.ts), the start a game makes whatever its seed
 * (game.ts), the count of the schedule's settled items (rules.ts). `check` plays 2,000 games on one
 * engine, so any of these carried over wrongly would change what it reports. These tests hold the
 * kept answers against a plain reading of the conditions and against games played on fresh engines.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { holds } from '../../src/engine/conditions';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import type { Condition, Scenario } from '../../src/engine/schema/scenario';
import type { GameContext, GameInput } from '../../src/engine/state';

const FOLDER = 'scenarios/black-saturday';
const loaded = loadScenarioFolder(FOLDER);
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const { scenario, sectionFiles } = loaded.value;

/** An own property only, as the engine reads records (records.ts). */
const ownValue = (record: Record<string, unknown> | undefined, key: string) =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The conditions' meaning, read straight from the data at every call: nothing kept. */
function plainly(c: Condition, ctx: GameContext): boolean {
  if ('track' in c) {
    const v = ownValue(ctx.tracks, c.track) as number | undefined;
    if (v === undefined) return false;
    return (
      (c.atLeast === undefined || v >= c.atLeast) &&
      (c.atMost === undefined || v <= c.atMost) &&
      (c.above === undefined || v > c.above) &&
      (c.below === undefined || v < c.below) &&
      (c.equals === undefined || v === c.equals)
    );
  }
  if ('flag' in c) {
    const v = ownValue(ctx.flags, c.flag);
    return c.equals !== undefined ? v === c.equals : v !== undefined && v !== false;
  }
  if ('chose' in c) return ownValue(ctx.choices, c.chose.decision) === c.chose.option;
  if ('package' in c) return ctx.lastPackage?.includes(c.package) ?? false;
  if ('visited' in c) return ((ownValue(ctx.visits, c.visited) as number | undefined) ?? 0) >= (c.atLeast ?? 1);
  if ('all' in c) return c.all.every((part) => plainly(part, ctx));
  if ('any' in c) return c.any.some((part) => plainly(part, ctx));
  return !plainly(c.not, ctx);
}

const CONDITION_KEYS = ['track', 'flag', 'chose', 'package', 'visited', 'all', 'any', 'not'];

/** Every condition the scenario holds (options, routes, papers, variants, events, rules, weights, epilogue). */
function conditionsOf(value: unknown, found: Condition[] = []): Condition[] {
  if (Array.isArray(value)) for (const v of value) conditionsOf(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const isCondition =
        ['when', 'requires', 'asserts', 'if'].includes(key) &&
        v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        CONDITION_KEYS.some((k) => k in v);
      if (isCondition) found.push(v as Condition);
      conditionsOf(v, found);
    }
  }
  return found;
}

/** Every context a game passed through, in order: the start, then the snapshot after each command. */
function contextsOf(engine: Engine, seed: number): GameContext[] {
  const seen: GameContext[] = [];
  let snapshot: GameSnapshot = engine.start({ seed });
  seen.push(snapshot.context);
  const game = playRandomGame(engine, seed);
  // Replaying its commands gives each step's context (playRandomGame keeps only the last).
  for (const command of game.final.context.commands) {
    const next = engine.step(snapshot, command);
    if (!next.ok) break;
    snapshot = next.snapshot;
    seen.push(snapshot.context);
  }
  return seen;
}

// Each plays hundreds of games: room on a loaded machine (these are not timing tests).
describe('a kept answer is the answer', { timeout: 120_000 }, () => {
  it('every condition of the scenario, at every step of 200 random games, judged in play order and out of it', () => {
    const engine = createEngine(scenario);
    const conditions = conditionsOf(scenario);
    expect(conditions.length).toBeGreaterThan(100);
    const contexts = Array.from({ length: 200 }, (_, i) => contextsOf(engine, 1 + i)).flat();
    // In play order (each record met again and again, as play meets it), then from the last step back,
    // then alternating between far-apart steps (every judgment meets another record than the last).
    const half = Math.floor(contexts.length / 2);
    const orders = [
      contexts,
      [...contexts].reverse(),
      contexts.slice(0, half).flatMap((c, i) => [c, contexts[half + i]]),
    ];
    const answers = new Map<boolean, number>([
      [true, 0],
      [false, 0],
    ]);
    for (const order of orders)
      for (const ctx of order)
        for (const condition of conditions) {
          const answer = holds(condition, ctx);
          if (answer !== plainly(condition, ctx))
            throw new Error(`${JSON.stringify(condition)} answered ${answer} at ${ctx.current} (seed ${ctx.seed})`);
          answers.set(answer, (answers.get(answer) ?? 0) + 1);
        }
    // Both answers were met many times, so the agreement is not that of conditions that never change.
    expect(answers.get(true)).toBeGreaterThan(10_000);
    expect(answers.get(false)).toBeGreaterThan(10_000);
  });
});

/** A fresh engine on a copy of the scenario: new condition objects, so nothing is kept from another game. */
const freshEngine = (s: Scenario) => createEngine(structuredClone(s));

describe('a game on an engine that has played many is the game a fresh engine plays', { timeout: 120_000 }, () => {
  const summary = (game: ReturnType<typeof playRandomGame>) => {
    const { final, ...rest } = game;
    return { ...rest, context: final.context, value: final.value, status: final.status };
  };

  it('100 seeds, played after 300 other games on one engine and each alone on its own engine', () => {
    const engine = createEngine(scenario);
    for (let seed = 5000; seed < 5300; seed++) playRandomGame(engine, seed);
    for (let seed = 1; seed <= 100; seed++)
      expect(summary(playRandomGame(engine, seed)), `seed ${seed}`).toEqual(
        summary(playRandomGame(freshEngine(scenario), seed)),
      );
  });

  it('starts by controllers and lesson plan, including starts that roll (the model) or take the record', () => {
    const inputs: Omit<GameInput, 'seed'>[] = [
      {},
      { controllers: { us: 'human', ussr: 'human' } },
      // The first decision is the United States': played by the model, the start rolls, so it differs by seed.
      { controllers: { us: 'model', ussr: 'model' } },
      ...(scenario.lessons ?? []).map((plan) => ({ lesson: plan.id })),
    ];
    const engine = createEngine(scenario);
    const byInput = inputs.map((input) => {
      const starts = [11, 12, 13].map((seed) => engine.start({ ...input, seed }));
      for (const [i, seed] of [11, 12, 13].entries()) {
        const fresh = freshEngine(scenario).start({ ...input, seed });
        expect({ context: starts[i].context, value: starts[i].value }).toEqual({
          context: fresh.context,
          value: fresh.value,
        });
      }
      return starts;
    });
    // The model's start rolls: its three seeds do not all start alike, so the comparison above saw chance.
    const modelStarts = byInput[2].map((s) => JSON.stringify({ ...s.context, seed: 0, rng: 0 }));
    expect(new Set(modelStarts).size).toBeGreaterThan(1);
  });

  it('a start whose morning rolls a chance (an event at the start with odds of one in two) is not shared', () => {
    const copy = structuredClone(scenario);
    copy.events = [
      ...(copy.events ?? []),
      {
        id: 'morning-chance',
        at: copy.meta.start,
        chance: 0.5,
        title: 'A chance at the start',
        effects: { flags: { morningChance: true } },
      },
    ] as Scenario['events'];
    const engine = createEngine(copy);
    const flagged = Array.from({ length: 40 }, (_, i) => {
      const start = engine.start({ seed: 100 + i });
      expect(start.context).toEqual(freshEngine(copy).start({ seed: 100 + i }).context);
      return start.context.flags.morningChance === true;
    });
    expect(flagged).toContain(true);
    expect(flagged).toContain(false);
  });
});

describe('check on one engine reports what it reports on a fresh one', { timeout: 120_000 }, () => {
  it('a scenario with a planted contradiction (the public trade’s variant removed), after other checks on the same engine', () => {
    const copy = structuredClone(scenario);
    const doc = copy.documents.find((d) => d.id === 'khrushchev-letter-28');
    if (doc?.variants) doc.variants = doc.variants.filter((v) => v.document !== 'khrushchev-letter-28-trade');
    const options = { games: 300, seed: 1 };
    const engine = createEngine(copy);
    checkScenario(engine, sectionFiles, FOLDER, { games: 300, seed: 700 });
    const issues = checkScenario(engine, sectionFiles, FOLDER, options).map(formatIssue);
    expect(issues.some((i) => /khrushchev-letter-28\.md: asserts: handed to a run that contradicts/.test(i))).toBe(
      true,
    );
    expect(issues).toEqual(checkScenario(freshEngine(copy), sectionFiles, FOLDER, options).map(formatIssue));
  });
});
