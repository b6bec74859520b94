/**
 * The facilitator's console (`/?console=CODE`), on the teacher's own device with the secret kept
 * there when the session was created: the join code and QR code for the projector, who is in (names,
 * roles, connected or not; move or remove a student), the debate clock, the live vote with its counts
 * and Decide or override with a note, the play desk's own tools (marks, injects to hold or release,
 * undo), the students' position memos (one can go on the projector, without the name), and the
 * exports: the replayable game, and the memos for grading (a file of their own).
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { FacilitatorView } from '../../engine/facilitatorView';
import type { Connection, KeptValues } from '../../net/client';
import type {
  ExportMessage,
  FacilitatorState,
  GameCommand,
  MemoEntry,
  ReviewState,
  ServerMessage,
} from '../../net/protocol';
import { memoryStore } from '../../session/storage';
import { downloadFile } from '../download';
import { toolsPanel } from '../facilitator/panel';
import { memoReviewSection, memosByStudent, memosJson, reviewWithMemos } from '../review/memoSection';
import { Drafts } from '../store/drafts';
import { debateLeft, joinPanel, reviewSection, statusLines, tallyBars } from './deviceParts';
import { DeviceReply } from './deviceReply';
import { keepConnected } from './liveConnection';

export interface ConsoleModel {
  state: FacilitatorState | null;
  review: ReviewState | null;
  reconnecting: boolean;
  problem: string | null;
  notice: string | null;
  override: { option: string; note: string };
  now: number;
}

export interface ConsoleHandlers {
  decide(decision: string): void;
  override(decision: string, option: string, note: string): void;
  typeOverride(option: string, note: string): void;
  move(seat: string, role: string): void;
  remove(seat: string): void;
  allowFreeChoice(allow: boolean): void;
  showMemo(id: string | null): void;
  exportGame(): void;
  exportMemos(): void;
  /** After the ending: the review with the memos per student, as Markdown, and on paper. */
  exportReview(): void;
  printReview(): void;
  /** The play desk's reply builder, for a reply the facilitator drafts (sent as `player.sendReply`). */
  reply: DeviceReply;
  /** The host the play desk's tools panel draws into (built once). */
  tools: HTMLElement;
}

function rosterPart(s: FacilitatorState, handlers: ConsoleHandlers): TemplateResult {
  const roleName = (id: string) => s.roles.find((r) => r.role === id)?.name ?? id;
  return html`<section class="console__roster" aria-labelledby="roster-heading">
    <h2 id="roster-heading">Who is in (${s.roster.filter((r) => r.connected).length} of ${s.roster.length} connected)</h2>
    ${
      s.roster.length === 0
        ? html`<p>No student has joined yet: show the code on the projector.</p>`
        : html`<table class="console__table">
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Connected</th><th scope="col">Voted</th><th scope="col">Actions</th></tr></thead>
          <tbody>${s.roster.map(
            (r) => html`<tr data-seat=${r.seat}>
              <th scope="row">${r.name}</th>
              <td><label class="visually-hidden" for=${`move-${r.seat}`}>Role of ${r.name}</label>
                <select id=${`move-${r.seat}`} @change=${(e: Event) => handlers.move(r.seat, (e.target as HTMLSelectElement).value)}>
                  ${s.roles.map((role) => html`<option value=${role.role} .selected=${live(role.role === r.role)}>${role.name}</option>`)}
                </select></td>
              <td>${r.connected ? 'yes' : 'no'}</td>
              <td>${r.voted ? 'yes' : '—'}</td>
              <td><button type="button" class="button button--small" aria-label=${`Remove ${r.name}`}
                @click=${() => handlers.remove(r.seat)}>Remove</button></td>
            </tr>`,
          )}</tbody>
        </table>`
    }
    <p class="console__roles">${s.roles.map((r) => `${r.name} ${r.taken}/${r.planned}`).join(' · ')}${s.roles.some((r) => r.taken === 0) ? '' : ''}</p>
    <label class="choice-line"><input type="checkbox" .checked=${live(s.freeChoice)}
      @change=${(e: Event) => handlers.allowFreeChoice((e.target as HTMLInputElement).checked)}> Students may pick a free role when they join</label>
    <p class="card__hint">Roles: ${s.roster.map((r) => `${r.name}: ${roleName(r.role)}`).join('; ') || 'none yet'}</p>
  </section>`;
}

