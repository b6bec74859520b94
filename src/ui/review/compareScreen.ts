/**
 * Compare classes: a teacher puts several classes' exported games of one scenario side by side (and,
 * if they wish, the game in this browser). The screen keeps the files it was given, asks the session
 * for the comparison, and draws it: the decision map with how many runs took each way, what each run
 * chose at each decision with the room's vote, the endings reached, and each track over time with
 * one line per run. A file that cannot be compared is named with its reason; the others still show.
 * Printable: the controls are left off the page.
 */
import { html, nothing, render, svg, type TemplateResult } from 'lit-html';
import {
  type Comparison,
  compareClasses,
  debriefQuestions,
  MAX_RUNS,
  type RunFile,
  THIS_BROWSER,
  thisBrowsersGame,
} from '../../session/compareClasses';
import { keepComparedQuestions } from '../../session/comparedQuestions';
import { GameSession } from '../../session/session';
import { browserStore } from '../../session/storage';
import { seriesPath } from './chart';
import { renderDecisionMap } from './decisionMap';
import { type MapCounts, stepKey } from './map/drawing';
import { offeredSessions, type ServerSession, serverRunsPart, sessionRun, sessionRunName } from './serverRuns';
import './compare.css';

export interface CompareHandlers {
  back(): void;
}

/** Lines told apart without colour too: each run has its own dash pattern (as the review's chart). */
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '1 2', '8 2', '4 4', '12 3', '3 6'];
const COLOURS = ['#1b2a44', '#8b1e1e', '#2e6b3a', '#7a4b0f', '#4b3a78', '#0f5f6b', '#6b0f4f', '#5a5a1a', '#333'];
const CHART = { width: 640, height: 220 };

/** A file's name as a column heading: without ".json", which every one of them has. */
const shortName = (name: string) => name.replace(/\.json$/i, '');

function mapCounts(c: Comparison): MapCounts {
  return {
    runs: c.runs.length,
    nodes: c.nodeCounts,
    steps: new Map(c.edgeCounts.map((e) => [stepKey(e.from, e.to), e.count])),
  };
}

function voteWords(vote: NonNullable<Comparison['decisions'][number]['runs'][number]>['vote']): string {
  if (!vote) return '';
  const heads = vote.splits.filter((s) => s.count > 0).map((s) => `${s.label} ${s.count}`);
  return heads.length ? `Vote: ${heads.join(', ')}` : '';
}

