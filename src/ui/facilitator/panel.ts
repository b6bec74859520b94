/**
 * The facilitator's controls on the projected screen: the exercise clock and the debate timer,
 * the room's vote (the decision follows the vote; an override is logged with its reason), a moment
 * marked for the debrief, an inject released early or held back, and undo. Every control is a real button or
 * field, so the whole session runs from the keyboard.
 */

import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { FacilitatorView, InjectView } from '../../engine/facilitatorView';
import type { DecisionView } from '../../engine/view';
import { folderDate } from '../documents/dates';
import { h } from '../dom';
import type { Drafts, Notice } from '../store/drafts';
import { confirmRelease, focusConfirm, releaseRefusal, releasesEarly } from './releaseEarly';
import { paintRoomClocks, roomTally } from './roomView';
import { debateCaption, voteTotal } from './roomWords';
import { formatMinutes, type Stopwatch, stopwatch } from './timers';
import { voteCounts } from './voteCounts';

export interface FacilitatorHandlers {
  decide(option: string, vote: { counts: Record<string, number>; override?: string }): string | null;
  mark(note: string): string | null;
  release(document: string): string | null;
  hold(document: string): string | null;
  undo(): string | null;
  /** The session's facilitator view: the injects still to come (in the order they are due), the turn, the vote. */
  view(): FacilitatorView;
  /** The facilitator's window (presenterHost.ts): whether one is open, and opening it. */
  presenter?: { present(): boolean; open(): void };
}

export interface FacilitatorState {
  exercise: Stopwatch;
  debate: Stopwatch;
  debateMinutes: number;
  /** The decision the debate timer belongs to; a new decision resets it. */
  debateFor: string | null;
  /** Runs only while a clock runs: started and stopped by the buttons, never by a render. */
  tick: ReturnType<typeof setInterval> | null;
  /** Where the clocks are drawn: one node for the whole session, so a render never restarts them. */
  host: HTMLElement;
  /** Whether this decision's debate has run out (the sound plays once, as the time runs out). */
  timeUp: boolean;
  /** The room hears that time is up (a sound with its caption); called by the tick, never by a render. */
  onTimeUp?: () => void;
  /** The facilitator's window is open: the projector shows the times, the buttons are there. */
  presented: boolean;
}

export function facilitatorState(debateMinutes: number, onTimeUp?: () => void): FacilitatorState {
  return {
    exercise: stopwatch(),
    debate: stopwatch(),
    debateMinutes,
    debateFor: null,
    tick: null,
    host: h('div', { class: 'facilitator__clocks' }),
    timeUp: false,
    onTimeUp,
    presented: false,
  };
}

const debateLeft = (state: FacilitatorState) => state.debateMinutes * 60_000 - state.debate.elapsedMs();

/** A tick of the running clocks: the time-up signal when the debate reaches 0:00, then the clocks drawn. */
export function tickClocks(state: FacilitatorState): void {
  if (state.debateFor && !state.timeUp && state.debate.running() && debateLeft(state) <= 0) {
    state.timeUp = true;
    state.onTimeUp?.();
  }
  paintClocks(state);
}

/** The game moved to another decision (or none): the debate timer starts again from full. */
export function followDecision(state: FacilitatorState, decision: string | null): void {
  if (state.debateFor === decision) return;
  state.debateFor = decision;
  state.debate.reset();
  state.timeUp = false;
  paintClocks(state);
}

/** Starts or pauses a clock; the tick runs while either clock does. */
export function toggleClock(state: FacilitatorState, which: 'exercise' | 'debate'): void {
  const watch = state[which];
  if (watch.running()) watch.pause();
  else watch.start();
  const running = state.exercise.running() || state.debate.running();
  if (running && !state.tick) state.tick = setInterval(() => tickClocks(state), 500);
  if (!running && state.tick) {
    clearInterval(state.tick);
    state.tick = null;
  }
  paintClocks(state);
}

const clockButton = (watch: Stopwatch, what: string) =>
  watch.running() ? `Pause the ${what}` : watch.elapsedMs() > 0 ? `Resume the ${what}` : `Start the ${what}`;

/** Draws the clocks into their node, in place (the buttons keep focus as the time ticks). */
export function paintClocks(state: FacilitatorState): void {
  if (state.presented) {
    paintRoomClocks(state);
    return;
  }
  const left = debateLeft(state);
  const caption = debateCaption(left);
  render(
    html`<section class="facilitator" aria-label="Facilitator: clocks">
      <p class="facilitator__clock">Exercise <span class="facilitator__time" data-clock="exercise">${formatMinutes(
        state.exercise.elapsedMs(),
      )}</span> <button type="button" class="button button--small" @click=${() => toggleClock(state, 'exercise')}>${clockButton(
        state.exercise,
        'exercise',
      )}</button></p>
      ${
        state.debateFor
          ? html`<p class="facilitator__clock">Debate (${state.debateMinutes} min) <span
                class=${`facilitator__time facilitator__time--debate${left < 0 ? ' facilitator__time--over' : ''}`}
                data-clock="debate" role="timer">${formatMinutes(left)}</span> <button type="button"
                class="button button--small" @click=${() => toggleClock(state, 'debate')}>${clockButton(
                  state.debate,
                  'debate',
                )}</button></p>
              <p class="facilitator__caption" role="status">${caption ?? ''}</p>`
          : nothing
      }
    </section>`,
    state.host,
  );
}

