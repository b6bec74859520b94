/**
 * The ending's epilogue: a line per topic for what the run did (the bombers, the pledge, the
 * Jupiters, …), each labelled as history (with its source) or as the game's invention. Its own small
 * module, so the ending screen only places it.
 */
import type { EpilogueView } from '../../engine/epilogue';
import { h } from '../dom';
import { sourceLink } from './sources';
import { whereFrom } from './whereFrom';

/** `level` and `id` let the review place the same section under its own headings. */
export function epilogueSection(
  lines: readonly EpilogueView[],
  level: 'h2' | 'h3' = 'h3',
  id = 'epilogue-heading',
): HTMLElement | null {
  if (lines.length === 0) return null;
  return h(
    'section',
    { class: 'outcome__epilogue', 'aria-labelledby': id },
    h(level, { id }, 'What became of it'),
    h(
      'ul',
      {},
      ...lines.map((line) =>
        h(
          'li',
          { 'data-epilogue': line.id, 'data-kind': line.kind },
          h('strong', {}, line.topic),
          ` (${line.kind === 'historical' ? 'history' : 'counterfactual: invented for the game'}): `,
          line.text,
          line.source ? h('span', { class: 'outcome__epilogue-source' }, ' Source: ', sourceLink(line.source)) : null,
          whereFrom(line.bases),
        ),
      ),
    ),
  );
}
