/**
 * The road a game took through the decisions, on its own: the session records it when a game ends,
 * on the play path, while the decision map's model (mapModel.ts, with its random and historical
 * playthroughs) is needed only by the review and loads with it.
 */
import type { GameSnapshot } from '../game';

/**
 * The decisions and endings a game passed through, in order, from its log: every choice, reply and
 * route taken, then the ending. A game still running ends its path at the decision in hand.
 */
export function pathOf(snapshot: GameSnapshot): string[] {
  const path: string[] = [];
  const push = (id: string) => {
    if (path[path.length - 1] !== id) path.push(id);
  };
  for (const entry of snapshot.context.log) {
    if (entry.kind === 'choice' || entry.kind === 'reply' || entry.kind === 'route') push(entry.decision);
    else if (entry.kind === 'ending') push(entry.ending);
  }
  if (snapshot.status !== 'done' && snapshot.context.current) push(snapshot.context.current);
  return path;
}
