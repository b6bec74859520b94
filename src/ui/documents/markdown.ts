/**
 * A deliberately small Markdown parser for scenario documents. Pure (no DOM): it turns a body into
 * an AST that `markdownDom.ts` draws with createElement/textContent only.
 *
 * Supported, and nothing more:
 * - paragraphs separated by blank lines; a single newline inside a paragraph is kept as "\n"
 *   (a soft break, drawn as a space);
 * - hard line breaks: a line ending in two or more spaces, or in a backslash;
 * - ATX headings `#`, `##`, `###` (`####` and deeper stay paragraph text);
 * - bullet lists (`-` or `*`) and ordered lists (`1.` or `1)`), with indented or lazy
 *   continuation lines, nested through indentation;
 * - thematic breaks (`---`, `***`, `___`), which documents use as a page break;
 * - inline `**strong**`/`__strong__`, `*emphasis*`/`_emphasis_`, `~~strike~~`, nested, and
 *   backslash escapes of ASCII punctuation.
 *
 * Everything else is text: there is no raw HTML, so `<script>` stays the eight characters it is.
 * Unmatched delimiters stay literal text, so no character of a body is ever lost.
 */

export interface TextNode {
  type: 'text';
  value: string;
}
export interface StrongNode {
  type: 'strong';
  children: Inline[];
}
export interface EmphasisNode {
  type: 'emphasis';
  children: Inline[];
}
export interface StrikeNode {
  type: 'strike';
  children: Inline[];
}
export interface BreakNode {
  type: 'break';
}
export type Inline = TextNode | StrongNode | EmphasisNode | StrikeNode | BreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  children: Inline[];
}
export interface HeadingNode {
  type: 'heading';
  level: 1 | 2 | 3;
  children: Inline[];
}
export interface ListItemNode {
  type: 'listItem';
  /** The marker as written: "-", "*", "1.", "4)". Ordered markers are text a reader sees. */
  marker: string;
  children: Block[];
}
export interface ListNode {
  type: 'list';
  ordered: boolean;
  /** The first item's number (1 for bullet lists). */
  start: number;
  /** No blank line between or inside items: items are drawn without paragraph spacing. */
  tight: boolean;
  items: ListItemNode[];
}
export interface ThematicBreakNode {
  type: 'thematicBreak';
}
export type Block = ParagraphNode | HeadingNode | ListNode | ThematicBreakNode;

export interface Root {
  type: 'root';
  children: Block[];
}

/* ------------------------------------------------------------------------------------------ */
/* Blocks                                                                                      */
/* ------------------------------------------------------------------------------------------ */

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX_HEADING = /^ {0,3}(#{1,3})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BULLET_ITEM = /^( {0,3})([-*])([ \t]+|$)(.*)$/;
const ORDERED_ITEM = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)(.*)$/;

interface ItemStart {
  /** Columns the item's content is indented by: continuation lines need at least this many. */
  contentIndent: number;
  ordered: boolean;
  /** "-" or "*" for bullets, "." or ")" for ordered lists; a different one starts a new list. */
  delimiter: string;
  marker: string;
  number: number;
  /** The text on the marker's line. */
  first: string;
  blank: boolean;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += ' '.repeat(4 - (out.length % 4));
    else out += ch;
  }
  return out;
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);
const indentOf = (line: string) => line.length - line.trimStart().length;

function itemStart(line: string): ItemStart | undefined {
  if (THEMATIC_BREAK.test(line)) return undefined;
  const bullet = BULLET_ITEM.exec(line);
  if (bullet) {
    const [, indent, marker, spaces, rest] = bullet;
    return start(indent.length, marker, marker, 1, false, spaces, rest);
  }
  const ordered = ORDERED_ITEM.exec(line);
  if (ordered) {
    const [, indent, digits, delimiter, spaces, rest] = ordered;
    return start(indent.length, digits + delimiter, delimiter, Number(digits), true, spaces, rest);
  }
  return undefined;
}

