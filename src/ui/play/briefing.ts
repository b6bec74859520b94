/**
 * The one-minute solo briefing: who the player is, what winning means, how to read the board and
 * that the clock waits. Its text is the scenario's `meta.briefing` (plain paragraphs); it shows once
 * before a player's first solo game and can be opened again from the desk. A modal <dialog>: Esc or
 * "To the table" closes it, and focus returns to whatever had it.
 */
import type { GlossaryEntry } from '../../engine/schema/scenario';
import { TermMarker } from '../documents/glossaryTerms';
import { h } from '../dom';

export { briefingSeen, markBriefingSeen } from './briefingSeen';

/** The briefing's paragraphs: blank lines separate them, single newlines are spaces. */
export function briefingParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function openBriefing(
  host: HTMLElement,
  briefing: { title: string; text: string; glossary?: readonly GlossaryEntry[] },
  onClose: () => void = () => {},
): HTMLDialogElement {
  const opener = document.activeElement as HTMLElement | null;
  const terms = new TermMarker(briefing.glossary);
  const close = () => {
    dialog.close();
    dialog.remove();
    opener?.focus();
    onClose();
  };
  const dialog = h(
    'dialog',
    { class: 'dialog briefing', 'aria-labelledby': 'briefing-heading', 'aria-describedby': 'briefing-lead' },
    h('h2', { id: 'briefing-heading', tabindex: -1 }, `Your briefing: ${briefing.title}`),
    ...briefingParagraphs(briefing.text).map((p, i) =>
      h('p', i === 0 ? { id: 'briefing-lead' } : {}, ...terms.text(p)),
    ),
    terms.notes,
    h(
      'p',
      { class: 'briefing__again' },
      'You can read this again from the desk (Briefing), and every term in the Glossary.',
    ),
    h('button', { type: 'button', class: 'button button--primary', onclick: close }, 'To the table'),
  );
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  host.append(dialog);
  dialog.showModal();
  // A dialog opens on its first control, here the first marked term; start at the heading instead,
  // so a screen reader reads from the top and Tab goes through the terms to "To the table".
  dialog.querySelector<HTMLElement>('#briefing-heading')?.focus();
  return dialog;
}
