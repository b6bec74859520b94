/**
 * A scenario document drawn as the object it was: a State Department memorandum, a teletype
 * cable, a letter in translation, a radio monitoring report, an intelligence summary, minutes.
 * Real text throughout (selectable, zoomable, read by screen readers), built with createElement
 * and textContent only.
 *
 * The article has four parts:
 * - a docket (interface face): what kind of paper it is, its title (the heading) and its date;
 * - the desk: the paper itself (for a verbatim document, the archival copy, sheet by sheet);
 * - an editor's note, off the paper: the date note and the transcription note;
 * - a provenance footer: how the text was made (summary, paraphrase, verbatim), its source, and
 *   "Where this comes from": the pinpoints the summary rests on.
 */

import { DOCUMENT_KIND_LABELS, DOCUMENT_KIND_SHORT } from '../../engine/documentKinds';
import type { ResolvedBasis } from '../../engine/provenance';
import type { ScenarioDocument } from '../../engine/schema/scenario';
import { sourceUrl } from '../../engine/webLink';
import { el, svg } from '../dom';
import { whereFrom } from '../play/whereFrom';
import { clock12, dateTimeGroup, longDate, machineDate, monitorTime, readerDate, summaryTime } from './dates';
import { type Block, normalisedText, parseMarkdown } from './markdown';
import { type MarkdownContext, renderBlock, renderInlines } from './markdownDom';

/** What renderDocument needs of a scenario document (a `ScenarioDocument` fits). */
export type RenderableDocument = Pick<
  ScenarioDocument,
  'id' | 'kind' | 'title' | 'from' | 'to' | 'date' | 'source' | 'rendering' | 'body'
> &
  Partial<
    Pick<
      ScenarioDocument,
      | 'dateNote'
      | 'classification'
      | 'markings'
      | 'transcriptionNote'
      | 'letterhead'
      | 'form'
      | 'translation'
      | 'hindsight'
    >
  > & {
    /** Where the summary or paraphrase rests in the source (the engine's `DocumentView`). */
    bases?: readonly ResolvedBasis[];
    /** The scenario's time zone (`meta.timeZone`), for a paper's zone and GMT times. */
    timeZone?: string;
  };

export type DocumentKind = ScenarioDocument['kind'];
export type Marking = NonNullable<ScenarioDocument['markings']>[number];

export interface RenderOptions {
  /** Draw the clean transcription instead of the paper (plain readable text, marks named). */
  clean?: boolean;
  /** Level of the document's title heading (default 2; a `#` in the body is one below it). */
  headingLevel?: 2 | 3;
}

/** The kinds' names come from the engine's one table (the packets use it too). */
export { DOCUMENT_KIND_LABELS as KIND_LABELS, DOCUMENT_KIND_SHORT as KIND_SHORT };

export const RENDERING_LABELS: Record<RenderableDocument['rendering'], string> = {
  summary: "Summary in the project's own words",
  paraphrase: "Paraphrase in the project's own words, following the original closely",
  verbatim: 'Verbatim transcription of the archival copy',
};

