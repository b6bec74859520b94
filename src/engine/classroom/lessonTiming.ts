/**
 * The timetable of a lesson: minute marks for each decision the class plays, period by period, from
 * the lesson plan's periods and the debate minutes the facilitator set. A decision takes its debate
 * and a minute for the vote and its consequence; a reply package is built item by item, so its debate
 * counts twice; the other side's turn (the response model or a second team) is read out, not debated.
 * What is left of a period is spare (negative: the period overruns), so a facilitator sees at once
 * whether a plan fits and, if not, the longest debate with which it does.
 */
import { lessonPath } from '../analysis/lessonPath';
import type { Engine } from '../game';
import { findLessonPlan } from '../lessonPlan';
import type { LessonPlan } from '../schema/lessons';
import type { Decision } from '../schema/scenario';
import { shortTime, type TimingRow } from './timingRow';

/** Minutes to take the vote and read the consequence, after each debate. */
export const VOTE_MINUTES = 1;
/** Minutes to read out the other side's answer (a turn of the response model or of a second team). */
export const OTHER_SIDE_MINUTES = 2;
/** The shortest debate the set-up offers: `check` asks that a plan hold its decisions at this pace. */
export const SHORTEST_DEBATE_MINUTES = 1;
/** The longest debate the set-up offers. */
export const LONGEST_DEBATE_MINUTES = 60;
export const DEFAULT_BRIEFING_MINUTES = 10;
export const DEFAULT_REVIEW_MINUTES = 15;
export const DEFAULT_RECAP_MINUTES = 5;

/** A row of the guide's timing plan (packets.ts), always with its period; `start` counts from that period's start. */
export type TimetableRow = TimingRow & { period: number };

export interface PeriodTimetable {
  period: number;
  label?: string;
  minutes: number;
  /** Minutes the rows take. */
  used: number;
  /** minutes − used: negative when the period overruns. */
  spare: number;
  rows: TimetableRow[];
  /** The arithmetic, e.g. "briefing 8 + 6 decisions 27 + review 10 = 45 of 50 minutes". */
  sum: string;
}

export interface LessonTimetable {
  /** Null for the game played whole (the scenario's recommended duration). */
  plan: { id: string; name: string } | null;
  debateMinutes: number;
  minutes: number;
  periods: PeriodTimetable[];
  fits: boolean;
  /** The longest whole-minute debate with which every period fits; 0 when not even the shortest does. */
  longestDebate: number;
  /** Decisions taken from the record before play (not timed) and told after the stop (in the review). */
  fromRecord: { decision: string; title: string }[];
  told: { decision: string; title: string }[];
}

/** A decision's minutes in class at a given debate length. */
export function decisionMinutes(decision: Decision, otherSides: ReadonlySet<string>, debate: number): number {
  if (decision.kind === 'route') return 0;
  if (otherSides.has(decision.side)) return OTHER_SIDE_MINUTES;
  return (decision.kind === 'reply' ? 2 * debate : debate) + VOTE_MINUTES;
}

interface Shape {
  plan: LessonPlan | null;
  minutes: number[];
  labels: (string | undefined)[];
  decisions: Decision[][];
  briefing: number;
  review: number;
  recap: number;
}

function periodTimetable(engine: Engine, shape: Shape, i: number, debate: number): PeriodTimetable {
  const { scenario, index } = engine;
  const period = i + 1;
  const last = i === shape.minutes.length - 1;
  const rows: TimetableRow[] = [];
  let clock = 0;
  const add = (row: Omit<TimetableRow, 'start' | 'period'>) => {
    rows.push({ ...row, start: clock, period });
    clock += row.minutes;
  };
  if (i === 0) {
    const startDocs = scenario.documents.filter((d) => d.deliver?.at === scenario.meta.start).length;
    add({
      kind: 'briefing',
      minutes: shape.briefing,
      title:
        startDocs > 0
          ? `Roles handed out; the briefing folder (${startDocs} paper${startDocs === 1 ? '' : 's'} at the start)`
          : 'Roles handed out; the situation',
      at: shortTime(scenario.meta.start),
    });
  } else {
    add({
      kind: 'recap',
      minutes: shape.recap,
      title: 'Where the class stopped: the last decision and the papers since',
    });
  }
  let decisionsTotal = 0;
  for (const d of shape.decisions[i] ?? []) {
    if (d.kind === 'route') continue;
    const minutes = decisionMinutes(d, index.modelSides, debate);
    decisionsTotal += minutes;
    add({
      kind: 'decision',
      minutes,
      title: d.title,
      phase: d.phase,
      at: d.at ? shortTime(d.at) : undefined,
      decision: d.id,
      side: d.side,
      model: index.modelSides.has(d.side) || undefined,
    });
  }
  if (last) add({ kind: 'review', minutes: shape.review, title: 'The after-action review and discussion' });
  const count = rows.filter((r) => r.kind === 'decision').length;
  const first = i === 0 ? `briefing ${shape.briefing}` : `recap ${shape.recap}`;
  const sum = `${first} + ${count} decision${count === 1 ? '' : 's'} ${decisionsTotal}${last ? ` + review ${shape.review}` : ''} = ${clock} of ${shape.minutes[i]} minutes`;
  return {
    period,
    ...(shape.labels[i] ? { label: shape.labels[i] } : {}),
    minutes: shape.minutes[i],
    used: clock,
    spare: shape.minutes[i] - clock,
    rows,
    sum,
  };
}

