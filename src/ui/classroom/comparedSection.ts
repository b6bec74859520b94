/**
 * The facilitator's guide's "Questions from your classes' runs" (#16 item 3): the debrief questions
 * of the teacher's last Compare classes in this browser, drawn only from where those runs differed
 * (engine/analysis/compareDebrief.ts); without a comparison, one line saying where to get them.
 */
import type { ComparedQuestions } from '../../session/comparedQuestions';
import { h } from '../dom';

const runName = (name: string) => name.replace(/\.json$/i, '');

export function comparedQuestionsSection(kept: ComparedQuestions | null): HTMLElement {
  const section = (...body: (HTMLElement | null)[]) =>
    h(
      'section',
      { class: 'guide__compared', 'aria-labelledby': 'guide-compared-heading' },
      h('h3', { id: 'guide-compared-heading' }, 'Questions from your classes’ runs'),
      ...body,
    );
  if (!kept)
    return section(
      h(
        'p',
        { class: 'guide__note' },
        'Compare your classes’ exported games with Compare classes (on the title, or in the review) in this browser, and the questions their differences raise print here.',
      ),
    );
  const from = `From your last comparison in this browser, of ${kept.runs.length} runs: ${kept.runs.map(runName).join(', ')}.`;
  return section(
    h(
      'p',
      { class: 'guide__note' },
      kept.questions.length
        ? `${from} Each question is asked only where those runs differed.`
        : `${from} They did not differ enough to raise a question.`,
    ),
    kept.questions.length
      ? h(
          'ol',
          { class: 'guide__compared-questions' },
          ...kept.questions.map((q) => h('li', { 'data-about': q.about }, q.text)),
        )
      : null,
  );
}
