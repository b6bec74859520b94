/**
 * The cross-references of position memos (see "memos" in docs/scenario-format.md): every prompt names
 * a decision people take (not a route, once per decision), every role exists and comes once per
 * prompt, every paper exists and is one the role holds (its audience names the role or the role's
 * side), and the rubric's criteria have unique ids with levels rising in points. Whether a paper has
 * arrived by the time its decision comes is `check`'s (analysis/memoCheck.ts), on the record's path.
 */
import type { ScenarioIssue } from '../result.ts';
import type { Scenario } from '../schema/scenario.ts';
import { didYouMean } from './suggest.ts';

export function memoReferences(s: Scenario, file: string): ScenarioIssue[] {
  const memos = s.memos;
  if (!memos) return [];
  const issues: ScenarioIssue[] = [];
  const at = (path: string, message: string) => issues.push({ file, path, message });
  const decisions = new Map(s.decisions.map((d) => [d.id, d]));
  const roles = new Map(s.roles.map((r) => [r.id, r]));
  const documents = new Map(s.documents.map((d) => [d.id, d]));

  const criteria = new Set<string>();
  memos.rubric.forEach((c, i) => {
    if (criteria.has(c.id)) at(`memos.rubric[${i}].id`, `"${c.id}" is used twice in the rubric`);
    criteria.add(c.id);
    c.levels.forEach((level, j) => {
      if (j > 0 && level.points <= c.levels[j - 1].points)
        at(
          `memos.rubric[${i}].levels[${j}].points`,
          `levels run from the lowest to the highest: ${level.points} points comes after ${c.levels[j - 1].points}`,
        );
    });
  });

  const prompted = new Set<string>();
  memos.prompts.forEach((prompt, i) => {
    const base = `memos.prompts[${i}]`;
    const d = decisions.get(prompt.decision);
    if (!d)
      at(`${base}.decision`, `no decision "${prompt.decision}"${didYouMean(prompt.decision, [...decisions.keys()])}`);
    else if (d.kind === 'route')
      at(`${base}.decision`, `"${prompt.decision}" is a route, which no one decides: name a choice or reply decision`);
    if (prompted.has(prompt.decision))
      at(`${base}.decision`, `"${prompt.decision}" already has a memo prompt: put all its roles in one prompt`);
    prompted.add(prompt.decision);
    const seen = new Set<string>();
    prompt.roles.forEach((entry, j) => {
      const path = `${base}.roles[${j}]`;
      const role = roles.get(entry.role);
      if (!role) {
        at(`${path}.role`, `no role "${entry.role}"${didYouMean(entry.role, [...roles.keys()])}`);
        return;
      }
      if (seen.has(entry.role)) at(`${path}.role`, `"${entry.role}" comes twice in this prompt`);
      seen.add(entry.role);
      entry.papers.forEach((paper, k) => {
        const doc = documents.get(paper);
        if (!doc) {
          at(`${path}.papers[${k}]`, `no document "${paper}"${didYouMean(paper, [...documents.keys()])}`);
          return;
        }
        const holds = doc.audience.roles?.includes(role.id) || doc.audience.sides?.includes(role.side);
        if (!holds)
          at(
            `${path}.papers[${k}]`,
            `${role.name} never holds "${paper}" (its audience is ${audienceWords(doc.audience)}): name one of the role's own papers, or add the role to the paper's audience`,
          );
      });
    });
  });
  return issues;
}

function audienceWords(audience: { sides?: string[]; roles?: string[] }): string {
  const parts = [
    ...(audience.sides?.length ? [`sides ${audience.sides.join(', ')}`] : []),
    ...(audience.roles?.length ? [`roles ${audience.roles.join(', ')}`] : []),
  ];
  return parts.join(' and ') || 'nobody';
}
