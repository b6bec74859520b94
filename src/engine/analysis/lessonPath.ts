/**
 * A lesson plan along the record's own path: which decisions the class plays in each period, which the
 * engine takes from the record before the plan's start, and which the record took after the plan's
 * stop (told in the review, not played). The timing plan, `check` and `stats` read it; it is played by
 * the engine itself, so it can never disagree with a game.
 */
import type { Engine, GameSnapshot } from '../game';
import { findLessonPlan } from '../lessonPlan';
import type { Decision } from '../schema/scenario';
import type { Controller, GameInput } from '../state';
import { historicalStrategy, type Strategy } from './historical';
import { stepBound } from './randomPlay';

export interface LessonPath {
  /** The decisions the class plays, period by period (in order, each once). */
  periods: Decision[][];
  /** Taken from the record before the plan's start. */
  fromRecord: Decision[];
  /** The record's decisions after the plan's stop: told in the review. */
  told: Decision[];
  /** Why the record's path cannot be followed through the plan, or undefined when it can. */
  problem?: string;
  snapshot: GameSnapshot;
}

/** Every side played by people, so the record's path never waits on a draw of the response model. */
const allHuman = (engine: Engine): Record<string, Controller> =>
  Object.fromEntries(engine.scenario.sides.map((s) => [s.id, 'human' as Controller]));

/** Plays the record's path with a plan (resuming at each break) or without one (`plan` null). */
export function playRecordPath(
  engine: Engine,
  plan: string | null,
  seed = 1962,
): { snapshot: GameSnapshot; problem?: string } {
  const input: GameInput = { seed, controllers: allHuman(engine), ...(plan ? { lesson: plan } : {}) };
  let snapshot: GameSnapshot;
  try {
    snapshot = engine.start(input);
  } catch (error) {
    return { snapshot: engine.start({ seed }), problem: (error as Error).message };
  }
  for (let i = 0; i < stepBound(engine.scenario); i++) {
    const ctx = snapshot.context;
    if (snapshot.status === 'done' || ctx.lesson?.status === 'stopped') return { snapshot };
    if (ctx.lesson?.status === 'prologue') {
      return { snapshot, problem: `the record's path stops before the plan's start, at "${ctx.current}"` };
    }
    const command =
      ctx.lesson?.status === 'break' ? { type: 'lesson.resume' as const } : historicalStrategy(engine, snapshot);
    if ('stop' in command) return { snapshot, problem: command.stop };
    const result = engine.step(snapshot, command);
    if (!result.ok) return { snapshot, problem: result.errors.join('; ') };
    snapshot = result.snapshot;
  }
  return { snapshot, problem: 'the record path found no end' };
}

/** The decisions a run took, in order, once each (a decision taken twice in a row counts once). */
function takenDecisions(
  engine: Engine,
  snapshot: GameSnapshot,
  keep: (fromRecord: boolean, period: number) => boolean,
) {
  const ids: string[] = [];
  let period = 1;
  for (const e of snapshot.context.log) {
    if (e.kind === 'lesson' && e.event === 'resume') period = e.period;
    if (e.kind !== 'choice' && e.kind !== 'reply') continue;
    if (!keep(Boolean(e.fromRecord), period) || ids[ids.length - 1] === e.decision) continue;
    ids.push(e.decision);
  }
  return ids.map((id) => engine.index.decisions.get(id) as Decision);
}

/** The record's decisions from `from` onward (the whole record path without a plan). */
export function recordLineFrom(engine: Engine, from: string): Decision[] {
  const whole = takenDecisions(engine, playRecordPath(engine, null).snapshot, () => true);
  const at = whole.findIndex((d) => d.id === from);
  return at < 0 ? [] : whole.slice(at);
}

export function lessonPath(engine: Engine, planId: string): LessonPath {
  const plan = findLessonPlan(engine.scenario, planId);
  const run = playRecordPath(engine, planId);
  if (!plan) return { periods: [], fromRecord: [], told: [], problem: run.problem, snapshot: run.snapshot };
  const periods = plan.periods.map((_, i) => takenDecisions(engine, run.snapshot, (rec, p) => !rec && p === i + 1));
  const fromRecord = takenDecisions(engine, run.snapshot, (rec) => rec);
  const ctx = run.snapshot.context;
  const told = ctx.lesson?.status === 'stopped' ? recordLineFrom(engine, ctx.current) : [];
  let problem = run.problem;
  plan.periods.forEach((period, i) => {
    if (problem || !period.stop) return;
    const halt = ctx.log.find(
      (e) => e.kind === 'lesson' && e.period === i + 1 && e.event !== 'start' && e.event !== 'resume',
    );
    const where = ctx.ending ? `the ending "${ctx.ending}"` : `"${ctx.current}"`;
    if (!halt)
      problem = `the record's own path never reaches "${period.stop}" (the stop of period ${i + 1}): it goes to ${where}`;
    else if (halt.kind === 'lesson' && halt.decision !== period.stop)
      problem = `the record's own path stops period ${i + 1} at "${halt.decision}", not at its stop "${period.stop}" (it reaches the stop's time first)`;
  });
  return { periods, fromRecord, told, problem, snapshot: run.snapshot };
}

/** What a strategy wrapped by `withLessonPlan` says when the plan has stopped play: the run is over, not stuck. */
export const PLAN_STOPPED = 'the lesson plan stops here';

/** A strategy that also follows a lesson plan: it resumes at each break and stops at the plan's end. */
export const withLessonPlan =
  (strategy: Strategy): Strategy =>
  (engine, snapshot) => {
    const status = snapshot.context.lesson?.status;
    if (status === 'break') return { type: 'lesson.resume' };
    if (status === 'stopped') return { stop: PLAN_STOPPED };
    return strategy(engine, snapshot);
  };
