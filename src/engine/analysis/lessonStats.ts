/**
 * `stats` for lesson plans: each plan's decisions, period by period, and its timetable at a debate
 * length (minute marks, what is used and spare, the arithmetic, the longest debate that fits).
 */
import { lessonTimetable } from '../classroom/lessonTiming';
import type { Engine } from '../game';
import { planStart } from '../lessonPlan';

export interface LessonStats {
  id: string;
  name: string;
  minutes: number;
  start: string;
  debateMinutes: number;
  fits: boolean;
  longestDebate: number;
  fromRecord: string[];
  told: string[];
  periods: {
    period: number;
    label?: string;
    minutes: number;
    stop?: string;
    decisions: string[];
    used: number;
    spare: number;
    sum: string;
    /** Each row's start (minutes from the period's start), length and what it is. */
    marks: { start: number; minutes: number; kind: string; decision?: string; title: string }[];
  }[];
}

export function lessonStats(engine: Engine, debateMinutes: number): LessonStats[] {
  return (engine.scenario.lessons ?? []).map((plan) => {
    const table = lessonTimetable(engine, plan.id, debateMinutes);
    return {
      id: plan.id,
      name: plan.name,
      minutes: table.minutes,
      start: planStart(engine.scenario, plan),
      debateMinutes: table.debateMinutes,
      fits: table.fits,
      longestDebate: table.longestDebate,
      fromRecord: table.fromRecord.map((d) => d.decision),
      told: table.told.map((d) => d.decision),
      periods: table.periods.map((p, i) => ({
        period: p.period,
        ...(p.label ? { label: p.label } : {}),
        minutes: p.minutes,
        ...(plan.periods[i]?.stop ? { stop: plan.periods[i].stop } : {}),
        decisions: p.rows.flatMap((r) => (r.decision ? [r.decision] : [])),
        used: p.used,
        spare: p.spare,
        sum: p.sum,
        marks: p.rows.map((r) => ({
          start: r.start,
          minutes: r.minutes,
          kind: r.kind,
          ...(r.decision ? { decision: r.decision } : {}),
          title: r.title,
        })),
      })),
    };
  });
}

/** One line per plan for the text output of `stats`. */
export function lessonStatsLine(l: LessonStats): string {
  const periods = l.periods.map((p) => `${p.label ?? `period ${p.period}`}: ${p.decisions.length} decisions, ${p.sum}`);
  const fit = l.fits ? 'fits' : `overruns (longest debate that fits: ${l.longestDebate} min)`;
  return `${l.id} (${l.minutes} min, ${l.debateMinutes}-min debates, ${fit}): ${periods.join('; ')}${l.told.length ? `; told after the stop: ${l.told.length}` : ''}`;
}
