/**
 * `check` for lesson plans: a plan's start must be reachable from the scenario's first decision, each
 * stop from the start; the record's own path, played with the plan, must pass through the start and
 * reach every stop in turn (the timetable is built on it); and each period must hold its decisions
 * even at the shortest debate, said with the arithmetic.
 */
import { planTooShort } from '../classroom/lessonTiming';
import type { Engine } from '../game';
import type { ScenarioIssue } from '../result';
import { decisionGraph, reachableFrom } from './graph';
import { lessonPath } from './lessonPath';

export function lessonIssues(engine: Engine, file: string): ScenarioIssue[] {
  const s = engine.scenario;
  const issues: ScenarioIssue[] = [];
  const graph = decisionGraph(s);
  const fromFirst = reachableFrom(graph);
  (s.lessons ?? []).forEach((plan, i) => {
    const base = `lessons[${i}]`;
    const at = (path: string, message: string) => issues.push({ file, path: `${base}${path}`, message });
    const start = plan.start ?? s.meta.firstDecision;
    if (!fromFirst.has(start)) {
      at('.start', `unreachable: no path from "${graph.start}" leads to "${start}"`);
      return;
    }
    let from = start;
    let broken = false;
    plan.periods.forEach((period, j) => {
      if (!period.stop || broken) return;
      if (!reachableFrom(graph, from).has(period.stop)) {
        at(
          `.periods[${j}].stop`,
          `unreachable: no path from "${from}" (where period ${j + 1} begins) leads to "${period.stop}"`,
        );
        broken = true;
      }
      from = period.stop;
    });
    if (broken) return;
    const path = lessonPath(engine, plan.id);
    if (path.problem) {
      at(
        '',
        `${path.problem}: a plan's start and stops must lie on the record's path (each decision's history option or package), which its timetable follows`,
      );
      return;
    }
    for (const short of planTooShort(engine, plan.id)) at(`.periods[${short.period - 1}].minutes`, short.message);
  });
  return issues;
}