function decisionsTable(c: Comparison): TemplateResult {
  return html`<table class="compare__table">
    <caption>What each run chose, with the room's vote where there was one, beside the record.</caption>
    <thead><tr><th scope="col">Decision</th>${c.runs.map((r) => html`<th scope="col">${shortName(r.name)}</th>`)}<th scope="col">In 1962</th></tr></thead>
    <tbody>${c.decisions.map(
      (d) => html`<tr class=${d.shared ? 'is-shared' : nothing} data-decision=${d.decision}>
        <th scope="row">${d.title}${d.phase ? html`<span class="compare__phase">${d.phase}</span>` : nothing}${
          c.plansDiffer && d.shared ? html`<span class="compare__shared">played by every run</span>` : nothing
        }</th>
        ${d.runs.map((a) =>
          a === null
            ? html`<td class="compare__none">not reached</td>`
            : html`<td class=${a.diverged ? 'is-diverged' : nothing}>
                <span class="compare__chosen">${a.chosen.join('; ')}</span>
                ${a.fromRecord ? html`<span class="compare__note">taken as the record had it (not played)</span>` : nothing}
                ${a.diverged ? html`<span class="compare__note">departs from the record</span>` : nothing}
                ${a.vote ? html`<span class="compare__vote">${voteWords(a.vote)}</span>` : nothing}
                ${a.vote?.override ? html`<span class="compare__note">Overridden: ${a.vote.override}</span>` : nothing}
                ${
                  a.roomDiverged
                    ? html`<span class="compare__note compare__note--room">The room's majority voted otherwise than 1962.</span>`
                    : nothing
                }
              </td>`,
        )}
        <td>${d.historical ? d.historical.join('; ') : html`<em>never arose</em>`}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function endingsList(c: Comparison): TemplateResult {
  const unfinished = c.runs.filter((r) => r.unfinished);
  return html`<ul class="compare__endings">
    ${c.endings
      .filter((e) => e.runs.length > 0)
      .map(
        (e) =>
          html`<li data-ending=${e.id} data-count=${e.runs.length}><strong>${e.title}</strong> (${
            e.kind === 'historical' ? 'historical ending' : 'counterfactual'
          }): ${e.runs.length} of ${c.runs.length} — ${e.runs.map(shortName).join(', ')}</li>`,
      )}
    ${
      unfinished.length
        ? html`<li data-ending="unfinished" data-count=${unfinished.length}><strong>No ending yet</strong> (stopped or still in play):
            ${unfinished.length} of ${c.runs.length} — ${unfinished.map((r) => shortName(r.name)).join(', ')}</li>`
        : nothing
    }
  </ul>`;
}

function trackCharts(c: Comparison, ranges: Record<string, { min: number; max: number }>): TemplateResult {
  const key = html`<ul class="compare__key" aria-label="Runs on the charts">${c.runs.map(
    (r, i) => html`<li><svg viewBox="0 0 44 12" width="44" height="12" aria-hidden="true"><path d="M2,6 L42,6"
      stroke=${COLOURS[i % COLOURS.length]} stroke-width="3" stroke-dasharray=${DASHES[i % DASHES.length] || nothing}></path></svg>
      ${shortName(r.name)}</li>`,
  )}</ul>`;
  return html`${key}<div class="compare__charts">${c.tracks.map((t) => {
    const range = ranges[t.track];
    const lines = t.runs.map((run, i) => {
      if (!range || run.points.length < 2) return nothing;
      const values = run.points.map((p) => p.value);
      return svg`<path d=${seriesPath(values, range)} fill="none" stroke=${COLOURS[i % COLOURS.length]} stroke-width="2.5"
        stroke-dasharray=${DASHES[i % DASHES.length] || nothing} data-run=${run.name}><title>${shortName(run.name)}: ${values.join(' → ')}</title></path>`;
    });
    return html`<figure class="compare__chart" data-track=${t.track}>
      <figcaption>${t.label}${t.hidden ? ' (hidden during play)' : ''}: from ${range?.min} (bottom) to ${range?.max} (top), each decision a step to the right</figcaption>
      <svg viewBox=${`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label=${`${t.label} over each run`}>
        <rect x="28" y="14" width=${CHART.width - 56} height=${CHART.height - 42} fill="none" stroke="#999"></rect>
        ${lines}
      </svg>
    </figure>`;
  })}</div>`;
}

/** The plans the runs followed, when they differ: the comparison holds only where they overlap. */
function plansNote(c: Comparison, planTitle: (id: string | null) => string): TemplateResult | typeof nothing {
  if (!c.plansDiffer) return nothing;
  const shared = c.decisions.filter((d) => d.shared);
  return html`<p class="notice" data-plans-differ>
    The runs followed different lesson plans (${c.runs.map((r) => `${shortName(r.name)}: ${planTitle(r.lesson)}`).join('; ')}).
    ${
      shared.length
        ? `Every run played ${shared.length} decision${shared.length === 1 ? '' : 's'} in common: ${shared.map((d) => d.title).join('; ')}.`
        : 'No decision was played by every run.'
    }
  </p>`;
}

/** Questions for the debrief, asked only where these runs differ (compareDebrief.ts). */
function debriefSection(c: Comparison): TemplateResult | typeof nothing {
  const questions = debriefQuestions(c);
  if (questions.length === 0) return nothing;
  return html`<section aria-labelledby="compare-debrief-heading">
    <h2 id="compare-debrief-heading">Questions for the debrief</h2>
    <ol class="compare__questions">${questions.map((q) => html`<li data-about=${q.about}>${q.text}</li>`)}</ol>
  </section>`;
}

export function compareScreen(session: GameSession, handlers: CompareHandlers): HTMLElement {
  const { scenario } = session.engine;
  const ranges = Object.fromEntries(scenario.tracks.map((t) => [t.id, { min: t.min, max: t.max }]));
  const plans = new Map(session.lessonPlans().map((p) => [p.id, p.name]));
  const planTitle = (id: string | null) => (id ? (plans.get(id) ?? id) : 'the whole game');
  const own = thisBrowsersGame(session);
  const state: {
    files: RunFile[];
    tooLarge: string[];
    comparison: Comparison | null;
    /** With the classroom server: the sessions this browser created there, and whether one is being fetched. */
    sessions: ServerSession[];
    fetching: boolean;
  } = {
    files: [],
    tooLarge: [],
    comparison: null,
    sessions: [],
    fetching: false,
  };
  const host = document.createElement('article');
  // The review's page: its scrolling, tables and print rules (play.css), with this screen's own beside them.
  host.className = 'review compare';
  host.setAttribute('aria-labelledby', 'compare-heading');
  // The map keeps its own state (note open, zoom): built once per comparison, not per redraw.
  let map: HTMLElement | null = null;

  const recompute = () => {
    state.comparison = state.files.length ? compareClasses(session, state.files) : null;
    // The guide printed later asks this comparison's questions (#16): kept for two runs or more.
    const c = state.comparison;
    if (c && c.runs.length >= 2)
      keepComparedQuestions(browserStore(), scenario.meta.id, {
        runs: c.runs.map((r) => r.name),
        questions: debriefQuestions(c),
      });
    map = state.comparison?.runs.length
      ? renderDecisionMap(session.engine.index, state.comparison.map, { counts: mapCounts(state.comparison) })
      : null;
    paint();
  };

  const add = async (list: FileList | null) => {
    if (!list) return;
    state.tooLarge = [];
    for (const file of Array.from(list)) {
      // A huge file is refused before it is read into memory, as on the title's "Replay a saved game file".
      const tooLarge = GameSession.fileSizeProblem(file.size);
      if (tooLarge) {
        state.tooLarge.push(`${file.name}: ${tooLarge}`);
        continue;
      }
      const name = uniqueName(file.name);
      state.files.push({ name, text: await file.text() });
    }
    recompute();
  };
  const uniqueName = (name: string) => {
    let candidate = name;
    for (let n = 2; state.files.some((f) => f.name === candidate); n++) candidate = `${shortName(name)} (${n}).json`;
    return candidate;
  };
  const remove = (name: string) => {
    state.files = state.files.filter((f) => f.name !== name);
    recompute();
  };
  /** Sessions' games from the server join the files as files do; a refusal is named with the others. */
  const addSessions = async (codes: string[]) => {
    state.tooLarge = [];
    state.fetching = true;
    paint();
    for (const code of codes) {
      const session = state.sessions.find((s) => s.code === code);
      if (!session || state.files.some((f) => f.name === sessionRunName(code))) continue;
      const run = await sessionRun(session);
      if (run.ok) state.files.push(run.file);
      else state.tooLarge.push(run.reason);
    }
    state.fetching = false;
    recompute();
  };
  void offeredSessions().then((sessions) => {
    state.sessions = sessions;
    if (sessions.length) paint();
  });
  const addOwn = () => {
    if (own && !state.files.some((f) => f.name === THIS_BROWSER)) state.files.push(own);
    recompute();
  };

  function paint(): void {
    const c = state.comparison;
    const refused = [...state.tooLarge, ...(c?.refused.map((r) => `${r.name}: ${r.reason}`) ?? [])];
    render(
      html`<h1 class="screen-heading" id="compare-heading" tabindex="-1">Compare classes</h1>
        <p>${scenario.meta.title}. Put the runs of several classes side by side: choose the game files
          (JSON) exported from each class's after-action review (<em>Export JSON</em>). Up to ${MAX_RUNS} at once.
          The files stay in this browser; nothing is sent anywhere.</p>
        <div class="compare__actions no-print">
          <label class="button compare__pick">Choose game files…<input type="file" multiple accept=".json,application/json"
            class="visually-hidden" data-compare-files @change=${(e: Event) => {
              const input = e.currentTarget as HTMLInputElement;
              void add(input.files).then(() => {
                input.value = '';
              });
            }} /></label>
          ${
            own && !state.files.some((f) => f.name === THIS_BROWSER)
              ? html`<button type="button" class="button button--quiet" @click=${addOwn}>Add the game in this browser</button>`
              : nothing
          }
          ${c?.runs.length ? html`<button type="button" class="button" @click=${() => window.print()}>Print or save as PDF</button>` : nothing}
          <button type="button" class="button button--quiet" @click=${handlers.back}>Back</button>
        </div>
        ${serverRunsPart(
          state.sessions,
          (code) => state.files.some((f) => f.name === sessionRunName(code)),
          state.fetching,
          (codes) => void addSessions(codes),
        )}
        ${
          refused.length
            ? html`<div class="notice notice--warning" role="alert"><p>Not compared:</p><ul>${refused.map(
                (r) => html`<li>${r}</li>`,
              )}</ul></div>`
            : nothing
        }
        ${
          c?.runs.length
            ? html`<section aria-labelledby="compare-runs-heading">
                <h2 id="compare-runs-heading">The runs</h2>
                <ul class="compare__runs">${c.runs.map(
                  (
                    r,
                  ) => html`<li data-run=${r.name}><strong>${shortName(r.name)}</strong>: game number ${r.seed}, ${planTitle(r.lesson)}, ${
                    r.ending
                      ? `${r.ending.title} (${r.ending.kind === 'historical' ? 'historical' : 'counterfactual'})`
                      : 'no ending yet'
                  }
                    <button type="button" class="button button--small no-print" @click=${() => remove(r.name)}>Remove<span
                      class="visually-hidden"> ${shortName(r.name)}</span></button></li>`,
                )}</ul>
                ${plansNote(c, planTitle)}
              </section>
              <section aria-labelledby="compare-endings-heading">
                <h2 id="compare-endings-heading">The endings reached</h2>
                ${endingsList(c)}
              </section>
              <section aria-labelledby="compare-decisions-heading">
                <h2 id="compare-decisions-heading">Decision by decision</h2>
                <div class="compare__scroll">${decisionsTable(c)}</div>
              </section>
              ${debriefSection(c)}
              <section aria-labelledby="compare-tracks-heading">
                <h2 id="compare-tracks-heading">The tracks over time</h2>
                ${trackCharts(c, ranges)}
              </section>
              ${map ?? nothing}`
            : html`<p class="compare__empty">${
                state.files.length ? 'None of these files can be compared (see above).' : 'No game chosen yet.'
              }</p>`
        }`,
      host,
    );
  }
  paint();
  return host;
}
