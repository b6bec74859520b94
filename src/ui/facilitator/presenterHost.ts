/**
 * The projector window's side of the facilitator's window: it stays the one owner of the game (the
 * session, the drafts, the clocks), sends the facilitator's window what to show, and carries out the
 * commands that come back through the same handlers the desk's own buttons use, so a decision, a
 * release or a mark made from the second window is saved, replayed and reviewed like any other.
 */
import type { GameSession } from '../../session/session';
import type { Classroom } from '../classroom/classroomSession';
import type { Drafts } from '../store/drafts';
import { type FacilitatorHandlers, toggleClock } from './panel';
import { type ChannelLike, type LinkOptions, PresenterLink } from './presenterChannel';
import { channelName, isSessionId, type PresenterCommand, type PresenterState } from './presenterProtocol';
import { repaintTallies } from './roomView';

export interface PresenterHostDeps {
  session(): GameSession;
  /** The class in play, or null (a solo game, or none yet). */
  classroom(): Classroom | null;
  drafts(): Drafts;
  handlers: FacilitatorHandlers;
  /** The facilitator's window appeared or went away: the projector hides or shows its controls. */
  changed(present: boolean): void;
  /** A BroadcastChannel by name (a fake one in tests). */
  channel?(name: string): ChannelLike;
  link?: Partial<LinkOptions>;
}

/** What the facilitator's window shows, built from the session, the class and the drafts. */
export function presenterState(session: GameSession, classroom: Classroom | null, drafts: Drafts): PresenterState {
  const view = session.view();
  const facilitator = classroom ? session.facilitatorView() : null;
  const open = facilitator?.vote.open ?? null;
  const draft = open ? drafts.decision(open.decision) : null;
  const clocks = classroom?.facilitator;
  return {
    title: session.scenario.meta.title,
    classroom: classroom !== null,
    gameTime: classroom ? view.clock.long : '',
    decisionTitle: classroom ? (view.decision?.title ?? null) : null,
    facilitator,
    clocks: clocks
      ? {
          debateMinutes: clocks.debateMinutes,
          debateFor: clocks.debateFor,
          exercise: { elapsedMs: clocks.exercise.elapsedMs(), running: clocks.exercise.running() },
          debate: { elapsedMs: clocks.debate.elapsedMs(), running: clocks.debate.running() },
        }
      : null,
    draft: draft ? { votes: { ...draft.votes }, override: { ...draft.override } } : null,
    classSize: classroom?.config.classSize ?? 0,
    ended: view.status === 'ended',
  };
}

export class PresenterHost {
  private readonly link: PresenterLink;
  private readonly unsubscribe: () => void;
  private queued = false;
  private disposed = false;

  constructor(
    readonly sessionId: string,
    private readonly deps: PresenterHostDeps,
  ) {
    const channel = deps.channel?.(channelName(sessionId)) ?? new BroadcastChannel(channelName(sessionId));
    this.link = new PresenterLink(
      channel,
      'owner',
      {
        message: (m) => {
          if (m.from !== 'presenter') return;
          if (m.kind === 'command') {
            const refusal = this.execute(m.command);
            this.link.send({ from: 'owner', kind: 'result', id: m.id, refusal });
          }
          // A hello, a command: either way the facilitator's window gets the state as it now is.
          this.refresh();
        },
        peer: (present) => {
          deps.changed(present);
          if (present) this.refresh();
        },
        // The state again each beat: what changes without a change of the game (the team handed the
        // screen, a clock's reading) reaches the facilitator's window within a second.
        beat: () => {
          if (this.link.peerPresent) this.refresh();
        },
      },
      deps.link,
    );
    const session = deps.session();
    const unsubscribe = session.subscribe(() => this.refresh());
    // The projector window closing (or reloading) tells the facilitator's window at once.
    const leaving = () => this.link.leaving();
    // Back from the back/forward cache: the link beats again.
    const back = (event: PageTransitionEvent) => {
      if (event.persisted && !this.disposed) this.link.start();
    };
    window.addEventListener('pagehide', leaving);
    window.addEventListener('pageshow', back);
    this.unsubscribe = () => {
      unsubscribe();
      window.removeEventListener('pagehide', leaving);
      window.removeEventListener('pageshow', back);
    };
    this.link.start();
  }

  /** Whether a facilitator's window is open and answering. */
  get present(): boolean {
    return this.link.peerPresent;
  }

  /**
   * Sends the state once the current change has settled: the desk's own listener (which resets the
   * debate timer for a new decision) runs in the same turn, so the state is read after it.
   */
  refresh(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.disposed) return;
      const { session, classroom, drafts } = this.deps;
      this.link.send({ from: 'owner', kind: 'state', state: presenterState(session(), classroom(), drafts()) });
    });
  }

  /** A command from the facilitator's window, through the desk's own handlers; a refusal in words, or null. */
  execute(command: PresenterCommand): string | null {
    const classroom = this.deps.classroom();
    if (!classroom) return 'No class is in play on the projector.';
    const { handlers } = this.deps;
    const open = handlers.view().vote.open;
    const isOpen = (decision: string) => open?.decision === decision;
    switch (command.type) {
      case 'facilitator.mark':
        return handlers.mark(command.note);
      case 'facilitator.release':
        return handlers.release(command.document);
      case 'facilitator.hold':
        return handlers.hold(command.document);
      case 'facilitator.undo':
        return handlers.undo();
      case 'player.choose':
        if (!isOpen(command.decision)) return 'The room has moved on: that vote was for another decision.';
        return handlers.decide(command.option, command.vote);
      case 'clock.toggle':
        toggleClock(classroom.facilitator, command.which);
        return null;
      case 'vote.count':
        if (!isOpen(command.decision) || !open?.options.some((o) => o.id === command.option))
          return 'That count is for a vote that is no longer open.';
        this.deps.drafts().update(command.decision, (d) => {
          d.votes[command.option] = command.count;
        });
        // The room sees the count change on the projector's tally.
        repaintTallies();
        return null;
      case 'vote.override':
        if (!isOpen(command.decision)) return 'That override is for a vote that is no longer open.';
        this.deps.drafts().update(command.decision, (d) => {
          d.override = { option: command.option, note: command.note };
        });
        return null;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    this.link.dispose();
  }
}

const ID_KEY = 'eyes-only:presenter-session';

/**
 * This projector window's session id: kept for the tab (sessionStorage), so a reloaded projector
 * finds the facilitator's window it had opened; null when this tab never opened one.
 */
export function existingSessionId(storage: Pick<Storage, 'getItem'> | null = tabStorage()): string | null {
  try {
    const id = storage?.getItem(ID_KEY) ?? null;
    return id && isSessionId(id) ? id : null;
  } catch {
    return null;
  }
}

export function newSessionId(storage: Pick<Storage, 'setItem'> | null = tabStorage()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  try {
    storage?.setItem(ID_KEY, id);
  } catch {
    // Without storage the link lasts as long as this page: a reload opens a new window.
  }
  return id;
}

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The facilitator's window's address: this page, with the session in its query. */
export function presenterUrl(sessionId: string, here: string = location.href): string {
  const url = new URL(here);
  url.search = `?presenter=${sessionId}`;
  url.hash = '';
  return url.href;
}

/** Opens (or brings forward) the facilitator's window; false when the browser blocked it. */
export function openPresenterWindow(sessionId: string): boolean {
  const opened = window.open(presenterUrl(sessionId), `eyes-only-presenter-${sessionId}`, 'popup,width=780,height=900');
  opened?.focus();
  return opened !== null;
}
