/**
 * Random legal play: the engine plays itself with uniformly random choices and packages, the way a
 * scenario author's "what happens across thousands of games" question is answered. The chooser has
 * its own generator, seeded from the game seed, so the game's chance stays the game's.
 */
import { holdsOrAbsent } from '../conditions';
import { epilogueLines } from '../epilogue';
import type { Engine, GameSnapshot } from '../game';
import { reasonOf } from '../result';
import { roll, seedState } from '../rng';
import { openOptions } from '../rules';
import type { GameCommand } from '../state';
import { type Contradiction, contradictedPapers } from './paperPaths';

export interface RandomGame {
  seed: number;
  ending: string | null;
  decisions: number;
  documents: string[];
  /** Papers that arrived on this game's path although their text asserts what the path contradicts. */
  contradictions: Contradiction[];
  /** Set when the game could not go on: no legal command, or the step bound was hit. */
  stuck?: { at: string; why: string };
  final: GameSnapshot;
}

/** The commands a person could send now, for the side(s) played by people. A reply yields one random package. */
export function legalCommand(
  engine: Engine,
  snapshot: GameSnapshot,
  chooser: number,
): { command: GameCommand | null; chooser: number } {
  const ctx = snapshot.context;
  const decision = engine.index.decisions.get(ctx.current);
  if (!decision || snapshot.status === 'done') return { command: null, chooser };
  if (decision.kind === 'choice') {
    const options = openOptions(decision, ctx);
    if (options.length === 0) return { command: null, chooser };
    const r = roll(chooser);
    const option = options[Math.floor(r.value * options.length)];
    return { command: { type: 'player.choose', side: decision.side, option: option.id }, chooser: r.state };
  }
  if (decision.kind === 'reply') {
    const builder = engine.scenario.replyBuilder;
    const items: string[] = [];
    let state = chooser;
    for (const group of builder?.groups ?? []) {
      const open = (builder?.items ?? []).filter((i) => i.group === group.id && holdsOrAbsent(i.requires, ctx));
      if (group.pick === 'one') {
        if (open.length === 0) return { command: null, chooser: state };
        const r = roll(state);
        state = r.state;
        items.push(open[Math.floor(r.value * open.length)].id);
      } else {
        for (const item of open) {
          const r = roll(state);
          state = r.state;
          if (r.value < 0.5) items.push(item.id);
        }
      }
    }
    return { command: { type: 'player.sendReply', side: decision.side, items }, chooser: state };
  }
  return { command: null, chooser };
}

/** The fewest steps a game may take before analysis calls it stalled. */
export const STEP_BOUND = 200;
/** Steps allowed per decision of the scenario, so a long scenario is not called stalled for its length. */
export const STEPS_PER_DECISION = 10;

/**
 * How many decisions analysis lets one game take before calling it stalled: a legitimate scenario of
 * 250 decisions in a row must end, and a loop that never exits must not run forever (docs: Limits).
 */
export function stepBound(scenario: { decisions: readonly unknown[] }): number {
  return Math.max(STEP_BOUND, STEPS_PER_DECISION * scenario.decisions.length);
}

/**
 * One random game. `checkPapers: false` leaves out the check of each delivered paper against the path
 * (its `contradictions` stay empty): the engine benchmark times play alone, as it did before the check.
 */
export function playRandomGame(engine: Engine, seed: number, options: { checkPapers?: boolean } = {}): RandomGame {
  const checkPapers = options.checkPapers ?? true;
  const bound = stepBound(engine.scenario);
  let snapshot = engine.start({ seed });
  let chooser = seedState(seed * 7919 + 17);
  let decisions = 0;
  const contradictions: Contradiction[] = [];
  const summary = (final: GameSnapshot, stuck?: RandomGame['stuck']): RandomGame => ({
    seed,
    ending: final.context.ending,
    decisions,
    documents: final.context.delivered.map((d) => d.id),
    contradictions,
    stuck,
    final,
  });
  for (let step = 0; step < bound; step++) {
    if (snapshot.status === 'done') break;
    const next = legalCommand(engine, snapshot, chooser);
    chooser = next.chooser;
    if (!next.command) {
      return summary(snapshot, { at: snapshot.context.current, why: 'no option is open' });
    }
    const result = engine.step(snapshot, next.command);
    if (!result.ok) return summary(snapshot, { at: snapshot.context.current, why: reasonOf(result) });
    // Only a step that brought papers can bring one that contradicts the path.
    if (checkPapers && result.snapshot.context.delivered.length > snapshot.context.delivered.length)
      contradictions.push(...contradictedPapers(engine, snapshot, result.snapshot));
    snapshot = result.snapshot;
    decisions++;
  }
  if (snapshot.status !== 'done') {
    return summary(snapshot, { at: snapshot.context.current, why: `no ending after ${bound} decisions` });
  }
  return summary(snapshot);
}

export interface Distribution {
  games: number;
  endings: Record<string, number>;
  /** Games that ended in an ending of kind historical: those that followed the record it asserts. */
  historical: number;
  decisions: { min: number; max: number; mean: number; histogram: Record<string, number> };
  documentsSeen: Set<string>;
  /** Epilogue lines some game's ending showed. */
  epilogueSeen: Set<string>;
  /** Papers handed to a path their text contradicts, with the first game that got each. */
  contradictions: (Contradiction & { seed: number })[];
  stuck: RandomGame[];
}

export function analyzeRandomPlay(engine: Engine, games: number, firstSeed: number): Distribution {
  const endings: Record<string, number> = Object.fromEntries(engine.scenario.endings.map((e) => [e.id, 0]));
  const histogram: Record<string, number> = {};
  const documentsSeen = new Set<string>();
  const epilogueSeen = new Set<string>();
  const contradictions = new Map<string, Contradiction & { seed: number }>();
  const stuck: RandomGame[] = [];
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let total = 0;
  for (let i = 0; i < games; i++) {
    const game = playRandomGame(engine, firstSeed + i);
    if (game.stuck) stuck.push(game);
    if (game.ending) endings[game.ending] = (endings[game.ending] ?? 0) + 1;
    for (const d of game.documents) documentsSeen.add(d);
    for (const line of epilogueLines(engine.index, game.final.context)) epilogueSeen.add(line.id);
    for (const c of game.contradictions)
      if (!contradictions.has(c.document)) contradictions.set(c.document, { ...c, seed: game.seed });
    histogram[game.decisions] = (histogram[game.decisions] ?? 0) + 1;
    min = Math.min(min, game.decisions);
    max = Math.max(max, game.decisions);
    total += game.decisions;
  }
  const historical = engine.scenario.endings
    .filter((e) => e.kind === 'historical')
    .reduce((sum, e) => sum + (endings[e.id] ?? 0), 0);
  return {
    games,
    endings,
    historical,
    decisions: { min, max, mean: games ? total / games : 0, histogram },
    documentsSeen,
    epilogueSeen,
    contradictions: [...contradictions.values()],
    stuck,
  };
}
