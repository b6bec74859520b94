/** The credits: where the memo comes from, how everything else was made, and what it is built with. */
import { h } from './dom';

export function creditsScreen(back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'card card--credits', 'aria-labelledby': 'credits-heading' },
    h('h1', { class: 'card__heading screen-heading', id: 'credits-heading', tabindex: -1 }, 'Credits'),
    h(
      'ul',
      { class: 'card__text' },
      h(
        'li',
        {},
        'The memo "Negotiations" (27 October 1962, W. W. Rostow’s subcommittee) is reproduced from its declassified archival copy: FRUS 1961–1963, vols. X/XI/XII, microfiche supplement, doc. 442.',
      ),
      h('li', {}, 'Every other document is summarised in the project’s own words, with its archival citation.'),
      h(
        'li',
        {},
        'Map data: Natural Earth, via the world-atlas package. Fonts: Special Elite and IBM Plex Sans, via Fontsource.',
      ),
      h('li', {}, 'Sounds are synthesised in code by the project; no samples from elsewhere.'),
      h('li', {}, 'Built with Phaser, XState, Howler, Vite and TypeScript.'),
    ),
    h('button', { type: 'button', class: 'button button--primary', onclick: back }, 'Back'),
  );
}
