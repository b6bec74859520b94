/**
 * The classroom controller: what a class on one screen adds to the play desk. It owns the class's
 * set-up for the scenario in use (kept beside its save, so a reload continues the class), the
 * clocks, the facilitator's commands and the hand-over between two teams. What it shows comes from
 * the session's facilitator view; it never reads the game's context.
 */
import type { ConsequenceNote } from '../../engine/consequences';
import type { FacilitatorView } from '../../engine/facilitatorView';
import type { LogEntry, VoteRecord } from '../../engine/state';
import type { GameView } from '../../engine/view';
import { answerCard, endingCard, recapCard } from '../facilitator/moments';
import '../facilitator/projector.css';
import { type Child, h } from '../dom';
import { clocksBar, type FacilitatorHandlers, followDecision, paintClocks, toolsPanel } from '../facilitator/panel';
import { existingSessionId, newSessionId, openPresenterWindow, PresenterHost } from '../facilitator/presenterHost';
import { presentedNote } from '../facilitator/roomView';
import type { ScenarioInUse } from '../scenarioInUse';
import {
  Classroom,
  type ClassroomConfig,
  facilitatorHandlers,
  loadClassroomConfig,
  saveClassroomConfig,
} from './classroomSession';

/** A card the class stops on until the facilitator goes on: the room's decision, or the other side's answer. */
type Moment =
  | { kind: 'recap'; note: ConsequenceNote; taken: { option?: string; vote?: VoteRecord } }
  | { kind: 'answer'; note: ConsequenceNote };

export class ClassroomDesk {
  private classroom: Classroom | null = null;
  readonly handlers: FacilitatorHandlers;
  /** The cards still to show, in order; each waits for the facilitator. */
  private moments: Moment[] = [];
  /** Whether the ending's own card has been shown (then the full account follows). */
  private endingShown = false;

  /** The link to the facilitator's window, once one was opened from this tab (see presenterHost.ts). */
  private presenter: PresenterHost | null = null;

  /**
   * `onTimeUp`: the room hears that a debate's time has run out (the desk's sound); `redraw` draws the
   * desk again when the facilitator's window opens or closes (if the desk is shown).
   */
  constructor(
    private readonly inUse: ScenarioInUse,
    private readonly onTimeUp?: () => void,
    private readonly redraw: () => void = () => {},
  ) {
    this.handlers = {
      ...facilitatorHandlers(() => inUse.session),
      presenter: { present: () => this.presenter?.present ?? false, open: () => this.openPresenter() },
    };
    // A reloaded projector finds the facilitator's window this tab had opened.
    const id = existingSessionId();
    if (id) this.linkPresenter(id);
  }

  /** Opens the facilitator's window; a blocked pop-up is said in the tools with the address to open. */
  private openPresenter(): void {
    const host = this.presenter ?? this.linkPresenter(newSessionId());
    if (openPresenterWindow(host.sessionId)) return;
    this.inUse.drafts.setTools({
      status: { text: 'The browser blocked the new window: allow pop-ups for this page and press again.', ok: false },
    });
    this.redraw();
  }

  private linkPresenter(id: string): PresenterHost {
    this.presenter = new PresenterHost(id, {
      session: () => this.inUse.session,
      classroom: () => this.classroom,
      drafts: () => this.inUse.drafts,
      handlers: this.handlers,
      changed: (present) => {
        // Back on the projector, the tools are behind their button again.
        if (present) this.inUse.drafts.setTools({ toolsOpen: false });
        if (this.classroom) {
          this.classroom.facilitator.presented = present;
          paintClocks(this.classroom.facilitator);
        }
        this.redraw();
      },
    });
    return this.presenter;
  }

  /** The class's set-up, or null in a solo game. */
  get config(): ClassroomConfig | null {
    return this.classroom?.config ?? null;
  }

  get active(): boolean {
    return this.classroom !== null;
  }

  /** A new game's set-up (null: solo), kept beside the save so a reload continues it as one. */
  start(config: ClassroomConfig | null): void {
    this.classroom?.dispose();
    this.classroom = config ? new Classroom(config, this.onTimeUp) : null;
    this.moments = [];
    if (this.classroom) this.classroom.facilitator.presented = this.presenter?.present ?? false;
    saveClassroomConfig(this.inUse.store, config);
    this.presenter?.refresh();
  }

  /** Continue: the set-up saved beside the game, if any. */
  resume(): void {
    this.start(loadClassroomConfig(this.inUse.store));
  }

  /** Leaves the class set-up in memory only: the one kept in the store stays for Continue. */
  leave(): void {
    this.classroom?.dispose();
    this.classroom = null;
    this.presenter?.refresh();
  }

