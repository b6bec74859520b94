/**
 * Glossary terms marked where a reader meets them: the first occurrence of each term in a card or a
 * paper becomes an element with the term's explanation shown on hover and on keyboard focus, and
 * given to screen readers as its description. Built with createElement and text nodes only: a
 * scenario's text never becomes markup. The visible tip is the element's `data-tip` drawn by CSS,
 * so the paper's own text (copy, search, textContent) stays exactly as written.
 */
import { segmentTerms, type TermSegment } from '../../engine/glossary';
import type { GlossaryEntry } from '../../engine/schema/scenario';
import { h } from '../dom';
import './glossary.css';

/** Where terms are never marked: links and buttons (a control in a control), code, and terms already marked. */
const SKIP = 'a, button, code, pre, kbd, samp, script, style, abbr, .term, [data-no-terms]';

let nextId = 0;

export class TermMarker {
  private readonly seen = new Set<string>();
  private readonly noteIds = new Map<string, string>();
  /** Hidden descriptions the marked terms point to; place it anywhere in the same document. */
  readonly notes: HTMLElement = h('div', { hidden: true, class: 'term-notes' });

  constructor(private readonly glossary: readonly GlossaryEntry[] = []) {}

  /**
   * `text` as nodes, its first unseen terms marked. `focusable: false` inside a control (an option
   * button), where a second tab stop would be a control inside a control: the tip shows on hover and
   * the description still reaches screen readers.
   */
  text(text: string, focusable = true): (string | HTMLElement)[] {
    if (this.glossary.length === 0) return [text];
    return segmentTerms(text, this.glossary, this.seen).map((s) => this.node(s, focusable));
  }

  /** Marks the first unseen terms in the text under `root`, outside links, buttons and code. */
  markTree(root: Element): void {
    if (this.glossary.length === 0) return;
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = (n as Text).parentElement;
      if (parent && !parent.closest(SKIP)) texts.push(n as Text);
    }
    for (const t of texts) {
      const segments = segmentTerms(t.data, this.glossary, this.seen);
      if (segments.every((s) => typeof s === 'string')) continue;
      t.replaceWith(...segments.map((s) => this.node(s, true)));
    }
  }

  private node(segment: TermSegment, focusable: boolean): string | HTMLElement {
    if (typeof segment === 'string') return segment;
    const { entry, text } = segment;
    // An abbreviation (two capitals or more, "POL", "ExComm") is an <abbr>; a word ("quarantine") is not.
    const tag = /[A-Z].*[A-Z]/.test(text) ? 'abbr' : 'span';
    const element = h(tag, {
      class: 'term',
      'data-term': entry.term,
      'data-tip': entry.short,
      'aria-describedby': this.noteFor(entry),
      tabindex: focusable ? 0 : undefined,
      onkeydown: (event: Event) => {
        // WCAG 1.4.13: a tip can be dismissed without moving focus.
        if ((event as KeyboardEvent).key === 'Escape' && !element.classList.contains('term--dismissed')) {
          element.classList.add('term--dismissed');
          event.stopPropagation();
        }
      },
      onblur: () => element.classList.remove('term--dismissed'),
      onmouseleave: () => element.classList.remove('term--dismissed'),
    });
    element.append(text);
    return element;
  }

  private noteFor(entry: GlossaryEntry): string {
    let id = this.noteIds.get(entry.term);
    if (!id) {
      id = `term-note-${++nextId}`;
      this.noteIds.set(entry.term, id);
      this.notes.append(h('span', { id }, `${entry.term}: ${entry.short}`));
    }
    return id;
  }
}
