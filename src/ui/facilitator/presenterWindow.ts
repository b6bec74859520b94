/**
 * The facilitator's window: a second window on the laptop's own screen with the clocks, the vote
 * entry, the override, the marks, the injects to hold or release, and undo, while the projector
 * window shows only what the room may see. It is a thin client: it owns no game, renders the state
 * the projector window sends (presenterHost.ts) and sends back commands; what is typed here is kept
 * here as it is typed (so a late echo never overwrites a keystroke) and sent on to the projector.
 */
import './presenter.css';
import './roomView.css';
import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { InjectView } from '../../engine/facilitatorView';
import { folderDate } from '../documents/dates';
import type { Notice } from '../store/drafts';
import { type ChannelLike, type Every, type LinkOptions, PresenterLink, realEvery } from './presenterChannel';
import { channelName, type PresenterCommand, type PresenterState } from './presenterProtocol';
import { confirmRelease, focusConfirm, releaseRefusal, releasesEarly } from './releaseEarly';
import { formatMinutes } from './timers';
import { voteCounts } from './voteCounts';

/** What "Decide by the vote" does with the counts: the option with most votes, or why there is none. */
export function voteOutcome(counts: Record<string, number>): { option: string } | { problem: string } {
  const top = Math.max(0, ...Object.values(counts));
  if (top === 0) return { problem: 'No votes recorded yet.' };
  const winners = Object.keys(counts).filter((o) => counts[o] === top);
  if (winners.length > 1) return { problem: 'The vote is tied: decide by an override, with its reason.' };
  return { option: winners[0] };
}

interface Typed {
  votes: Record<string, number>;
  override: { option: string | null; note: string };
}

export interface PresenterWindowDeps {
  channel?(name: string): ChannelLike;
  link?: Partial<LinkOptions>;
  /** How the clocks tick between the projector's messages (setInterval, or fake timers in a test). */
  every?: Every;
  now?(): number;
}

