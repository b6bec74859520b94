/**
 * A student's device (`/?join=CODE`), phone-sized first: join with the code and a name; then their
 * role card and private objectives, their papers as they arrive (a sound and an unread count), the
 * decision with the advisers' positions (the play desk's own decision card), their vote (changeable
 * until the vote closes), the reply for a role that drafts it, their position memos, and the review
 * at the end. Everything shown comes from the server's messages for this seat alone.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { documentCue } from '../../audio/cues';
import type { Sound } from '../../audio/sound';
import type { DecisionView, DocumentSummary } from '../../engine/view';
import { type Connection, checkCode, connect, type KeptValues, keys, reasonOf } from '../../net/client';
import {
  MEMO_MAX_CHARS,
  type ReviewState,
  type SeatMemo,
  type SeatState,
  type ServerMessage,
  StudentNameSchema,
} from '../../net/protocol';
import { openDocumentViewer, renderBriefingFolder } from '../documents/documents';
import { decisionCard } from '../play/decision';
import { debateLeft, reviewSection, statusLines } from './deviceParts';
import { DeviceReply, keptStore } from './deviceReply';

export interface StudentModel {
  phase: 'join' | 'joining' | 'seated' | 'closed';
  code: string;
  name: string;
  seat: SeatState | null;
  review: ReviewState | null;
  reconnecting: boolean;
  problem: string | null;
  /** Papers this device has opened (the unread count is this device's own). */
  opened: ReadonlySet<string>;
  /** Memo text as typed, per decision, before it is sent. */
  drafts: Record<string, string>;
  /** The reply builder of a role that drafts the reply (its draft kept on the device); null before joining. */
  reply: DeviceReply | null;
  now: number;
}

export interface StudentHandlers {
  join(code: string, name: string): void;
  vote(decision: string, option: string | null): void;
  choose(decision: string, option: string): void;
  reply(decision: string, items: string[]): void;
  open(document: string): void;
  typeMemo(decision: string, text: string): void;
  sendMemo(decision: string): void;
}

export const unread = (docs: readonly DocumentSummary[], opened: ReadonlySet<string>) =>
  docs.filter((d) => !opened.has(d.id)).length;

function joinForm(model: StudentModel, handlers: StudentHandlers): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    handlers.join(String(data.get('code') ?? ''), String(data.get('name') ?? ''));
  };
  return html`<form class="card device-join" aria-labelledby="device-join-heading" novalidate @submit=${submit}>
    <div class="card__body">
      <h1 id="device-join-heading" class="screen-heading" tabindex="-1">Join the exercise</h1>
      <p class="card__text">Type the code on the projector and your name. Your teacher gives you a role.</p>
      <label class="setup-label" for="join-code">Code</label>
      <input id="join-code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false"
        .value=${live(model.code)} required>
      <label class="setup-label" for="join-name">Your name</label>
      <input id="join-name" name="name" autocomplete="given-name" maxlength="40" .value=${live(model.name)} required>
      ${statusLines(model.reconnecting, model.problem)}
    </div>
    <div class="card__actions">
      <button type="submit" class="button button--primary" ?disabled=${model.phase === 'joining'}>
        ${model.phase === 'joining' ? 'Joining…' : 'Join'}
      </button>
    </div>
  </form>`;
}

/** The decision card is built once per decision: a redraw must not move the student's focus. */
const cards = new WeakMap<DecisionView, HTMLElement>();
function decisionPart(decision: DecisionView, decider: boolean, handlers: StudentHandlers) {
  let card = cards.get(decision);
  if (!card) {
    const choose = decider && decision.kind === 'choice' ? (o: string) => handlers.choose(decision.id, o) : undefined;
    card = decisionCard(decision, { speaking: () => undefined, ...(choose ? { choose } : {}) });
    cards.set(decision, card);
  }
  return card;
}

