/**
 * Printed position memos (#16 item 1): for a role, the memo forms of the decisions the scenario
 * prompts (in the order of play, and only those a lesson plan plays, when one is given); and the
 * rubric for the facilitator's guide. Pure data from the scenario; the pages are drawn by
 * ui/classroom/memoPages.ts, and a memo typed on a device (the many-devices server) uses the same.
 */

import type { RubricCriterion } from '../schema/memos';
import type { Scenario } from '../schema/scenario';

export interface MemoForm {
  decision: string;
  title: string;
  phase: string;
  question: string;
  weigh: string;
  /** The role's papers that bear on it, by title (in the scenario's order of the prompt). */
  papers: { id: string; title: string }[];
  words: number;
}

/**
 * The forms for one role. `played`, when given, is the set of decisions the class plays (a lesson
 * plan's): a prompt for a decision outside it is left out, since no debate will follow it.
 */
export function memoFormsFor(scenario: Scenario, role: string, played?: ReadonlySet<string>): MemoForm[] {
  const memos = scenario.memos;
  if (!memos) return [];
  const titles = new Map(scenario.documents.map((d) => [d.id, d.title]));
  const order = new Map(scenario.decisions.map((d, i) => [d.id, i]));
  return memos.prompts
    .filter((p) => !played || played.has(p.decision))
    .sort((a, b) => (order.get(a.decision) ?? 0) - (order.get(b.decision) ?? 0))
    .flatMap((prompt) => {
      const entry = prompt.roles.find((r) => r.role === role);
      const decision = scenario.decisions.find((d) => d.id === prompt.decision);
      if (!entry || !decision) return [];
      return [
        {
          decision: prompt.decision,
          title: decision.title ?? decision.id,
          phase: decision.phase ?? '',
          question: prompt.question,
          weigh: entry.weigh,
          papers: entry.papers.map((id) => ({ id, title: titles.get(id) ?? id })),
          words: memos.words,
        },
      ];
    });
}

/** The rubric every memo is graded with, and the most points a memo can get. */
export function memoRubric(scenario: Scenario): { criteria: RubricCriterion[]; maxPoints: number } | null {
  const memos = scenario.memos;
  if (!memos) return null;
  const maxPoints = memos.rubric.reduce((sum, c) => sum + Math.max(...c.levels.map((l) => l.points)), 0);
  return { criteria: memos.rubric, maxPoints };
}
