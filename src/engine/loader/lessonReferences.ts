/**
 * The cross-references of lesson plans (see "lessons" in docs/scenario-format.md): every plan's start
 * and stops name a decision people or the model take (not a route), stops come once each and never
 * at the start, and plan ids are unique. Reachability and timing are `check`'s (analysis/lessonCheck.ts).
 */
import type { ScenarioIssue } from '../result.ts';
import type { Scenario } from '../schema/scenario.ts';
import { didYouMean } from './suggest.ts';

export function lessonReferences(s: Scenario, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const decisions = new Map(s.decisions.map((d) => [d.id, d]));
  const at = (path: string, message: string) => issues.push({ file, path, message });
  const decision = (path: string, id: string) => {
    const d = decisions.get(id);
    if (!d) {
      at(path, `no decision "${id}"${didYouMean(id, [...decisions.keys()])}`);
      return false;
    }
    if (d.kind === 'route') {
      at(path, `"${id}" is a route, which no one decides: name a choice or reply decision`);
      return false;
    }
    return true;
  };
  const seen = new Set<string>();
  (s.lessons ?? []).forEach((plan, i) => {
    const base = `lessons[${i}]`;
    if (seen.has(plan.id)) at(`${base}.id`, `"${plan.id}" is used twice in lessons`);
    seen.add(plan.id);
    if (plan.start) decision(`${base}.start`, plan.start);
    if (plan.before && !plan.start)
      at(`${base}.before`, 'before says how the decisions before the start are shown: give the plan a start too');
    const stops = new Set<string>();
    plan.periods.forEach((period, j) => {
      if (!period.stop) return;
      const path = `${base}.periods[${j}].stop`;
      if (!decision(path, period.stop)) return;
      const start = plan.start ?? s.meta.firstDecision;
      if (period.stop === start)
        at(path, `"${period.stop}" is where the plan starts: a period must stop at a later decision`);
      if (stops.has(period.stop))
        at(path, `"${period.stop}" already ends an earlier period: each period stops further on`);
      stops.add(period.stop);
    });
  });
  return issues;
}
