/** A citation as a link where it has one: the game's every historical claim points to its source. */
import type { Source } from '../../engine/schema/scenario';
import { h } from '../dom';

export function sourceLink(source: Source): HTMLElement {
  if (typeof source === 'string') return h('cite', { class: 'source' }, source);
  if (!source.url) return h('cite', { class: 'source' }, source.cite);
  return h('cite', { class: 'source' }, h('a', { href: source.url, target: '_blank', rel: 'noopener' }, source.cite));
}
