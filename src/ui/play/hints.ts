/**
 * Historian's hints: the desk shows what the record did, and what the players of the day could not
 * know at that moment, only when the player asks for it (Settings). Without hints a decision loses
 * its later positions (advisers marked `afterwards`) and its options' hindsight notes; the review
 * shows them all either way.
 */
import type { DecisionView } from '../../engine/view';

export function decisionForPlay(decision: DecisionView, hints: boolean): DecisionView {
  if (hints) return decision;
  return {
    ...decision,
    advisers: decision.advisers.filter((a) => !a.afterwards),
    options: decision.options.map(({ hindsight: _hindsight, ...option }) => option),
  };
}
