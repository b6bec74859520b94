/**
 * Whether a command may be taken now, decided in one place. The machine's guards ask `whyNot` and
 * take a transition only when it answers null, and `engine.step` gives its answer to the player, so
 * what the game refuses and why it says it refuses can never drift apart.
 */
import { holdsOrAbsent } from './conditions';
import { haltedProblem, resumeProblem } from './lessonPlan';
import { endlessLoop } from './loopGuard';
import { own } from './records';
import { holdable, packageProblem, releasable, voteProblem } from './rules';
import type { ScenarioIndex } from './scenarioIndex';
import type { GameCommand, GameContext } from './state';

/** Why a command cannot be taken now, in words for the player; null when it can. */
export function whyNot(index: ScenarioIndex, ctx: GameContext, command: GameCommand): string | null {
  if (!command || typeof command !== 'object' || typeof command.type !== 'string') return 'not a command';
  // An ending is the machine's final state: nothing is taken after it but reading a paper that came.
  if (ctx.ending !== null && command.type !== 'player.read') return 'the game has ended';
  const loop = endlessLoop(index, ctx);
  if (loop) return loop;
  switch (command.type) {
    case 'player.read':
      if (typeof command.document !== 'string' || !ctx.delivered.some((d) => d.id === command.document))
        return `document "${command.document}" has not been delivered`;
      return ctx.read.includes(command.document) ? `document "${command.document}" has been read already` : null;
    case 'facilitator.mark':
      return typeof command.note === 'string' && command.note.trim() !== '' ? null : 'a marked moment needs a note';
    case 'facilitator.hold':
      if (!index.documents.has(command.document)) return `there is no document "${command.document}"`;
      if (ctx.held?.includes(command.document)) return `document "${command.document}" is held already`;
      return holdable(index, ctx, command.document)
        ? null
        : `document "${command.document}" is not waiting on the clock`;
    case 'facilitator.release':
      if (!index.documents.has(command.document)) return `there is no document "${command.document}"`;
      if (!releasable(index, ctx, command.document))
        return `document "${command.document}" is not waiting on the clock`;
      // A paper that comes only on some paths is released only on a run that has taken its branch:
      // released early it would hand the room a paper from a road it did not take (or has not yet).
      return holdsOrAbsent(index.documents.get(command.document)?.deliver?.when, ctx)
        ? null
        : `document "${command.document}" comes only on a branch this run has not taken: it cannot be released`;
    case 'player.choose':
    case 'player.sendReply':
      return haltedProblem(index, ctx) ?? decisionProblem(index, ctx, command);
    case 'lesson.resume':
      return resumeProblem(ctx);
    default:
      return `unknown command "${(command as { type: string }).type}"`;
  }
}

function decisionProblem(
  index: ScenarioIndex,
  ctx: GameContext,
  command: Extract<GameCommand, { type: 'player.choose' | 'player.sendReply' }>,
): string | null {
  const decision = index.decisions.get(ctx.current);
  if (!decision || decision.kind === 'route') return 'no decision is open now';
  if (command.type === 'player.choose' && decision.kind !== 'choice')
    return `"${decision.title}" is not a choice between options`;
  if (command.type === 'player.sendReply' && decision.kind !== 'reply')
    return `"${decision.title}" does not take a reply package`;
  if (command.side !== decision.side)
    return `"${decision.title}" is for side "${decision.side}" to decide, not "${command.side}"`;
  if (own(ctx.controllers, decision.side) !== 'human') return `side "${decision.side}" is played by the response model`;
  if (decision.kind === 'reply') return packageProblem(index, ctx, (command as { items: string[] }).items);
  const { option, vote } = command as Extract<GameCommand, { type: 'player.choose' }>;
  // The option asked for, and only its condition: whether the others are open does not matter here.
  const asked = decision.options.find((o) => o.id === option);
  if (!asked) return `"${decision.title}" has no option "${option}"`;
  if (!holdsOrAbsent(asked.requires, ctx)) return `option "${option}" is not open now`;
  return voteProblem(decision, option, vote);
}
