/**
 * The review's "With hindsight" section: every note the desk keeps back unless Historian's hints are
 * on (positions stated later than their meeting, options' and papers' hindsight), each with its
 * source and where in it the claim rests. The review shows them whatever the setting.
 */
import type { HindsightNote } from '../../engine/hindsight';
import { h } from '../dom';
import { sourceLink } from '../play/sources';
import { whereFrom } from '../play/whereFrom';

const KIND_LABEL = { adviser: 'said later', option: 'on the option', document: 'on the paper' } as const;

/** `notes`: the scenario's hindsight notes, from the session's review model. */
export function hindsightSection(notes: readonly HindsightNote[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'hindsight-review-heading', class: 'review__hindsight' },
    h('h2', { id: 'hindsight-review-heading' }, 'With hindsight'),
    h(
      'p',
      {},
      'What the players of the day could not know at the moment of each decision, kept out of play unless Historian’s hints are on.',
    ),
    h(
      'ul',
      {},
      ...notes.map((n) =>
        h(
          'li',
          {},
          h('strong', {}, n.where),
          ` (${n.label}, ${KIND_LABEL[n.kind]}): ${n.text} `,
          sourceLink(n.source),
          whereFrom(n.bases),
        ),
      ),
    ),
  );
}
