/**
 * What each kind of paper is called: the one table for the folder, the drawn papers, the role
 * packets and the facilitator's guide, so a press report is never "Press" on one and "Press
 * report" on the other.
 */
import type { DocumentMeta } from './schema/scenario';

export type DocumentKind = DocumentMeta['kind'];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  memo: 'Memorandum',
  letter: 'Letter',
  cable: 'Cable',
  intelligence: 'Intelligence summary',
  radio: 'Radio monitoring report',
  minutes: 'Minutes',
  press: 'Press report',
  note: 'Note',
  paper: 'Paper',
};

/** The same, short, for the folder's tabs. */
export const DOCUMENT_KIND_SHORT: Readonly<Record<DocumentKind, string>> = {
  memo: 'Memo',
  letter: 'Letter',
  cable: 'Cable',
  intelligence: 'Intel',
  radio: 'Radio',
  minutes: 'Minutes',
  press: 'Press',
  note: 'Note',
  paper: 'Paper',
};
