/** A citation as a link where it has one: the game's every historical claim points to its source. */
import type { Source } from '../../engine/schema/scenario';
import { sourceUrl } from '../../engine/webLink';
import { h } from '../dom';

/** Every source link in the play, review and classroom screens is built here, through webLink's policy. */
export function sourceLink(source: Source): HTMLElement {
  const cite = typeof source === 'string' ? source : source.cite;
  const url = sourceUrl(source);
  if (!url) return h('cite', { class: 'source' }, cite);
  return h('cite', { class: 'source' }, h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, cite));
}
