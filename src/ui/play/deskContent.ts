/**
 * What lies in the middle of the desk: the interlude (what happened while the clock ran), the
 * decision (its card, or in a class the card and the room's vote), the reply builder, or the outcome.
 * The app shell gives it the game, the drafts and what each button does; it keeps no state of its own
 * (and plays no sound: the bell for a new decision is the app's, on the change, not on a render).
 */
import type { Engine } from '../../engine/game';
import { assessPackage } from '../../engine/posture';
import { likelyReading, packageWarnings } from '../../engine/replyReading';
import { packageProblem } from '../../engine/rules';
import type { GameContext } from '../../engine/state';
import type { GameView } from '../../engine/view';
import { h } from '../dom';
import { type FacilitatorHandlers, votePanel } from '../facilitator/panel';
import type { Drafts } from '../store/drafts';
import { decisionCard } from './decision';
import { type InterludeLine, interludeScreen } from './interlude';
import { outcomeScreen } from './outcome';
import { replyBuilder } from './reply';

export interface DeskContext {
  engine: Engine;
  /** What has been typed for each decision; the vote and the reply draw from it. */
  drafts: Drafts;
  /** The nodes the vote and the reply are drawn into: the same ones each time, updated in place. */
  hosts: { vote: HTMLElement; reply: HTMLElement };
  context(): GameContext;
  /** Lines still to show before the desk returns to the table. */
  pendingLines: readonly InterludeLine[];
  /** In a class: the facilitator records the room's vote instead of a player pressing an option. */
  facilitator: FacilitatorHandlers | null;
  heldBy?(role: string): string[];
  openDocument(id: string): void;
  afterInterlude(): void;
  review(): void;
  newGame(): void;
  title(): void;
  speaking(role: string | null): void;
  choose(option: string): void;
  sendReply(items: string[]): void;
}

export function deskContent(view: GameView, desk: DeskContext): HTMLElement {
  if (desk.pendingLines.length > 0) {
    const nextLabel = view.ending
      ? 'See how it ends'
      : view.decision
        ? `To the table: ${view.decision.title}`
        : 'Continue';
    return interludeScreen([...desk.pendingLines], {
      open: desk.openDocument,
      next: desk.afterInterlude,
      nextLabel,
    });
  }
  if (view.status === 'ended') {
    return outcomeScreen(view, { review: desk.review, newGame: desk.newGame, title: desk.title });
  }
  const decision = view.decision;
  if (!decision) return h('p', {}, 'Waiting for the other side.');
  const { engine } = desk;
  if (decision.kind === 'reply') {
    return replyBuilder(desk.hosts.reply, decision, desk.drafts, {
      assess: (items) => assessPackage(engine.scenario, items),
      problem: (items) => packageProblem(engine.index, desk.context(), items),
      send: desk.sendReply,
      speaking: desk.speaking,
      labelOf: (id) => engine.index.items.get(id)?.label ?? id,
      warnings: (items) => packageWarnings(engine.index, items),
      reading: (items) => likelyReading(engine.index, items),
      heldBy: desk.heldBy,
    });
  }
  if (desk.facilitator && decision.kind === 'choice') {
    return h(
      'div',
      {},
      decisionCard(decision, { speaking: desk.speaking, heldBy: desk.heldBy }),
      votePanel(desk.hosts.vote, decision, desk.drafts, desk.facilitator),
    );
  }
  return decisionCard(decision, { choose: desk.choose, speaking: desk.speaking });
}
