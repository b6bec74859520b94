/**
 * The glossary page: every term of the scenario in alphabetical order, with its explanation and
 * source, in a modal <dialog> reachable from the title and from the desk. Esc or Close returns focus
 * to whatever opened it.
 */
import { glossaryByTerm } from '../../engine/glossary';
import type { GlossaryEntry } from '../../engine/schema/scenario';
import { h } from '../dom';
import { sourceLink } from '../play/sources';
import './glossary.css';

export function glossaryList(glossary: readonly GlossaryEntry[] | undefined): HTMLElement {
  const entries = glossaryByTerm(glossary);
  if (entries.length === 0) return h('p', {}, 'This scenario has no glossary.');
  return h(
    'dl',
    { class: 'glossary-list' },
    ...entries.flatMap((e) => [
      h('dt', { id: `glossary-${slug(e.term)}` }, e.term, e.aliases?.length ? ` (also ${e.aliases.join(', ')})` : ''),
      h(
        'dd',
        {},
        e.short,
        e.source ? h('span', { class: 'glossary__source' }, ' Source: ', sourceLink(e.source)) : null,
      ),
    ]),
  );
}

export function openGlossary(host: HTMLElement, glossary: readonly GlossaryEntry[] | undefined): HTMLDialogElement {
  const opener = document.activeElement as HTMLElement | null;
  const close = () => {
    dialog.close();
    dialog.remove();
    opener?.focus();
  };
  const dialog = h(
    'dialog',
    { class: 'dialog glossary', 'aria-labelledby': 'glossary-heading' },
    h('h2', { id: 'glossary-heading' }, 'Glossary'),
    h(
      'p',
      {},
      'Terms you will meet in the papers and at the table. In play, a term with a dotted underline shows its explanation when you point at it or move the focus to it.',
    ),
    h(
      'div',
      { class: 'glossary__list-wrap', tabindex: 0, role: 'region', 'aria-label': 'Terms' },
      glossaryList(glossary),
    ),
    h('button', { type: 'button', class: 'button button--primary', onclick: close }, 'Close'),
  );
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  host.append(dialog);
  dialog.showModal();
  return dialog;
}

const slug = (term: string) =>
  term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
