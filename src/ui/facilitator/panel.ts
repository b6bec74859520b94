/**
 * The facilitator's controls on the projected screen: the exercise clock and the debate timer,
 * the room's vote (the decision follows the vote; an override is logged with its reason), a moment
 * marked for the debrief, an inject released early or held back, and undo. Every control is a real button or
 * field, so the whole session runs from the keyboard.
 */
import type { DecisionView, GameView } from '../../engine/view';
import { h } from '../dom';
import { formatMinutes, type Stopwatch, stopwatch } from './timers';

export interface FacilitatorHandlers {
  decide(option: string, vote: { counts: Record<string, number>; override?: string }): string | null;
  mark(note: string): string | null;
  release(document: string): string | null;
  hold(document: string): string | null;
  undo(): string | null;
  /** Documents for the room still waiting on the clock, in the order they are due. */
  injects(): Inject[];
}

export interface Inject {
  id: string;
  title: string;
  /** "Sat 27 Oct 1962, 20:05" (the briefing folder's form), and the long form for screen readers. */
  due: string;
  dueLong: string;
  /** Held back by the facilitator: it will not arrive until released. */
  held: boolean;
  /** It arrives on the clock only on some paths (its `when`); released, it arrives regardless. */
  conditional: boolean;
}

export interface FacilitatorState {
  exercise: Stopwatch;
  debate: Stopwatch;
  debateMinutes: number;
  /** The decision the debate timer belongs to; a new decision resets it. */
  debateFor: string | null;
  tick: ReturnType<typeof setInterval> | null;
}

export function facilitatorState(debateMinutes: number): FacilitatorState {
  return { exercise: stopwatch(), debate: stopwatch(), debateMinutes, debateFor: null, tick: null };
}

function message(box: HTMLElement, text: string | null, ok = 'Done.'): void {
  box.textContent = text ?? ok;
  box.className = text ? 'notice notice--warning' : 'notice notice--ok';
}

/** The clocks bar: shown above the desk throughout a classroom session. */
export function clocksBar(state: FacilitatorState, view: GameView): HTMLElement {
  if (state.debateFor !== view.decision?.id) {
    state.debateFor = view.decision?.id ?? null;
    state.debate.reset();
  }
  const exercise = h('span', { class: 'facilitator__time', 'data-clock': 'exercise' });
  const debate = h('span', {
    class: 'facilitator__time facilitator__time--debate',
    'data-clock': 'debate',
    role: 'timer',
  });
  const render = () => {
    exercise.textContent = formatMinutes(state.exercise.elapsedMs());
    const left = state.debateMinutes * 60_000 - state.debate.elapsedMs();
    debate.textContent = formatMinutes(left);
    debate.classList.toggle('facilitator__time--over', left < 0);
  };
  const toggle = (watch: Stopwatch, button: HTMLButtonElement, names: [string, string]) => () => {
    if (watch.running()) watch.pause();
    else watch.start();
    button.textContent = watch.running() ? names[1] : names[0];
    render();
  };
  const exerciseButton = h(
    'button',
    { type: 'button', class: 'button button--small' },
    state.exercise.running() ? 'Pause the exercise' : 'Start the exercise',
  );
  exerciseButton.addEventListener(
    'click',
    toggle(state.exercise, exerciseButton, ['Resume the exercise', 'Pause the exercise']),
  );
  const debateButton = h(
    'button',
    { type: 'button', class: 'button button--small' },
    state.debate.running() ? 'Pause the debate' : 'Start the debate',
  );
  debateButton.addEventListener('click', toggle(state.debate, debateButton, ['Resume the debate', 'Pause the debate']));
  if (state.tick) clearInterval(state.tick);
  state.tick = setInterval(render, 500);
  render();
  return h(
    'section',
    { class: 'facilitator', 'aria-label': 'Facilitator: clocks' },
    h('p', { class: 'facilitator__clock' }, 'Exercise ', exercise, ' ', exerciseButton),
    view.decision
      ? h('p', { class: 'facilitator__clock' }, `Debate (${state.debateMinutes} min) `, debate, ' ', debateButton)
      : null,
  );
}

