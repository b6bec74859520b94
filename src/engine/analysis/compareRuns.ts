/**
 * Classes side by side: several saved games of one scenario (the review's JSON exports, or the
 * sessions a server kept) read into one model for the "Compare classes" screen. Each file is replayed
 * by restoreSave, so a comparison only ever shows what the moves really led to; a file that is
 * damaged, of another scenario or of an incompatible version is refused by name, and the others still
 * compare. Pure data: the screen draws it (decision map with counts, a table per decision, endings,
 * tracks on one chart).
 */
import type { Engine, GameSnapshot } from '../game';
import { buildReview, type ReviewRow } from '../review';
import { restoreSave } from '../save';
import { historicalPath, type MapModel, mapModel, pathOf } from './mapModel';

/** A saved game as the teacher gave it: the file's name (what refusals and columns call it) and its text. */
export interface RunFile {
  name: string;
  text: string;
}

/** More runs than a class would compare at once is a mistake (a folder dropped whole), not a wish. */
export const MAX_RUNS = 40;

export interface ComparedRun {
  name: string;
  seed: number;
  /** The lesson plan the game was created with, if any (lessons.yaml id). */
  lesson: string | null;
  /** The game was stopped or is still in play: its path ends at the decision in hand. */
  unfinished: boolean;
  ending: { id: string; title: string; kind: 'historical' | 'counterfactual' } | null;
  /** Decisions and ending passed through, in order (mapModel's pathOf). */
  path: string[];
}

export interface RefusedRun {
  name: string;
  reason: string;
}

/** One run's answer to one decision; null in `DecisionComparison.runs` when the run never reached it. */
export interface RunAnswer {
  chosen: string[];
  diverged: boolean;
  /** Taken by the engine as the record had it (outside the run's lesson plan), not by the class. */
  fromRecord: boolean;
  vote: ReviewRow['vote'];
  /** The room's majority chose otherwise than the record, whatever was finally done. */
  roomDiverged: boolean;
}

export interface DecisionComparison {
  decision: string;
  title: string;
  phase: string;
  /** What the real actors chose (labels), when the record gives it. */
  historical: string[] | null;
  /** One entry per run, in the order of `Comparison.runs`. */
  runs: (RunAnswer | null)[];
  /** Played by the class (not taken from the record) in every run: the decisions the runs share. */
  shared: boolean;
}

export interface Comparison {
  scenario: { id: string; title: string; version: string };
  runs: ComparedRun[];
  refused: RefusedRun[];
  /** The scenario's map, `visited` and `explored` meaning "in at least one compared run". */
  map: MapModel;
  historicalPath: string[];
  /** How many runs passed through each node and took each step (only those at least one run took). */
  nodeCounts: Record<string, number>;
  edgeCounts: { from: string; to: string; count: number; historical: boolean }[];
  /** Every ending of the scenario, with the runs that reached it (in scenario order). */
  endings: { id: string; title: string; kind: 'historical' | 'counterfactual'; runs: string[] }[];
  /** The decisions reached by at least one run, in scenario order. */
  decisions: DecisionComparison[];
  /** The runs were played under different lesson plans (then `shared` says what they have in common). */
  plansDiffer: boolean;
  /** Each track's values after each decision, per run, for one chart. */
  tracks: {
    track: string;
    label: string;
    hidden: boolean;
    runs: { name: string; points: { at: string; value: number }[] }[];
  }[];
}

/** The option a room's vote favoured, or null without a vote or on a tie at the top. */
function majority(vote: ReviewRow['vote']): string | null {
  if (!vote || vote.splits.length === 0) return null;
  const sorted = [...vote.splits].sort((a, b) => b.count - a.count);
  if (sorted[0].count === 0 || sorted[1]?.count === sorted[0].count) return null;
  return sorted[0].label;
}

function answer(row: ReviewRow): RunAnswer {
  const top = majority(row.vote);
  return {
    chosen: row.chosen,
    diverged: row.diverged,
    fromRecord: row.fromRecord,
    vote: row.vote,
    roomDiverged: Boolean(top && row.historical && !row.counterfactual && !row.historical.includes(top)),
  };
}

