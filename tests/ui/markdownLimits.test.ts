/**
 * Hostile Markdown bodies (issue #12, class 7): the parser's work is linear and its recursion bounded,
 * so these complete (the timing itself is measured in bench/hostile.bench.ts, not asserted here), and
 * no character of the body is lost.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_INLINE_NESTING,
  MAX_LIST_NESTING,
  parseInline,
  parseMarkdown,
  plainText,
} from '../../src/ui/documents/markdown';

function depthOf(nodes: ReturnType<typeof parseInline>): number {
  let deepest = 0;
  for (const node of nodes) if ('children' in node) deepest = Math.max(deepest, 1 + depthOf(node.children));
  return deepest;
}

describe('hostile Markdown', () => {
  it('200,000 unmatched emphasis openers stay text, every character kept', () => {
    const body = '*a '.repeat(200_000).trim();
    expect(plainText(parseMarkdown(body))).toBe(body);
  });

  it('nesting deeper than the limit becomes text instead of overflowing the stack', () => {
    const body = `${'*a '.repeat(20_000)}b${'*'.repeat(20_000)}`;
    const inline = parseInline(body);
    expect(depthOf(inline)).toBe(MAX_INLINE_NESTING);
  });

  it('emphasis within the limit is unchanged', () => {
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
  });

  it('lists nested past the limit stay paragraph text', () => {
    const root = parseMarkdown(`${'- '.repeat(20_000)}x`);
    let depth = 0;
    let blocks = root.children;
    while (blocks[0]?.type === 'list') {
      depth++;
      blocks = blocks[0].items[0].children;
    }
    expect(depth).toBe(MAX_LIST_NESTING);
    expect(blocks[0]?.type).toBe('paragraph');
  });
});
