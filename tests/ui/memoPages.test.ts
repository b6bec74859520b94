// @vitest-environment happy-dom
/** Printed position memos (#16 item 1): the forms a role gets, in play order and within a lesson plan, and the rubric table. */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { memoFormsFor, memoRubric } from '../../src/engine/classroom/memoForms';
import { memoFormPage, rubricTable } from '../../src/ui/classroom/memoPages';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;

describe('memo forms', () => {
  it('gives a role the forms of its prompted decisions, in the order of play, with its own papers by title', () => {
    const forms = memoFormsFor(scenario, 'rostow');
    expect(forms.map((f) => f.decision)).toEqual(['second-letter', 'evening-reply']);
    const reply = forms[1];
    expect(reply.papers[0].title).toBe(scenario.documents.find((d) => d.id === 'rostow-negotiations-memo')?.title);
    expect(reply.words).toBe(scenario.memos?.words);
    // A role with no prompt gets no form; a plan that does not play a decision drops its form.
    expect(memoFormsFor(scenario, 'nobody')).toEqual([]);
    expect(memoFormsFor(scenario, 'rostow', new Set(['evening-reply'])).map((f) => f.decision)).toEqual([
      'evening-reply',
    ]);
  });

  it('prints a page with the role, the student, the question, what to weigh, the papers and room to write', () => {
    const [form] = memoFormsFor(scenario, 'khrushchev');
    const page = memoFormPage(form, { role: 'Nikita S. Khrushchev', office: 'Chairman', student: 'Ana' });
    const text = page.textContent ?? '';
    expect(text).toContain('Student: Ana');
    expect(text).toContain(form.question);
    expect(text).toContain(form.weigh);
    for (const paper of form.papers) expect(text).toContain(`“${paper.title}”`);
    expect(page.querySelector('.memo-form__lines')?.getAttribute('style')).toBe('--lines: 20');
    // No name given: a line to write one on.
    expect(memoFormPage(form, { role: 'X', office: 'Y' }).textContent).toContain('Student: ____');
  });

  it('prints the rubric with a row per criterion and its levels, and the most points a memo can get', () => {
    const rubric = memoRubric(scenario);
    if (!rubric) throw new Error('no rubric');
    expect(rubric.maxPoints).toBe(16);
    const table = rubricTable(rubric.criteria, rubric.maxPoints);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-criterion'))).toEqual(['interests', 'evidence', 'option', 'risk']);
    expect(rows[0].querySelectorAll('td')).toHaveLength(4);
    expect(table.textContent).toContain('at most 16 points');
  });
});
