/**
 * Decisions a lesson plan leaves out before its start, taken by the engine as the record had them. The
 * plan says how the class meets them (`before`): summarised in an interlude of their own before the
 * first decision the class plays, with their papers to read, or listed on the desk as taken from the
 * record. Either way the class is told they were not its own.
 */
import type { FromRecordView, LessonView } from '../../engine/lessonView';
import { h, screenHeading } from '../dom';

type Papers = { open(document: string): void; titleOf(document: string): string };

function recordItem(entry: FromRecordView, papers: Papers): HTMLElement {
  return h(
    'li',
    { 'data-decision': entry.decision },
    h('strong', {}, entry.title),
    `: ${entry.taken.join('; ')}`,
    entry.when ? ` (${entry.when})` : '',
    entry.summary ? h('span', { class: 'from-record__summary' }, ` ${entry.summary}`) : null,
    entry.documents.length > 0
      ? h(
          'span',
          { class: 'from-record__papers' },
          ...entry.documents.flatMap((id) => [
            ` ${papers.titleOf(id)} `,
            h(
              'button',
              { type: 'button', class: 'button button--small', onclick: () => papers.open(id) },
              'Read',
              h('span', { class: 'visually-hidden' }, `: ${papers.titleOf(id)}`),
            ),
          ]),
        )
      : null,
  );
}

/** The interlude before the class's first decision: what the record decided, and its papers. */
export function fromRecordInterlude(
  lesson: LessonView,
  titleOf: (document: string) => string,
  actions: { open(document: string): void; next(): void; nextLabel: string },
): HTMLElement {
  const papers = { open: actions.open, titleOf };
  return h(
    'section',
    { class: 'interlude from-record', 'aria-labelledby': 'from-record-heading' },
    screenHeading(2, 'Before the lesson begins: from the record', 'from-record-heading'),
    h(
      'p',
      {},
      `“${lesson.plan.name}” starts later in the day. These decisions were taken as they were in fact, not by the class:`,
    ),
    h('ol', { class: 'interlude__list' }, ...lesson.fromRecord.map((entry) => recordItem(entry, papers))),
    h('button', { type: 'button', class: 'button button--primary', onclick: actions.next }, actions.nextLabel),
  );
}

/** On the desk: the decisions taken from the record, folded away under one line. */
export function fromRecordNote(lesson: LessonView, papers: Papers): HTMLElement | null {
  if (lesson.fromRecord.length === 0) return null;
  const n = lesson.fromRecord.length;
  return h(
    'details',
    { class: 'from-record from-record--note' },
    h('summary', {}, `${n} decision${n === 1 ? ' was' : 's were'} taken from the record before the lesson began`),
    h('ul', {}, ...lesson.fromRecord.map((entry) => recordItem(entry, papers))),
  );
}
