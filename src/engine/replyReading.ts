/**
 * What the reply builder tells the player before sending, beyond whether the package can be sent
 * (rules.ts packageProblem): where it contradicts itself or leaves something out (from the items'
 * `conflictsWith` and memo tags in data, never from ids in code), and how Moscow is likely to read
 * it: the response model's own inputs, the package's feature totals, put in words.
 */
import { openOptions, readOptions } from './rules';
import type { ScenarioIndex } from './scenarioIndex';
import type { ChoiceDecision, Next } from './schema/scenario';
import type { GameContext } from './state';

/** One factor's share in the weight of one answer the other side could give. */
export interface FactorPull {
  option: string;
  label: string;
  /** The model's own term for the factor in that answer's weight (the package's value × the model's weight). */
  value: number;
}

export interface FeatureReading {
  feature: string;
  label: string;
  /** The package's value on this factor: the sum of the chosen items' values. */
  total: number;
  /** The total in words: "a great deal", "some", "nothing either way", "less", "much less". */
  words: string;
  /**
   * What the response model makes of the factor on this run: its term in the weight of each answer it
   * could give, as the model itself computes it (rules.ts readOptions); answers that do not read the
   * factor, or read nothing in it, are left out. Empty when no model answers the reply.
   */
  pulls: FactorPull[];
}

/** The other side's likely reading of a package, factor by factor, with the scale of its numbers. */
export interface PackageReading {
  factors: FeatureReading[];
  /** The decision in which the model answers the reply (the next one that reads the factors), if any. */
  answer: { decision: string; title: string } | null;
  /** What the numbers mean, in a sentence or two, with the ranges taken from the scenario's data. */
  scale: string;
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

/**
 * How the package weighs on each thing the response model reads, feature by feature, and what the
 * model makes of each on this run. With a game context, the model's terms are read by the model's own
 * code on that context with the package in place (its features and items, as sending it would set
 * them), so the numbers shown are the ones the model will add when it answers: the same run (seed and
 * path) gives the same numbers. Without one, only the package's values.
 */
export function likelyReading(index: ScenarioIndex, items: readonly string[], ctx?: GameContext): PackageReading {
  const totals = new Map<string, number>();
  for (const id of items)
    for (const [f, v] of Object.entries(index.items.get(id)?.features ?? {})) totals.set(f, (totals.get(f) ?? 0) + v);
  const answering = ctx ? answeringDecision(index, ctx.current) : null;
  const pulls = new Map<string, FactorPull[]>();
  if (ctx && answering) {
    const withPackage: GameContext = { ...ctx, features: Object.fromEntries(totals), lastPackage: [...items] };
    const labels = new Map(answering.options.map((o) => [o.id, o.label]));
    for (const reading of readOptions(openOptions(answering, withPackage), withPackage)) {
      for (const { term, value } of reading.terms) {
        if (!term.startsWith('perFeature.')) continue;
        const feature = term.slice('perFeature.'.length);
        const list = pulls.get(feature) ?? [];
        list.push({ option: reading.option, label: labels.get(reading.option) ?? reading.option, value });
        pulls.set(feature, list);
      }
    }
  }
  const factors = (index.scenario.replyBuilder?.features ?? []).map((f) => {
    const total = totals.get(f.id) ?? 0;
    return { feature: f.id, label: f.label, total, words: inWords(total), pulls: pulls.get(f.id) ?? [] };
  });
  return {
    factors,
    answer: answering ? { decision: answering.id, title: answering.title } : null,
    scale: scaleOf(index, answering),
  };
}

/**
 * The first decision after a reply, along its next steps, in which a model-playable side answers by
 * reading the reply's features: the answer the package is built for. Breadth first, so the nearest.
 */
export function answeringDecision(index: ScenarioIndex, from: string): ChoiceDecision | null {
  const seen = new Set<string>([from]);
  const queue: string[] = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const d = index.decisions.get(id);
    if (!d) continue;
    if (
      id !== from &&
      d.kind === 'choice' &&
      index.modelSides.has(d.side) &&
      d.options.some((o) => Object.keys(o.weight?.perFeature ?? {}).length > 0)
    )
      return d;
    const nexts: Next[] =
      d.kind === 'route' ? d.routes.map((r) => r.next) : d.kind === 'reply' ? [d.next] : d.options.map((o) => o.next);
    for (const next of nexts)
      for (const target of typeof next === 'string' ? [next] : next.map((r) => r.next))
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
  }
  return null;
}

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}`;

/** The scale of the numbers, with its ranges from the data: the items' values and the model's weights. */
function scaleOf(index: ScenarioIndex, answering: ChoiceDecision | null): string {
  const values = (index.scenario.replyBuilder?.items ?? []).flatMap((i) => Object.values(i.features ?? {}));
  const itemRange = values.length ? `from ${signed(Math.min(...values))} to ${signed(Math.max(...values))}` : 'nothing';
  const value = `A factor's value is the sum of what the chosen items add to it (each item adds ${itemRange}; 0 is neutral).`;
  if (!answering) return value;
  const weights = answering.options.flatMap((o) => Object.values(o.weight?.perFeature ?? {}));
  return `${value} In “${answering.title}” the game's model multiplies each value by its own weight for each answer (${signed(Math.min(...weights))} to ${signed(Math.max(...weights))}) and adds the product to that answer's weight; an answer's chance is its weight over the weights of all the answers open.`;
}

function inWords(total: number): string {
  if (total >= 3) return 'a great deal';
  if (total > 0) return 'some';
  if (total === 0) return 'nothing either way';
  if (total > -3) return 'less';
  return 'much less';
}