function votePart(seat: SeatState, handlers: StudentHandlers): TemplateResult | typeof nothing {
  const vote = seat.vote;
  const decision = seat.view.decision;
  if (!vote || !decision || decision.id !== vote.decision) return nothing;
  if (!vote.mayVote)
    return html`<p class="device-vote device-vote--none">Your role speaks in this debate but has no vote on it.</p>`;
  return html`<section class="device-vote" aria-labelledby="vote-heading">
    <h2 id="vote-heading">Your vote</h2>
    <p class="device-vote__cast">${vote.cast} of ${vote.eligible} have voted. You can change your vote until your teacher closes it.</p>
    <ul class="device-vote__options">
      ${decision.options.map(
        (o) => html`<li><button type="button" class="button device-vote__option" data-option=${o.id}
          aria-pressed=${vote.mine === o.id ? 'true' : 'false'} @click=${() => handlers.vote(decision.id, o.id)}>
          ${o.label}</button></li>`,
      )}
    </ul>
    ${
      vote.mine
        ? html`<p class="device-vote__mine">You voted: <strong>${decision.options.find((o) => o.id === vote.mine)?.label ?? vote.mine}</strong>
          <button type="button" class="button button--quiet" @click=${() => handlers.vote(decision.id, null)}>Take back my vote</button></p>`
        : html`<p class="device-vote__mine">You have not voted yet.</p>`
    }
  </section>`;
}

/** Whether this seat drafts the reply open now: the one-screen builder instead of the decision's card. */
const drafts = (seat: SeatState, decision: DecisionView) =>
  seat.role.decider && decision.kind === 'reply' && decision.yours && Boolean(decision.replyBuilder);

function memoPart(model: StudentModel, memo: SeatMemo, handlers: StudentHandlers): TemplateResult {
  const id = `memo-${memo.decision}`;
  const typed = model.drafts[memo.decision] ?? memo.text ?? '';
  const saved = memo.text !== null && typed.trim() === memo.text;
  return html`<section class="device-memo" aria-labelledby=${`${id}-heading`} data-decision=${memo.decision}>
    <h3 id=${`${id}-heading`}>Position memo: ${memo.title}</h3>
    <p class="device-memo__question">${memo.question}</p>
    <p class="device-memo__weigh">Weigh: ${memo.weigh}</p>
    ${memo.papers.length ? html`<p class="device-memo__papers">Your papers on it: ${memo.papers.map((p) => p.title).join('; ')}</p>` : nothing}
    <label class="setup-label" for=${id}>Your memo (about ${memo.words} words)</label>
    <textarea id=${id} rows="8" maxlength=${MEMO_MAX_CHARS} ?disabled=${!memo.open} .value=${live(typed)}
      @input=${(e: Event) => handlers.typeMemo(memo.decision, (e.target as HTMLTextAreaElement).value)}></textarea>
    <p class="device-memo__count">${typed.length} of ${MEMO_MAX_CHARS} characters${saved ? ' · sent to your teacher' : ''}</p>
    ${
      memo.open
        ? html`<button type="button" class="button button--primary" ?disabled=${saved || typed.trim() === ''}
          @click=${() => handlers.sendMemo(memo.decision)}>${memo.text === null ? 'Send my memo' : 'Send the new version'}</button>`
        : html`<p class="card__hint">This decision is taken: the memo is closed.</p>`
    }
  </section>`;
}

function folderPart(model: StudentModel, docs: DocumentSummary[], handlers: StudentHandlers): HTMLElement {
  return renderBriefingFolder(
    docs.map((d) => ({ ...d, read: model.opened.has(d.id) })),
    { onOpen: (id) => handlers.open(id), heading: 'Your papers' },
  );
}