/** The clocks bar: shown above the desk throughout a classroom session (the same node each time). */
export function clocksBar(state: FacilitatorState): HTMLElement {
  paintClocks(state);
  return state.host;
}

const noticeClass = (n: Notice | null) => (n ? (n.ok ? 'notice notice--ok' : 'notice notice--warning') : 'notice');

/**
 * The vote for a choice decision: heads per option, then the decision by the vote or an override.
 * Drawn from the decision's draft into `host`, so the counts survive anything that redraws the desk.
 */
export function votePanel(
  host: HTMLElement,
  decision: DecisionView,
  drafts: Drafts,
  handlers: FacilitatorHandlers,
  /** The class's size, for the running total ("18 of 25 voted"); 0 when not given. */
  classSize = 0,
): HTMLElement {
  // With the facilitator's window open, the counts are typed there: the room sees the tally.
  if (handlers.presenter?.present()) return roomTally(host, decision, drafts);
  const id = decision.id;
  const paint = () => {
    const draft = drafts.decision(id);
    const count = (option: string) => draft.votes[option] ?? 0;
    const setCount = (option: string, n: number) => {
      drafts.update(id, (d) => {
        d.votes[option] = n;
      });
      paint();
    };
    const say = (text: string | null) => {
      // Taken, the decision's draft is gone with it: only a refusal is worth keeping.
      if (text === null) return;
      drafts.update(id, (d) => {
        d.notice = { text, ok: false };
      });
      paint();
    };
    const tally = () => Object.fromEntries(decision.options.map((o) => [o.id, count(o.id)]));
    const overrideOption = draft.override.option ?? decision.options[0]?.id;
    const byVote = () => {
      const t = tally();
      const top = Math.max(...Object.values(t));
      const winners = Object.keys(t).filter((o) => t[o] === top);
      if (top === 0) return say('No votes recorded yet.');
      if (winners.length > 1) return say('The vote is tied: decide by an override, with its reason.');
      say(handlers.decide(winners[0], { counts: t }));
    };
    const byOverride = () => {
      const note = drafts.decision(id).override.note.trim();
      if (!note) return say('An override needs a reason, for the debrief.');
      say(handlers.decide(overrideOption ?? '', { counts: tally(), override: note }));
    };
    render(
      html`<section class="vote" aria-labelledby="vote-heading" data-decision=${id}>
        <h3 id="vote-heading">The room votes</h3>
        ${voteCounts(decision.options, 'vote', count, setCount)}
        <p class="vote__decide">
          <button type="button" class="button button--primary" @click=${byVote}>Decide by the vote</button>
          <span class="vote__total" aria-live="polite">${voteTotal(tally(), classSize)}</span>
        </p>
        <div class="vote__override">
          <label for="override-option">Override: take </label>
          <select id="override-option" @change=${(e: Event) =>
            drafts.update(id, (d) => {
              d.override.option = (e.target as HTMLSelectElement).value;
            })}>
            ${decision.options.map(
              (o) => html`<option value=${o.id} .selected=${live(o.id === overrideOption)}>${o.label}</option>`,
            )}
          </select>
          <label for="override-note" class="visually-hidden">Reason for the override</label>
          <input id="override-note" type="text" placeholder="Why the facilitator overrides the vote"
            .value=${live(draft.override.note)}
            @input=${(e: Event) =>
              drafts.update(id, (d) => {
                d.override.note = (e.target as HTMLInputElement).value;
              })}>
          <button type="button" class="button button--small" @click=${byOverride}>Override the vote</button>
          <span class=${`vote__notice ${noticeClass(draft.notice)}`} role="status">${
            draft.notice?.text ?? 'Record the heads for each option, then decide.'
          }</span>
        </div>
      </section>`,
      host,
    );
  };
  paint();
  return host;
}

/**
 * An inject as the facilitator's list shows it: when it is due (with the day, in the briefing
 * folder's form: some injects wait months), and whether it is held.
 */
export const injectLabel = (i: InjectView) =>
  `${folderDate(i.due)} ${i.title}${i.conditional ? ' (only on some paths)' : ''}${
    i.refused ? ' (not on this run so far)' : ''
  }${i.held ? ' (held back)' : ''}`;

/** The inject whose early release waits for its confirm, per tools panel (none: no confirm open). */
const confirming = new WeakMap<HTMLElement, string>();

