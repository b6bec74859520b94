/**
 * Papers that follow the path, checked: a paper may say what its text takes for granted about the run
 * (`asserts`); a run that is handed a paper whose assertion it contradicts is a hole in the variants.
 * Judged when the paper arrives, against the game as it stands after the step that brought it.
 */
import { holds } from '../conditions';
import type { Engine, GameSnapshot } from '../game';

export interface Contradiction {
  /** The paper that arrived. */
  document: string;
  /** The decision in hand when it arrived. */
  at: string;
}

/** The papers newly delivered between two snapshots whose `asserts` the later one contradicts. */
export function contradictedPapers(engine: Engine, before: GameSnapshot, after: GameSnapshot): Contradiction[] {
  // Read in place, not sliced: random play asks after every step of every game (`check` plays 2,000).
  const delivered = after.context.delivered;
  const found: Contradiction[] = [];
  for (let i = before.context.delivered.length; i < delivered.length; i++) {
    const { id } = delivered[i];
    const asserts = engine.index.documents.get(id)?.asserts;
    if (asserts && !holds(asserts, after.context)) found.push({ document: id, at: before.context.current });
  }
  return found;
}
