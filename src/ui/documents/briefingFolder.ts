/**
 * The briefing folder: every paper received so far, newest on top, as in an in-tray where each
 * new paper is laid on the pile. Within the same moment of delivery, the paper dated later comes
 * first. Unread papers carry an "Unread" tab that is seen and also read out; each entry is a real
 * button (Enter or Space opens it), and the arrow keys move between entries (roving tabindex) so
 * the folder is one Tab stop.
 */
import type { DocumentSummary } from '../../engine/view';
import { el } from '../dom';
import { folderDate, machineDate, readerDate } from './dates';
import { KIND_LABELS, KIND_SHORT } from './render';

export interface FolderOptions {
  onOpen(id: string): void;
  /** The document open now: marked `aria-current` and the entry Tab lands on. */
  currentId?: string;
  /** The folder's heading level (default 2). */
  headingLevel?: 2 | 3;
  /** The folder's heading (default "Briefing folder"). */
  heading?: string;
}

let serial = 0;

/** Newest delivery first; then the later-dated paper; then by title, so the order never wobbles. */
export function sortForFolder(summaries: readonly DocumentSummary[]): DocumentSummary[] {
  return [...summaries].sort(
    (a, b) =>
      b.deliveredMinutes - a.deliveredMinutes || b.dateMinutes - a.dateMinutes || a.title.localeCompare(b.title),
  );
}

export function unreadCountText(summaries: readonly DocumentSummary[]): string {
  const unread = summaries.filter((s) => !s.read).length;
  const papers = `${summaries.length} ${summaries.length === 1 ? 'paper' : 'papers'}`;
  return unread === 0 ? `${papers}, all read` : `${papers}, ${unread} unread`;
}

export function renderBriefingFolder(summaries: DocumentSummary[], options: FolderOptions): HTMLElement {
  serial += 1;
  const headingId = `briefing-folder-heading-${serial}`;
  const countId = `briefing-folder-count-${serial}`;

  const folder = el('section', 'doc-folder');
  folder.setAttribute('aria-labelledby', headingId);

  const heading = el(
    `h${options.headingLevel ?? 2}` as 'h2',
    'doc-folder__heading',
    options.heading ?? 'Briefing folder',
  );
  heading.id = headingId;
  const count = el('p', 'doc-folder__count', unreadCountText(summaries));
  count.id = countId;
  const tab = el('div', 'doc-folder__tab');
  tab.append(heading, count);
  folder.append(tab);

  const sorted = sortForFolder(summaries);
  if (sorted.length === 0) {
    folder.append(el('p', 'doc-folder__empty', 'No papers yet. They will be laid here as they arrive.'));
    return folder;
  }

  const list = el('ul', 'doc-folder__list');
  list.setAttribute('aria-describedby', countId);
  const buttons: HTMLButtonElement[] = [];
  const landing = Math.max(
    0,
    sorted.findIndex((s) => s.id === options.currentId),
  );

  sorted.forEach((summary, index) => {
    const item = el('li', `doc-folder__item${summary.read ? '' : ' doc-folder__item--unread'}`);
    const button = el('button', 'doc-folder__entry');
    button.type = 'button';
    button.dataset.documentId = summary.id;
    button.tabIndex = index === landing ? 0 : -1;
    if (summary.id === options.currentId) button.setAttribute('aria-current', 'true');

    const kind = el('span', `doc-folder__kind doc-folder__kind--${summary.kind}`);
    const kindShort = el('span', 'doc-folder__kind-short', KIND_SHORT[summary.kind]);
    kindShort.setAttribute('aria-hidden', 'true');
    kind.append(kindShort, el('span', 'visually-hidden', `${KIND_LABELS[summary.kind]}: `));

    const title = el('span', 'doc-folder__title', summary.title);
    const date = el('time', 'doc-folder__date');
    date.dateTime = machineDate(summary.dateMinutes);
    const shown = el('span', undefined, folderDate(summary.dateMinutes));
    shown.setAttribute('aria-hidden', 'true');
    date.append(shown, el('span', 'visually-hidden', `, dated ${readerDate(summary.dateMinutes)}`));

    const text = el('span', 'doc-folder__text');
    text.append(title, date);
    button.append(kind, text);
    if (!summary.read) {
      const unread = el('span', 'doc-folder__unread', 'Unread');
      // Read after the title, as a state: "Memorandum: The open issues, dated …, unread".
      const spoken = el('span', 'visually-hidden', ', unread');
      unread.setAttribute('aria-hidden', 'true');
      button.append(unread, spoken);
    }
    button.addEventListener('click', () => options.onOpen(summary.id));
    buttons.push(button);
    item.append(button);
    list.append(item);
  });

  list.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    let next = at;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(buttons.length - 1, at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    if (next === at) return;
    buttons[at].tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  });

  folder.append(list);
  return folder;
}
