// @vitest-environment happy-dom
/**
 * The guide's questions from the teacher's classes (#16 item 3): the last comparison's debrief
 * questions kept per scenario and read back only in their shape; the guide's section with them, and
 * its one line without; the packets screen's guide carrying what Compare classes kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { type ComparedQuestions, comparedQuestions, keepComparedQuestions } from '../../src/session/comparedQuestions';
import { browserStore, memoryStore } from '../../src/session/storage';
import { comparedQuestionsSection } from '../../src/ui/classroom/comparedSection';
import { packetsScreen } from '../../src/ui/classroom/packetPages';

const KEPT: ComparedQuestions = {
  runs: ['class-a.json', 'class-b.json'],
  questions: [
    { about: 'second-letter', text: 'At “The second letter”, class-a chose one thing; class-b another. Why?' },
    { about: 'endings', text: 'The runs ended 2 ways. Which decision made the difference?' },
  ],
};

afterEach(() => localStorage.clear());

describe('the last comparison’s questions', () => {
  it('are kept per scenario and read back as they were', () => {
    const store = memoryStore();
    expect(comparedQuestions(store, 'black-saturday')).toBeNull();
    keepComparedQuestions(store, 'black-saturday', KEPT);
    expect(comparedQuestions(store, 'black-saturday')).toEqual(KEPT);
    expect(comparedQuestions(store, 'another-scenario')).toBeNull();
    // A newer comparison replaces the older one.
    keepComparedQuestions(store, 'black-saturday', { runs: ['x', 'y', 'z'], questions: [] });
    expect(comparedQuestions(store, 'black-saturday')).toEqual({ runs: ['x', 'y', 'z'], questions: [] });
  });

  it('are ignored when what is stored is not in their shape', () => {
    const store = memoryStore();
    const key = 'eyes-only:compared-questions:black-saturday';
    for (const bad of [
      '{not json',
      'null',
      JSON.stringify({ runs: ['only-one'], questions: [] }),
      JSON.stringify({ runs: ['a', 'b'], questions: [{ about: 'x' }] }),
      JSON.stringify({ runs: ['a', 'b'], questions: [{ about: 'x', text: 'y'.repeat(5000) }] }),
      JSON.stringify({ runs: ['a', 'b'], questions: 'ask them' }),
    ]) {
      store.set(key, bad);
      expect(comparedQuestions(store, 'black-saturday'), bad.slice(0, 40)).toBeNull();
    }
  });
});

describe('the guide’s section', () => {
  it('lists the questions with the runs they come from', () => {
    const section = comparedQuestionsSection(KEPT);
    expect(section.querySelector('h3')?.textContent).toBe('Questions from your classes’ runs');
    expect(section.querySelector('.guide__note')?.textContent).toBe(
      'From your last comparison in this browser, of 2 runs: class-a, class-b. Each question is asked only where those runs differed.',
    );
    expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toEqual(KEPT.questions.map((q) => q.text));
  });

  it('says in one line where to get them without a comparison, and that none arose when the runs agreed', () => {
    const none = comparedQuestionsSection(null);
    expect(none.querySelectorAll('p')).toHaveLength(1);
    expect(none.textContent).toContain('Compare classes (on the title, or in the review)');
    expect(none.querySelector('ol')).toBeNull();
    const agreed = comparedQuestionsSection({ runs: ['a.json', 'b.json'], questions: [] });
    expect(agreed.textContent).toContain('They did not differ enough to raise a question.');
    expect(agreed.querySelector('ol')).toBeNull();
  });

  it('is in the guide the packets screen prints, from what this browser kept', () => {
    const loaded = loadScenarioFolder('scenarios/black-saturday');
    if (!loaded.ok) throw new Error('black-saturday does not load');
    const scenario = loaded.value.scenario;
    const before = packetsScreen(scenario, { back: () => {} }, { classSize: 6 });
    expect(before.querySelector('.guide .guide__compared')?.textContent).toContain('Compare classes');
    keepComparedQuestions(browserStore(), scenario.meta.id, KEPT);
    const after = packetsScreen(scenario, { back: () => {} }, { classSize: 6 });
    expect([...after.querySelectorAll('.guide .guide__compared li')].map((li) => li.textContent)).toEqual(
      KEPT.questions.map((q) => q.text),
    );
  });
});