  /** Stops the clocks and the link: the scenario in use is being replaced. */
  dispose(): void {
    this.leave();
    this.presenter?.dispose();
    this.presenter = null;
  }

  view(): FacilitatorView {
    return this.inUse.session.facilitatorView();
  }

  /**
   * Two teams on one screen: the team that must take the screen before anything of its side is
   * shown (null in a solo game, with one team, or when the screen already shows the right seat).
   */
  handOverTo(): { side: string; name: string } | null {
    return this.classroom?.config.teams ? this.view().handOverTo : null;
  }

  /** The game reached another decision (or none): the debate timer starts again. */
  follow(decision: string | null): void {
    if (this.classroom) followDecision(this.classroom.facilitator, decision);
  }

  /** Whether a role takes a seat at the table: every role does outside a class. */
  seats(role: string): boolean {
    return this.classroom?.holds(role) ?? true;
  }

  /** In a class, the students who hold a role (for the advisers' names); undefined outside one. */
  get heldBy(): ((role: string) => string[]) | undefined {
    const classroom = this.classroom;
    return classroom ? (role) => classroom.namesFor(role) : undefined;
  }

  /**
   * The game moved: in a class, the room's decision gets its recap card and the other side's answer
   * its own moment. A new, continued or undone game starts with none (and an ended one is not
   * announced again).
   */
  noteChange(view: GameView, notes: readonly ConsequenceNote[], entries: readonly LogEntry[], reset: boolean): void {
    if (reset) {
      this.moments = [];
      this.endingShown = view.status === 'ended';
      return;
    }
    if (!this.classroom) return;
    for (const note of notes) {
      const entry = entries.find(
        (e) => (e.kind === 'choice' || e.kind === 'reply') && e.decision === note.decision && e.at === note.at,
      );
      if (!entry || ((entry.kind === 'choice' || entry.kind === 'reply') && entry.fromRecord)) continue;
      if (note.by === 'human') {
        const taken = entry.kind === 'choice' ? { option: entry.option, vote: entry.vote } : {};
        this.moments.push({ kind: 'recap', note, taken });
      } else if (note.paper) this.moments.push({ kind: 'answer', note });
    }
  }

  /** Whether a card holds the screen (the bell for the next decision waits for it). */
  holding(view: GameView, interlude: boolean): boolean {
    return this.moments.length > 0 || (!interlude && this.endingDue(view));
  }

  private endingDue(view: GameView): boolean {
    return this.classroom !== null && !this.endingShown && view.status === 'ended' && Boolean(view.ending);
  }

  /**
   * The card the class stops on now, or null: the recap of the room's decision, then the other
   * side's answer; the ending's own card once the interlude before it is read. `next` redraws the desk.
   */
  moment(view: GameView, interlude: boolean, next: () => void): HTMLElement | null {
    const first = this.moments[0];
    const go = () => {
      this.moments.shift();
      next();
    };
    if (first?.kind === 'recap') return recapCard(first.note, first.taken, this.config?.classSize ?? 0, go);
    if (first?.kind === 'answer') return answerCard(first.note, go);
    if (!interlude && view.ending && this.endingDue(view))
      return endingCard(view.ending, () => {
        this.endingShown = true;
        next();
      });
    return null;
  }

  /** The clocks bar above the desk (one node for the whole session), or null outside a class. */
  clocks(): HTMLElement | null {
    return this.classroom ? clocksBar(this.classroom.facilitator) : null;
  }

  /**
   * The projector's desk in a class (#15): the decision and what surrounds it in a main column, and
   * beside it, under the board, the room's column with the debate timer and the vote, so neither
   * scrolls out of view. The vote is drawn inside `middle` by the desk's content; it moves here.
   */
  projectorDesk(main: Child[], middle: HTMLElement, vote: HTMLElement): HTMLElement {
    const room = h(
      'div',
      { class: 'desk__room', role: 'region', 'aria-label': 'The debate timer and the vote' },
      this.clocks(),
      middle.contains(vote) ? vote : null,
    );
    return h('div', { class: 'desk desk--projector' }, h('div', { class: 'desk__main' }, ...main), room);
  }

  /** The facilitator's tools drawn into `host` (the same node each time), or null outside a class. */
  tools(host: HTMLElement): HTMLElement | null {
    if (!this.classroom) return null;
    // With the facilitator's window open, nothing of the tools (no inject list) is on the projector.
    return this.presenter?.present ? presentedNote(host) : toolsPanel(host, this.inUse.drafts, this.handlers);
  }
}
