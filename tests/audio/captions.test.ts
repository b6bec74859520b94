import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAPTION_LINES, CAPTION_MS, mountCaptions, showCaption } from '../../src/audio/captions';

/** Just enough DOM for the caption strip: elements with attributes, children and text. */
class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  parent: FakeElement | null = null;
  className = '';
  textContent: string | null = null;

  constructor(
    readonly tagName: string,
    readonly ownerDocument: { createElement(tag: string): FakeElement },
  ) {}

  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }

  append(...nodes: FakeElement[]) {
    for (const node of nodes) {
      node.parent = this;
      this.children.push(node);
    }
  }

  remove() {
    if (!this.parent) return;
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = null;
  }
}

function fakeRoot(): FakeElement {
  const doc = { createElement: (tag: string): FakeElement => new FakeElement(tag, doc) };
  return doc.createElement('div');
}

const lines = (root: FakeElement) => (root.children[0]?.children ?? []).map((line) => line.textContent);

describe('the caption strip', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a polite live region in the root', () => {
    const root = fakeRoot();
    const captions = mountCaptions(root as unknown as HTMLElement);
    const strip = root.children[0] as FakeElement;
    expect(captions.element).toBe(strip);
    expect(strip.attributes.get('aria-live')).toBe('polite');
    expect(strip.attributes.get('role')).toBe('log');
    expect(strip.className).toBe('audio-captions');
    captions.destroy();
    expect(root.children).toEqual([]);
  });

  it(`shows each caption for ${CAPTION_MS / 1000} s`, () => {
    const root = fakeRoot();
    const captions = mountCaptions(root as unknown as HTMLElement);
    showCaption('[Teletype chatters: a cable is arriving]');
    expect(lines(root)).toEqual(['[Teletype chatters: a cable is arriving]']);
    vi.advanceTimersByTime(CAPTION_MS - 1);
    expect(lines(root)).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(lines(root)).toEqual([]);
    captions.destroy();
  });

  it(`stacks at most ${CAPTION_LINES} lines, newest last`, () => {
    const root = fakeRoot();
    const captions = mountCaptions(root as unknown as HTMLElement);
    captions.show('[one]');
    vi.advanceTimersByTime(1000);
    captions.show('[two]');
    captions.show('[three]');
    expect(lines(root)).toEqual(['[two]', '[three]']);
    vi.advanceTimersByTime(CAPTION_MS);
    expect(lines(root)).toEqual([]);
    captions.destroy();
  });

  it('moves a repeated caption to the bottom instead of showing it twice, and ignores blanks', () => {
    const root = fakeRoot();
    const captions = mountCaptions(root as unknown as HTMLElement);
    captions.show('[cable]');
    captions.show('[memo]');
    captions.show('[cable]');
    captions.show('   ');
    expect(lines(root)).toEqual(['[memo]', '[cable]']);
    captions.destroy();
  });

  it('does nothing when no strip is mounted', () => {
    const root = fakeRoot();
    mountCaptions(root as unknown as HTMLElement).destroy();
    expect(() => showCaption('[nobody listening]')).not.toThrow();
    expect(root.children).toEqual([]);
  });
});
