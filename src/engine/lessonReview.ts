/**
 * The review's account of a lesson plan: which decisions the class played, which the engine took from
 * the record before the plan's start, and, once the plan has stopped, what the record did after the
 * stop (told, not played). A stopped game has no ending, so nothing in it is called historical beyond
 * the decisions it shared with the record; the told part is the record's, labelled as such.
 */
import { recordLineFrom } from './analysis/lessonPath';
import type { Engine, GameSnapshot } from './game';
import { findLessonPlan } from './lessonPlan';
import { type FromRecordView, fromRecordEntries } from './lessonView';
import { type ResolvedBasis, resolveBases } from './provenance';
import type { Source } from './schema/scenario';

/** A decision the record took after the plan's stop, told in the review. */
export interface ToldDecision {
  decision: string;
  title: string;
  phase: string;
  /** The record's option or package, in the scenario's labels; empty when the decision never arose. */
  recorded: string[];
  summary: string;
  when: string;
  sources: Source[];
  bases: ResolvedBasis[];
}

export interface LessonReview {
  plan: { id: string; name: string };
  status: 'prologue' | 'playing' | 'break' | 'stopped';
  period: number;
  periods: number;
  /** Decisions the class played (people or the response model in play), in order. */
  played: { decision: string; title: string }[];
  /** Decisions the engine took from the record before the plan's start. */
  fromRecord: FromRecordView[];
  /** After the plan's stop: the record's decisions, told, not played (empty until the plan stops). */
  told: ToldDecision[];
  /** The plan's own words on what follows the stop (`after`), if any. */
  after?: string;
  /** One paragraph for the top of the review. */
  summary: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function lessonReview(engine: Engine, snapshot: GameSnapshot): LessonReview | null {
  const { index, scenario } = engine;
  const ctx = snapshot.context;
  const lesson = ctx.lesson;
  const plan = lesson ? findLessonPlan(scenario, lesson.plan) : undefined;
  if (!lesson || !plan) return null;
  const played: LessonReview['played'] = [];
  for (const e of ctx.log) {
    if ((e.kind === 'choice' || e.kind === 'reply') && !e.fromRecord)
      played.push({ decision: e.decision, title: index.decisions.get(e.decision)?.title ?? e.decision });
  }
  const fromRecord = fromRecordEntries(index, ctx.log);
  const lastStop = plan.periods.at(-1)?.stop;
  const told: ToldDecision[] =
    lesson.status === 'stopped' && lastStop
      ? recordLineFrom(engine, lastStop).flatMap((d) => {
          if (d.kind === 'route' || !d.history) return [];
          const h = d.history;
          const recorded =
            d.kind === 'choice'
              ? h.option
                ? [d.options.find((o) => o.id === h.option)?.label ?? h.option]
                : []
              : (h.package ?? []).map((i) => index.items.get(i)?.label ?? i);
          return [
            {
              decision: d.id,
              title: d.title,
              phase: d.phase,
              recorded,
              summary: h.summary,
              when: h.when,
              sources: [...h.sources],
              bases: resolveBases(h.basis, h.sources[0]),
            },
          ];
        })
      : [];
  const parts = [`Lesson plan "${plan.name}": the class played ${plural(played.length, 'decision', 'decisions')}`];
  if (fromRecord.length > 0)
    parts.push(
      `${plural(fromRecord.length, 'decision was', 'decisions were')} taken from the record before play began`,
    );
  let summary = `${parts.join('; ')}.`;
  if (lesson.status === 'stopped')
    summary += ` Play stopped at the plan's end, with no ending reached${told.length > 0 ? `; the ${plural(told.length, 'decision', 'decisions')} after it are told from the record, not played` : ''}.`;
  else if (lesson.status === 'break')
    summary += ` The class is between periods: period ${lesson.period + 1} goes on from here.`;
  else if (ctx.ending === null) summary += ' The game is still in play: this is the review so far.';
  return {
    plan: { id: plan.id, name: plan.name },
    status: lesson.status,
    period: lesson.period,
    periods: plan.periods.length,
    played,
    fromRecord,
    told,
    ...(plan.after ? { after: plan.after } : {}),
    summary,
  };
}
