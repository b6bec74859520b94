/**
 * The after-action review on screen: your decisions beside the ExComm's, the memo scorecard, what
 * was hidden, the tracks over time, and exports (print, Markdown, JSON for an exact replay).
 */

import { historicalPath, mapModel } from '../../engine/analysis/mapModel';
import type { Roster } from '../../engine/classroom/defaultRoles';
import type { Engine, GameSnapshot } from '../../engine/game';
import { buildReview, type Review } from '../../engine/review';
import { reviewMarkdown } from '../../engine/reviewMarkdown';
import { createSave } from '../../engine/save';
import { toView } from '../../engine/view';
import { h, plural, screenHeading } from '../dom';
import { departuresSection } from '../play/outcome';
import { sourceLink } from '../play/sources';
import { PARAPHRASE_LABEL, paraphraseTag, whereFrom } from '../play/whereFrom';
import { tracksChart } from './chart';
import { renderDecisionMap } from './decisionMap';
import { decisionNotesSection } from './decisionNotes';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function scorecard(review: Review): HTMLElement {
  const row = (label: string, a: Review['historicalPackage']['assessment']) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, label),
      h(
        'td',
        {},
        a.partA.follows ? 'Follows' : 'Departs',
        a.partA.concessions.length ? ` (concessions: ${a.partA.concessions.join(', ')})` : '',
      ),
      h('td', {}, a.partB.follows ? 'Follows' : 'Departs'),
    );
  return h(
    'section',
    { class: 'review__memo', 'aria-labelledby': 'memo-heading' },
    h('h2', { id: 'memo-heading' }, 'The memo scorecard'),
    h(
      'p',
      {},
      'The Rostow subcommittee’s paper asked for (a) prompt removal with no offsetting concession beyond “pure atmospherics”, and (b) arms-control talks and a summit once Cuba was out of the way. Its covering memo reached McGeorge Bundy at 10:40 a.m. on 28 October, after Moscow had begun broadcasting its acceptance.',
    ),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Posture'),
          h('th', { scope: 'col' }, '(a) removal, no concession'),
          h('th', { scope: 'col' }, '(b) talks and a summit'),
        ),
      ),
      h(
        'tbody',
        {},
        review.package ? row('Your package', review.package.assessment) : null,
        row('What the ExComm sent', review.historicalPackage.assessment),
      ),
    ),
    h(
      'p',
      {},
      'The actual settlement rested on an offsetting concession the memo advised against: the private assurance that the Jupiters would leave Turkey. No summit followed; a hotline (June 1963) and the Limited Test Ban Treaty (August 1963) did.',
    ),
  );
}

/** What the advisers argued at a decision, folded away: the project's paraphrase, with its sources (m22). */
function advisersHeard(row: Review['rows'][number]): HTMLElement | null {
  if (row.advisers.length === 0) return null;
  return h(
    'details',
    { class: 'review__advisers' },
    h('summary', {}, `Around the table (${PARAPHRASE_LABEL.toLowerCase()})`),
    h(
      'ul',
      {},
      ...row.advisers.map((a) =>
        h(
          'li',
          { 'data-role': a.role },
          h('strong', {}, a.name),
          ': ',
          paraphraseTag(),
          a.position,
          ' ',
          sourceLink(a.source),
          whereFrom(a.bases),
        ),
      ),
    ),
  );
}

/** Questions for a class, from the scenario's meta (review.questions), or none. */
function discussion(engine: Engine): HTMLElement | null {
  const questions = engine.scenario.meta.discussion ?? [];
  if (questions.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'discussion-heading' },
    h('h2', { id: 'discussion-heading' }, 'Questions for discussion'),
    h('ol', {}, ...questions.map((q) => h('li', {}, q))),
  );
}

/** Who held which role in a classroom session, for the debrief (names only if the facilitator typed them). */
function rosterSection(engine: Engine, roster: Roster): HTMLElement | null {
  if (roster.length === 0) return null;
  const role = (id: string) => engine.scenario.roles.find((r) => r.id === id);
  const students = roster.reduce((n, seat) => n + seat.students, 0);
  return h(
    'section',
    { 'aria-labelledby': 'roster-heading', class: 'review__roster' },
    h('h2', { id: 'roster-heading' }, 'The class'),
    h('p', {}, `${plural(students, 'student')} in ${plural(roster.length, 'role')}.`),
    h(
      'ul',
      {},
      ...roster.map((seat) =>
        h(
          'li',
          { 'data-role': seat.role },
          h('strong', {}, role(seat.role)?.name ?? seat.role),
          `: ${seat.names.length ? seat.names.join(', ') : plural(seat.students, 'student')}`,
        ),
      ),
    ),
  );
}