/** Mounts the facilitator's window in `root` for the projector window's `sessionId`; returns its teardown. */
export function mountPresenterWindow(root: HTMLElement, sessionId: string, deps: PresenterWindowDeps = {}): () => void {
  const now = deps.now ?? (() => performance.now());
  let state: PresenterState | null = null;
  let receivedAt = 0;
  let connected = false;
  let everConnected = false;
  const typed = new Map<string, Typed>();
  let mark = '';
  let confirming: string | null = null;
  let notice: Notice | null = null;
  const pending = new Map<number, string | null>();
  let nextId = 1;

  const channel = deps.channel?.(channelName(sessionId)) ?? new BroadcastChannel(channelName(sessionId));
  const link = new PresenterLink(
    channel,
    'presenter',
    {
      message: (m) => {
        if (m.from !== 'owner') return;
        if (m.kind === 'state') {
          state = m.state;
          receivedAt = now();
          const open = state.facilitator?.vote.open;
          // What the projector kept is the start; from then on what is typed here leads.
          if (open && !typed.has(open.decision)) {
            typed.set(open.decision, {
              votes: { ...(state.draft?.votes ?? {}) },
              override: { ...(state.draft?.override ?? { option: null, note: '' }) },
            });
          }
          if (confirming && !state.facilitator?.injects.some((i) => i.id === confirming)) confirming = null;
        } else if (m.kind === 'result') {
          const ok = pending.get(m.id);
          pending.delete(m.id);
          if (m.refusal) notice = { text: m.refusal, ok: false };
          else if (ok) notice = { text: ok, ok: true };
        }
        paint();
      },
      peer: (present) => {
        connected = present;
        if (present) everConnected = true;
        paint();
      },
    },
    deps.link,
  );

  const send = (command: PresenterCommand, ok: string | null = null) => {
    const id = nextId++;
    pending.set(id, ok);
    link.send({ from: 'presenter', kind: 'command', id, command });
  };
  const say = (text: string, ok = false) => {
    notice = { text, ok };
    paint();
  };

  const clockNow = (reading: { elapsedMs: number; running: boolean }) =>
    reading.elapsedMs + (reading.running ? now() - receivedAt : 0);

  const clocksSection = (s: PresenterState) => {
    const c = s.clocks;
    if (!c) return nothing;
    const button = (which: 'exercise' | 'debate', what: string) => {
      const r = c[which];
      const label = r.running ? `Pause the ${what}` : r.elapsedMs > 0 ? `Resume the ${what}` : `Start the ${what}`;
      return html`<button type="button" class="button button--small" @click=${() => send({ type: 'clock.toggle', which })}>${label}</button>`;
    };
    const left = c.debateMinutes * 60_000 - clockNow(c.debate);
    return html`<section class="presenter__section" aria-labelledby="presenter-clocks">
      <h2 id="presenter-clocks">Clocks</h2>
      <p class="presenter__clock">Exercise <span class="facilitator__time" data-clock="exercise">${formatMinutes(clockNow(c.exercise))}</span>
        ${button('exercise', 'exercise')}</p>
      ${
        c.debateFor
          ? html`<p class="presenter__clock">Debate (${c.debateMinutes} min) <span
              class=${`facilitator__time${left < 0 ? ' facilitator__time--over' : ''}`} data-clock="debate" role="timer">${formatMinutes(left)}</span>
              ${button('debate', 'debate')}</p>`
          : nothing
      }
    </section>`;
  };

  const voteSection = (s: PresenterState) => {
    const f = s.facilitator;
    const open = f?.vote.open;
    if (s.ended) return html`<p>The game has ended: the room sees how it ends, and the review, on the projector.</p>`;
    if (!open) {
      const turn = f?.turn;
      const what = !turn
        ? 'No decision is on the table just now.'
        : !turn.people
          ? `${turn.sideName} decides (the scenario's model plays that side).`
          : f?.handOverTo
            ? `The projector waits for ${f.handOverTo.name} to take the screen.`
            : 'The room builds this answer on the projector.';
      return html`<p>${what}</p>`;
    }
    const t = typed.get(open.decision) ?? { votes: {}, override: { option: null, note: '' } };
    const count = (option: string) => t.votes[option] ?? 0;
    const setCount = (option: string, n: number) => {
      t.votes[option] = n;
      typed.set(open.decision, t);
      send({ type: 'vote.count', decision: open.decision, option, count: n });
      paint();
    };
    const overrideOption = t.override.option ?? open.options[0]?.id ?? null;
    const setOverride = (change: Partial<Typed['override']>) => {
      t.override = { ...t.override, option: overrideOption, ...change };
      typed.set(open.decision, t);
      send({ type: 'vote.override', decision: open.decision, option: t.override.option, note: t.override.note });
    };
    const tally = () => Object.fromEntries(open.options.map((o) => [o.id, count(o.id)]));
    const total = open.options.reduce((sum, o) => sum + count(o.id), 0);
    const byVote = () => {
      const outcome = voteOutcome(tally());
      if ('problem' in outcome) return say(outcome.problem);
      send(
        { type: 'player.choose', decision: open.decision, option: outcome.option, vote: { counts: tally() } },
        'Decided by the vote.',
      );
    };
    const byOverride = () => {
      const note = t.override.note.trim();
      if (!note) return say('An override needs a reason, for the debrief.');
      send(
        {
          type: 'player.choose',
          decision: open.decision,
          option: overrideOption ?? '',
          vote: { counts: tally(), override: note },
        },
        'Decided by the override; its reason is kept for the debrief.',
      );
    };
    return html`<section class="vote presenter__vote" aria-labelledby="presenter-vote" data-decision=${open.decision}>
      <h3 id="presenter-vote">The room votes</h3>
      ${voteCounts(open.options, 'p-vote', count, setCount)}
      <p class="vote__total">${total} ${total === 1 ? 'vote' : 'votes'} counted${s.classSize ? ` of ${s.classSize} students` : ''}.</p>
      <button type="button" class="button button--primary" @click=${byVote}>Decide by the vote</button>
      <div class="vote__override">
        <label for="p-override-option">Override: take </label>
        <select id="p-override-option" @change=${(e: Event) => setOverride({ option: (e.target as HTMLSelectElement).value })}>
          ${open.options.map((o) => html`<option value=${o.id} .selected=${live(o.id === overrideOption)}>${o.label}</option>`)}
        </select>
        <label for="p-override-note" class="visually-hidden">Reason for the override</label>
        <input id="p-override-note" type="text" placeholder="Why the facilitator overrides the vote"
          .value=${live(t.override.note)} @input=${(e: Event) => setOverride({ note: (e.target as HTMLInputElement).value })}>
        <button type="button" class="button button--small" @click=${byOverride}>Override the vote</button>
      </div>
    </section>`;
  };

  const injectItem = (i: InjectView) => {
    const ask = () => {
      const refusal = releaseRefusal(i);
      if (refusal) return say(refusal);
      if (!releasesEarly(i)) return send({ type: 'facilitator.release', document: i.id }, 'Released to the room.');
      confirming = i.id;
      paint();
      focusConfirm(root);
    };
    const release = () => {
      confirming = null;
      send({ type: 'facilitator.release', document: i.id }, 'Released to the room.');
      paint();
    };
    const cancel = () => {
      confirming = null;
      paint();
    };
    const notes = [
      i.conditional ? 'only on some paths' : null,
      i.refused ? 'not on this run so far: cannot be released' : null,
      i.held ? 'held back' : null,
    ].filter(Boolean);
    return html`<li class="presenter__inject" data-inject=${i.id}>
      <span class="presenter__due"><time title=${i.dueLong}>${folderDate(i.due)}</time></span>
      <span class="presenter__paper">${i.title}${notes.length ? html` <em>(${notes.join('; ')})</em>` : nothing}</span>
      <span class="presenter__actions">
        ${
          i.refused
            ? nothing
            : html`<button type="button" class="button button--small" aria-label=${`Release now: ${i.title}`} @click=${ask}>Release now</button>`
        }
        ${
          i.held
            ? nothing
            : html`<button type="button" class="button button--small" aria-label=${`Hold back: ${i.title}`}
              @click=${() => send({ type: 'facilitator.hold', document: i.id }, 'Held back: it arrives only when you release it.')}>Hold back</button>`
        }
      </span>
      ${confirming === i.id ? confirmRelease(i, 'presenter-release', { confirm: release, cancel }) : nothing}
    </li>`;
  };

  const toolsSections = (s: PresenterState) => {
    const injects = s.facilitator?.injects ?? [];
    return html`<section class="presenter__section" aria-labelledby="presenter-injects">
        <h2 id="presenter-injects">Injects still to come</h2>
        ${injects.length ? html`<ul class="presenter__injects">${repeat(injects, (i) => i.id, injectItem)}</ul>` : html`<p>None: every paper has arrived.</p>`}
      </section>
      <section class="presenter__section" aria-labelledby="presenter-mark">
        <h2 id="presenter-mark">Mark a moment</h2>
        <p><label for="p-mark-note">What happened, for the debrief: </label>
          <input type="text" id="p-mark-note" .value=${live(mark)} @input=${(e: Event) => {
            mark = (e.target as HTMLInputElement).value;
          }}>
          <button type="button" class="button button--small" @click=${() => {
            send({ type: 'facilitator.mark', note: mark }, 'Marked for the debrief.');
            mark = '';
            paint();
          }}>Mark</button></p>
      </section>
      <section class="presenter__section" aria-labelledby="presenter-undo">
        <h2 id="presenter-undo">Undo</h2>
        <p><button type="button" class="button button--small" @click=${() => send({ type: 'facilitator.undo' }, 'The last decision was undone.')}>Undo the last decision</button></p>
      </section>`;
  };

  const connection = () => {
    if (connected) return nothing;
    return everConnected
      ? html`<p class="notice notice--warning presenter__gone" role="alert"><strong>Projector window closed.</strong> Open the game
          there again (Continue brings the class back): this window reconnects by itself.</p>`
      : html`<p class="notice presenter__gone" role="status">Waiting for the projector window…</p>`;
  };

  const paint = () => {
    const s = state;
    document.title = `Facilitator's window: ${s?.title ?? 'Eyes Only'}`;
    render(
      // The page's <main> is the stage's (index.html): this is a region within it.
      html`<section class="presenter" aria-labelledby="presenter-heading">
        <h1 id="presenter-heading">Facilitator's window</h1>
        ${s ? html`<p class="presenter__sub">${s.title}${s.gameTime ? html` · <span data-game-time>${s.gameTime}</span>` : nothing}</p>` : nothing}
        ${connection()}
        ${
          connected && s
            ? s.classroom
              ? html`${clocksSection(s)}
                <section class="presenter__section" aria-labelledby="presenter-decision">
                  <h2 id="presenter-decision">${s.decisionTitle ? `At the table: ${s.decisionTitle}` : 'At the table'}</h2>
                  ${voteSection(s)}
                </section>
                ${toolsSections(s)}`
              : html`<p>No class is in play on the projector: start or continue a class there, and the tools appear here.</p>`
            : nothing
        }
        <p class=${notice ? (notice.ok ? 'notice notice--ok' : 'notice notice--warning') : 'notice'} role="status" ?hidden=${!notice}>${notice?.text ?? ''}</p>
      </section>`,
      root,
    );
  };

  // The clocks tick here between the projector's messages, from the last reading it sent.
  const stopTicking = (deps.every ?? realEvery)(500, () => {
    if (state?.clocks?.exercise.running || state?.clocks?.debate.running) paint();
  });
  const leave = () => link.dispose();
  window.addEventListener('pagehide', leave);
  paint();
  link.start();
  return () => {
    window.removeEventListener('pagehide', leave);
    stopTicking();
    link.dispose();
  };
}

/** The facilitator's window as a page of its own: the room's stage gives way to a plain, scrolling page. */
export function bootPresenterPage(root: HTMLElement, sessionId: string): void {
  document.documentElement.classList.add('presenter-page');
  root.dataset.screen = 'presenter';
  root.setAttribute('aria-busy', 'false');
  mountPresenterWindow(root, sessionId);
}