let serial = 0;
/** Ids unique on the page, so two renderings of one document never share an id. */
function uniqueId(doc: RenderableDocument, part: string): string {
  serial += 1;
  return `doc-${doc.id}-${part}-${serial}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Small builders                                                                              */
/* ------------------------------------------------------------------------------------------ */

function hidden(text: string): HTMLElement {
  return el('span', 'visually-hidden', text);
}

/** A label shown in the period's abbreviation with its full words for assistive technology. */
function label(shown: string, spoken?: string): HTMLElement {
  if (!spoken) return el('span', undefined, shown);
  const visible = el('span', undefined, shown);
  visible.setAttribute('aria-hidden', 'true');
  return el('span', undefined, visible, hidden(spoken));
}

interface Field {
  label: string;
  spoken?: string;
  value: Node | string;
}

function fields(className: string, rows: Field[]): HTMLElement {
  const dl = el('dl', `doc__fields ${className}`);
  for (const row of rows) {
    dl.append(
      el('div', 'doc__field', el('dt', undefined, label(row.label, row.spoken)), el('dd', undefined, row.value)),
    );
  }
  return dl;
}

/** A small deterministic number in [-1, 1] from a string, so a stamp always lands the same way. */
function jitter(text: string, salt = 0): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return ((hash >>> 0) % 2001) / 1000 - 1;
}

/* ------------------------------------------------------------------------------------------ */
/* What kind of paper                                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * The printed letterhead a paper from this sender would carry: the document's own `letterhead`, else
 * a guess from its sender for the US offices of Black Saturday's papers, else none.
 */
export function letterheadFor(doc: RenderableDocument): [string, string] | undefined {
  if (!['memo', 'letter', 'note'].includes(doc.kind)) return undefined;
  if (doc.letterhead) return [doc.letterhead.name, doc.letterhead.place];
  const from = doc.from;
  if (/\b(Department of State|Secretary of State|State Department|Executive Secretary)\b/i.test(from)) {
    return ['DEPARTMENT OF STATE', 'WASHINGTON'];
  }
  if (/\bWhite House\b|^President John F\. Kennedy\b|^McGeorge Bundy\b/i.test(from)) {
    return ['THE WHITE HOUSE', 'WASHINGTON'];
  }
  if (/\b(Secretary of Defense|Department of Defense)\b/i.test(from)) {
    return ['THE SECRETARY OF DEFENSE', 'WASHINGTON'];
  }
  if (/\bAttorney General\b/i.test(from)) {
    return ['OFFICE OF THE ATTORNEY GENERAL', 'WASHINGTON'];
  }
  return undefined;
}

/** A letter we hold in translation: its `translation` field says so, else its notes or source do. */
export function isTranslation(doc: RenderableDocument): boolean {
  if (doc.kind !== 'letter') return false;
  if (doc.translation !== undefined) return doc.translation;
  const cite = typeof doc.source === 'string' ? doc.source : doc.source.cite;
  return /translat/i.test(`${doc.transcriptionNote ?? ''} ${cite}`);
}

/** The name a memo or letter would be signed with: "W. W. Rostow, Planning Subcommittee" → "W. W. Rostow". */
export function signatureName(from: string): string {
  return from
    .split(/[,;(]/)[0]
    .replace(/^(President|Chairman|Ambassador|Secretary)\s+/i, '')
    .trim();
}

/**
 * The printed head of the telegram form: the document's own `form`, else guessed from the addressee
 * (the State Department's incoming form, or a cipher telegram), else plain TELEGRAM.
 */
function teletypeHead(doc: RenderableDocument): HTMLElement {
  const head = el('div', 'doc__teletype-head');
  if (doc.form) {
    head.append(el('span', 'doc__teletype-agency', doc.form.heading));
    if (doc.form.line) head.append(el('span', 'doc__teletype-form', doc.form.line));
  } else if (/\b(Secretary of State|Department of State)\b/i.test(doc.to)) {
    head.append(
      el('span', 'doc__teletype-agency', 'DEPARTMENT OF STATE'),
      el('span', 'doc__teletype-form', 'INCOMING TELEGRAM'),
    );
  } else if (/\b(Moscow|Ministry of Foreign Affairs|Foreign Ministry)\b/i.test(doc.to)) {
    head.append(el('span', 'doc__teletype-agency', 'CIPHERED TELEGRAM'));
  } else {
    head.append(el('span', 'doc__teletype-agency', 'TELEGRAM'));
  }
  return head;
}

/** The heading printed on a form: the document's own `form`, else its kind's usual one. */
function formTitle(doc: RenderableDocument, usual: string): string {
  return doc.form?.heading ?? usual;
}

function classificationInk(text: string): 'red' | 'ink' {
  return /\b(TOP SECRET|SECRET|CONFIDENTIAL|EYES ONLY|RESTRICTED)\b/i.test(text) && !/^UNCLASSIFIED/i.test(text)
    ? 'red'
    : 'ink';
}

/* ------------------------------------------------------------------------------------------ */
/* The paper                                                                                   */
/* ------------------------------------------------------------------------------------------ */

function banner(doc: RenderableDocument, where: 'top' | 'bottom'): HTMLElement | null {
  if (!doc.classification) return null;
  const node = el('p', `doc__banner doc__banner--${where} doc__banner--${classificationInk(doc.classification)}`);
  if (where === 'top') {
    node.append(hidden('Classification: '), doc.classification);
  } else {
    // The same words as the top banner: seen, not read twice.
    node.textContent = doc.classification;
    node.setAttribute('aria-hidden', 'true');
  }
  return node;
}

function letterhead(lines: [string, string]): HTMLElement {
  return el(
    'div',
    'doc__letterhead',
    el('p', 'doc__letterhead-name', lines[0]),
    el('p', 'doc__letterhead-place', lines[1]),
  );
}

function dateLine(text: string, withTime = false): HTMLElement {
  const node = el('p', 'doc__dateline', longDate(text));
  if (withTime) node.append(el('br'), clock12(text));
  return node;
}

function body(blocks: Block[], context: MarkdownContext): HTMLElement {
  const div = el('div', 'doc__body');
  for (const block of blocks) div.append(renderBlock(block, { context, topHeadingLevel: 3 }));
  return div;
}

function signature(doc: RenderableDocument): HTMLElement {
  return el('p', 'doc__signature', hidden('Signed: '), signatureName(doc.from));
}

function markingNode(marking: Marking, index: number): HTMLElement {
  switch (marking.kind) {
    case 'stamp':
      return stamp(marking.text, index);
    case 'handwritten': {
      const hand = el('p', 'doc-hand doc-hand-block doc__marking', hidden('(handwritten) '));
      marking.text.split(/\s+\/\s+/).forEach((line, i) => {
        if (i > 0) hand.append(el('br'));
        hand.append(line);
      });
      return hand;
    }
    case 'struck':
      return el('p', 'doc__marking', el('s', 'doc-struck', hidden('(struck through) '), marking.text));
    case 'typed':
      return el('p', 'doc__marking doc-typed-mark', marking.text);
  }
}

/**
 * The SVG filter that makes a stamp's ink uneven: edges a little wavy where the rubber was rocked,
 * and a fine grain where the ink did not take. Drawn inside the stamp itself, so a stamp is
 * self-contained wherever it is put. Only a little ink goes missing, so the words stay legible.
 */
function inkFilter(id: string, seed: number): SVGSVGElement {
  const root = svg('svg', {
    class: 'doc-ink-filter',
    width: '0',
    height: '0',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const filter = svg('filter', { id, x: '-4%', y: '-8%', width: '108%', height: '116%' });
  filter.append(
    svg('feTurbulence', {
      type: 'fractalNoise',
      baseFrequency: '0.035',
      numOctaves: '2',
      seed: String(seed),
      result: 'warp',
    }),
    svg('feDisplacementMap', {
      in: 'SourceGraphic',
      in2: 'warp',
      scale: '3',
      xChannelSelector: 'R',
      yChannelSelector: 'G',
      result: 'rough',
    }),
    svg('feTurbulence', {
      type: 'fractalNoise',
      baseFrequency: '0.75',
      numOctaves: '1',
      seed: String(seed + 3),
      result: 'grain',
    }),
    svg('feColorMatrix', {
      in: 'grain',
      type: 'matrix',
      values: '0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -4 3.4',
      result: 'ink',
    }),
    svg('feComposite', { in: 'rough', in2: 'ink', operator: 'in' }),
  );
  root.append(filter);
  return root;
}

let stampSerial = 0;

/** A rubber stamp: red for classification, purple otherwise; a little rotated, a little uneven. */
function stamp(text: string, index: number, lines?: Node): HTMLElement {
  const ink =
    /\b(SECRET|CONFIDENTIAL|EYES ONLY|URGENT)\b/i.test(text) && !/DECLASSIFIED/i.test(text) ? 'red' : 'purple';
  stampSerial += 1;
  const filterId = `doc-ink-${stampSerial}`;
  const node = el('p', `doc-stamp doc-stamp--${ink}`, inkFilter(filterId, Math.round((jitter(text) + 1) * 50)));
  const face = el('span', 'doc-stamp__face', hidden('(stamp) '), lines ?? text);
  face.style.setProperty('--stamp-filter', `url(#${filterId})`);
  node.append(face);
  node.style.setProperty('--stamp-angle', `${(jitter(text, index) * 5 - 1.5).toFixed(2)}deg`);
  node.style.setProperty('--stamp-shift', `${(jitter(text, index + 7) * 1.2).toFixed(2)}em`);
  return node;
}

/** The paper drawn for a document in the project's own words, in the form of its kind. */
function typedSheet(doc: RenderableDocument, blocks: Block[]): HTMLElement {
  const sheet = el('div', `doc__sheet doc__sheet--${doc.kind}`);
  sheet.append(banner(doc, 'top') ?? '');
  const head = letterheadFor(doc);
  const subject = doc.title;

  switch (doc.kind) {
    case 'memo':
      if (head) sheet.append(letterhead(head));
      sheet.append(
        dateLine(doc.date),
        fields('doc__fields--memo', [
          { label: 'MEMORANDUM FOR:', spoken: 'Memorandum for:', value: doc.to },
          { label: 'FROM:', spoken: 'From:', value: doc.from },
          { label: 'SUBJECT:', spoken: 'Subject:', value: subject },
        ]),
        body(blocks, 'typed'),
        signature(doc),
      );
      break;
    case 'note':
      if (head) sheet.append(letterhead(head));
      sheet.append(
        dateLine(doc.date),
        fields('doc__fields--memo', [
          { label: 'TO:', spoken: 'To:', value: doc.to },
          { label: 'FROM:', spoken: 'From:', value: doc.from },
          { label: 'RE:', spoken: 'Regarding:', value: subject },
        ]),
        body(blocks, 'typed'),
        signature(doc),
      );
      break;
    case 'letter':
      if (isTranslation(doc)) {
        sheet.append(el('p', 'doc__translation', 'TRANSLATION'));
      } else if (head) {
        sheet.append(letterhead(head));
      }
      sheet.append(
        dateLine(doc.date),
        el('p', 'doc__addressee', hidden('To: '), doc.to),
        body(blocks, 'typed'),
        signature(doc),
      );
      break;
    case 'cable':
      sheet.append(
        teletypeHead(doc),
        fields('doc__fields--teletype', [
          { label: 'DTG', spoken: 'Date-time group (received):', value: dateTimeGroup(doc.date, doc.timeZone) },
          { label: 'FM', spoken: 'From:', value: doc.from },
          { label: 'TO', spoken: 'To:', value: doc.to },
          { label: 'SUBJ', spoken: 'Subject:', value: subject },
        ]),
        body(blocks, 'typed'),
        el('p', 'doc__teletype-end', 'END OF MESSAGE'),
      );
      break;
    case 'radio':
      sheet.append(
        el('p', 'doc__form-title doc__form-title--radio', formTitle(doc, 'RADIO MONITORING REPORT')),
        fields('doc__fields--teletype', [
          { label: 'MONITORED', spoken: 'Monitored:', value: monitorTime(doc.date, doc.timeZone) },
          { label: 'SOURCE', spoken: 'Source:', value: doc.from },
          { label: 'TO', spoken: 'Addressed to:', value: doc.to },
          { label: 'ITEM', spoken: 'Item:', value: subject },
        ]),
        body(blocks, 'typed'),
        el('p', 'doc__teletype-end', 'END ITEM'),
      );
      break;
    case 'intelligence':
      sheet.append(
        el(
          'div',
          'doc__intel-head',
          el('p', 'doc__intel-title', formTitle(doc, 'INTELLIGENCE SUMMARY')),
          el('p', 'doc__intel-date', summaryTime(doc.date, doc.timeZone)),
        ),
        fields('doc__fields--memo', [
          { label: 'FOR:', spoken: 'For:', value: doc.to },
          { label: 'FROM:', spoken: 'From:', value: doc.from },
        ]),
        el('p', 'doc__item-title', subject),
        body(blocks, 'typed'),
      );
      break;
    case 'minutes':
      sheet.append(
        el('p', 'doc__form-title', formTitle(doc, 'SUMMARY RECORD')),
        el('p', 'doc__centred doc__centred--title', subject),
        el('p', 'doc__centred', doc.from),
        el('p', 'doc__centred', longDate(doc.date)),
        el('p', 'doc__distribution', hidden('Distribution: '), doc.to),
        body(blocks, 'typed'),
      );
      break;
    case 'press':
      sheet.append(
        el('p', 'doc__form-title', formTitle(doc, 'FOR THE PRESS')),
        el('p', 'doc__centred doc__centred--title', subject),
        el('p', 'doc__centred', doc.from),
        el('p', 'doc__centred', longDate(doc.date)),
        body(blocks, 'typed'),
      );
      break;
    case 'paper':
      sheet.append(
        el('p', 'doc__centred doc__centred--title', subject),
        el('p', 'doc__centred', doc.from),
        el('p', 'doc__centred', longDate(doc.date)),
        el('p', 'doc__distribution', hidden('For: '), doc.to),
        body(blocks, 'typed'),
      );
      break;
  }

  const markings = doc.markings ?? [];
  if (markings.length > 0) {
    sheet.append(el('div', 'doc__markings', ...markings.map(markingNode)));
  }
  sheet.append(banner(doc, 'bottom') ?? '');
  return sheet;
}

/* ------------------------------------------------------------------------------------------ */
/* The archival copy (verbatim)                                                                */
/* ------------------------------------------------------------------------------------------ */

/** A microfiche frame number at the foot of a page ("911-714", "CH-715"). */
const FRAME_NUMBER = /^(?:[A-Z]{2}|\d{3})-\d{3}$/;
/** The first line of a printed letterhead. */
const LETTERHEAD = /^(DEPARTMENT OF STATE|THE WHITE HOUSE|THE SECRETARY OF (?:STATE|DEFENSE))$/;
/** The small print in the corner of State Department letter paper. */
const PRINTED_MATTER = /^ADDRESS OFFICIAL COMMUNICATIONS TO\b/;
const DATE_LINE =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;

const normaliseMarking = (text: string) =>
  text
    .replace(/\s+\/\s+/g, ' ')
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Splits an archival body into pages: at `---`, or after a frame number at the foot of a page. */
export function splitSheets(blocks: readonly Block[]): Block[][] {
  const sheets: Block[][] = [[]];
  blocks.forEach((block, index) => {
    const page = sheets[sheets.length - 1];
    if (block.type === 'thematicBreak') {
      if (page.length > 0) sheets.push([]);
      return;
    }
    page.push(block);
    const last = index === blocks.length - 1;
    if (!last && block.type === 'paragraph' && FRAME_NUMBER.test(normalisedText(block))) sheets.push([]);
  });
  return sheets.filter((sheet) => sheet.length > 0);
}

interface Placed {
  marking?: Marking;
  index: number;
}

/** Which marking (if any) a paragraph of the body is: the marks are in the text, where they fall. */
function placeMarkings(
  blocks: readonly Block[],
  markings: readonly Marking[],
): { found: Map<Block, Placed>; unplaced: Marking[] } {
  const found = new Map<Block, Placed>();
  const unplaced: Marking[] = [];
  markings.forEach((marking, index) => {
    const wanted = normaliseMarking(marking.text);
    let matched = false;
    for (const block of blocks) {
      if (block.type !== 'paragraph') continue;
      if (normaliseMarking(normalisedText(block)) === wanted) {
        if (!found.has(block)) found.set(block, { marking, index });
        matched = true;
      }
    }
    if (!matched) unplaced.push(marking);
  });
  return { found, unplaced };
}

function allHandwritten(block: Block): boolean {
  return (
    block.type === 'paragraph' &&
    block.children.some((c) => c.type === 'emphasis') &&
    block.children.every((c) => c.type === 'emphasis' || c.type === 'break' || (c.type === 'text' && !c.value.trim()))
  );
}

function allStrong(block: Block): boolean {
  return block.type === 'paragraph' && block.children.length === 1 && block.children[0].type === 'strong';
}

/** One paragraph of the archival copy, with the look of what it is on the page. */
function archivalBlock(block: Block, placed: Placed | undefined): HTMLElement {
  if (placed?.marking?.kind === 'stamp' && block.type === 'paragraph') {
    const lines = document.createDocumentFragment();
    lines.append(renderInlines(block.children, { context: 'archival' }));
    return stamp(placed.marking.text, placed.index, lines);
  }
  const node = renderBlock(block, { context: 'archival', topHeadingLevel: 3 });
  if (block.type !== 'paragraph') return node;
  const text = normalisedText(block);
  if (placed?.marking?.kind === 'typed') node.classList.add('doc-typed-mark');
  if (placed?.marking?.kind === 'struck') node.classList.add('doc-struck-line');
  if (allHandwritten(block)) node.classList.add('doc-hand-block');
  if (allStrong(block)) node.classList.add('doc-archive-number');
  if (FRAME_NUMBER.test(text)) node.classList.add('doc-frame-number');
  if (LETTERHEAD.test(inlineFirstLine(block) ?? '')) node.classList.add('doc-letterhead-line');
  if (PRINTED_MATTER.test(text)) node.classList.add('doc-printed');
  if (DATE_LINE.test(text)) node.classList.add('doc-dateline-line');
  return node;
}

/** The text of a paragraph up to its first hard break. */
function inlineFirstLine(block: Block): string | undefined {
  if (block.type !== 'paragraph') return undefined;
  let text = '';
  for (const child of block.children) {
    if (child.type === 'break') break;
    if (child.type === 'text') text += child.value;
    else return undefined;
  }
  return text.trim();
}

function archivalSheets(doc: RenderableDocument, blocks: Block[]): HTMLElement {
  const pages = splitSheets(blocks);
  const { found, unplaced } = placeMarkings(blocks, doc.markings ?? []);
  const copy = el('div', 'doc__archival');
  pages.forEach((page, index) => {
    const sheet = el('div', 'doc__sheet doc__sheet--archival');
    sheet.setAttribute('role', 'group');
    sheet.setAttribute('aria-label', `Archival copy, page ${index + 1} of ${pages.length}`);
    // Each page of a photocopy sits a little differently on the table.
    sheet.style.setProperty('--sheet-angle', `${(jitter(doc.id, index) * 0.5).toFixed(2)}deg`);
    const content = el('div', 'doc__body doc__body--archival');
    for (const block of page) content.append(archivalBlock(block, found.get(block)));
    sheet.append(content);
    if (index === pages.length - 1 && unplaced.length > 0) {
      sheet.append(el('div', 'doc__markings', ...unplaced.map(markingNode)));
    }
    copy.append(sheet);
  });
  return copy;
}

/* ------------------------------------------------------------------------------------------ */
/* The clean transcription                                                                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * The clean transcription: the same text, in a plain readable face, with every mark of the page
 * named in words ("stamp:", "handwritten:", "struck through:"). OCR slips are kept as they are;
 * the editor's note explains them.
 */
export function renderTranscription(doc: RenderableDocument, headingLevel: 2 | 3 | 4 = 3): HTMLElement {
  const blocks = parseMarkdown(doc.body).children;
  const headingId = uniqueId(doc, 'clean');
  const section = el('section', 'doc__clean');
  section.setAttribute('aria-labelledby', headingId);
  const heading = el(`h${headingLevel}` as 'h3', 'doc__clean-heading', 'Clean transcription');
  heading.id = headingId;
  section.append(heading);
  if (doc.rendering === 'verbatim') {
    section.append(
      el(
        'p',
        'doc__clean-intro',
        'The text of the archival copy in a plain face. Marks on the page are named in words; OCR slips are kept as they are (see the editor’s note).',
      ),
    );
  }
  const pages = doc.rendering === 'verbatim' ? splitSheets(blocks) : [blocks];
  const { found } = placeMarkings(blocks, doc.markings ?? []);
  const pageHeading = `h${Math.min(6, headingLevel + 1)}` as 'h4';
  pages.forEach((page, index) => {
    if (pages.length > 1) section.append(el(pageHeading, 'doc__clean-page', `Page ${index + 1} of ${pages.length}`));
    const content = el('div', 'doc__body doc__body--clean');
    for (const block of page) {
      const placed = found.get(block);
      const node = renderBlock(block, { context: 'clean', topHeadingLevel: headingLevel + 2 });
      if (placed?.marking?.kind === 'stamp') {
        node.classList.add('doc-clean-mark', 'doc-clean-mark--stamp');
        node.prepend(el('span', 'doc-clean-mark__label', 'stamp:'), ' ');
      }
      content.append(node);
    }
    section.append(content);
  });
  return section;
}

/** The clean transcription on its own plain sheet, to lay beside (or instead of) the paper. */
export function renderCleanSheet(doc: RenderableDocument, headingLevel: 2 | 3 | 4 = 3): HTMLElement {
  return el('div', 'doc__sheet doc__sheet--clean', renderTranscription(doc, headingLevel));
}

/* ------------------------------------------------------------------------------------------ */
/* Around the paper                                                                            */
/* ------------------------------------------------------------------------------------------ */

function provenance(doc: RenderableDocument): HTMLElement {
  const cite = typeof doc.source === 'string' ? doc.source : doc.source.cite;
  const url = sourceUrl(doc.source);
  const source = el('p', 'doc__source', 'Source: ');
  if (url) {
    const link = el('a', 'doc__source-link', cite);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(hidden(' (opens in a new tab)'));
    source.append(link);
  } else {
    source.append(cite);
  }
  return el(
    'footer',
    'doc__provenance',
    el('p', `doc__rendering doc__rendering--${doc.rendering}`, RENDERING_LABELS[doc.rendering]),
    source,
    whereFrom(doc.bases ?? []),
  );
}

function editorsNote(doc: RenderableDocument, level: number): HTMLElement | null {
  if (!doc.dateNote && !doc.transcriptionNote) return null;
  const id = uniqueId(doc, 'note');
  const heading = el(`h${level}` as 'h3', 'doc__note-heading', 'Editor’s note');
  heading.id = id;
  const aside = el('aside', 'doc__note', heading);
  aside.setAttribute('aria-labelledby', id);
  if (doc.dateNote) aside.append(el('p', 'doc__note-text', el('span', 'doc__note-label', 'Date. '), doc.dateNote));
  if (doc.transcriptionNote) {
    aside.append(el('p', 'doc__note-text', el('span', 'doc__note-label', 'Transcription. '), doc.transcriptionNote));
  }
  return aside;
}

/**
 * Draws a document. The returned `<article>` is labelled by its title heading (whose id is also on
 * `article.dataset.titleId`), and carries `data-kind` and `data-rendering` for styling and tests.
 */
export function renderDocument(doc: RenderableDocument, options: RenderOptions = {}): HTMLElement {
  const level = options.headingLevel ?? 2;
  const blocks = parseMarkdown(doc.body).children;
  const verbatim = doc.rendering === 'verbatim';
  const translation = isTranslation(doc);

  const article = el('article', `doc doc--${doc.kind} doc--${doc.rendering}`);
  article.dataset.kind = doc.kind;
  article.dataset.rendering = doc.rendering;
  article.dataset.documentId = doc.id;
  if (options.clean) article.classList.add('doc--clean');

  const titleId = uniqueId(doc, 'title');
  article.setAttribute('aria-labelledby', titleId);
  article.dataset.titleId = titleId;

  const title = el(`h${level}` as 'h2', 'doc__title', doc.title);
  title.id = titleId;
  title.tabIndex = -1;
  const kindText = translation ? `${DOCUMENT_KIND_LABELS[doc.kind]} in translation` : DOCUMENT_KIND_LABELS[doc.kind];
  const docket = el(
    'header',
    'doc__docket',
    el('p', 'doc__kind', kindText),
    title,
    el(
      'p',
      'doc__meta',
      el('time', 'doc__meta-date', readerDate(doc.date)),
      el('span', 'doc__meta-sep', ' · '),
      el('span', 'doc__meta-from', doc.from),
    ),
  );
  docket.querySelector('time')?.setAttribute('datetime', machineDate(doc.date));

  const desk = el('div', 'doc__desk');
  if (options.clean) {
    desk.append(renderCleanSheet(doc, Math.min(6, level + 1) as 3));
  } else if (verbatim) {
    // The classification of a verbatim copy is on the jacket: the sheets carry only their own marks.
    const jacket = el('div', 'doc__jacket');
    jacket.append(banner(doc, 'top') ?? '', archivalSheets(doc, blocks), banner(doc, 'bottom') ?? '');
    desk.append(jacket);
  } else {
    desk.append(typedSheet(doc, blocks));
  }

  article.append(docket, desk);
  const note = editorsNote(doc, Math.min(6, level + 1));
  if (note) article.append(note);
  article.append(provenance(doc));
  return article;
}
