import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/engine/loader/frontMatter';
import {
  type Block,
  type Inline,
  inlineText,
  type ListNode,
  type ParagraphNode,
  parseInline,
  parseMarkdown,
  plainText,
} from '../../src/ui/documents/markdown';

const DOCUMENTS = join(__dirname, '../../scenarios/black-saturday/documents');

function bodyOf(file: string): string {
  const split = splitFrontMatter(readFileSync(join(DOCUMENTS, file), 'utf8'));
  if (!split) throw new Error(`${file} has no front matter`);
  return split.body;
}

const paragraph = (block: Block | undefined) => {
  expect(block?.type).toBe('paragraph');
  return block as ParagraphNode;
};

/** Every node of a tree, depth first. */
function walkInlines(nodes: readonly Inline[], out: Inline[] = []): Inline[] {
  for (const node of nodes) {
    out.push(node);
    if ('children' in node) walkInlines(node.children, out);
  }
  return out;
}

function allInlines(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') walkInlines(block.children, out);
    if (block.type === 'list') for (const item of block.items) out.push(...allInlines(item.children));
  }
  return out;
}

describe('markdown blocks', () => {
  it('separates paragraphs by blank lines, however many', () => {
    const root = parseMarkdown('One.\n\nTwo,\nstill two.\n\n\n\nThree.');
    expect(root.children).toHaveLength(3);
    expect(plainText(root)).toBe('One.\n\nTwo,\nstill two.\n\nThree.');
  });

  it('keeps a single newline as a soft break inside the paragraph', () => {
    const p = paragraph(parseMarkdown('a\nb').children[0]);
    expect(p.children).toEqual([{ type: 'text', value: 'a\nb' }]);
  });

  it('makes hard breaks from two trailing spaces or a backslash, but not at the end', () => {
    const p = paragraph(parseMarkdown('DEPARTMENT OF STATE  \nWASHINGTON\\\nD. C.  ').children[0]);
    expect(p.children).toEqual([
      { type: 'text', value: 'DEPARTMENT OF STATE' },
      { type: 'break' },
      { type: 'text', value: 'WASHINGTON' },
      { type: 'break' },
      { type: 'text', value: 'D. C.' },
    ]);
  });

  it('reads # to ### as headings and leaves #### and #hashtags as text', () => {
    const root = parseMarkdown('# One\n## Two ##\n### Three\n#### Four\n\n#hashtag');
    expect(root.children.map((b) => b.type)).toEqual(['heading', 'heading', 'heading', 'paragraph', 'paragraph']);
    expect(root.children.slice(0, 3).map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([1, 2, 3]);
    expect(plainText(root.children.slice(1, 2))).toBe('Two');
    expect(plainText(root.children.slice(3))).toBe('#### Four\n\n#hashtag');
  });

  it('reads bullet lists with - or *, with indented and lazy continuation lines', () => {
    const root = parseMarkdown('- first\n  carried on\n* a new list\nlazily continued\n\nAfter.');
    const [first, second, after] = root.children as [ListNode, ListNode, ParagraphNode];
    expect(first.type).toBe('list');
    expect(first.ordered).toBe(false);
    expect(plainText(first.items[0].children)).toBe('first\ncarried on');
    expect(second.type).toBe('list');
    expect(plainText(second.items[0].children)).toBe('a new list\nlazily continued');
    expect(inlineText(after.children)).toBe('After.');
  });

  it('nests a list by indentation', () => {
    const [list] = parseMarkdown('- outer\n  - inner one\n  - inner two\n- next').children as [ListNode];
    expect(list.items).toHaveLength(2);
    const [para, inner] = list.items[0].children as [ParagraphNode, ListNode];
    expect(inlineText(para.children)).toBe('outer');
    expect(inner.type).toBe('list');
    expect(inner.items.map((i) => plainText(i.children))).toEqual(['inner one', 'inner two']);
  });

  it('ends a list at an unindented paragraph after a blank line', () => {
    const root = parseMarkdown('- item\n\nNot the item.');
    expect(root.children.map((b) => b.type)).toEqual(['list', 'paragraph']);
  });

  it('tells a tight list from a loose one', () => {
    const tight = parseMarkdown('- a\n- b\n- c').children[0] as ListNode;
    const loose = parseMarkdown('- a\n\n- b').children[0] as ListNode;
    expect(tight.items).toHaveLength(3);
    expect(tight.tight).toBe(true);
    expect(loose.items).toHaveLength(2);
    expect(loose.tight).toBe(false);
  });

  it('keeps the numbers of an ordered list as written', () => {
    const root = parseMarkdown('1. Lifting.\n2. Inspection.\n\nText.\n\n4. Resumed.');
    const [list, , resumed] = root.children as [ListNode, ParagraphNode, ListNode];
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => i.marker)).toEqual(['1.', '2.']);
    expect(resumed.start).toBe(4);
    expect(plainText(root)).toBe('1. Lifting.\n2. Inspection.\n\nText.\n\n4. Resumed.');
  });

  it('does not let a number in running text start a list', () => {
    const root = parseMarkdown('It happened in\n1962. Then more.');
    expect(root.children).toHaveLength(1);
    expect(root.children[0].type).toBe('paragraph');
  });

  it('does not take *emphasis* at the start of a line for a bullet', () => {
    const root = parseMarkdown('*disseminated 11/9/62*');
    expect(root.children[0].type).toBe('paragraph');
  });

  it('reads --- as a thematic break (a page break in documents)', () => {
    expect(parseMarkdown('Page one\n\n---\n\nPage two').children.map((b) => b.type)).toEqual([
      'paragraph',
      'thematicBreak',
      'paragraph',
    ]);
  });
});

