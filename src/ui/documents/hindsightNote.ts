/**
 * A hindsight note drawn under a paper or in the review: what the readers of the day could not know,
 * labelled as the historian's, with its source and where in it the claim rests.
 */
import type { Hindsight } from '../../engine/schema/scenario';
import { h } from '../dom';
import { sourceLink } from '../play/sources';

export function hindsightNote(item: { hindsight?: Hindsight }): HTMLElement | null {
  const note = item.hindsight;
  if (!note) return null;
  return h(
    'aside',
    { class: 'hindsight-note', 'aria-label': 'Historian’s hint' },
    h('p', {}, h('strong', {}, 'Historian’s hint: '), note.text),
    h('p', { class: 'hindsight-note__source' }, 'Source: ', sourceLink(note.source)),
    ...(note.basis ?? []).map((b) => h('p', { class: 'hindsight-note__basis' }, `${b.pinpoint}: “${b.anchor}”`)),
  );
}
