// @vitest-environment happy-dom
/**
 * The documents as a reader meets them, on the real Black Saturday papers and a game played by the
 * engine (the folder is fed by the real view, never hand-made summaries): the Markdown drawn as DOM
 * in each of its contexts, every paper rendered, the viewer (zoom, clean copy, keys, focus back to
 * the opener) and the briefing folder (order, unread, keys, opening).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { createEngine } from '../../src/engine/game';
import { readDocument, toView } from '../../src/engine/view';
import {
  openDocumentViewer,
  renderBriefingFolder,
  renderDocument,
  renderMarkdown,
  sortForFolder,
} from '../../src/ui/documents/documents';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('Black Saturday does not load');
const engine = createEngine(loaded.value.scenario);
const run = playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot;
const viewer = { side: 'us' } as const;
const summaries = toView(engine, run, viewer).documents;
const paper = (id: string) => {
  const doc = readDocument(engine, run, viewer, id);
  if (!doc) throw new Error(`cannot read ${id}`);
  return doc;
};

const drawn = (markdown: string, context?: 'archival' | 'typed' | 'clean' | 'plain') => {
  const host = document.createElement('div');
  host.append(renderMarkdown(markdown, { context }));
  return host;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('Markdown drawn as DOM', () => {
  it('draws paragraphs, headings from the level given, lists and emphasis', () => {
    const host = drawn('# Title\n\nOne *two* **three**.\n\n- a\n- b\n\n1. first\n2. second');
    expect(host.querySelector('h3')?.textContent).toBe('Title');
    expect(host.querySelectorAll('ul li').length).toBe(2);
    expect(host.querySelectorAll('ol li').length).toBe(2);
    expect(host.querySelector('strong')?.textContent).toBe('three');
    expect(host.querySelector('p')?.textContent).toBe('One two three.');
  });

  it('draws handwriting and strike-through as the archival copy shows them, and names them in words', () => {
    const archival = drawn('Sent *by hand* and ~~withdrawn~~.', 'archival');
    expect(archival.querySelector('.doc-hand')?.textContent).toBe('(handwritten) by hand');
    expect(archival.querySelector('s.doc-struck')).not.toBeNull();
    const clean = drawn('Sent *by hand* and ~~withdrawn~~.', 'clean');
    const labels = [...clean.querySelectorAll('.doc-clean-mark__label')].map((l) => l.textContent);
    expect(labels).toEqual(['handwritten:', 'struck through:']);
    const typed = drawn('Sent *by hand*.', 'typed');
    expect(typed.querySelector('.doc-hand')).toBeNull();
  });

  it('keeps markup in the text as text', () => {
    const host = drawn('<script>alert(1)</script> and <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(host.querySelector('script, img')).toBeNull();
    expect(host.textContent).toContain('<script>alert(1)</script>');
    for (const a of host.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
  });
});

describe('every paper of the game', () => {
  it('renders with its title, kind, date and provenance, never as markup from its text', () => {
    for (const summary of summaries) {
      const article = renderDocument(paper(summary.id));
      expect(article.dataset.documentId).toBe(summary.id);
      expect(article.querySelector('.doc__title')?.textContent).toBe(summary.title);
      expect(article.querySelector('time')?.getAttribute('datetime')).toBe(summary.date.replace(' ', 'T'));
      expect(article.querySelector('script')).toBeNull();
      expect(article.textContent?.length).toBeGreaterThan(100);
    }
  });

  it('lays the verbatim memo out as archival sheets in a jacket, and its clean copy names the marks', () => {
    const memo = paper('rostow-negotiations-memo');
    const archival = renderDocument(memo);
    expect(archival.dataset.rendering).toBe('verbatim');
    expect(archival.querySelector('.doc__jacket')).not.toBeNull();
    const clean = renderDocument(memo, { clean: true });
    expect(clean.classList.contains('doc--clean')).toBe(true);
    expect(clean.querySelector('.doc__jacket')).toBeNull();
  });
});

describe('the viewer', () => {
  const open = (id: string, options = {}) => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    const viewer_ = openDocumentViewer(document.body, paper(id), { onClose, reducedMotion: true, ...options });
    return { viewer: viewer_, dialog: viewer_.element, opener, onClose };
  };
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const zoomOf = (dialog: HTMLElement) => dialog.querySelector('[aria-live], .doc-viewer__zoom-level')?.textContent;

  it('opens as a modal dialog with the paper, and closes with Escape back to the opener', () => {
    const { dialog, opener, onClose } = open('situation-27');
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector('.doc__title')?.textContent).toBe(paper('situation-27').title);
    key(dialog, 'Escape');
    expect(onClose).toHaveBeenCalled();
    expect(dialog.isConnected && dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('zooms with the keys and the buttons, within its steps', () => {
    const { dialog, viewer: v } = open('situation-27');
    const before = zoomOf(dialog);
    key(dialog, '+');
    const bigger = zoomOf(dialog);
    expect(bigger).not.toBe(before);
    key(dialog, '0');
    expect(zoomOf(dialog)).toBe(before);
    for (let i = 0; i < 20; i++) key(dialog, '-');
    const smallest = zoomOf(dialog);
    key(dialog, '-');
    expect(zoomOf(dialog)).toBe(smallest);
    v.close();
  });

  it('shows the verbatim memo’s clean transcription at a press of its button', () => {
    const { dialog, viewer: v } = open('rostow-negotiations-memo');
    const toggle = dialog.querySelector<HTMLButtonElement>('[aria-pressed]');
    expect(toggle).not.toBeNull();
    const pressed = toggle?.getAttribute('aria-pressed');
    toggle?.click();
    expect(toggle?.getAttribute('aria-pressed')).not.toBe(pressed);
    v.close();
  });
});

describe('the briefing folder', () => {
  it('lists the papers newest first, marks the unread and the current one, and counts them', () => {
    const read = new Set(summaries.slice(0, 3).map((s) => s.id));
    const fed = summaries.map((s) => ({ ...s, read: read.has(s.id) }));
    const folder = renderBriefingFolder(fed, { onOpen() {}, currentId: fed[0].id });
    const ids = [...folder.querySelectorAll<HTMLElement>('[data-document-id]')].map((b) => b.dataset.documentId);
    expect(ids).toEqual(sortForFolder(fed).map((s) => s.id));
    expect(folder.querySelector('.doc-folder__count')?.textContent).toBe(
      `${fed.length} papers, ${fed.length - read.size} unread`,
    );
    expect(folder.querySelector('[aria-current="true"]')?.getAttribute('data-document-id')).toBe(fed[0].id);
  });

  it('is one Tab stop: the arrows, Home and End move between papers, and a click opens one', () => {
    const onOpen = vi.fn();
    const folder = renderBriefingFolder(summaries, { onOpen });
    document.body.append(folder);
    const buttons = [...folder.querySelectorAll<HTMLButtonElement>('[data-document-id]')];
    expect(buttons.filter((b) => b.tabIndex === 0).length).toBe(1);
    buttons[0].focus();
    // Keys go to the focused entry and bubble up to the list, as in a browser.
    const press = (key: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowDown');
    expect(document.activeElement).toBe(buttons[1]);
    press('End');
    expect(document.activeElement).toBe(buttons.at(-1));
    press('Home');
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    buttons[2].click();
    expect(onOpen).toHaveBeenCalledWith(buttons[2].dataset.documentId);
  });

  it('says so when no paper has come yet', () => {
    const folder = renderBriefingFolder([], { onOpen() {} });
    expect(folder.querySelector('[data-document-id]')).toBeNull();
    expect(folder.querySelector('.doc-folder__count')?.textContent).toBe('0 papers, all read');
  });
});
