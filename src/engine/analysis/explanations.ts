/**
 * The lint behind "the game answers you" (#17), as warnings: an option or reply item that moves a
 * track with no reason leaves the consequence note silent on why; a term of the response model with
 * no label leaves the other side's paper naming a bare id (or a feature's general label).
 */
import type { SectionFiles } from '../loader';
import type { ScenarioIssue } from '../result';
import type { Effects, Scenario, Weight } from '../schema/scenario';

export function explanationIssues(s: Scenario, files: SectionFiles, folder: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const warn = (file: string, path: string, message: string) =>
    issues.push({ file, path, message, severity: 'warning' });
  const reasons = (file: string, path: string, e: Effects | undefined) => {
    for (const id of [...Object.keys(e?.tracks ?? {}), ...Object.keys(e?.set ?? {})]) {
      if (!Object.hasOwn(e?.reasons ?? {}, id))
        warn(
          file,
          `${path}.reasons.${id}`,
          `no reason for the change to "${id}": the consequence note will not say why`,
        );
    }
  };
  const labels = (file: string, path: string, w: Weight) => {
    const missing = (term: string) =>
      warn(file, `${path}.${term}`, 'no label for this term: the other side’s paper cannot name what weighed');
    if (w.base > 0 && !w.labels?.base) missing('labels.base');
    for (const id of Object.keys(w.perFeature ?? {}))
      if (!Object.hasOwn(w.labels?.perFeature ?? {}, id)) missing(`labels.perFeature.${id}`);
    for (const id of Object.keys(w.perTrack ?? {}))
      if (!Object.hasOwn(w.labels?.perTrack ?? {}, id)) missing(`labels.perTrack.${id}`);
    (w.when ?? []).forEach((term, i) => {
      if (!term.label) missing(`when[${i}].label`);
    });
  };
  const decisionsFile = files.decisions ?? `${folder}/scenario.yaml`;
  for (const d of s.decisions) {
    if (d.kind === 'route') continue;
    if (d.kind === 'reply') {
      reasons(decisionsFile, `decisions.${d.id}.effects`, d.effects);
      continue;
    }
    d.options.forEach((o, i) => {
      const path = `decisions.${d.id}.options[${i}]`;
      reasons(decisionsFile, `${path}.effects`, o.effects);
      if (o.weight) labels(decisionsFile, `${path}.weight`, o.weight);
    });
  }
  const builderFile = files.replyBuilder ?? `${folder}/scenario.yaml`;
  (s.replyBuilder?.items ?? []).forEach((item, i) => {
    reasons(builderFile, `replyBuilder.items[${i}].effects`, item.effects);
  });
  return issues;
}