export function studentTemplate(model: StudentModel, handlers: StudentHandlers): TemplateResult {
  if (model.phase === 'join' || model.phase === 'joining') return joinForm(model, handlers);
  const seat = model.seat;
  if (model.phase === 'closed' || !seat)
    return html`<section class="card device-closed"><div class="card__body">
      <h1 class="screen-heading" tabindex="-1">Eyes Only</h1>
      ${statusLines(model.reconnecting, model.problem)}
      ${model.phase === 'closed' ? nothing : html`<p role="status">Joining the session…</p>`}
    </div></section>`;
  const { role, view } = seat;
  const decision = view.decision;
  const papersUnread = unread(view.documents, model.opened);
  const left = debateLeft(seat.decisionOpenedAt, seat.debateMinutes, model.now);
  return html`<div class="device device--student">
    <header class="device__header">
      <p class="device__who"><strong>${model.name}</strong> · ${role.name}, ${role.office}</p>
      <p class="device__clock">${view.clock.text}${left && decision ? ` · debate: ${left}` : ''}</p>
      <nav class="device__nav" aria-label="Sections">
        <a href="#role-heading">Role</a>
        <a href="#papers">Papers ${papersUnread ? html`<span class="badge" aria-label=${`${papersUnread} unread`}>${papersUnread}</span>` : nothing}</a>
        <a href="#decision-heading">Decision</a>
        ${seat.memos?.length ? html`<a href="#memos-heading">Memo</a>` : nothing}
      </nav>
      ${statusLines(model.reconnecting, model.problem)}
    </header>
    ${model.review ? reviewSection(model.review) : nothing}
    <section class="device-role" aria-labelledby="role-heading">
      <h1 id="role-heading" class="screen-heading" tabindex="-1">${role.name}</h1>
      <p class="device-role__office">${role.office} · ${role.sideName}${role.voice ? ' (speaks, no vote)' : ''}${role.decider ? ' · takes the decisions' : ''}</p>
      <p>${role.bio}</p>
      <h2>Your private objectives</h2>
      <ul>${role.objectives.map((o) => html`<li>${o}</li>`)}</ul>
      ${role.stance ? html`<p class="device-role__stance">${role.stance.text}</p>` : nothing}
    </section>
    <div id="papers" class="device-papers">${folderPart(model, view.documents, handlers)}</div>
    ${
      decision
        ? html`<div class="device-decision">${
            drafts(seat, decision) && model.reply
              ? model.reply.draw(decision)
              : decisionPart(decision, role.decider, handlers)
          }</div>
          ${votePart(seat, handlers)}`
        : html`<h2 id="decision-heading">No decision is open</h2><p>${view.status === 'ended' ? 'The exercise has ended.' : 'Wait for your teacher.'}</p>`
    }
    ${
      seat.memos?.length
        ? html`<section class="device-memos" aria-labelledby="memos-heading">
          <h2 id="memos-heading">Your position memos</h2>
          ${seat.memos.map((m) => memoPart(model, m, handlers))}
        </section>`
        : nothing
    }
  </div>`;
}

export interface StudentDeviceOptions {
  base: string;
  code: string;
  kept: KeptValues;
  sound: Sound | null;
  /** The clock for the debate timer (the UI's, not the engine's). */
  now?: () => number;
}