function votePart(model: ConsoleModel, s: FacilitatorState, handlers: ConsoleHandlers): TemplateResult {
  const tally = s.tally;
  const side = s.sides.find((x) => x.view.decision?.yours) ?? s.sides[0];
  const decision = side?.view.decision;
  if (decision?.kind === 'reply' && decision.yours && decision.replyBuilder && side)
    return html`<div class="console__vote console__reply">${handlers.reply.draw(decision)}</div>`;
  if (!tally || !decision || decision.kind !== 'choice')
    return html`<section class="console__vote" aria-labelledby="console-vote-heading">
      <h2 id="console-vote-heading">The vote</h2>
      <p>${decision ? `${decision.title}: no vote is open (${decision.kind === 'reply' ? 'a reply is drafted' : 'waiting'}).` : 'No decision is open.'}</p>
    </section>`;
  const option = model.override.option || decision.options[0]?.id || '';
  return html`<section class="console__vote" aria-labelledby="console-vote-heading">
    <h2 id="console-vote-heading" class="visually-hidden">The vote</h2>
    ${tallyBars({ ...tally, options: decision.options.map((o) => ({ id: o.id, label: o.label, count: tally.counts[o.id] ?? 0 })) }, tally.counts)}
    <p><button type="button" class="button button--primary console__decide" @click=${() => handlers.decide(decision.id)}>Decide by the vote</button></p>
    <fieldset class="setup-field">
      <legend>Or override the vote</legend>
      <label class="setup-label" for="override-option">Option</label>
      <select id="override-option" @change=${(e: Event) => handlers.typeOverride((e.target as HTMLSelectElement).value, model.override.note)}>
        ${decision.options.map((o) => html`<option value=${o.id} .selected=${live(o.id === option)}>${o.label}</option>`)}
      </select>
      <label class="setup-label" for="override-note">Why (for the debrief)</label>
      <input id="override-note" type="text" maxlength="500" .value=${live(model.override.note)}
        @input=${(e: Event) => handlers.typeOverride(option, (e.target as HTMLInputElement).value)}>
      <button type="button" class="button" @click=${() => handlers.override(decision.id, option, model.override.note)}>Override</button>
    </fieldset>
  </section>`;
}

function memosPart(s: FacilitatorState, handlers: ConsoleHandlers): TemplateResult {
  const memos = s.memos ?? [];
  return html`<section class="console__memos" aria-labelledby="console-memos-heading">
    <h2 id="console-memos-heading">Position memos (${memos.length})</h2>
    ${memos.length === 0 ? html`<p>No memo has arrived yet.</p>` : nothing}
    <ul class="console__memo-list">
      ${memos.map(
        (m) => html`<li class="console__memo" data-memo=${m.id}>
          <p><strong>${m.name}</strong> · ${m.roleName} · ${m.title}</p>
          <blockquote>${m.text}</blockquote>
          ${
            s.shownMemo === m.id
              ? html`<button type="button" class="button button--small" @click=${() => handlers.showMemo(null)}>Take it off the projector</button>`
              : html`<button type="button" class="button button--small" @click=${() => handlers.showMemo(m.id)}>Show on the projector (no name)</button>`
          }
        </li>`,
      )}
    </ul>
    <button type="button" class="button button--quiet" ?disabled=${memos.length === 0} @click=${handlers.exportMemos}>Export the memos for grading (JSON)</button>
  </section>`;
}