function start(
  indent: number,
  marker: string,
  delimiter: string,
  number: number,
  ordered: boolean,
  spaces: string,
  rest: string,
): ItemStart {
  const blank = rest.trim() === '';
  // CommonMark: five or more spaces after the marker mean the content is indented code; we have no
  // code blocks, so the content simply starts one space after the marker.
  const gap = blank || spaces.length > 4 ? 1 : spaces.length;
  const first = spaces.length > 4 ? spaces.slice(1) + rest : rest;
  return { contentIndent: indent + marker.length + gap, ordered, delimiter, marker, number, first, blank };
}

/** A line that ends a paragraph because it starts another block. */
function interruptsParagraph(line: string): boolean {
  if (THEMATIC_BREAK.test(line) || ATX_HEADING.test(line)) return true;
  const item = itemStart(line);
  // As in CommonMark, only a non-empty item, and for ordered lists only one numbered 1, interrupts a
  // paragraph: "in\n1962. The ..." stays one paragraph.
  return item !== undefined && !item.blank && (!item.ordered || item.number === 1);
}

function parseBlocks(lines: string[], depth = 0): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      blocks.push({ type: 'thematicBreak' });
      i++;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: 'heading',
        level: heading[1].length as 1 | 2 | 3,
        children: parseInline((heading[2] ?? '').trim()),
      });
      i++;
      continue;
    }
    // Lists nested deeper than MAX_LIST_NESTING stay paragraph text: bounded work and recursion.
    const item = depth < MAX_LIST_NESTING ? itemStart(line) : undefined;
    if (item) {
      i = parseList(lines, i, item, blocks, depth);
      continue;
    }
    const paragraph: string[] = [line];
    i++;
    while (i < lines.length && !isBlank(lines[i]) && !interruptsParagraph(lines[i])) {
      paragraph.push(lines[i]);
      i++;
    }
    blocks.push({ type: 'paragraph', children: parseParagraphLines(paragraph) });
  }
  return blocks;
}

function parseList(lines: string[], from: number, first: ItemStart, blocks: Block[], depth: number): number {
  const list: ListNode = {
    type: 'list',
    ordered: first.ordered,
    start: first.number,
    tight: true,
    items: [],
  };
  let i = from;
  let current: ItemStart | undefined = first;
  while (current) {
    const content: string[] = [current.first];
    const indent = current.contentIndent;
    let lastBlank = current.blank;
    let next: ItemStart | undefined;
    i++;
    while (i < lines.length) {
      const line = lines[i];
      if (isBlank(line)) {
        content.push('');
        lastBlank = true;
        i++;
        continue;
      }
      if (indentOf(line) >= indent) {
        content.push(line.slice(indent));
        lastBlank = false;
        i++;
        continue;
      }
      const sibling = itemStart(line);
      if (sibling && sibling.ordered === list.ordered && sibling.delimiter === current.delimiter) {
        next = sibling;
        break;
      }
      // Lazy continuation: an unindented line straight after paragraph text carries on that paragraph.
      if (!lastBlank && !interruptsParagraph(line)) {
        content.push(line.trimStart());
        i++;
        continue;
      }
      break;
    }
    // Blank lines at the end of an item belong between items (they make the list loose), not inside.
    let trailingBlanks = 0;
    while (content.length > 1 && content[content.length - 1] === '') {
      content.pop();
      trailingBlanks++;
    }
    if (content.slice(1).some((l) => l === '')) list.tight = false;
    if (next && trailingBlanks > 0) list.tight = false;
    list.items.push({ type: 'listItem', marker: current.marker, children: parseBlocks(content, depth + 1) });
    if (!next) {
      // Give back the blank lines the item swallowed so the caller sees the list end cleanly.
      i -= trailingBlanks;
      break;
    }
    current = next;
  }
  blocks.push(list);
  return i;
}

