/**
 * What a screen needs to know of lesson plans: the plans a scenario offers (for the set-up), and, in a
 * game with a plan, where the class stands in it and which decisions the engine took from the record
 * (with their papers, for an interlude). Built from the scenario and the context alone.
 */
import type { GameSnapshot } from './game';
import { findLessonPlan, lessonPlans, planMinutes, planStart } from './lessonPlan';
import type { ScenarioIndex } from './scenarioIndex';
import type { LessonPlan } from './schema/lessons';
import type { Decision, Scenario } from './schema/scenario';
import type { LessonState, LogEntry } from './state';

/** A plan as the set-up offers it. */
export interface LessonPlanSummary {
  id: string;
  name: string;
  summary?: string;
  /** The whole plan's length (its periods added up). */
  minutes: number;
  periods: { label?: string; minutes: number; stop?: string; stopTitle?: string }[];
  /** The decision where the class's play starts, and whether anything before it is taken from the record. */
  start: { decision: string; title: string; fromRecord: boolean; interlude: boolean };
}

/** Every lesson plan the scenario declares, for the set-up screen (empty: it is played whole). */
export function lessonPlanSummaries(scenario: Scenario): LessonPlanSummary[] {
  const title = (id: string) => scenario.decisions.find((d) => d.id === id)?.title ?? id;
  return lessonPlans(scenario).map((plan) => {
    const start = planStart(scenario, plan);
    return {
      id: plan.id,
      name: plan.name,
      ...(plan.summary ? { summary: plan.summary } : {}),
      minutes: planMinutes(plan),
      periods: plan.periods.map((p) => ({ ...p, ...(p.stop ? { stopTitle: title(p.stop) } : {}) })),
      start: {
        decision: start,
        title: title(start),
        fromRecord: start !== scenario.meta.firstDecision,
        interlude: plan.before === 'interlude',
      },
    };
  });
}

/** A decision the engine took from the record, with what it took and the papers it brought. */
export interface FromRecordView {
  decision: string;
  title: string;
  /** The option's label, or the package's item labels. */
  taken: string[];
  /** The record's note on it (history.summary) and when. */
  summary: string;
  when: string;
  /** Papers that arrived while the record took it (ids; only those the viewer may read). */
  documents: string[];
}

export interface LessonView {
  plan: { id: string; name: string; summary?: string; minutes: number };
  status: LessonState['status'];
  period: number;
  periods: number;
  /** The current period's label and length, as the plan gives them. */
  periodLabel?: string;
  periodMinutes: number;
  /** Show the decisions taken from the record as an interlude (the plan's `before: interlude`). */
  interlude: boolean;
  fromRecord: FromRecordView[];
  /** One sentence for a banner at a break or at the plan's end; null while the class plays. */
  message: string | null;
}

const labelOf = (index: ScenarioIndex, d: Decision | undefined, e: Extract<LogEntry, { kind: 'choice' | 'reply' }>) =>
  e.kind === 'choice'
    ? [d?.kind === 'choice' ? (d.options.find((o) => o.id === e.option)?.label ?? e.option) : e.option]
    : e.items.map((i) => index.items.get(i)?.label ?? i);

/** The decisions a log shows as taken from the record, each with the papers that came while it was open. */
export function fromRecordEntries(
  index: ScenarioIndex,
  log: readonly LogEntry[],
  mayRead: (document: string) => boolean = () => true,
): FromRecordView[] {
  const views: FromRecordView[] = [];
  let papers: string[] = [];
  for (const e of log) {
    if (e.kind === 'document' && mayRead(e.document)) papers.push(e.document);
    if (e.kind !== 'choice' && e.kind !== 'reply') continue;
    if (e.fromRecord) {
      const d = index.decisions.get(e.decision);
      const history = d && d.kind !== 'route' ? d.history : undefined;
      views.push({
        decision: e.decision,
        title: d?.title ?? e.decision,
        taken: labelOf(index, d, e),
        summary: history?.summary ?? '',
        when: history?.when ?? '',
        documents: papers,
      });
    }
    papers = [];
  }
  return views;
}

function message(plan: LessonPlan, lesson: LessonState): string | null {
  const label = plan.periods[lesson.period - 1]?.label;
  const named = label ? ` (${label})` : '';
  if (lesson.status === 'break')
    return `Period ${lesson.period}${named} of "${plan.name}" ends here. Next time, continue the saved game (or open its exported file) to play period ${lesson.period + 1}.`;
  if (lesson.status === 'stopped')
    return `"${plan.name}" stops here: what followed is told from the record in the review.`;
  return null;
}

/** The lesson part of the view, or null for a game without a plan. */
export function lessonView(
  index: ScenarioIndex,
  snapshot: GameSnapshot,
  mayRead: (document: string) => boolean,
): LessonView | null {
  const lesson = snapshot.context.lesson;
  const plan = lesson ? findLessonPlan(index.scenario, lesson.plan) : undefined;
  if (!lesson || !plan) return null;
  const period = plan.periods[lesson.period - 1];
  return {
    plan: {
      id: plan.id,
      name: plan.name,
      ...(plan.summary ? { summary: plan.summary } : {}),
      minutes: planMinutes(plan),
    },
    status: lesson.status,
    period: lesson.period,
    periods: plan.periods.length,
    ...(period?.label ? { periodLabel: period.label } : {}),
    periodMinutes: period?.minutes ?? 0,
    interlude: plan.before === 'interlude',
    fromRecord: fromRecordEntries(index, snapshot.context.log, mayRead),
    message: message(plan, lesson),
  };
}
