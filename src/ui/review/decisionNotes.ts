/**
 * The review's list of the notes the desk showed after each decision (the same data: the view's
 * notes), with each model move's paper and the odds the model gave each answer on this run.
 */
import type { ConsequenceNote } from '../../engine/consequences';
import { h } from '../dom';
import { modelPaperView, noteBody } from '../play/aideNote';

export function decisionNotesSection(notes: readonly ConsequenceNote[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    'section',
    { class: 'review__notes', 'aria-labelledby': 'notes-heading' },
    h('h2', { id: 'notes-heading' }, 'What each decision moved, and why'),
    h(
      'ol',
      { class: 'review__notes-list' },
      ...notes.map((note) => h('li', { 'data-note': note.decision }, ...noteBody(note), modelPaperView(note, 'h3'))),
    ),
  );
}