interface Restored {
  file: RunFile;
  snapshot: GameSnapshot;
}

/**
 * Reads every file, refuses what cannot be compared, and builds the comparison of the rest. The
 * historical path can be given (it costs a whole played game to compute) when the caller has it.
 */
export function compareRuns(engine: Engine, files: readonly RunFile[], knownHistory?: readonly string[]): Comparison {
  const { scenario, index } = engine;
  const refused: RefusedRun[] = [];
  const restored: Restored[] = [];
  for (const [i, file] of files.entries()) {
    if (i >= MAX_RUNS) {
      refused.push({
        name: file.name,
        reason: `Only ${MAX_RUNS} games can be compared at once; this one was left out.`,
      });
      continue;
    }
    const result = restoreSave(engine, file.text);
    if (result.ok) restored.push({ file, snapshot: result.snapshot });
    else refused.push({ name: file.name, reason: result.errors.join(' ') });
  }

  const history = knownHistory ? [...knownHistory] : historicalPath(engine);
  const reviews = restored.map((r) => buildReview(engine, r.snapshot));
  const runs: ComparedRun[] = restored.map(({ file, snapshot }) => {
    const ctx = snapshot.context;
    const ending = ctx.ending ? index.endings.get(ctx.ending) : undefined;
    return {
      name: file.name,
      seed: ctx.seed,
      lesson: ctx.lesson?.plan ?? null,
      unfinished: snapshot.status !== 'done',
      ending: ending ? { id: ending.id, title: ending.title, kind: ending.kind } : null,
      path: pathOf(snapshot),
    };
  });

  const nodeCounts: Record<string, number> = {};
  const stepCounts = new Map<string, { from: string; to: string; count: number }>();
  for (const run of runs) {
    // A run that loops through a node twice still counts once: the map shows how many runs, not visits.
    for (const id of new Set(run.path)) nodeCounts[id] = (nodeCounts[id] ?? 0) + 1;
    const seen = new Set<string>();
    for (let i = 1; i < run.path.length; i++) {
      const key = `${run.path[i - 1]}\u0000${run.path[i]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const step = stepCounts.get(key) ?? { from: run.path[i - 1], to: run.path[i], count: 0 };
      step.count += 1;
      stepCounts.set(key, step);
    }
  }
  const historicalSteps = new Set(history.slice(1).map((to, i) => `${history[i]}\u0000${to}`));
  const edgeCounts = [...stepCounts.entries()].map(([key, step]) => ({
    ...step,
    historical: historicalSteps.has(key),
  }));

  const decisions: DecisionComparison[] = [];
  for (const d of scenario.decisions) {
    if (d.kind === 'route') continue;
    const answers = reviews.map((review) => {
      const row = review.rows.find((r) => r.decision === d.id);
      return row ? answer(row) : null;
    });
    if (answers.every((a) => a === null)) continue;
    const firstRow = reviews.flatMap((r) => r.rows).find((r) => r.decision === d.id);
    decisions.push({
      decision: d.id,
      title: d.title ?? d.id,
      phase: d.phase ?? '',
      historical: firstRow?.historical ?? null,
      runs: answers,
      shared: answers.every((a) => a !== null && !a.fromRecord),
    });
  }

  const tracks = scenario.tracks.map((t) => ({
    track: t.id,
    label: t.label,
    hidden: Boolean(reviews[0]?.series.find((s) => s.track === t.id)?.hidden),
    runs: reviews.map((review, i) => ({
      name: runs[i].name,
      points: review.series.find((s) => s.track === t.id)?.points ?? [],
    })),
  }));

  return {
    scenario: { id: scenario.meta.id, title: scenario.meta.title, version: scenario.meta.version },
    runs,
    refused,
    map: mapModel(engine, { explored: runs.map((r) => r.path), historical: history }),
    historicalPath: history,
    nodeCounts,
    edgeCounts,
    endings: scenario.endings.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      runs: runs.filter((r) => r.ending?.id === e.id).map((r) => r.name),
    })),
    decisions,
    plansDiffer: new Set(runs.map((r) => r.lesson)).size > 1,
    tracks,
  };
}