function shapeOf(engine: Engine, planId: string | null, wholeLine: readonly Decision[]) {
  const plan = planId === null ? null : (findLessonPlan(engine.scenario, planId) ?? null);
  if (planId !== null && !plan) throw new Error(`the scenario has no lesson plan "${planId}"`);
  const path = plan ? lessonPath(engine, plan.id) : null;
  const shape: Shape = {
    plan,
    minutes: plan ? plan.periods.map((p) => p.minutes) : [engine.scenario.meta.durationMinutes],
    labels: plan ? plan.periods.map((p) => p.label) : [undefined],
    decisions: path ? path.periods : [[...wholeLine]],
    briefing: plan?.briefingMinutes ?? DEFAULT_BRIEFING_MINUTES,
    review: plan?.reviewMinutes ?? DEFAULT_REVIEW_MINUTES,
    recap: plan?.recapMinutes ?? DEFAULT_RECAP_MINUTES,
  };
  return { shape, path };
}

const fitsAt = (engine: Engine, shape: Shape, debate: number) =>
  shape.minutes.every((_, i) => periodTimetable(engine, shape, i, debate).spare >= 0);

/**
 * The timetable of a lesson plan (or, with `planId` null, of the whole game in the scenario's
 * recommended duration, along `wholeLine`) at `debateMinutes` a debate.
 */
export function lessonTimetable(
  engine: Engine,
  planId: string | null,
  debateMinutes: number,
  wholeLine: readonly Decision[] = [],
): LessonTimetable {
  const debate = Math.max(SHORTEST_DEBATE_MINUTES, Math.round(debateMinutes));
  const { shape, path } = shapeOf(engine, planId, wholeLine);
  const periods = shape.minutes.map((_, i) => periodTimetable(engine, shape, i, debate));
  let longestDebate = 0;
  for (let d = SHORTEST_DEBATE_MINUTES; d <= LONGEST_DEBATE_MINUTES && fitsAt(engine, shape, d); d++) longestDebate = d;
  const brief = (d: Decision) => ({ decision: d.id, title: d.title ?? d.id });
  return {
    plan: shape.plan ? { id: shape.plan.id, name: shape.plan.name } : null,
    debateMinutes: debate,
    minutes: shape.minutes.reduce((a, b) => a + b, 0),
    periods,
    fits: periods.every((p) => p.spare >= 0),
    longestDebate,
    fromRecord: (path?.fromRecord ?? []).map(brief),
    told: (path?.told ?? []).map(brief),
  };
}

/**
 * Why a plan's periods cannot hold their decisions even at the shortest debate, one message per period
 * that overruns, with the arithmetic; empty when it fits.
 */
export function planTooShort(engine: Engine, planId: string): { period: number; message: string }[] {
  const table = lessonTimetable(engine, planId, SHORTEST_DEBATE_MINUTES);
  return table.periods
    .filter((p) => p.spare < 0)
    .map((p) => ({
      period: p.period,
      message: `period ${p.period} is too short for its decisions even with ${SHORTEST_DEBATE_MINUTES}-minute debates (each decision: the debate + ${VOTE_MINUTES} for the vote; a reply package: twice the debate + ${VOTE_MINUTES}; the other side's turn: ${OTHER_SIDE_MINUTES}): ${p.sum}; lengthen it to at least ${p.used} minutes, move its stop earlier, or shorten the briefing or review`,
    }));
}

/**
 * The debate minutes for the set-up to offer with a plan: the facilitator's preference when the plan
 * fits with it, else the longest debate that fits (at least the shortest), so the timer follows the plan.
 */
export function debateMinutesFor(engine: Engine, planId: string | null, preferred: number): number {
  const table = lessonTimetable(engine, planId, preferred);
  if (table.fits) return table.debateMinutes;
  return Math.max(SHORTEST_DEBATE_MINUTES, table.longestDebate);
}
