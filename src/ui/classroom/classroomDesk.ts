/**
 * The classroom controller: what a class on one screen adds to the play desk. It owns the class's
 * set-up for the scenario in use (kept beside its save, so a reload continues the class), the
 * clocks, the facilitator's commands and the hand-over between two teams. What it shows comes from
 * the session's facilitator view; it never reads the game's context.
 */
import type { FacilitatorView } from '../../engine/facilitatorView';
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

export class ClassroomDesk {
  private classroom: Classroom | null = null;
  readonly handlers: FacilitatorHandlers;
  /** The link to the facilitator's window, once one was opened from this tab (see presenterHost.ts). */
  private presenter: PresenterHost | null = null;

  /** `redraw` draws the desk again when the facilitator's window opens or closes (if the desk is shown). */
  constructor(
    private readonly inUse: ScenarioInUse,
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
    this.classroom = config ? new Classroom(config) : null;
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

  /** The clocks bar above the desk (one node for the whole session), or null outside a class. */
  clocks(): HTMLElement | null {
    return this.classroom ? clocksBar(this.classroom.facilitator) : null;
  }

  /** The facilitator's tools drawn into `host` (the same node each time), or null outside a class. */
  tools(host: HTMLElement): HTMLElement | null {
    if (!this.classroom) return null;
    // With the facilitator's window open, nothing of the tools (no inject list) is on the projector.
    return this.presenter?.present ? presentedNote(host) : toolsPanel(host, this.inUse.drafts, this.handlers);
  }
}