export function consoleTemplate(model: ConsoleModel, handlers: ConsoleHandlers): TemplateResult {
  const s = model.state;
  if (!s)
    return html`<section class="card"><div class="card__body">
      <h1 class="screen-heading" tabindex="-1">Facilitator console</h1>
      ${statusLines(model.reconnecting, model.problem)}
      ${model.problem ? nothing : html`<p role="status">Connecting to the session…</p>`}
    </div></section>`;
  const view = s.sides[0]?.view;
  const left = debateLeft(s.decisionOpenedAt, s.debateMinutes, model.now);
  const projectorUrl = `${location.pathname}?projector=${s.code}`;
  return html`<div class="device device--console" ?data-review=${Boolean(model.review)}>
    <header class="device__header">
      <h1 class="screen-heading" tabindex="-1">Facilitator console</h1>
      <p class="console__clock">${view?.clock.long ?? ''}${left && view?.decision ? ` · debate: ${left}` : ''}</p>
      ${statusLines(model.reconnecting, model.problem)}
      <p class="notice" role="status" ?hidden=${!model.notice}>${model.notice ?? ''}</p>
    </header>
    <div class="console__grid">
      <div class="console__join">
        ${joinPanel(s.code, s.joinUrl)}
        <p><a class="button" href=${projectorUrl} target="_blank" rel="noopener">Open the projector screen</a></p>
      </div>
      ${votePart(model, s, handlers)}
      ${rosterPart(s, handlers)}
      <section class="console__tools" aria-label="Marks, injects and undo">${handlers.tools}</section>
      ${memosPart(s, handlers)}
      <section class="console__export" aria-labelledby="console-export-heading">
        <h2 id="console-export-heading">After class</h2>
        <button type="button" class="button" @click=${handlers.exportGame}>Export the game (JSON, replays on one screen)</button>
      </section>
      ${model.review ? reviewPart(model.review, s, handlers) : nothing}
    </div>
  </div>`;
}

/** The decisions in the order the review lists them: memos follow the play. */
const reviewOrder = (review: ReviewState | null) => review?.review.rows.map((r) => r.decision) ?? [];

/** After the ending: the review, each student's memos for grading (here only), and their exports. */
function reviewPart(review: ReviewState, s: FacilitatorState, handlers: ConsoleHandlers): TemplateResult {
  const students = memosByStudent(s.memos ?? [], reviewOrder(review));
  return html`${reviewSection(review)}
    ${memoReviewSection(students)}
    <section class="console__review-exports no-print" aria-labelledby="review-exports-heading">
      <h2 id="review-exports-heading">The review with the memos</h2>
      <p>For your records and grading: the names and the memos are in these files, never in the game's save.</p>
      <button type="button" class="button" @click=${handlers.printReview}>Print the review and the memos</button>
      <button type="button" class="button" @click=${handlers.exportReview}>Export the review and the memos (Markdown)</button>
      <button type="button" class="button" ?disabled=${students.length === 0} @click=${handlers.exportMemos}>Export the memos (JSON)</button>
    </section>`;
}

/** The memos file for grading: per student, their memos (in the order of play, given the review), apart from the game's save. */
export function memosFile(code: string, memos: MemoEntry[], order: readonly string[] = []): string {
  return memosJson(code, memosByStudent(memos, order));
}

