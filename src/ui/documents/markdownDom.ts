/**
 * Draws the Markdown AST (markdown.ts) as DOM nodes. createElement and textContent only, never
 * innerHTML: a teacher's uploaded scenario is text, and stays text, whatever it contains.
 *
 * The same AST is drawn differently depending on where it appears:
 * - `archival`: a verbatim transcription of an archival copy, whose conventions are that `*…*` is
 *   handwritten on the page (drawn in a hand, class `doc-hand`) and `~~…~~` is struck through in
 *   the original (`<s class="doc-struck">`, a drawn line through it);
 * - `typed`: typewritten paper in the project's own words; emphasis is underlined, as a typist
 *   would have done it, struck text is still drawn struck;
 * - `clean`: the clean transcription beside an archival copy; every mark is named in words
 *   ("handwritten:", "struck through:") so nothing depends on seeing the page;
 * - `plain`: interface text (ordinary emphasis and strike-through).
 */

import { el } from '../dom';
import type { Block, Inline, ListNode, Root } from './markdown';
import { parseMarkdown } from './markdown';

export type MarkdownContext = 'archival' | 'typed' | 'clean' | 'plain';

export interface MarkdownDomOptions {
  context?: MarkdownContext;
  /** Level of a `#` heading; `##` and `###` follow it (capped at h6). Default 3. */
  topHeadingLevel?: number;
}

interface Resolved {
  context: MarkdownContext;
  top: number;
}

function resolve(options: MarkdownDomOptions): Resolved {
  return {
    context: options.context ?? 'plain',
    top: options.topHeadingLevel ?? 3,
  };
}

/** Words for assistive technology that a sighted reader gets from the look of the page. */
function hiddenLabel(text: string): HTMLElement {
  return el('span', 'visually-hidden', text);
}

/** Words a reader of the clean transcription sees, naming a mark of the original. */
function cleanLabel(text: string): HTMLElement {
  return el('span', 'doc-clean-mark__label', text);
}

export function renderInlines(nodes: readonly Inline[], options: MarkdownDomOptions = {}): DocumentFragment {
  const r = resolve(options);
  const fragment = document.createDocumentFragment();
  appendInlines(r, fragment, nodes);
  return fragment;
}

function appendInlines(r: Resolved, parent: Node, nodes: readonly Inline[]): void {
  for (const node of nodes) parent.appendChild(inlineNode(r, node));
}

function inlineNode(r: Resolved, node: Inline): Node {
  switch (node.type) {
    case 'text':
      return document.createTextNode(node.value);
    case 'break':
      return el('br');
    case 'strong': {
      const strong = el('strong');
      appendInlines(r, strong, node.children);
      return strong;
    }
    case 'emphasis':
      return emphasis(r, node.children);
    case 'strike':
      return strike(r, node.children);
  }
}

function emphasis(r: Resolved, children: readonly Inline[]): Node {
  switch (r.context) {
    case 'archival': {
      const hand = el('span', 'doc-hand');
      hand.append(hiddenLabel('(handwritten) '));
      appendInlines(r, hand, children);
      return hand;
    }
    case 'clean': {
      const mark = el('span', 'doc-clean-mark doc-clean-mark--hand');
      mark.append(cleanLabel('handwritten:'), ' ');
      const text = el('span', 'doc-clean-mark__text');
      appendInlines(r, text, children);
      mark.append(text);
      return mark;
    }
    case 'typed': {
      const em = el('em', 'doc-typed-em');
      appendInlines(r, em, children);
      return em;
    }
    case 'plain': {
      const em = el('em');
      appendInlines(r, em, children);
      return em;
    }
  }
}

function strike(r: Resolved, children: readonly Inline[]): Node {
  if (r.context === 'clean') {
    const mark = el('span', 'doc-clean-mark doc-clean-mark--struck');
    mark.append(cleanLabel('struck through:'), ' ');
    const text = el('span', 'doc-clean-mark__text');
    appendInlines(r, text, children);
    mark.append(text);
    return mark;
  }
  const s = el('s', r.context === 'plain' ? undefined : 'doc-struck');
  // Most screen readers say nothing about <s>; say it in words.
  s.append(hiddenLabel('(struck through) '));
  appendInlines(r, s, children);
  return s;
}

export function renderBlock(block: Block, options: MarkdownDomOptions = {}): HTMLElement {
  return blockNode(resolve(options), block);
}

function blockNode(r: Resolved, block: Block): HTMLElement {
  switch (block.type) {
    case 'paragraph': {
      const p = el('p');
      appendInlines(r, p, block.children);
      return p;
    }
    case 'heading': {
      const level = Math.min(6, Math.max(1, r.top + block.level - 1));
      const heading = el(`h${level}` as 'h1');
      appendInlines(r, heading, block.children);
      return heading;
    }
    case 'thematicBreak':
      return el('hr');
    case 'list':
      return list(r, block);
  }
}

function list(r: Resolved, block: ListNode): HTMLElement {
  const node = block.ordered ? el('ol') : el('ul');
  if (block.tight) node.className = 'md-tight';
  if (block.ordered && block.start !== 1) node.setAttribute('start', String(block.start));
  for (const item of block.items) {
    const li = el('li');
    if (block.ordered) {
      // Keep the number the author wrote, even if the list skips (4. after a break in 3.).
      const value = Number.parseInt(item.marker, 10);
      if (Number.isFinite(value)) li.value = value;
    }
    for (const child of item.children) {
      if (block.tight && child.type === 'paragraph') appendInlines(r, li, child.children);
      else li.appendChild(blockNode(r, child));
    }
    node.appendChild(li);
  }
  return node;
}

/** Parses (if given a string) and draws a whole body. */
export function renderMarkdown(source: string | Root, options: MarkdownDomOptions = {}): DocumentFragment {
  const r = resolve(options);
  const root = typeof source === 'string' ? parseMarkdown(source) : source;
  const fragment = document.createDocumentFragment();
  for (const block of root.children) fragment.appendChild(blockNode(r, block));
  return fragment;
}
