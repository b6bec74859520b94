/**
 * The epilogue: lines that close an ending, chosen by what the run did (the bombers, the pledge, the
 * Jupiters, the midterms, …). Per topic, in the order the scenario first names it, the first line
 * whose `when` holds at the end and whose `endings`, if any, name the ending reached. Pure and read
 * from the context, so the ending screen, the review and the scenario tool agree.
 */
import { holdsOrAbsent } from './conditions';
import { type ResolvedBasis, resolveBases } from './provenance';
import type { ScenarioIndex } from './scenarioIndex';
import type { EpilogueLine } from './schema/scenario';
import type { GameContext } from './state';

export type EpilogueView = EpilogueLine & { bases: ResolvedBasis[] };

/** The lines of a run's epilogue, one per topic at most; empty before the run has ended. */
export function epilogueLines(index: ScenarioIndex, ctx: GameContext): EpilogueLine[] {
  const ending = ctx.ending;
  if (!ending) return [];
  const chosen = new Map<string, EpilogueLine | null>();
  for (const line of index.scenario.epilogue ?? []) {
    if (chosen.get(line.topic)) continue;
    if (!chosen.has(line.topic)) chosen.set(line.topic, null);
    if (line.endings && !line.endings.includes(ending)) continue;
    if (holdsOrAbsent(line.when, ctx)) chosen.set(line.topic, line);
  }
  return [...chosen.values()].filter((l): l is EpilogueLine => l !== null);
}

export function epilogueView(index: ScenarioIndex, ctx: GameContext): EpilogueView[] {
  return epilogueLines(index, ctx).map((line) => ({
    ...line,
    bases: line.source ? resolveBases(line.basis, line.source) : [],
  }));
}
