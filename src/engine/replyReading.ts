/**
 * What the reply builder tells the player before sending, beyond whether the package can be sent
 * (rules.ts packageProblem): where it contradicts itself or leaves something out (from the items'
 * `conflictsWith` and memo tags in data, never from ids in code), and how Moscow is likely to read
 * it: the response model's own inputs, the package's feature totals, put in words.
 */
import type { ScenarioIndex } from './scenarioIndex';

export interface FeatureReading {
  feature: string;
  label: string;
  total: number;
  /** The total in words: "a great deal", "some", "nothing either way", "less", "much less". */
  words: string;
}

/** Contradictions and gaps in a package, each in a line; empty when there are none. */
export function packageWarnings(index: ScenarioIndex, items: readonly string[]): string[] {
  const chosen = new Set(items);
  const warnings: string[] = [];
  const label = (id: string) => index.items.get(id)?.label ?? id;
  for (const id of items) {
    for (const conflict of index.items.get(id)?.conflictsWith ?? []) {
      const clash = conflict.items.filter((other) => chosen.has(other));
      if (clash.length > 0) warnings.push(`“${label(id)}” with “${clash.map(label).join('”, “')}”: ${conflict.why}.`);
    }
  }
  const builder = index.scenario.replyBuilder;
  const offersDemands = builder?.items.some((i) => i.memo === 'demand');
  if (items.length > 0 && offersDemands && !items.some((id) => index.items.get(id)?.memo === 'demand'))
    warnings.push('The package asks nothing of the other side: it makes no demand.');
  return warnings;
}

/** How the package weighs on each thing the response model reads, feature by feature. */
export function likelyReading(index: ScenarioIndex, items: readonly string[]): FeatureReading[] {
  const totals = new Map<string, number>();
  for (const id of items)
    for (const [f, v] of Object.entries(index.items.get(id)?.features ?? {})) totals.set(f, (totals.get(f) ?? 0) + v);
  return (index.scenario.replyBuilder?.features ?? []).map((f) => {
    const total = totals.get(f.id) ?? 0;
    return { feature: f.id, label: f.label, total, words: inWords(total) };
  });
}

function inWords(total: number): string {
  if (total >= 3) return 'a great deal';
  if (total > 0) return 'some';
  if (total === 0) return 'nothing either way';
  if (total > -3) return 'less';
  return 'much less';
}
