/** How a node of the decision map is named in words (labels, the note's status line, the text list). */
import type { MapNode } from '../../../engine/analysis/mapModel';
import type { Decision } from '../../../engine/schema/scenario';

/** A decision that never arose historically: no option and no package on the record (routes are not chosen). */
export const isCounterfactualDecision = (d: Decision | undefined) =>
  !!d && d.kind !== 'route' && !d.history?.option && !d.history?.package;

const KIND_WORDS: Record<MapNode['kind'], string> = {
  choice: 'decision',
  reply: 'reply package',
  route: 'turning point decided by the game',
  ending: 'ending',
};

export function statusWords(node: MapNode, counterfactual: boolean): string[] {
  const words: string[] = [];
  if (node.kind === 'ending')
    words.push(node.endingKind === 'historical' ? 'historical ending' : 'counterfactual ending');
  else words.push(counterfactual ? `${KIND_WORDS[node.kind]}, never arose historically` : KIND_WORDS[node.kind]);
  if (node.historical) words.push('on the historical path');
  words.push(
    node.kind === 'ending' ? (node.visited ? 'found' : 'not found yet') : node.visited ? 'visited' : 'not visited yet',
  );
  return words;
}
