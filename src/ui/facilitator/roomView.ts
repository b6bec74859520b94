/**
 * What the projector shows of the facilitator's work while the facilitator's window is open: the
 * clocks and the room's vote as the room may see them, with no control and no inject list (those are
 * in the facilitator's window). Drawn into the same nodes the controls use, so closing that window
 * brings the controls back in place.
 */
import './roomView.css';
import { html, render } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { DecisionView } from '../../engine/view';
import type { Drafts } from '../store/drafts';
import type { FacilitatorState } from './panel';
import { debateCaption } from './roomWords';
import { formatMinutes } from './timers';

/** The clocks, read-only: the times tick on the projector, the buttons are in the facilitator's window. */
export function paintRoomClocks(state: FacilitatorState): void {
  const left = state.debateMinutes * 60_000 - state.debate.elapsedMs();
  render(
    html`<section class="facilitator facilitator--room" aria-label="Clocks">
      <p class="facilitator__clock">Exercise <span class="facilitator__time" data-clock="exercise">${formatMinutes(
        state.exercise.elapsedMs(),
      )}</span></p>
      ${
        state.debateFor
          ? html`<p class="facilitator__clock">Debate (${state.debateMinutes} min) <span
              class=${`facilitator__time facilitator__time--debate${left < 0 ? ' facilitator__time--over' : ''}`}
              data-clock="debate" role="timer">${formatMinutes(left)}</span></p>
              <p class="facilitator__caption" role="status">${debateCaption(left) ?? ''}</p>`
          : null
      }
    </section>`,
    state.host,
  );
}

/** Tallies on screen, to redraw when a count arrives from the facilitator's window. */
const tallies = new Map<HTMLElement, () => void>();

/** The room's vote as counted so far, read-only (the counts are typed in the facilitator's window). */
export function roomTally(
  host: HTMLElement,
  decision: Pick<DecisionView, 'id' | 'options'>,
  drafts: Drafts,
): HTMLElement {
  const paint = () => {
    const votes = drafts.decision(decision.id).votes;
    const total = decision.options.reduce((sum, o) => sum + (votes[o.id] ?? 0), 0);
    render(
      html`<section class="vote vote--room" aria-labelledby="vote-heading" data-decision=${decision.id}>
        <h3 id="vote-heading">The room votes</h3>
        <ul class="vote__list vote__tally">
          ${repeat(
            decision.options,
            (o) => o.id,
            (o) =>
              html`<li data-option=${o.id}><span>${o.label}</span> <strong class="vote__heads">${votes[o.id] ?? 0}</strong></li>`,
          )}
        </ul>
        <p class="vote__total">${total === 1 ? '1 vote counted' : `${total} votes counted`}</p>
      </section>`,
      host,
    );
  };
  tallies.set(host, paint);
  paint();
  return host;
}

/** Redraws the tallies on screen (and forgets those no longer on it). */
export function repaintTallies(): void {
  for (const [host, paint] of tallies) {
    // The node may hold the vote's controls again (the facilitator's window closed): not a tally now.
    if (host.isConnected && host.querySelector(':scope > .vote--room')) paint();
    else tallies.delete(host);
  }
}

/** In place of the tools on the projector: one line saying where they are, and nothing to press. */
export function presentedNote(host: HTMLElement): HTMLElement {
  render(
    html`<p class="facilitator__presented">The facilitator's window is open: the facilitator's tools are there.</p>`,
    host,
  );
  return host;
}
