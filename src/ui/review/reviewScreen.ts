/**
 * The after-action review on screen: your decisions beside the record, the scenario's scorecard, what
 * was hidden, the tracks over time, and exports (print, Markdown, JSON for an exact replay).
 * A lit-html template: scenario text is interpolated as text, never as markup.
 */

import './reviewPrint.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { Roster } from '../../engine/classroom/defaultRoles';
import type { Review } from '../../engine/review';
import type { Scenario } from '../../engine/schema/scenario';
import type { ReviewModel } from '../../session/reviewModel';
import { h, plural } from '../dom';
import { downloadFile } from '../download';
import { epilogueSection } from '../play/epilogue';
import { departuresSection } from '../play/outcome';
import { sourceLink } from '../play/sources';
import { PARAPHRASE_LABEL, paraphraseTag, whereFrom } from '../play/whereFrom';
import { tracksChart } from './chart';
import { classHandoutScreen } from './classHandout';
import { renderDecisionMap } from './decisionMap';
import { decisionNotesSection } from './decisionNotes';
import { hindsightSection } from './hindsightSection';
import { lessonSection } from './lessonSection';
import { roomVoteWords } from './roomVote';

/** The scenario's reference posture beside the packages (for Black Saturday, the memo); none without one. */
function scorecard(review: Review): HTMLElement | null {
  const ref = review.reference;
  if (!ref) return null;
  const row = (line: Review['scorecard'][number]) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, line.package === 'yours' ? 'Your package' : 'The package actually sent'),
      ...line.cells.map((cell) => h('td', {}, cell)),
    );
  return h(
    'section',
    { class: 'review__memo', 'aria-labelledby': 'memo-heading' },
    h('h2', { id: 'memo-heading' }, ref.title),
    h('p', {}, ref.summary),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, 'Posture'), ...ref.parts.map((p) => h('th', { scope: 'col' }, p.short))),
      ),
      h('tbody', {}, ...review.scorecard.map(row)),
    ),
    ref.note ? h('p', {}, ref.note) : null,
    h(
      'p',
      { class: 'review__sources' },
      'Sources: ',
      ...ref.sources.flatMap((src, i) => [i ? '; ' : '', sourceLink(src)]),
    ),
  );
}

/** What the advisers argued at a decision, folded away: the project's paraphrase, with its sources (m22). */
function advisersHeard(row: Review['rows'][number]): TemplateResult | typeof nothing {
  if (row.advisers.length === 0) return nothing;
  return html`<details class="review__advisers">
    <summary>Around the table (${PARAPHRASE_LABEL.toLowerCase()})</summary>
    <ul>${row.advisers.map(
      (a) =>
        html`<li data-role=${a.role}><strong>${a.name}</strong>: ${paraphraseTag()}${a.position} ${sourceLink(a.source)}${
          whereFrom(a.bases) ?? nothing
        }</li>`,
    )}</ul>
  </details>`;
}

/** Questions for a class, from the scenario's meta (review.questions), or none. */
function discussion(scenario: Scenario): TemplateResult | typeof nothing {
  const questions = scenario.meta.discussion ?? [];
  if (questions.length === 0) return nothing;
  return html`<section aria-labelledby="discussion-heading">
    <h2 id="discussion-heading">Questions for discussion</h2>
    <ol>${questions.map((q) => html`<li>${q}</li>`)}</ol>
  </section>`;
}

/** Who held which role in a classroom session, for the debrief (names only if the facilitator typed them). */
function rosterSection(scenario: Scenario, roster: Roster): TemplateResult | typeof nothing {
  if (roster.length === 0) return nothing;
  const role = (id: string) => scenario.roles.find((r) => r.id === id);
  const students = roster.reduce((n, seat) => n + seat.students, 0);
  return html`<section aria-labelledby="roster-heading" class="review__roster">
    <h2 id="roster-heading">The class</h2>
    <p>${plural(students, 'student')} in ${plural(roster.length, 'role')}.</p>
    <ul>${roster.map(
      (seat) =>
        html`<li data-role=${seat.role}><strong>${role(seat.role)?.name ?? seat.role}</strong>: ${
          seat.names.length ? seat.names.join(', ') : plural(seat.students, 'student')
        }</li>`,
    )}</ul>
  </section>`;
}

type ReviewHandlers = {
  back(): void;
  newGame(): void;
  whatIf(decision: string): void;
  /** Compare classes, with this game among the runs on offer. */
  compare?(): void;
};

/** One decision: the player's choice (and the room's vote) beside the record and its sources. */
function timelineRow(row: Review['rows'][number], handlers: ReviewHandlers): TemplateResult {
  const vote = row.vote ? html`<small class="review__vote"><br>${roomVoteWords(row.vote)}</small>` : nothing;
  const flag = row.diverged || row.room?.diverged ? 'diverged' : row.counterfactual ? 'counterfactual' : '';
  return html`<tr class=${flag} data-decision=${row.decision}>
    <td>${row.at}</td>
    <td><strong>${row.title}</strong>${row.by === 'model' ? ' (the other side, by the response model)' : ''}<br>${row.chosen.join(
      '; ',
    )}${row.diverged ? html`<span class="badge"> Diverged</span>` : nothing}${
      !row.diverged && row.room?.diverged
        ? html`<span class="badge"> The room’s majority diverged (overridden)</span>`
        : nothing
    }${vote}${
      row.changes.length
        ? html`<small class="review__changes"> ${row.changes.map((c) => `${c.label} ${c.from}→${c.to}`).join(', ')}</small>`
        : nothing
    }</td>
    <td>${row.counterfactual ? html`<span class="badge badge--counterfactual">Counterfactual: never arose. </span>` : nothing}${
      row.historical ? row.historical.join('; ') : row.plan ? `Planned in advance: ${row.plan}. ` : ''
    }<br><small>${row.historyWhen}: ${row.historySummary}</small>${whereFrom(row.bases) ?? nothing}${advisersHeard(row)}</td>
    <td>${row.sources.map((s, i) => html`${i ? html`<br>` : nothing}${sourceLink(s)}`)}${
      row.by === 'human'
        ? html`<button type="button" class="button button--small no-print" @click=${() => handlers.whatIf(row.decision)}>What if…<span
            class="visually-hidden"> (replay from “${row.title}” with the same seed)</span></button>`
        : nothing
    }</td>
  </tr>`;
}