/** The vote for a choice decision: heads per option, then the decision by the vote or an override. */
export function votePanel(decision: DecisionView, handlers: FacilitatorHandlers): HTMLElement {
  const counts = new Map<string, HTMLInputElement>();
  const result = h('p', { class: 'notice', role: 'status' }, 'Record the heads for each option, then decide.');
  const tally = () =>
    Object.fromEntries([...counts].map(([id, input]) => [id, Math.max(0, Math.floor(Number(input.value) || 0))]));
  const overrideOption = h(
    'select',
    { id: 'override-option' },
    ...decision.options.map((o) => h('option', { value: o.id }, o.label)),
  );
  const overrideNote = h('input', {
    id: 'override-note',
    type: 'text',
    placeholder: 'Why the facilitator overrides the vote',
  });
  return h(
    'section',
    { class: 'vote', 'aria-labelledby': 'vote-heading' },
    h('h3', { id: 'vote-heading' }, 'The room votes'),
    h(
      'ul',
      { class: 'vote__list' },
      ...decision.options.map((o) => {
        const input = h('input', {
          type: 'number',
          min: 0,
          value: 0,
          id: `vote-${o.id}`,
          inputmode: 'numeric',
          class: 'vote__count',
        });
        counts.set(o.id, input);
        // One press per raised hand: quicker than typing while counting a room.
        const more = h(
          'button',
          {
            type: 'button',
            class: 'button button--small vote__more',
            'aria-label': `One more vote for ${o.label}`,
            onclick: () => {
              input.value = String(Math.max(0, Math.floor(Number(input.value) || 0)) + 1);
            },
          },
          '+1',
        );
        return h('li', {}, h('label', { for: `vote-${o.id}` }, o.label), input, more);
      }),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button button--primary',
        onclick: () => {
          const t = tally();
          const top = Math.max(...Object.values(t));
          const winners = Object.keys(t).filter((id) => t[id] === top);
          if (top === 0) return message(result, 'No votes recorded yet.');
          if (winners.length > 1) return message(result, 'The vote is tied: decide by an override, with its reason.');
          message(result, handlers.decide(winners[0], { counts: t }));
        },
      },
      'Decide by the vote',
    ),
    h(
      'div',
      { class: 'vote__override' },
      h('label', { for: 'override-option' }, 'Override: take '),
      overrideOption,
      h('label', { for: 'override-note', class: 'visually-hidden' }, 'Reason for the override'),
      overrideNote,
      h(
        'button',
        {
          type: 'button',
          class: 'button button--small',
          onclick: () => {
            const note = overrideNote.value.trim();
            if (!note) return message(result, 'An override needs a reason, for the debrief.');
            message(result, handlers.decide(overrideOption.value, { counts: tally(), override: note }));
          },
        },
        'Override the vote',
      ),
    ),
    result,
  );
}

/** An inject as the facilitator's list shows it: when it is due, and whether it is held. */
export const injectLabel = (i: Inject) =>
  `${i.due} ${i.title}${i.conditional ? ' (only on some paths)' : ''}${i.held ? ' (held back)' : ''}`;

/** Marks, injects released early or held back, undo: the facilitator's tools in any phase of play. */
export function toolsPanel(handlers: FacilitatorHandlers): HTMLElement {
  const status = h('p', { class: 'notice', role: 'status' }, '');
  status.hidden = true;
  const show = (text: string | null, ok: string) => {
    status.hidden = false;
    message(status, text, ok);
  };
  const note = h('input', { type: 'text', id: 'mark-note', placeholder: 'What happened, for the debrief' });
  const waiting = handlers.injects();
  const inject = h(
    'select',
    { id: 'inject-document' },
    ...waiting.map((d) => h('option', { value: d.id, title: d.dueLong }, injectLabel(d))),
  );
  // The list shows each inject's state, so it is rebuilt after a hold (a release re-renders the desk).
  const relabel = () => {
    const now = new Map(handlers.injects().map((d) => [d.id, d]));
    for (const option of inject.options) {
      const d = now.get(option.value);
      if (d) option.textContent = injectLabel(d);
    }
  };
  return h(
    'details',
    { class: 'facilitator__tools' },
    h('summary', {}, 'Facilitator tools'),
    h(
      'p',
      {},
      h('label', { for: 'mark-note' }, 'Mark a moment: '),
      note,
      h(
        'button',
        {
          type: 'button',
          class: 'button button--small',
          onclick: () => {
            show(handlers.mark(note.value), 'Marked for the debrief.');
            note.value = '';
          },
        },
        'Mark',
      ),
    ),
    waiting.length
      ? h(
          'p',
          {},
          h('label', { for: 'inject-document' }, 'Injects still to come: '),
          inject,
          h(
            'button',
            {
              type: 'button',
              class: 'button button--small',
              onclick: () => show(handlers.release(inject.value), 'Released to the room.'),
            },
            'Release now',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'button button--small',
              onclick: () => {
                show(handlers.hold(inject.value), 'Held back: it arrives only when you release it.');
                relabel();
              },
            },
            'Hold back',
          ),
        )
      : null,
    h(
      'p',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'button button--small',
          onclick: () => show(handlers.undo(), 'The last decision was undone.'),
        },
        'Undo the last decision',
      ),
    ),
    status,
  );
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
