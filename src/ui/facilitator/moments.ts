/**
 * The cards a class stops on (#15): the recap after each decision the room took, and the moments of
 * their own — the other side's answer with its paper, and the ending — each shown until the
 * facilitator goes on. The words come from roomView.ts; the paper is the aide's note's own view.
 */
import type { ConsequenceNote } from '../../engine/consequences';
import type { VoteRecord } from '../../engine/state';
import type { GameView } from '../../engine/view';
import { h, screenHeading } from '../dom';
import { modelPaperView } from '../play/aideNote';
import { answerGist, movedLine, recap } from './roomWords';

const nextButton = (label: string, onNext: () => void) =>
  h('button', { type: 'button', class: 'button button--primary moment__next', onclick: onNext }, label);

/** "Decided: … (14 of 25); the state of play moved: …", with the reasons the scenario gives. */
export function recapCard(
  note: ConsequenceNote,
  taken: { option?: string; vote?: VoteRecord },
  classSize: number,
  onNext: () => void,
): HTMLElement {
  const words = recap(note, taken, classSize);
  return h(
    'section',
    { class: 'moment moment--recap', 'aria-labelledby': 'recap-heading', 'data-recap': note.decision },
    h('p', { class: 'moment__kicker' }, 'The room decided'),
    screenHeading(2, note.title, 'recap-heading'),
    h('p', { class: 'moment__decided' }, words.decided),
    words.override ? h('p', { class: 'moment__override' }, words.override) : null,
    h('p', { class: 'moment__moved' }, words.moved),
    words.reasons.length
      ? h(
          'ul',
          { class: 'moment__reasons' },
          ...words.reasons.map((r) => h('li', {}, h('strong', {}, r.change), ` — ${r.reason}`)),
        )
      : null,
    nextButton('Go on', onNext),
  );
}

/** The other side's answer, full screen: its gist, what it moved, and its paper (the game's reconstruction). */
export function answerCard(note: ConsequenceNote, onNext: () => void): HTMLElement {
  return h(
    'section',
    { class: 'moment moment--full moment--answer', 'aria-labelledby': 'answer-heading', 'data-answer': note.decision },
    h(
      'div',
      { class: 'moment__sheet' },
      h('p', { class: 'moment__kicker' }, `${note.sideName} answers`),
      screenHeading(2, note.title, 'answer-heading'),
      h('p', { class: 'moment__gist' }, answerGist(note)),
      h(
        'p',
        { class: 'moment__moved' },
        note.changes.length
          ? `The state of play moved: ${movedLine(note.changes)}.`
          : 'The state of play did not move.',
      ),
      modelPaperView(note, 'h3'),
      nextButton('Go on', onNext),
    ),
  );
}

/** The ending, full screen, before its full account: whether it happened, its title and its summary. */
export function endingCard(ending: NonNullable<GameView['ending']>, onNext: () => void): HTMLElement {
  const counterfactual = ending.kind === 'counterfactual';
  return h(
    'section',
    {
      class: `moment moment--full moment--ending outcome--${ending.kind}`,
      'aria-labelledby': 'ending-moment-heading',
      'data-ending-moment': ending.id,
    },
    h(
      'div',
      { class: 'moment__sheet' },
      h(
        'p',
        { class: 'outcome__label' },
        counterfactual ? 'COUNTERFACTUAL ENDING — this did not happen' : 'HISTORICAL ENDING — this is what happened',
      ),
      screenHeading(2, ending.title, 'ending-moment-heading'),
      h('p', { class: 'moment__gist' }, ending.summary),
      nextButton('The whole ending', onNext),
    ),
  );
}
