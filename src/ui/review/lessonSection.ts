/**
 * The review's account of a game with a lesson plan, or of one not finished: what the class played,
 * what the engine took from the record before the plan's start, and after the plan's stop what the
 * record did (told, not played), each told decision with its sources. From the review's model
 * (engine/lessonReview.ts) only.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Review } from '../../engine/review';
import { sourceLink } from '../play/sources';
import { whereFrom } from '../play/whereFrom';

export function lessonSection(review: Review): TemplateResult | typeof nothing {
  const lesson = review.lesson;
  if (!lesson) {
    return review.unfinished
      ? html`<p class="review__lesson-summary" data-lesson-status="playing">The game has not reached an ending: this is the review so far.</p>`
      : nothing;
  }
  return html`<section class="review__lesson" aria-labelledby="review-lesson-heading" data-lesson-status=${lesson.status}>
    <h2 id="review-lesson-heading">Lesson plan: ${lesson.plan.name}</h2>
    <p class="review__lesson-summary">${lesson.summary}</p>
    ${
      lesson.played.length > 0
        ? html`<details><summary>Played by the class (${lesson.played.length})</summary>
            <ol>${lesson.played.map((p) => html`<li>${p.title}</li>`)}</ol></details>`
        : nothing
    }
    ${
      lesson.fromRecord.length > 0
        ? html`<h3>Taken from the record before play began (not played)</h3>
          <ul>${lesson.fromRecord.map(
            (f) =>
              html`<li><strong>${f.title}</strong>: ${f.taken.join('; ')}${f.when ? ` (${f.when})` : ''}. ${f.summary}</li>`,
          )}</ul>`
        : nothing
    }
    ${
      lesson.told.length > 0
        ? html`<h3>After the lesson’s stop: the record, told, not played</h3>
          ${lesson.after ? html`<p>${lesson.after}</p>` : nothing}
          <ul class="review__told">${lesson.told.map(
            (t) =>
              html`<li data-decision=${t.decision}><strong>${t.title}</strong> (${t.when}): ${
                t.recorded.length > 0 ? `${t.recorded.join('; ')}. ` : ''
              }${t.summary} ${t.sources.map((s, i) => html`${i ? '; ' : ''}${sourceLink(s)}`)}${whereFrom(t.bases) ?? nothing}</li>`,
          )}</ul>`
        : nothing
    }
  </section>`;
}
