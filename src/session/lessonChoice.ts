/**
 * The lesson plans as the set-up offers them: each plan's length, what the class plays, and at the
 * debate minutes typed so far whether it fits and the longest debate with which it does. The timing
 * comes from the engine's lesson timetable (engine/classroom/lessonTiming.ts), the one source of the
 * arithmetic, so the set-up, the guide and `stats --json` never disagree.
 */
import {
  debateMinutesFor,
  LONGEST_DEBATE_MINUTES,
  lessonTimetable,
  SHORTEST_DEBATE_MINUTES,
} from '../engine/classroom/lessonTiming';
import { createEngine, type Engine } from '../engine/game';
import { type LessonPlanSummary, lessonPlanSummaries } from '../engine/lessonView';
import type { Scenario } from '../engine/schema/scenario';

/** The debate minutes any set-up accepts: the lesson timetable's own bounds. */
export const DEBATE_LIMITS = { min: SHORTEST_DEBATE_MINUTES, max: LONGEST_DEBATE_MINUTES } as const;

export interface LessonChoice {
  id: string;
  name: string;
  /** The plan's own words on what the class plays. */
  summary: string;
  /** "50 minutes" or "2 periods of 50 minutes". */
  length: string;
  minutes: number;
  periods: number;
  /** The longest whole-minute debate with which every period fits (at least the shortest). */
  longestDebate: number;
  /** At the debate minutes asked: whether every period fits, and the arithmetic per period. */
  fits: boolean;
  sums: string[];
}

const engines = new WeakMap<Scenario, Engine>();

/** The engine of a scenario for the set-up's arithmetic, built once per scenario. */
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

/** Each scenario's plans timed at each debate length asked so far: the form redraws on every key. */
const timed = new WeakMap<Scenario, Map<string, LessonChoice>>();

function choiceAt(scenario: Scenario, plan: LessonPlanSummary, debate: number): LessonChoice {
  let cache = timed.get(scenario);
  if (!cache) {
    cache = new Map();
    timed.set(scenario, cache);
  }
  const key = `${plan.id}\u0000${debate}`;
  const known = cache.get(key);
  if (known) return known;
  const table = lessonTimetable(setupEngine(scenario), plan.id, debate);
  const choice: LessonChoice = {
    id: plan.id,
    name: plan.name,
    summary: plan.summary ?? '',
    length: lengthOf(plan.periods.map((p) => p.minutes)),
    minutes: plan.minutes,
    periods: plan.periods.length,
    longestDebate: Math.max(SHORTEST_DEBATE_MINUTES, table.longestDebate),
    fits: table.fits,
    sums: table.periods.map((p) => `${p.label ?? `Period ${p.period}`}: ${p.sum}`),
  };
  cache.set(key, choice);
  return choice;
}

/** Every plan the scenario declares, timed at `debateMinutes` a debate (empty: the game is played whole). */
export function lessonChoices(scenario: Scenario, debateMinutes: number): LessonChoice[] {
  const debate = inBounds(debateMinutes) ? debateMinutes : SHORTEST_DEBATE_MINUTES;
  return lessonPlanSummaries(scenario).map((plan) => choiceAt(scenario, plan, debate));
}

const inBounds = (n: number) => Number.isInteger(n) && n >= DEBATE_LIMITS.min && n <= DEBATE_LIMITS.max;

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

/** The debate minutes the set-up accepts with a plan: from the shortest to the longest that fits it. */
export function debateLimitsFor(scenario: Scenario, lesson: string | null): { min: number; max: number } {
  if (lesson === null) return DEBATE_LIMITS;
  const choice = lessonChoices(scenario, SHORTEST_DEBATE_MINUTES).find((c) => c.id === lesson);
  return choice ? { min: DEBATE_LIMITS.min, max: choice.longestDebate } : DEBATE_LIMITS;
}

/**
 * The debate minutes to show once a plan is chosen: those typed when the plan holds them, else the
 * longest debate it does hold (so the timer follows the plan).
 */
export function debateMinutesWith(scenario: Scenario, lesson: string | null, typed: number): number {
  if (!Number.isInteger(typed) || typed < DEBATE_LIMITS.min || typed > DEBATE_LIMITS.max) return typed;
  return debateMinutesFor(setupEngine(scenario), lesson, typed);
}