/** Joins a paragraph's lines, turning "two spaces" and "backslash" line ends into hard breaks. */
function parseParagraphLines(lines: string[]): Inline[] {
  let text = '';
  lines.forEach((raw, index) => {
    const last = index === lines.length - 1;
    let line = raw.replace(/^[ \t]+/, '');
    if (last) {
      text += line.replace(/[ \t]+$/, '');
      return;
    }
    if (/ {2,}$/.test(line) || /\t$/.test(line)) {
      text += `${line.replace(/[ \t]+$/, '')}${HARD_BREAK}`;
    } else if (/(^|[^\\])(\\\\)*\\$/.test(line)) {
      text += `${line.slice(0, -1)}${HARD_BREAK}`;
    } else {
      line = line.replace(/[ \t]+$/, '');
      text += `${line}\n`;
    }
  });
  return parseInline(text);
}

/** Stands for a hard line break while a paragraph is parsed inline; never left in the output. */
const HARD_BREAK = '\u0000';

export function parseMarkdown(source: string): Root {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    // NUL is not text; CommonMark replaces it too. It also keeps HARD_BREAK unambiguous.
    .replaceAll(HARD_BREAK, '\uFFFD')
    .split('\n')
    .map(expandTabs);
  return { type: 'root', children: parseBlocks(lines) };
}

/* ------------------------------------------------------------------------------------------ */
/* Inlines                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch) || ch === HARD_BREAK;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * How far the parser goes before markup becomes plain text (docs/scenario-format.md, "Limits"): no
 * real document nests emphasis or lists more than three deep, and the caps keep the work on a hostile
 * body linear and the recursion shallow.
 */
export const MAX_INLINE_NESTING = 16;
export const MAX_LIST_NESTING = 16;

const UNKNOWN = -2;

/**
 * The closers found so far in one string. A scan for a closer moves from position to position, and
 * where it goes next (or what it returns) depends on the position alone, never on where the scan
 * began (only the first step does, through `j > from`). So the answer from each position is
 * remembered, and each position of a paragraph is scanned at most once per kind of delimiter
 * instead of once per opener: a run of 20,000 unmatched openers costs 20,000 steps, not 4 × 10^8.
 */
interface Scan {
  s: string;
  /** Where the run of the same character through each position ends (exclusive). */
  runEnd: Int32Array;
  closers: Map<string, Int32Array>;
}

function newScan(s: string): Scan {
  const runEnd = new Int32Array(s.length);
  for (let i = s.length - 1; i >= 0; i--) runEnd[i] = i + 1 < s.length && s[i + 1] === s[i] ? runEnd[i + 1] : i + 1;
  return { s, runEnd, closers: new Map() };
}

function memoFor(scan: Scan, delimiter: string): Int32Array {
  let memo = scan.closers.get(delimiter);
  if (!memo) {
    memo = new Int32Array(scan.s.length).fill(UNKNOWN);
    scan.closers.set(delimiter, memo);
  }
  return memo;
}

/**
 * Where the closing delimiter of a span opened just before `from` is, or -1. `delimiter` is "**",
 * "__", "~~", "*" or "_". Skips backslash escapes, and for a single "*" or "_" steps over nested
 * double-delimiter spans so `*a **b** c*` closes at the last star. Iterative, and memoised by Scan.
 */
function findClose(scan: Scan, from: number, delimiter: string): number {
  const { s } = scan;
  const memo = memoFor(scan, delimiter);
  const ch = delimiter[0];
  const double = delimiter.length === 2;
  const visited: number[] = [];
  let j = from;
  let result = -1;
  while (j < s.length) {
    if (j > from) {
      if (memo[j] !== UNKNOWN) {
        result = memo[j];
        break;
      }
      visited.push(j);
    }
    const step = closeStep(scan, from, j, ch, double);
    if (step.close !== undefined) {
      result = step.close;
      break;
    }
    j = step.next;
  }
  for (const v of visited) memo[v] = result;
  return result;
}

