/**
 * The lesson plans as the set-up offers them: each plan's length and what the class plays, and for the
 * plan chosen, at the debate minutes typed so far, whether it fits and the longest debate with which it
 * does. The timing comes from the engine's lesson timetable (engine/classroom/lessonTiming.ts), the one
 * source of the arithmetic, so the set-up, the guide and `stats --json` never disagree. A timetable
 * plays the record's path, so it is worked out only for the plan chosen, once per debate length.
 */
import {
  debateMinutesFor,
  LONGEST_DEBATE_MINUTES,
  lessonTimetable,
  SHORTEST_DEBATE_MINUTES,
} from '../engine/classroom/lessonTiming';
import { createEngine, type Engine } from '../engine/game';
import { lessonPlanSummaries } from '../engine/lessonView';
import type { Scenario } from '../engine/schema/scenario';

/** The debate minutes any set-up accepts: the lesson timetable's own bounds. */
export const DEBATE_LIMITS = { min: SHORTEST_DEBATE_MINUTES, max: LONGEST_DEBATE_MINUTES } as const;

/** A plan as the set-up lists it. */
export interface LessonOffer {
  id: string;
  name: string;
  /** The plan's own words on what the class plays. */
  summary: string;
  /** "50 minutes" or "2 periods of 50 minutes". */
  length: string;
  minutes: number;
  periods: number;
}

/** A plan's timing at a debate length. */
export interface LessonFit {
  /** The longest whole-minute debate with which every period fits (at least the shortest). */
  longestDebate: number;
  /** At the debate minutes asked: whether every period fits, and the arithmetic per period. */
  fits: boolean;
  sums: string[];
}

const engines = new WeakMap<Scenario, Engine>();

/** Lends the set-up the engine a session already built for the scenario (building one is not free). */
export function useEngineForSetup(engine: Engine): void {
  engines.set(engine.scenario, engine);
}

/** The engine of a scenario for the set-up's arithmetic: the one lent, or one built once. */
export function setupEngine(scenario: Scenario): Engine {
  let engine = engines.get(scenario);
  if (!engine) {
    engine = createEngine(scenario);
    engines.set(scenario, engine);
  }
  return engine;
}

const lengthOf = (minutes: number[]) =>
  minutes.length > 1 && minutes.every((m) => m === minutes[0])
    ? `${minutes.length} periods of ${minutes[0]} minutes`
    : minutes.length > 1
      ? `${minutes.length} periods (${minutes.join(' + ')} minutes)`
      : `${minutes[0]} minutes`;

/** Every plan the scenario declares, in its order (empty: the game is played whole). */
export function lessonOffers(scenario: Scenario): LessonOffer[] {
  return lessonPlanSummaries(scenario).map((plan) => ({
    id: plan.id,
    name: plan.name,
    summary: plan.summary ?? '',
    length: lengthOf(plan.periods.map((p) => p.minutes)),
    minutes: plan.minutes,
    periods: plan.periods.length,
  }));
}

const inBounds = (n: number) => Number.isInteger(n) && n >= DEBATE_LIMITS.min && n <= DEBATE_LIMITS.max;

/** Each scenario's plans timed at each debate length asked so far: the form redraws on every key. */
const timed = new WeakMap<Scenario, Map<string, LessonFit>>();

/** A plan's timing at `debateMinutes` a debate (the shortest while the field holds no valid number). */
export function lessonFit(scenario: Scenario, plan: string, debateMinutes: number): LessonFit {
  const debate = inBounds(debateMinutes) ? debateMinutes : SHORTEST_DEBATE_MINUTES;
  let cache = timed.get(scenario);
  if (!cache) {
    cache = new Map();
    timed.set(scenario, cache);
  }
  const key = `${plan}\u0000${debate}`;
  const known = cache.get(key);
  if (known) return known;
  const table = lessonTimetable(setupEngine(scenario), plan, debate);
  const fit: LessonFit = {
    longestDebate: Math.max(SHORTEST_DEBATE_MINUTES, table.longestDebate),
    fits: table.fits,
    sums: table.periods.map((p) => `${p.label ?? `Period ${p.period}`}: ${p.sum}`),
  };
  cache.set(key, fit);
  return fit;
}

/**
 * The plan a fresh set-up starts with: the first that plays the whole game in one period (nothing from
 * the record, no stop), so a game set up without a look at the plans plays as it always has; else the
 * first plan; null when the scenario declares none.
 */
export function defaultLesson(scenario: Scenario): string | null {
  const plans = lessonPlanSummaries(scenario);
  const whole = plans.find((p) => !p.start.fromRecord && p.periods.length === 1 && !p.periods[0].stop);
  return (whole ?? plans[0])?.id ?? null;
}

/**
 * The debate minutes the set-up accepts with a plan: from the shortest to the longest that fits it
 * (`debateMinutes`: the length typed, whose timing is likely worked out already).
 */
export function debateLimitsFor(
  scenario: Scenario,
  lesson: string | null,
  debateMinutes: number = SHORTEST_DEBATE_MINUTES,
): { min: number; max: number } {
  if (lesson === null || !lessonOffers(scenario).some((p) => p.id === lesson)) return DEBATE_LIMITS;
  return { min: DEBATE_LIMITS.min, max: lessonFit(scenario, lesson, debateMinutes).longestDebate };
}

/**
 * The debate minutes to show once a plan is chosen: those typed when the plan holds them, else the
 * longest debate it does hold (so the timer follows the plan).
 */
export function debateMinutesWith(scenario: Scenario, lesson: string | null, typed: number): number {
  if (lesson === null || !inBounds(typed)) return typed;
  return debateMinutesFor(setupEngine(scenario), lesson, typed);
}