export function mountConsole(
  root: HTMLElement,
  options: { base: string; code: string; kept: KeptValues; now?: () => number },
): { dispose(): void } {
  const now = options.now ?? (() => Date.now());
  const model: ConsoleModel = {
    state: null,
    review: null,
    reconnecting: false,
    problem: null,
    notice: null,
    override: { option: '', note: '' },
    now: now(),
  };
  /** What the next `export` answer is for: the game's save, the memo file, or the review's Markdown. */
  let wanted: 'game' | 'memos' | 'review' = 'game';
  const send: Connection['send'] = (type, payload) => {
    model.problem = null;
    model.notice = null;
    link.current()?.send(type, payload);
  };
  const emptyView: FacilitatorView = {
    injects: [],
    turn: null,
    handOverTo: null,
    vote: { open: null, recorded: [] },
  };
  const tools = document.createElement('div');
  const drafts = new Drafts(memoryStore(), `console:${options.code}`);
  // The play desk's own tools; on the network a refusal comes back as a message (shown above).
  /** Sends a command; on the network a refusal comes back as a message, shown at the top. */
  const sent = (type: 'command' | 'undo', command?: GameCommand): null => {
    if (type === 'undo') send('undo', {});
    else if (command) send('command', { command });
    return null;
  };
  // The play desk's own tools panel, drawn from this session's facilitator view.
  const repaintTools = () =>
    toolsPanel(tools, drafts, {
      decide: () => null,
      mark: (note) => (note.trim() ? sent('command', { type: 'facilitator.mark', note }) : 'Type what to mark first.'),
      release: (document) => sent('command', { type: 'facilitator.release', document }),
      hold: (document) => sent('command', { type: 'facilitator.hold', document }),
      undo: () => sent('undo'),
      view: () => model.state?.sides[0]?.facilitator ?? emptyView,
    });
  const handlers: ConsoleHandlers = {
    tools,
    decide: (decision) => send('decide', { decision }),
    override: (decision, option, note) => {
      if (!note.trim()) {
        model.problem = 'An override needs a reason, for the debrief.';
        paint();
        return;
      }
      send('decide', { decision, override: { option, note } });
    },
    typeOverride: (option, note) => {
      model.override = { option, note };
      paint();
    },
    move: (seat, role) => send('moveSeat', { seat, role }),
    remove: (seat) => send('removeSeat', { seat }),
    allowFreeChoice: (allow) => send('allowFreeChoice', { allow }),
    showMemo: (memo) => send('showMemo', { memo }),
    reply: new DeviceReply(
      memoryStore(),
      `console:${options.code}`,
      {
        // A check changes nothing: it does not clear a refusal or a notice on screen.
        check: (decision, items) => link.current()?.send('checkReply', { decision, items }),
        // The one-screen game's own command, for the side whose reply it is.
        send: (decision, items) => {
          const side = model.state?.sides.find((x) => x.view.decision?.id === decision)?.side;
          if (side) send('command', { command: { type: 'player.sendReply', side, items } });
        },
      },
      drafts,
    ),
    exportGame: () => {
      wanted = 'game';
      send('export', {});
    },
    exportMemos: () => {
      wanted = 'memos';
      send('export', {});
    },
    exportReview: () => {
      wanted = 'review';
      send('export', {});
    },
    printReview: () => window.print(),
  };
  const paint = () => render(consoleTemplate(model, handlers), root);
  const onExport = (m: ExportMessage) => {
    const order = reviewOrder(model.review);
    if (wanted === 'review') {
      const review = model.review?.review;
      if (!review) return;
      // The Markdown of the review loads only when a teacher asks for it.
      void import('../../session/deviceReview').then(({ deviceReviewMarkdown }) => {
        const text = reviewWithMemos(deviceReviewMarkdown(review), memosByStudent(m.memos ?? [], order));
        downloadFile(m.fileName.replace(/\.json$/, '-review.md'), 'text/markdown', text);
        model.notice = 'The review and the memos were saved as a file.';
        paint();
      });
      return;
    }
    if (wanted === 'memos')
      downloadFile(
        m.fileName.replace(/\.json$/, '-memos.json'),
        'application/json',
        memosFile(options.code, m.memos ?? [], order),
      );
    else downloadFile(m.fileName, 'application/json', m.save);
    model.notice = wanted === 'memos' ? 'The memos were saved as a file.' : 'The game was saved as a file.';
  };
  const onMessage = (m: ServerMessage) => {
    if (m.type === 'replyAdvice') {
      handlers.reply.take(m);
      return;
    }
    if (m.type === 'refused' && m.about === 'checkReply') {
      handlers.reply.retry();
      paint();
      return;
    }
    if (m.type === 'facilitator') {
      const before = model.state?.tally?.decision;
      const drafted = model.state?.sides.map((x) => x.view.decision?.id);
      for (const id of drafted ?? [])
        if (id && !m.sides.some((x) => x.view.decision?.id === id)) handlers.reply.taken(id);
      model.state = m;
      if (m.tally?.decision !== before) model.override = { option: '', note: '' };
      repaintTools();
    } else if (m.type === 'voteUpdate' && model.state && m.tally !== undefined) {
      const voted = new Set(m.voted ?? []);
      model.state = {
        ...model.state,
        tally: m.tally && { ...m.tally, counts: m.tally.counts ?? {} },
        roster: model.state.roster.map((r) => ({ ...r, voted: voted.has(r.seat) })),
      };
    } else if (m.type === 'review') model.review = m;
    else if (m.type === 'export') onExport(m);
    else if (m.type === 'refused' || m.type === 'error') model.problem = m.reason;
    paint();
  };
  const link = keepConnected(
    { base: options.base, code: options.code, who: 'facilitator', kept: options.kept },
    model,
    { message: onMessage, paint, now },
  );
  paint();
  return {
    dispose: () => link.dispose(),
  };
}