/** Mounts the student's screen on `root`: rejoins at once when this device already holds a seat. */
export function mountStudent(root: HTMLElement, options: StudentDeviceOptions): { dispose(): void } {
  const { kept, sound } = options;
  const now = options.now ?? (() => Date.now());
  const code = options.code;
  const openedKey = `eyes-only:net:opened:${code}`;
  let connection: Connection | null = null;
  let known: Set<string> | null = null;
  const model: StudentModel = {
    phase: 'join',
    code,
    name: (code && kept.getItem(keys.name(code))) || '',
    seat: null,
    review: null,
    reconnecting: false,
    problem: null,
    opened: new Set(JSON.parse(kept.getItem(openedKey) ?? '[]') as string[]),
    drafts: {},
    reply: null,
    now: now(),
  };
  /** The reply builder's draft is kept per session on this device (a reload keeps the package). */
  const replyFor = (sessionCode: string) =>
    new DeviceReply(keptStore(kept), `device:${sessionCode}`, {
      // A check changes nothing: it does not clear a refusal on screen, as a sent message does.
      check: (decision, items) => connection?.send('checkReply', { decision, items }),
      send: (decision, items) => handlers.reply(decision, items),
    });
  const paint = () => render(studentTemplate(model, handlers), root);

  const onMessage = (m: ServerMessage) => {
    switch (m.type) {
      case 'seat': {
        const ids = m.view.documents.map((d) => d.id);
        if (known) {
          const arrived = m.view.documents.filter((d) => !known?.has(d.id));
          for (const d of arrived.slice(0, 1)) sound?.play(documentCue({ id: d.id, kind: d.kind }));
        }
        known = new Set(ids);
        const before = model.seat?.view.decision?.id;
        if (before && before !== m.view.decision?.id) model.reply?.taken(before);
        model.seat = m;
        model.phase = 'seated';
        model.reconnecting = false;
        break;
      }
      case 'voteUpdate':
        if (model.seat && m.vote !== undefined) model.seat = { ...model.seat, vote: m.vote };
        break;
      case 'review':
        model.review = m;
        break;
      case 'document':
        openDocumentViewer(document.body, m.document, {});
        break;
      case 'replyAdvice':
        model.reply?.take(m);
        return;
      case 'refused':
        if (m.about === 'checkReply') {
          // The advice did not come (too many checks at once): asked again on the next drawing.
          model.reply?.retry();
          break;
        }
        model.problem = m.reason;
        break;
      case 'error':
        model.problem = m.reason;
        break;
      case 'removed':
        model.problem = m.reason;
        model.phase = 'closed';
        break;
      case 'welcome':
        model.name = m.name;
        break;
    }
    paint();
  };

  const join = async (typedCode: string, typedName: string) => {
    sound?.unlock();
    const checked = checkCode(typedCode);
    const name = StudentNameSchema.safeParse(typedName);
    model.code = typedCode;
    model.name = typedName;
    if (!checked.ok || !name.success) {
      model.problem = checked.ok ? (name.success ? null : 'Type your name (at most 40 characters).') : checked.reason;
      paint();
      root.querySelector<HTMLElement>(checked.ok ? '#join-name' : '#join-code')?.focus();
      return;
    }
    model.phase = 'joining';
    model.problem = null;
    model.reply = replyFor(checked.code);
    paint();
    try {
      connection = await connect(
        { base: options.base, code: checked.code, who: 'student', name: name.data, kept },
        {
          message: onMessage,
          reconnecting: (on) => {
            model.reconnecting = on;
            paint();
          },
          closed: (reason) => {
            if (model.phase === 'closed') return;
            model.phase = 'closed';
            model.problem = reason;
            paint();
          },
        },
      );
      model.code = checked.code;
      history.replaceState(null, '', `?join=${checked.code}`);
    } catch (error) {
      model.phase = 'join';
      model.reconnecting = false;
      model.problem = reasonOf(error);
      paint();
      root.querySelector<HTMLElement>('#join-name')?.focus();
    }
  };

  const send: Connection['send'] = (type, payload) => {
    model.problem = null;
    connection?.send(type, payload);
  };
  const handlers: StudentHandlers = {
    join: (c, n) => void join(c, n),
    vote: (decision, option) => (option ? send('vote', { decision, option }) : send('unvote', { decision })),
    choose: (decision, option) => send('choose', { decision, option }),
    reply: (decision, items) => send('reply', { decision, items }),
    open: (document) => {
      const opened = new Set(model.opened);
      opened.add(document);
      model.opened = opened;
      kept.setItem(openedKey, JSON.stringify([...opened]));
      send('read', { document });
      paint();
    },
    typeMemo: (decision, text) => {
      model.drafts = { ...model.drafts, [decision]: text };
      paint();
    },
    sendMemo: (decision) => {
      const memo = model.seat?.memos?.find((m) => m.decision === decision);
      const text = model.drafts[decision] ?? memo?.text ?? '';
      send('memo', { decision, text });
    },
  };

  const tick = setInterval(() => {
    model.now = now();
    if (model.seat?.decisionOpenedAt) paint();
  }, 1000);
  paint();
  // This device already holds a seat in this session (a reload): rejoin it without asking.
  if (code && kept.getItem(keys.seat(code)) && model.name) {
    model.reconnecting = true;
    void join(code, model.name);
  }
  return {
    dispose: () => {
      clearInterval(tick);
      void connection?.leave();
    },
  };
}