describe('markdown inlines', () => {
  it('reads strong, emphasis (both markers) and strike', () => {
    expect(parseInline('**b** *i* _j_ ~~s~~')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'i' }] },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'j' }] },
      { type: 'text', value: ' ' },
      { type: 'strike', children: [{ type: 'text', value: 's' }] },
    ]);
  });

  it('nests inline spans', () => {
    expect(parseInline('**bold *and italic* ~~and struck~~**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', value: 'bold ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'and italic' }] },
          { type: 'text', value: ' ' },
          { type: 'strike', children: [{ type: 'text', value: 'and struck' }] },
        ],
      },
    ]);
    expect(parseInline('*a **b** c*')).toEqual([
      {
        type: 'emphasis',
        children: [
          { type: 'text', value: 'a ' },
          { type: 'strong', children: [{ type: 'text', value: 'b' }] },
          { type: 'text', value: ' c' },
        ],
      },
    ]);
    expect(parseInline('***both***')).toEqual([
      { type: 'strong', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'both' }] }] },
    ]);
  });

  it('carries a span across a line break', () => {
    const p = paragraph(parseMarkdown('**if the\nUnited States removes**').children[0]);
    expect(p.children).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'if the\nUnited States removes' }] },
    ]);
  });

  it('leaves unmatched or spaced delimiters, snake_case and escapes as text', () => {
    expect(inlineText(parseInline('2 * 3 * 4'))).toBe('2 * 3 * 4');
    expect(parseInline('a **b')).toEqual([{ type: 'text', value: 'a **b' }]);
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', value: 'snake_case_name' }]);
    expect(parseInline('\\*not emphasis\\*')).toEqual([{ type: 'text', value: '*not emphasis*' }]);
    expect(parseInline('~single tilde~')).toEqual([{ type: 'text', value: '~single tilde~' }]);
  });

  it('keeps raw HTML as text: <script> stays eight characters', () => {
    const root = parseMarkdown('<script>alert("x")</script>\n\n<img src=x onerror=alert(1)> **<b>bold</b>**');
    expect(plainText(root)).toBe('<script>alert("x")</script>\n\n<img src=x onerror=alert(1)> <b>bold</b>');
    const types = new Set(allInlines(root.children).map((n) => n.type));
    expect([...types].sort()).toEqual(['strong', 'text']);
  });
});

/** The body with only the Markdown markup taken out: what a reader of the paper sees. */
function withoutMarkup(body: string): string {
  return body
    .replace(/\*\*|~~|\*/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

describe('the seed memo (verbatim)', () => {
  const body = bodyOf('rostow-negotiations-memo.md');
  const root = parseMarkdown(body);

  it('parses without losing a single character of text', () => {
    expect(plainText(root)).toBe(withoutMarkup(body));
  });

  it('keeps every non-space character of the body, in order', () => {
    const strip = (s: string) => s.replace(/\s+/g, '');
    expect(strip(plainText(root))).toBe(strip(body.replace(/\*\*|~~|\*/g, '')));
  });

  it('finds the struck classification, the handwritten notes and the bold file numbers', () => {
    const inlines = allInlines(root.children);
    const texts = (type: Inline['type']) =>
      inlines.filter((n) => n.type === type).map((n) => ('children' in n ? inlineText(n.children) : ''));
    expect(texts('strike')).toEqual(['SECRET EYES ONLY Attachments', 'SECRET EYES ONLY Attachments', 'SECRET']);
    expect(texts('emphasis')).toEqual(['disseminated 11/9/62', 'Cys 15, 16, 17.', '19-35', 'WR for']);
    expect(texts('strong')).toEqual(['00829', '1962/10/27']);
  });

  it('keeps the covering memo before the paper, and the typed line ends as hard breaks', () => {
    const text = plainText(root);
    expect(text.indexOf('MEMORANDUM FOR MR. McGEORGE BUNDY')).toBeLessThan(
      text.indexOf('MEMORANDUM FOR EXECUTIVE COMMITTEE NSC'),
    );
    expect(text).toContain('DEPARTMENT OF STATE\nWASHINGTON');
    expect(text).toContain('DECLASSIFIED\nEO 11652, Sec. 2(b) and 5(D)\nState NLK-75-123\nBy MCD Date 10/11/76');
  });

  it('keeps the numbered paragraphs numbered, and (a) and (b) as paragraphs between them', () => {
    const lists = root.children.filter((b): b is ListNode => b.type === 'list');
    expect(lists.map((l) => l.items.map((i) => i.marker))).toEqual([['1.', '2.', '3.'], ['4.']]);
    const text = plainText(root);
    expect(text).toMatch(/\n\n\(a\) make clear that the Cuban issue/);
    expect(text).toMatch(/\n\n\(b\) make equally clear/);
  });
});

describe('every document of Black Saturday', () => {
  const files = readdirSync(DOCUMENTS).filter((f) => f.endsWith('.md'));

  it.each(files)('%s parses and keeps every non-space character', (file) => {
    const body = bodyOf(file);
    const root = parseMarkdown(body);
    const strip = (s: string) => s.replace(/\s+/g, '');
    // Markers a reader does not see: delimiters and bullet dashes (ordered numbers are kept).
    const expected = body.replace(/^[ \t]*[-*][ \t]+/gm, '').replace(/\*\*|~~|\*/g, '');
    expect(strip(plainText(root))).toBe(strip(expected));
  });
});
