/**
 * Position memo forms and the grading rubric, on paper (#16 item 1). A form is one printed page: the
 * role and a line for the student's name, the decision and its question, what the role must weigh,
 * the papers to cite, and ruled space to write in under four headings that follow the rubric. The
 * rubric is a table for the facilitator's guide: one row per criterion, one column per level.
 */
import type { MemoForm } from '../../engine/classroom/memoForms';
import type { RubricCriterion } from '../../engine/schema/memos';
import { h } from '../dom';

/** Ruled writing lines: enough for the words asked, at about ten words a line. */
const linesFor = (words: number) => Math.min(24, Math.max(8, Math.round(words / 10)));

export function memoFormPage(form: MemoForm, who: { role: string; office: string; student?: string }): HTMLElement {
  return h(
    'section',
    { class: 'memo-form', 'data-decision': form.decision, 'aria-label': `Position memo: ${who.role}, ${form.title}` },
    h('p', { class: 'memo-form__kind' }, 'Position memo — write before the debate'),
    h('h3', {}, `${who.role}, ${who.office}`),
    h(
      'p',
      { class: 'memo-form__student' },
      who.student ? `Student: ${who.student}` : 'Student: ____________________________',
    ),
    h('h4', {}, form.title, form.phase ? h('span', { class: 'memo-form__phase' }, ` — ${form.phase}`) : null),
    h('p', { class: 'memo-form__question' }, h('strong', {}, 'The question: '), form.question),
    h('p', {}, h('strong', {}, 'What you must weigh: '), form.weigh),
    h('p', {}, h('strong', {}, 'Your papers to cite: '), form.papers.map((p) => `“${p.title}”`).join('; '), '.'),
    h(
      'p',
      { class: 'memo-form__how' },
      `About ${form.words} words. Say what you recommend, why your office sees it so, what in your papers supports it, and what could go wrong.`,
    ),
    h('div', { class: 'memo-form__lines', style: `--lines: ${linesFor(form.words)}`, 'aria-hidden': 'true' }),
  );
}

export function rubricTable(criteria: readonly RubricCriterion[], maxPoints: number): HTMLElement {
  const width = Math.max(...criteria.map((c) => c.levels.length));
  return h(
    'section',
    { class: 'guide__rubric', 'aria-labelledby': 'guide-rubric-heading' },
    h('h3', { id: 'guide-rubric-heading' }, 'Grading the position memos'),
    h(
      'p',
      { class: 'guide__note' },
      `One rubric for every memo: ${criteria.length} criteria, at most ${maxPoints} points. Grade what the memo argues from the role's papers, not whether it matches what happened in history.`,
    ),
    h(
      'table',
      { class: 'guide__table guide__rubric-table' },
      h('caption', { class: 'visually-hidden' }, 'The memo rubric: criteria and levels'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Criterion'),
          ...Array.from({ length: width }, (_, i) => h('th', { scope: 'col' }, `Level ${i + 1}`)),
        ),
      ),
      h(
        'tbody',
        {},
        ...criteria.map((c) =>
          h(
            'tr',
            { 'data-criterion': c.id },
            h(
              'th',
              { scope: 'row' },
              h('strong', {}, c.label),
              h('br', {}),
              h('span', { class: 'guide__phase' }, c.asks),
            ),
            ...c.levels.map((l) => h('td', {}, h('strong', {}, `${l.label} (${l.points})`), h('br', {}), l.text)),
          ),
        ),
      ),
    ),
  );
}
