/**
 * The bound on what the game does by itself inside one command. After a person's command the machine
 * goes on through routes and the response model's picks (eventless transitions) until a person must
 * act or the game ends. A scenario whose routes or model picks lead round in a circle would make that
 * chain endless, and XState would spin inside one `transition` call. So the machine spends one move
 * of a budget per eventless transition and stops taking them when the budget is spent; it then rests
 * where it never rests otherwise (at a route, or at a model pick it has not taken), and `endlessLoop`
 * reads that from the context alone, so a save, a replay and every caller see the same refusal.
 * `scenario check` finds such loops before play (analysis/loops.ts); this is the engine's own guard.
 */
import type { ScenarioIndex } from './scenarioIndex';
import type { GameContext } from './state';

/**
 * The most eventless moves (routes taken, model picks taken) the game makes after one command, or
 * at the start. An honest chain is a few moves (the whole of Black Saturday is a few dozen decisions),
 * and a loop with a real way out leaves long before: a one-decision loop that the model stays in with
 * odds of 9 in 10 at each pass is still going after 256 moves in fewer than one game in 10^11.
 */
export const MAX_MOVES_PER_COMMAND = 256;

/** The machine's count of eventless moves since the last command (see machine.ts). */
export class MoveBudget {
  private left = MAX_MOVES_PER_COMMAND;
  reset(): void {
    this.left = MAX_MOVES_PER_COMMAND;
  }
  spend(): void {
    this.left--;
  }
  get exhausted(): boolean {
    return this.left <= 0;
  }
}

/**
 * Why the game cannot go on when the machine stopped inside an endless loop, naming its decisions;
 * null when the game rests where a game rests (a person's decision, a stall with nothing open, an end).
 */
export function endlessLoop(index: ScenarioIndex, ctx: GameContext): string | null {
  const decision = index.decisions.get(ctx.current);
  if (!decision) return null;
  const stuck =
    decision.kind === 'route' ||
    (decision.kind === 'choice' && ctx.pending !== null && index.modelSides.has(decision.side));
  if (!stuck) return null;
  const circle = lastCircle(ctx).map((id) => `"${id}"`);
  return (
    `the scenario goes round a loop without end: ${circle.join(' → ')} follow one another with no ` +
    `decision for people (stopped after ${MAX_MOVES_PER_COMMAND} moves); the scenario needs a way out ` +
    'of this loop (npm run scenario -- check names it)'
  );
}

/** The decisions of the loop's last round, in the order played, read backwards from the log. */
function lastCircle(ctx: GameContext): string[] {
  const round = [ctx.current];
  for (let i = ctx.log.length - 1; i >= 0; i--) {
    const entry = ctx.log[i];
    if (entry.kind !== 'route' && !(entry.kind === 'choice' && entry.by === 'model')) {
      // A person's move begins the chain; documents and events happen along the way.
      if (entry.kind === 'choice' || entry.kind === 'reply') break;
      continue;
    }
    if (entry.decision === round[round.length - 1]) continue;
    round.push(entry.decision);
    if (entry.decision === ctx.current) break;
  }
  if (round.length === 1 || round[round.length - 1] !== ctx.current) round.push(ctx.current);
  return round.reverse();
}
