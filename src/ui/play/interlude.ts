/**
 * "The clock runs": between decisions, what happened in the meantime, in order — papers arriving,
 * incidents, the other side's moves. Documents can be opened from here; Continue goes to the table.
 */
import type { InterludeLine } from '../../engine/interludeView';
import { h, screenHeading } from '../dom';

export type { InterludeLine };

export function interludeScreen(
  lines: InterludeLine[],
  handlers: { open(document: string): void; next(): void; nextLabel: string },
): HTMLElement {
  const next = h(
    'button',
    { type: 'button', class: 'button button--primary', onclick: handlers.next },
    handlers.nextLabel,
  );
  return h(
    'section',
    { class: 'interlude', 'aria-labelledby': 'interlude-heading' },
    screenHeading(2, 'The clock runs', 'interlude-heading'),
    h(
      'ol',
      { class: 'interlude__list' },
      ...lines.map((line) =>
        h(
          'li',
          { class: `interlude__line interlude__line--${line.kind}` },
          h('span', { class: 'interlude__time' }, line.at),
          line.kind === 'event' ? h('strong', {}, line.text) : h('span', {}, line.text),
          line.document
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'button button--small',
                  onclick: () => handlers.open(line.document as string),
                },
                'Read',
                h('span', { class: 'visually-hidden' }, `: ${line.text}`),
              )
            : null,
        ),
      ),
    ),
    next,
  );
}
