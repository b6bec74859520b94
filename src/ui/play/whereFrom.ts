/**
 * "Where this comes from": the pinpoints a claim rests on, folded under a native disclosure
 * (`<details>`/`<summary>`, so keyboard and screen readers work without script). Each pinpoint
 * names the place in the source, the few words to look for there, and the source as a link. Links
 * are made only by `sourceLink`, the one place that decides what may be clicked.
 */
import type { ResolvedBasis } from '../../engine/provenance';
import { h } from '../dom';
import { sourceLink } from './sources';

/** The label over an adviser's position (m22): positions are the project's paraphrase, not speech. */
export const PARAPHRASE_LABEL = 'In the project’s words';

/** One pinpoint: "para. 2 in <source>. The words to look for: “no quid pro quo”". */
function pinpoint(b: ResolvedBasis): (Node | string)[] {
  return [
    h('span', { class: 'provenance__pinpoint' }, b.pinpoint),
    ' in ',
    sourceLink(b.source),
    '. The words to look for: ',
    // Quotation marks as text, so a screen reader says where the source's own words begin and end.
    h('span', { class: 'provenance__anchor' }, `“${b.anchor}”`),
  ];
}

/** On screen: folded away under "Where this comes from"; nothing when the claim has no basis. */
export function whereFrom(bases: readonly ResolvedBasis[]): HTMLDetailsElement | null {
  if (bases.length === 0) return null;
  return h(
    'details',
    { class: 'provenance' },
    h('summary', { class: 'provenance__summary' }, 'Where this comes from'),
    h('ul', { class: 'provenance__list' }, ...bases.map((b) => h('li', { class: 'provenance__item' }, ...pinpoint(b)))),
  );
}

/** On paper (packets, the facilitator's guide): the same pinpoints, always shown. */
export function whereFromPrinted(bases: readonly ResolvedBasis[]): HTMLElement | null {
  if (bases.length === 0) return null;
  return h(
    'p',
    { class: 'provenance provenance--printed' },
    h('span', { class: 'provenance__label' }, 'Where this comes from: '),
    ...bases.flatMap((b, i) => (i ? ['; ', ...pinpoint(b)] : pinpoint(b))),
  );
}

/** A small tag before a paraphrased position: "In the project’s words:". */
export function paraphraseTag(): HTMLElement {
  return h('span', { class: 'paraphrase-tag' }, `${PARAPHRASE_LABEL}: `);
}
