/**
 * The fixed parts of the play desk around the decision: the header (the clocks and the way out),
 * the state of play as text, and the warning shown when the browser will not let the game save.
 */
import type { GameView } from '../../engine/view';
import { h } from '../dom';

export function deskHeader(
  view: GameView,
  folderLinkText: string,
  actions: { settings(): void; leave(): void; briefing?(): void; glossary?(): void; review?(): void },
): HTMLElement {
  return h(
    'header',
    { class: 'desk__header' },
    h(
      'p',
      { class: 'desk__clock', 'aria-live': 'polite' },
      h('strong', {}, view.clock.long),
      ` ${view.clock.label}`,
      ...view.clock.others.map((o) => ` · ${o.text} ${o.label}`),
    ),
    h(
      'div',
      { class: 'desk__tools' },
      h('a', { href: '#briefing-folder', class: 'button button--small desk__folder-link' }, folderLinkText),
      actions.briefing
        ? h('button', { type: 'button', class: 'button button--small', onclick: actions.briefing }, 'Briefing')
        : null,
      actions.glossary
        ? h('button', { type: 'button', class: 'button button--small', onclick: actions.glossary }, 'Glossary')
        : null,
      // The review of the game so far opens at any time (a lesson stopped, at a break, or in play).
      actions.review
        ? h('button', { type: 'button', class: 'button button--small', onclick: actions.review }, 'Review so far')
        : null,
      h('button', { type: 'button', class: 'button button--small', onclick: actions.settings }, 'Settings'),
      h('button', { type: 'button', class: 'button button--small', onclick: actions.leave }, 'Save and leave'),
    ),
  );
}

/** The tracks in words, for screen readers and anyone who would rather read than look at the board. */
export function tracksList(view: GameView): HTMLElement {
  return h(
    'section',
    { class: 'desk__tracks', 'aria-labelledby': 'tracks-heading' },
    h('h2', { id: 'tracks-heading', class: 'visually-hidden' }, 'The state of play'),
    h(
      'ul',
      {},
      ...view.tracks.map((t) => h('li', {}, `${t.label}: ${t.value} of ${t.max}${t.level ? ` (${t.level})` : ''}`)),
    ),
  );
}

export function storageWarning(): HTMLElement {
  return h(
    'p',
    { class: 'notice notice--warning', role: 'status' },
    'This browser is not letting the game save, so progress will be lost on reload.',
  );
}
