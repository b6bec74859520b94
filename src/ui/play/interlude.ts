/**
 * "The clock runs": between decisions, what happened in the meantime, in order — papers arriving,
 * incidents, the other side's moves. Documents can be opened from here; Continue goes to the table.
 */
import type { Engine } from '../../engine/game';
import type { LogEntry } from '../../engine/state';
import { readerDate } from '../documents/dates';
import { h, screenHeading } from '../dom';

export interface InterludeLine {
  at: string;
  text: string;
  document?: string;
  kind: 'document' | 'event' | 'move';
}

export function interludeLines(engine: Engine, entries: readonly LogEntry[], playerSide: string): InterludeLine[] {
  const lines: InterludeLine[] = [];
  for (const e of entries) {
    const at = readerDate(e.at);
    if (e.kind === 'document') {
      const doc = engine.index.documents.get(e.document);
      if (doc) lines.push({ at, text: doc.title, document: doc.id, kind: 'document' });
    } else if (e.kind === 'event') {
      const event = engine.scenario.events?.find((x) => x.id === e.event);
      if (event) lines.push({ at, text: event.title, kind: 'event' });
    } else if (e.kind === 'choice' && e.side !== playerSide) {
      const d = engine.index.decisions.get(e.decision);
      const option = d?.kind === 'choice' ? d.options.find((o) => o.id === e.option) : undefined;
      const side = engine.scenario.sides.find((s) => s.id === e.side)?.name ?? e.side;
      if (option) lines.push({ at, text: `${side}: ${option.label}`, kind: 'move' });
    }
  }
  return lines;
}

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