/** One step of the scan at `j`: the closer found there, or the next position to look at. */
function closeStep(scan: Scan, from: number, j: number, ch: string, double: boolean): { close?: number; next: number } {
  const { s } = scan;
  const c = s[j];
  if (c === '\\' && j + 1 < s.length && ASCII_PUNCTUATION.test(s[j + 1])) return { next: j + 2 };
  if (c !== ch) return { next: j + 1 };
  const run = scan.runEnd[j] - j;
  const before = s[j - 1];
  if (double) {
    if (run >= 2 && j > from && !isSpace(before)) {
      const at = j + run - 2; // in "***", the last two close the double span
      if (ch !== '_' || !isWordChar(s[at + 2])) return { close: at, next: j };
    }
    return { next: j + run };
  }
  // Single delimiter.
  if (run === 1) {
    if (j > from && !isSpace(before) && (ch !== '_' || !isWordChar(s[j + 1]))) return { close: j, next: j };
    return { next: j + 1 };
  }
  // A run of two or more: a nested double span, or (run of three) a double span and our closer.
  if (run >= 3 && j > from && !isSpace(before)) return { close: j + run - 1, next: j };
  const nested = findClose(scan, j + 2, ch + ch);
  if (nested > 0) return { next: nested + 2 };
  return { next: j + run };
}

function canOpen(s: string, at: number, delimiter: string): boolean {
  const after = s[at + delimiter.length];
  if (isSpace(after)) return false;
  if (delimiter[0] === '_' && isWordChar(s[at - 1])) return false; // snake_case stays text
  return true;
}

/** Parses inline Markdown. Hard breaks arrive as HARD_BREAK characters (see parseParagraphLines). */
export function parseInline(s: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  // Deeper than any real document: the rest is text (escapes still apply), so no character is lost.
  const markup = depth < MAX_INLINE_NESTING;
  const scan = newScan(s);
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    const parts = buffer.split(HARD_BREAK);
    parts.forEach((part, index) => {
      if (index > 0) out.push({ type: 'break' });
      if (part) pushText(out, part);
    });
    buffer = '';
  };

  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1])) {
      buffer += s[i + 1];
      i += 2;
      continue;
    }
    if (markup && c === '~' && s[i + 1] === '~' && canOpen(s, i, '~~')) {
      const close = findClose(scan, i + 2, '~~');
      if (close > i + 2) {
        flush();
        out.push({ type: 'strike', children: parseInline(s.slice(i + 2, close), depth + 1) });
        i = close + 2;
        continue;
      }
    }
    if (markup && (c === '*' || c === '_') && s[i + 1] === c && canOpen(s, i, c + c)) {
      const close = findClose(scan, i + 2, c + c);
      if (close > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(s.slice(i + 2, close), depth + 1) });
        i = close + 2;
        continue;
      }
    }
    if (markup && (c === '*' || c === '_') && canOpen(s, i, c)) {
      const close = findClose(scan, i + 1, c);
      if (close > i + 1) {
        flush();
        out.push({ type: 'emphasis', children: parseInline(s.slice(i + 1, close), depth + 1) });
        i = close + 1;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

function pushText(out: Inline[], value: string): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

/* ------------------------------------------------------------------------------------------ */
/* Plain text                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** The text of inline nodes, markup removed; a hard break becomes "\n". */
export function inlineText(nodes: readonly Inline[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += '\n';
    else text += inlineText(node.children);
  }
  return text;
}

/**
 * The text of a whole tree: blocks separated by a blank line, list items by a newline (a blank line
 * in a loose list), ordered markers kept ("1. …"), bullet markers dropped.
 */
export function plainText(root: Root | readonly Block[]): string {
  const blocks = Array.isArray(root) ? root : (root as Root).children;
  return blocks.map(blockText).join('\n\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.children);
    case 'thematicBreak':
      return '';
    case 'list':
      return block.items
        .map((item) => {
          const body = plainText(item.children);
          return block.ordered ? `${item.marker} ${body}` : body;
        })
        .join(block.tight ? '\n' : '\n\n');
  }
}

/** Whitespace-normalised text of a block, for matching it against a document's markings. */
export function normalisedText(block: Block): string {
  return blockText(block).replace(/\s+/g, ' ').trim();
}
