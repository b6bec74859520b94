/**
 * The class handout on screen and on paper: one or two A4 pages for the students, beside the full
 * review the teacher keeps. Each decision in plain words (the room's vote, what was done, what was
 * done in the record's year, a flag where the room's majority went another way), the ending, the
 * tracks chart with its legend, and the questions for discussion. Opened from the review.
 */
import './classHandout.css';
import { html, nothing, render } from 'lit-html';
import type { ClassHandout, HandoutRow } from '../../engine/review';
import type { ReviewModel } from '../../session/reviewModel';
import { tracksChart } from './chart';

export interface HandoutActions {
  back(): void;
}

function row(r: HandoutRow) {
  return html`<tr class=${`handout__row handout__row--${r.verdict}`} data-decision=${r.decision}>
    <th scope="row"><strong>${r.title}</strong><br /><small>${r.at}</small></th>
    <td>${r.vote ?? '—'}</td>
    <td>${r.done}${r.override ? html`<br /><small>The facilitator overrode the vote: ${r.override}</small>` : nothing}</td>
    <td>${r.record}</td>
    <td class="handout__flag">${r.flag}</td>
  </tr>`;
}

function toldSection(handout: ClassHandout) {
  if (handout.told.length === 0) return nothing;
  return html`<section aria-labelledby="handout-told-heading">
    <h2 id="handout-told-heading">After the class stopped: what the record did next</h2>
    <ul class="handout__told">${handout.told.map(
      (t) => html`<li><strong>${t.title}</strong> (${t.when}): ${t.recorded}</li>`,
    )}</ul>
  </section>`;
}

/** The handout of the review the session built (its model carries the handout and the count's words). */
export function classHandoutScreen(
  model: Pick<ReviewModel, 'review' | 'scenario' | 'handout' | 'divergence'>,
  actions: HandoutActions,
): HTMLElement {
  const { review, handout, scenario } = model;
  const ranges = Object.fromEntries(scenario.tracks.map((t) => [t.id, { min: t.min, max: t.max }]));
  const questions = scenario.meta.discussion ?? [];
  const article = document.createElement('article');
  article.className = 'review handout';
  article.setAttribute('aria-labelledby', 'handout-heading');
  const ending = handout.ending;
  render(
    html`<h1 class="screen-heading" id="handout-heading" tabindex="-1">Class handout: ${handout.title}</h1>
      <div class="review__actions no-print">
        <button type="button" class="button button--primary" @click=${() => window.print()}>Print the handout</button>
        <button type="button" class="button button--quiet" @click=${actions.back}>Back to the review</button>
      </div>
      <p class="handout__ending">${
        ending
          ? html`<strong>How it ended: ${ending.title}</strong> (${
              ending.kind === 'historical' ? 'as in history' : 'counterfactual: it did not happen'
            }). ${ending.summary}`
          : html`<strong>The game did not reach an ending.</strong>`
      }</p>
      <section aria-labelledby="handout-decisions-heading">
        <h2 id="handout-decisions-heading">Your decisions beside ${handout.year}</h2>
        <p class="handout__count">${model.divergence}</p>
        <table class="handout__decisions">
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">The room’s vote</th>
              <th scope="col">What was done</th>
              <th scope="col">What was done in ${handout.year}</th>
              <th scope="col">Beside the record</th>
            </tr>
          </thead>
          <tbody>${handout.rows.map(row)}</tbody>
        </table>
      </section>
      ${toldSection(handout)}
      <section aria-labelledby="handout-chart-heading" class="handout__chart">
        <h2 id="handout-chart-heading">The tracks over time</h2>
        ${tracksChart(review, ranges)}
      </section>
      ${
        questions.length
          ? html`<section aria-labelledby="handout-questions-heading">
              <h2 id="handout-questions-heading">Questions for discussion</h2>
              <ol class="handout__questions">${questions.map((q) => html`<li>${q}</li>`)}</ol>
            </section>`
          : nothing
      }`,
    article,
  );
  return article;
}
