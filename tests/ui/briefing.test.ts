// @vitest-environment happy-dom
/** The one-minute solo briefing: its text from the scenario, shown once per browser, closed by Esc. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { memoryStore } from '../../src/session/storage';
import { briefingParagraphs, briefingSeen, markBriefingSeen, openBriefing } from '../../src/ui/play/briefing';

afterEach(() => document.body.replaceChildren());

describe('the solo briefing', () => {
  it('Black Saturday’s briefing is about a minute’s reading and covers the goal, the board and the clock', () => {
    const loaded = loadScenarioFolder('scenarios/black-saturday');
    if (!loaded.ok) throw new Error('black-saturday does not load');
    const text = loaded.value.scenario.meta.briefing ?? '';
    expect(text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(210);
    expect(text).toContain('◆ better end');
    expect(text).toMatch(/clock waits/);
    expect(text).toMatch(/no war/);
    expect(briefingParagraphs(text)).toHaveLength(4);
  });

  it('is marked as seen per scenario, so it shows once', () => {
    const store = memoryStore();
    expect(briefingSeen(store, 'black-saturday')).toBe(false);
    markBriefingSeen(store, 'black-saturday');
    markBriefingSeen(store, 'black-saturday');
    expect(briefingSeen(store, 'black-saturday')).toBe(true);
    expect(briefingSeen(store, 'another')).toBe(false);
    markBriefingSeen(store, 'another');
    expect(briefingSeen(store, 'black-saturday') && briefingSeen(store, 'another')).toBe(true);
  });

  it('draws paragraphs as text with terms marked, and Esc closes it', () => {
    let closed = 0;
    const dialog = openBriefing(
      document.body,
      {
        title: 'Test',
        text: 'You sit with the <b>ExComm</b>.\n\nThe clock waits.',
        glossary: [{ term: 'ExComm', short: 'The Executive Committee.' }],
      },
      () => closed++,
    );
    expect(dialog.querySelector('b')).toBeNull();
    expect([...dialog.querySelectorAll('p')].map((p) => p.textContent).slice(0, 2)).toEqual([
      'You sit with the <b>ExComm</b>.',
      'The clock waits.',
    ]);
    expect(dialog.querySelector('[data-term="ExComm"]')).not.toBeNull();
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(closed).toBe(1);
    expect(document.body.contains(dialog)).toBe(false);
  });
});
