/**
 * `check` for position memos: on the record's own path, every paper a memo prompt names must have
 * reached the role's side before its decision comes (a memo cannot cite a paper still to arrive). A
 * decision the record never reaches cannot be checked this way: its prompt gets a warning saying so.
 * (That the role may hold each paper at all is the loader's: loader/memoReferences.ts.)
 */
import type { Engine } from '../game';
import type { ScenarioIssue } from '../result';
import { historicalStrategy, playStrategy } from './historical';

export function memoIssues(engine: Engine, file: string): ScenarioIssue[] {
  const memos = engine.scenario.memos;
  if (!memos) return [];
  const { snapshot } = playStrategy(engine, { seed: 1962 }, historicalStrategy);
  // What had been delivered when each decision was taken on the record's path.
  const deliveredBefore = new Map<string, Set<string>>();
  const delivered = new Set<string>();
  for (const entry of snapshot.context.log) {
    if (entry.kind === 'document') delivered.add(entry.document);
    if ((entry.kind === 'choice' || entry.kind === 'reply') && !deliveredBefore.has(entry.decision))
      deliveredBefore.set(entry.decision, new Set(delivered));
  }
  const issues: ScenarioIssue[] = [];
  memos.prompts.forEach((prompt, i) => {
    const before = deliveredBefore.get(prompt.decision);
    if (!before) {
      issues.push({
        file,
        path: `memos.prompts[${i}].decision`,
        severity: 'warning',
        message: `"${prompt.decision}" is not on the record's path, so whether its papers have arrived cannot be checked: make sure each arrives on every path that leads to it`,
      });
      return;
    }
    prompt.roles.forEach((entry, j) => {
      entry.papers.forEach((paper, k) => {
        if (before.has(paper)) return;
        issues.push({
          file,
          path: `memos.prompts[${i}].roles[${j}].papers[${k}]`,
          message: `"${paper}" has not arrived when "${prompt.decision}" comes (on the record's path): name a paper delivered earlier, or move the prompt to a later decision`,
        });
      });
    });
  });
  return issues;
}