export function reviewScreen(
  engine: Engine,
  snapshot: GameSnapshot,
  handlers: { back(): void; newGame(): void; whatIf(decision: string): void },
  explored: string[][],
  /** A class's seating, when the game was a classroom session with one set up. */
  roster: Roster = [],
): HTMLElement {
  const review = buildReview(engine, snapshot);
  const ranges = Object.fromEntries(engine.scenario.tracks.map((t) => [t.id, { min: t.min, max: t.max }]));
  const timeline = h(
    'table',
    { class: 'review__timeline' },
    h('caption', {}, `${review.divergences} of your decisions diverged from the record.`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'When'),
        h('th', { scope: 'col' }, 'Your choice'),
        h('th', { scope: 'col' }, 'The record'),
        h('th', { scope: 'col' }, 'Sources'),
      ),
    ),
    h(
      'tbody',
      {},
      ...review.rows.map((row) =>
        h(
          'tr',
          {
            class: row.diverged ? 'diverged' : row.counterfactual ? 'counterfactual' : '',
            'data-decision': row.decision,
          },
          h('td', {}, row.at),
          h(
            'td',
            {},
            h('strong', {}, row.title),
            row.by === 'model' ? ' (the other side, by the response model)' : '',
            h('br', {}),
            row.chosen.join('; '),
            row.diverged ? h('span', { class: 'badge' }, ' Diverged') : null,
            row.vote
              ? h(
                  'small',
                  { class: 'review__vote' },
                  h('br', {}),
                  `The room: ${row.vote.splits.map((v) => `${v.label} ${v.count}`).join(', ')}.`,
                  row.vote.override ? ` Overridden by the facilitator: ${row.vote.override}` : '',
                )
              : null,
            row.changes.length
              ? h(
                  'small',
                  { class: 'review__changes' },
                  ` ${row.changes.map((c) => `${c.label} ${c.from}→${c.to}`).join(', ')}`,
                )
              : null,
          ),
          h(
            'td',
            {},
            row.counterfactual
              ? h('span', { class: 'badge badge--counterfactual' }, 'Counterfactual: never arose. ')
              : null,
            row.historical ? row.historical.join('; ') : row.plan ? `Planned in advance: ${row.plan}. ` : '',
            h('br', {}),
            h('small', {}, `${row.historyWhen}: ${row.historySummary}`),
            whereFrom(row.bases),
            advisersHeard(row),
          ),
          h(
            'td',
            {},
            ...row.sources.flatMap((s, i) => (i ? [h('br', {}), sourceLink(s)] : [sourceLink(s)])),
            row.by === 'human'
              ? h(
                  'button',
                  {
                    type: 'button',
                    class: 'button button--small no-print',
                    onclick: () => handlers.whatIf(row.decision),
                  },
                  'What if…',
                  h('span', { class: 'visually-hidden' }, ` (replay from “${row.title}” with the same seed)`),
                )
              : null,
          ),
        ),
      ),
    ),
  );
  const ending = review.ending;
  return h(
    'article',
    { class: 'review', 'aria-labelledby': 'review-heading' },
    screenHeading(1, 'After-action review', 'review-heading'),
    h(
      'p',
      {},
      `${review.title} — seed ${review.seed}. `,
      ending
        ? `Ending: ${ending.title} (${ending.kind === 'historical' ? 'historical' : 'counterfactual'}), ${ending.reachedAt}.`
        : 'The game has not ended.',
    ),
    ending?.offRecord ? departuresSection(ending.offRecord, 'h2', 'review-departures-heading') : null,
    h(
      'div',
      { class: 'review__actions no-print' },
      h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print or save as PDF'),
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () => download(`review-seed-${review.seed}.md`, 'text/markdown', reviewMarkdown(review)),
        },
        'Export Markdown',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          onclick: () =>
            download(
              `game-seed-${review.seed}.json`,
              'application/json',
              // The saved game itself, indented for a reader: Continue's envelope, opened by "Replay a saved game file".
              createSave(engine, snapshot, true),
            ),
        },
        'Export JSON (replayable)',
      ),
      h('button', { type: 'button', class: 'button button--quiet', onclick: handlers.back }, 'Back'),
      h('button', { type: 'button', class: 'button button--primary', onclick: handlers.newGame }, 'New game'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'timeline-heading' },
      h('h2', { id: 'timeline-heading' }, 'Your decisions beside the record'),
      timeline,
    ),
    decisionNotesSection(toView(engine, snapshot, { review: true }).notes),
    scorecard(review),
    h(
      'section',
      { 'aria-labelledby': 'hidden-review-heading' },
      h('h2', { id: 'hidden-review-heading' }, 'What was hidden'),
      h(
        'ul',
        {},
        ...review.hidden.map((x) =>
          h('li', {}, h('strong', {}, x.label), `: ${x.reveal} `, sourceLink(x.source), whereFrom(x.bases)),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'chart-heading' },
      h('h2', { id: 'chart-heading' }, 'The tracks over time'),
      tracksChart(review, ranges),
    ),
    review.marks.length
      ? h(
          'section',
          { 'aria-labelledby': 'marks-heading' },
          h('h2', { id: 'marks-heading' }, 'Moments marked for the debrief'),
          h('ul', {}, ...review.marks.map((m) => h('li', {}, `${m.at}, ${m.decision}: ${m.note}`))),
        )
      : null,
    rosterSection(engine, roster),
    review.injects.length
      ? h(
          'section',
          { 'aria-labelledby': 'injects-heading' },
          h('h2', { id: 'injects-heading' }, 'Injects held back or released early'),
          h(
            'ul',
            {},
            ...review.injects.map((i) => h('li', {}, `${i.at}: ${i.action}, ${i.title}`)),
            ...review.stillHeld.map((s) => h('li', {}, `Never released: ${s.title}`)),
          ),
        )
      : null,
    discussion(engine),
    renderDecisionMap(engine, mapModel(engine, { explored, historical: historicalPath(engine) })),
  );
}