/** The review the session built (`GameSession.review`), drawn. */
export function reviewScreen(
  model: ReviewModel,
  handlers: ReviewHandlers,
  /** A class's seating, when the game was a classroom session with one set up. */
  roster: Roster = [],
): HTMLElement {
  const { review, scenario } = model;
  const ranges = Object.fromEntries(scenario.tracks.map((t) => [t.id, { min: t.min, max: t.max }]));
  const ending = review.ending;
  // Built once: the map keeps its own state (the note open, the zoom) and draws itself.
  const map = renderDecisionMap(model.index, model.map);
  const exportMarkdown = () => downloadFile(`review-seed-${review.seed}.md`, 'text/markdown', model.markdown());
  // The saved game itself, indented for a reader: Continue's envelope, opened by "Replay a saved game file".
  const exportJson = () => downloadFile(`game-seed-${review.seed}.json`, 'application/json', model.savedGame());
  const article = document.createElement('article');
  // The class handout takes the review's place on the same screen, and gives it back.
  const openHandout = () => {
    const handout = classHandoutScreen(model, {
      back: () => {
        handout.replaceWith(article);
        article.querySelector<HTMLElement>('#review-heading')?.focus();
      },
    });
    article.replaceWith(handout);
    handout.querySelector<HTMLElement>('#handout-heading')?.focus();
  };
  article.className = 'review';
  article.setAttribute('aria-labelledby', 'review-heading');
  render(
    html`<h1 class="screen-heading" id="review-heading" tabindex="-1">After-action review</h1>
      <p>${review.title} — seed ${review.seed}. ${
        ending
          ? `Ending: ${ending.title} (${ending.kind === 'historical' ? 'historical' : 'counterfactual'}), ${ending.reachedAt}.`
          : 'The game has not ended.'
      }</p>
      ${lessonSection(review)}
      ${ending?.offRecord ? departuresSection(ending.offRecord, 'h2', 'review-departures-heading') : nothing}
      ${ending ? (epilogueSection(ending.epilogue, 'h2', 'review-epilogue-heading') ?? nothing) : nothing}
      <div class="review__actions no-print">
        <button type="button" class="button" @click=${openHandout}>Class handout</button>
        <button type="button" class="button" @click=${() => window.print()}>Print or save as PDF</button>
        <button type="button" class="button" @click=${exportMarkdown}>Export Markdown</button>
        <button type="button" class="button" @click=${exportJson}>Export JSON (replayable)</button>
        ${handlers.compare ? html`<button type="button" class="button" @click=${handlers.compare}>Compare classes</button>` : nothing}
        <button type="button" class="button button--quiet" @click=${handlers.back}>Back</button>
        <button type="button" class="button button--primary" @click=${handlers.newGame}>New game</button>
      </div>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Your decisions beside the record</h2>
        <table class="review__timeline">
          <caption>${model.divergence}</caption>
          <thead>
            <tr><th scope="col">When</th><th scope="col">Your choice</th><th scope="col">The record</th><th scope="col">Sources</th></tr>
          </thead>
          <tbody>${review.rows.map((row) => timelineRow(row, handlers))}</tbody>
        </table>
      </section>
      ${decisionNotesSection(model.notes) ?? nothing}
      ${scorecard(review) ?? nothing}
      <section aria-labelledby="hidden-review-heading">
        <h2 id="hidden-review-heading">What was hidden</h2>
        <ul>${review.hidden.map(
          (x) =>
            html`<li><strong>${x.label}</strong>: ${x.reveal} ${sourceLink(x.source)}${whereFrom(x.bases) ?? nothing}</li>`,
        )}</ul>
      </section>
      ${hindsightSection(model.hindsight) ?? nothing}
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">The tracks over time</h2>
        ${tracksChart(review, ranges)}
      </section>
      ${
        review.marks.length
          ? html`<section aria-labelledby="marks-heading">
              <h2 id="marks-heading">Moments marked for the debrief</h2>
              <ul>${review.marks.map((m) => html`<li>${m.at}, ${m.decision}: ${m.note}</li>`)}</ul>
            </section>`
          : nothing
      }
      ${rosterSection(scenario, roster)}
      ${
        review.injects.length
          ? html`<section aria-labelledby="injects-heading">
              <h2 id="injects-heading">Injects held back or released early</h2>
              <ul>${review.injects.map((i) => html`<li>${i.at}: ${i.action}, ${i.title}</li>`)}${review.stillHeld.map(
                (x) => html`<li>Never released: ${x.title}</li>`,
              )}</ul>
            </section>`
          : nothing
      }
      ${discussion(scenario)}
      ${map}`,
    article,
  );
  return article;
}
