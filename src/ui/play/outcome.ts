/** The ending: what happened, whether it is history or counterfactual, and what was hidden. */
import type { OffRecord } from '../../engine/record';
import type { GameView } from '../../engine/view';
import { h, screenHeading } from '../dom';
import { epilogueSection } from './epilogue';
import { sourceLink } from './sources';
import { whereFrom } from './whereFrom';

export function outcomeScreen(
  view: GameView,
  handlers: { review(): void; newGame(): void; title(): void },
): HTMLElement {
  const ending = view.ending;
  if (!ending) throw new Error('bug: the outcome screen needs an ending');
  const counterfactual = ending.kind === 'counterfactual';
  return h(
    'section',
    { class: `outcome outcome--${ending.kind}`, 'aria-labelledby': 'outcome-heading', 'data-ending': ending.id },
    h(
      'p',
      { class: 'outcome__label' },
      counterfactual ? 'COUNTERFACTUAL ENDING — this did not happen' : 'HISTORICAL ENDING — this is what happened',
    ),
    screenHeading(2, ending.title, 'outcome-heading'),
    h('p', { class: 'outcome__summary' }, ending.summary),
    ending.offRecord ? departuresSection(ending.offRecord, 'h3', 'departures-heading') : null,
    h('h3', {}, counterfactual ? 'What is invented, and what it rests on' : 'The record'),
    h('p', {}, ending.history),
    epilogueSection(ending.epilogue),
    ending.revealed.length
      ? h(
          'section',
          { class: 'outcome__hidden', 'aria-labelledby': 'hidden-heading' },
          h('h3', { id: 'hidden-heading' }, 'What your side could not see'),
          h(
            'ul',
            {},
            ...ending.revealed.map((t) =>
              h('li', {}, h('strong', {}, t.label), `: ${t.value} of ${t.max}${t.level ? ` (${t.level})` : ''}`),
            ),
          ),
        )
      : null,
    h(
      'p',
      { class: 'outcome__sources' },
      'Sources: ',
      ...ending.sources.flatMap((s, i) => (i ? ['; ', sourceLink(s)] : [sourceLink(s)])),
    ),
    whereFrom(ending.bases),
    h(
      'div',
      { class: 'card__actions' },
      h('button', { type: 'button', class: 'button button--primary', onclick: handlers.review }, 'After-action review'),
      h('button', { type: 'button', class: 'button', onclick: handlers.newGame }, 'New game'),
      h('button', { type: 'button', class: 'button button--quiet', onclick: handlers.title }, 'Title screen'),
    ),
  );
}

/** Where the run left the record of the historical ending this one stands in for, decision by decision. */
export function departuresSection(off: OffRecord, heading: 'h2' | 'h3', id: string): HTMLElement {
  return h(
    'section',
    { class: 'outcome__departures', 'aria-labelledby': id },
    h(heading, { id }, `Where your run left the record of “${off.historical.title}”`),
    h(
      'ul',
      {},
      ...off.departures.map((d) =>
        h(
          'li',
          { 'data-decision': d.decision },
          h('strong', {}, d.title),
          `: ${d.who}: ${d.run}; the record: ${d.record}`,
        ),
      ),
    ),
  );
}