/**
 * Marks, injects released early or held back, undo: the facilitator's tools in any phase of play.
 * Drawn into `host` from the drafts, so a release or a hold redraws it in place: the panel stays
 * open, the status line is the one on screen, and the list shows each inject's new state.
 */
export function toolsPanel(host: HTMLElement, drafts: Drafts, handlers: FacilitatorHandlers): HTMLElement {
  const paint = () => {
    // The page is the latest word on whether the panel is open: the toggle event that tells the
    // draft arrives as a task, and a pick or a release can redraw before it (seen on a loaded CI).
    const shown = host.querySelector<HTMLDetailsElement>(':scope > details.facilitator__tools');
    if (shown && shown.open !== drafts.toolsOpen) drafts.setTools({ toolsOpen: shown.open });
    const waiting = handlers.view().injects;
    const picked = waiting.find((d) => d.id === drafts.inject)?.id ?? waiting[0]?.id ?? '';
    const show = (text: string | null, ok: string) => {
      drafts.setTools({ status: text ? { text, ok: false } : { text: ok, ok: true } });
      paint();
    };
    const status = drafts.status;
    const inject = waiting.find((d) => d.id === picked);
    const release = () => {
      confirming.delete(host);
      show(handlers.release(picked), 'Released to the room.');
    };
    // Refused (its branch not taken) or early (asked first), else released at once: see releaseEarly.ts.
    const askRelease = () => {
      if (!inject) return;
      const refusal = releaseRefusal(inject);
      if (refusal) return show(refusal, '');
      if (!releasesEarly(inject)) return release();
      confirming.set(host, inject.id);
      paint();
      focusConfirm(host);
    };
    const cancel = () => {
      confirming.delete(host);
      paint();
    };
    const presenter = handlers.presenter;
    render(
      html`<details class="facilitator__tools" .open=${live(drafts.toolsOpen)}
        @toggle=${(e: Event) => drafts.setTools({ toolsOpen: (e.target as HTMLDetailsElement).open })}>
        <summary>Facilitator's tools</summary>
        ${
          presenter
            ? html`<p><button type="button" class="button button--small" @click=${() => presenter.open()}>Open the facilitator's window</button>
              <span class="facilitator__hint">on the laptop's own screen: the projector then shows only what the room may see.</span></p>`
            : nothing
        }
        <p>
          <label for="mark-note">Mark a moment: </label>
          <input type="text" id="mark-note" placeholder="What happened, for the debrief" .value=${live(drafts.mark)}
            @input=${(e: Event) => drafts.setTools({ mark: (e.target as HTMLInputElement).value })}>
          <button type="button" class="button button--small" @click=${() => {
            const note = drafts.mark;
            drafts.setTools({ mark: '' });
            show(handlers.mark(note), 'Marked for the debrief.');
          }}>Mark</button>
        </p>
        ${
          waiting.length
            ? html`<p>
              <label for="inject-document">Injects still to come: </label>
              <select id="inject-document" @change=${(e: Event) => {
                confirming.delete(host);
                drafts.setTools({ inject: (e.target as HTMLSelectElement).value });
                paint();
              }}>
                ${repeat(
                  waiting,
                  (d) => d.id,
                  (d) =>
                    html`<option value=${d.id} title=${d.dueLong} .selected=${live(d.id === picked)}>${injectLabel(d)}</option>`,
                )}
              </select>
              <button type="button" class="button button--small" @click=${askRelease}>Release now</button>
              <button type="button" class="button button--small" @click=${() => {
                confirming.delete(host);
                show(handlers.hold(picked), 'Held back: it arrives only when you release it.');
              }}>Hold back</button>
            </p>
            ${inject && confirming.get(host) === inject.id ? confirmRelease(inject, 'tools-release', { confirm: release, cancel }) : nothing}`
            : nothing
        }
        <p><button type="button" class="button button--small"
          @click=${() => show(handlers.undo(), 'The last decision was undone.')}>Undo the last decision</button></p>
        <p class=${noticeClass(status)} role="status" ?hidden=${!status}>${status?.text ?? ''}</p>
      </details>`,
      host,
    );
  };
  paint();
  return host;
}

/**
 * Two teams on one screen: before a team's private view, the screen asks the other team to look
 * away. Nothing of either team's folder or deliberation is on the page while this shows.
 */
export function handOverScreen(sideName: string, onReady: () => void): HTMLElement {
  return h(
    'section',
    { class: 'card card--handover', 'aria-labelledby': 'handover-heading' },
    h(
      'div',
      { class: 'card__body' },
      h(
        'h2',
        { class: 'card__heading screen-heading', id: 'handover-heading', tabindex: -1 },
        `Pass the screen to: ${sideName}`,
      ),
      h('p', { class: 'card__text' }, 'The other team looks away: what follows is for this team only.'),
    ),
    h(
      'button',
      { type: 'button', class: 'button button--primary', onclick: onReady },
      `We are ${sideName}: show our papers`,
    ),
  );
}
