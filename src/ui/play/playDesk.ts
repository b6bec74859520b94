/**
 * The play desk controller: draws the desk from the session's changes (so a choice made by a button,
 * by the keyboard or through `window.eyesOnly` all look the same), tells the Phaser room what to
 * draw, rings the bell and plays the arrival cues. One desk serves one scenario in use; the router
 * makes a new one when a teacher loads another scenario.
 */
import { documentCue } from '../../audio/cues';
import type { Sound } from '../../audio/sound';
import type { ConsequenceNote } from '../../engine/consequences';
import type { StepResult } from '../../engine/game';
import type { LogEntry } from '../../engine/state';
import type { GameView } from '../../engine/view';
import type { Stage } from '../../game/stage';
import type { BoardFeed, BoardState } from '../../session/boardFeed';
import type { Change } from '../../session/session';
import type { Settings } from '../../session/settings';
import type { KeyValueStore } from '../../session/storage';
import { ClassroomDesk } from '../classroom/classroomDesk';
import type { ClassroomConfig } from '../classroom/classroomSession';
import { gameFileText } from '../classroom/gameFile';
import { openDocumentViewer, renderBriefingFolder } from '../documents/documents';
import { focusSoon, h } from '../dom';
import { downloadFile } from '../download';
import { handOverScreen } from '../facilitator/panel';
import { onDemand } from '../onDemand';
import type { ScenarioInUse } from '../scenarioInUse';
import { aideNoteStrip, freshNotes } from './aideNote';
import { briefingSeen, markBriefingSeen } from './briefingSeen';
import { type DeskLesson, deskContent } from './deskContent';
import { deskHeader, storageWarning, tracksList } from './deskParts';
import type { InterludeLine } from './interlude';

export interface PlayDeskDeps {
  /** Puts the desk on the screen (the router's one way of changing screens). */
  show(...children: HTMLElement[]): void;
  stage: Stage;
  sound: Sound | null;
  feed: BoardFeed & { publish(state: BoardState): void };
  settings(): Settings;
  /** The browser's store, for what this browser has seen once (the solo briefing). */
  store: KeyValueStore;
  /** Where the desk's ways out lead. */
  go: { title(): void; setup(): void; review(): void; settings(): void };
}

type BriefingModule = typeof import('./briefing');

/** A refusal the desk shows until the game moves on (not until the desk is next drawn). */
const NOTICE_FALLBACK = 'That is not possible now.';

export class PlayDesk {
  readonly classroom: ClassroomDesk;
  private speaking: string | null = null;
  private pendingLines: InterludeLine[] = [];
  /** The aide's note for what the last step decided (see aideNote.ts); kept until the next step. */
  private notes: ConsequenceNote[] = [];
  private desk: HTMLElement | null = null;
  /**
   * The nodes the stateful parts are drawn into: the same ones for the whole game, so a redraw
   * updates them in place (what was typed, what is open and the focus stay).
   */
  private readonly hosts = {
    vote: h('div'),
    reply: h('div'),
    tools: h('div'),
    notice: h('div', { class: 'desk__notice' }),
  };
  /** Why the last choice or reply was refused; kept through redraws until the game moves on. */
  private refusal: string | null = null;
  /** The decision the bell last rang for: a decision is announced once, not on every redraw. */
  private announced: string | null = null;
  /** A new game whose plan summarises the decisions before its start in an interlude, not yet shown. */
  private recordPending = false;
  private readonly unsubscribe: () => void;
  /** The solo briefing's code, once loaded (see prepareFirstGame). */
  private briefing: BriefingModule | null = null;

  constructor(
    private readonly inUse: ScenarioInUse,
    private readonly deps: PlayDeskDeps,
  ) {
    // At 0:00 of a debate the room hears it (the caption says it too, for a muted room); when the
    // facilitator's window opens or closes, the desk, if on screen, shows or hides its controls.
    this.classroom = new ClassroomDesk(
      inUse,
      () => deps.sound?.play('gavel'),
      () => {
        if (this.desk?.isConnected) this.show();
      },
    );
    this.unsubscribe = inUse.session.subscribe((view, change) => this.onChange(view, change));
  }

  private get session() {
    return this.inUse.session;
  }

  /** The scenario in use is replaced: stop listening and stop the clocks. */
  dispose(): void {
    this.unsubscribe();
    this.classroom.dispose();
  }

  /** A new game, solo or for a class (`classroom`), seeded, following a lesson plan (null: none). */
  begin(seed: number, classroom: ClassroomConfig | null, lesson: string | null = null): void {
    const { meta } = this.inUse.scenario;
    const firstSolo = !classroom && !briefingSeen(this.deps.store, meta.id);
    if (firstSolo && meta.briefing && !this.briefing) {
      // A first solo game opens with the briefing, whose code is normally fetched with the set-up
      // (prepareFirstGame): if it is not there yet, the game begins once it is, in the same order.
      onDemand(
        'briefing',
        () => import('./briefing'),
        (module) => {
          this.briefing = module;
          this.begin(seed, classroom, lesson);
        },
      );
      return;
    }
    this.classroom.start(classroom);
    this.deps.sound?.unlock();
    this.deps.sound?.startRoomTone();
    this.deps.stage.showBoard();
    const scenario = this.inUse.scenario;
    this.session.setViewer({ side: scenario.meta.playerSide });
    // Two teams: every side is played by people, through the same commands the model would use.
    const controllers = classroom?.teams
      ? Object.fromEntries(scenario.sides.map((s) => [s.id, 'human' as const]))
      : undefined;
    this.session.newGame({ seed, controllers, ...(lesson ? { lesson } : {}) });
    // A first solo game opens with the one-minute briefing (once per browser and scenario).
    if (firstSolo) {
      markBriefingSeen(this.deps.store, scenario.meta.id);
      this.openBriefing();
    }
  }

  /**
   * Before a player's first solo game (the set-up is on the screen), the briefing's chunk is fetched,
   * so the briefing is there at once when the game begins; a returning player never loads it.
   */
  prepareFirstGame(): void {
    const { meta } = this.inUse.scenario;
    if (this.briefing || !meta.briefing || briefingSeen(this.deps.store, meta.id)) return;
    void import('./briefing').then((module) => {
      this.briefing = module;
    });
  }

  /** The one-minute briefing, from the scenario's meta (from the desk, or before a first solo game). */
  openBriefing(): void {
    const { meta, glossary } = this.inUse.scenario;
    const text = meta.briefing;
    if (!text) return;
    const show = ({ openBriefing }: BriefingModule) =>
      openBriefing(document.body, { title: meta.title, text, glossary }, () => {
        // Opened as the game began, the button that opened it is gone: the desk's heading takes the focus.
        if (document.activeElement === document.body)
          focusSoon(this.desk?.querySelector<HTMLElement>('.screen-heading'));
      });
    // A chunk of its own (most games are not a player's first): loaded when first shown, if not before.
    if (this.briefing) show(this.briefing);
    else
      onDemand(
        'briefing',
        () => import('./briefing'),
        (module) => {
          this.briefing = module;
          show(module);
        },
      );
  }

  openGlossary(): void {
    onDemand(
      'glossary',
      () => import('../documents/glossaryPage'),
      ({ openGlossary }) => openGlossary(document.body, this.inUse.scenario.glossary),
    );
  }

  /** Continues the saved game (with its class set-up); a refused save is returned with its reason. */
  continueSaved(): string | null {
    this.classroom.resume();
    this.deps.sound?.unlock();
    const result = this.session.continueSaved();
    if (!result.ok) return result.errors[0];
    this.deps.sound?.startRoomTone();
    this.deps.stage.showBoard();
    return null;
  }

  /**
   * Takes up the game opened from a file as this browser's own, with the class's set-up kept in the
   * file (null: a solo game), and goes to the table (at a break: the break screen, to start the next period).
   */
  takeUpFile(classroom: ClassroomConfig | null): void {
    this.classroom.start(classroom);
    this.deps.sound?.unlock();
    this.deps.sound?.startRoomTone();
    this.deps.stage.showBoard();
    this.session.takeUp();
  }

  /** The saved game, loaded to show its review from the title (the board is not shown). */
  openSavedForReview(): string | null {
    this.classroom.resume();
    const result = this.session.continueSaved();
    return result.ok ? null : result.errors[0];
  }

  /** Downloads the game as a file, with the class's set-up in it (to go on on another computer). */
  exportFile(): void {
    downloadFile(
      this.session.fileName(),
      'application/json',
      gameFileText(this.session.exportSave(), this.classroom.config),
    );
  }

  /** "What if we had chosen otherwise?": the game again from one of its decisions, same seed. */
  whatIf(decision: string): void {
    if (this.session.whatIf(decision)) this.deps.stage.showBoard();
  }

  /** Draws the desk for the game as it stands (back from the review, for instance). */
  show(): void {
    this.renderPlay(this.session.view());
  }

  /** The room again, e.g. after a change of settings. */
  republish(): void {
    this.publishBoard(this.session.view());
  }

  private onChange(view: GameView, change: Change): void {
    this.keepDrafts(change);
    // The game moved on: a refusal of the decision before is no longer news.
    if (change.reset || change.decisionChanged || change.ended) this.refusal = null;
    // A mark, a hold or a release changes nothing on the desk but the folder and the facilitator's
    // tools (which say it was done): the desk, what is typed on it and the player's place stay.
    const facilitatorOnly = change.entries.some((e) => e.kind === 'mark' || e.kind === 'hold' || e.kind === 'release');
    const quiet = change.entries.every((e) =>
      facilitatorOnly ? ['mark', 'hold', 'release', 'document'].includes(e.kind) : false,
    );
    if (!change.reset && (quiet || change.entries.length === 0) && !change.decisionChanged && !change.ended) {
      // Only a paper was read, or the facilitator acted: refresh the folder and the tools. The room
      // sleeps unless a paper arrived (a released one), since nothing else on the board changes.
      this.refreshFolder(view);
      this.refreshTools();
      if (change.entries.some((e) => e.kind === 'document')) {
        this.publishBoard(view);
        this.playCues(change.entries);
      }
      return;
    }
    this.classroom.follow(view.decision?.id ?? null);
    this.publishBoard(view);
    this.notes = change.reset ? [] : freshNotes(view.notes, change.entries);
    this.classroom.noteChange(view, this.notes, change.entries, change.reset);
    this.playCues(change.entries);
    // A continued game goes straight back to the table: the folder holds what had arrived.
    this.pendingLines = change.reset && this.session.moves > 0 ? [] : this.session.interlude(change.entries);
    if (change.reset) this.recordPending = this.session.moves === 0 && Boolean(view.lesson?.interlude);
    this.renderPlay(view);
    this.ringForDecision(view);
  }

  /** A decision taken leaves its draft behind; a new game starts with none. */
  private keepDrafts(change: Change): void {
    if (change.reset && this.session.moves === 0) {
      this.inUse.drafts.clear();
      this.announced = null;
    }
    for (const e of change.entries) if (e.kind === 'choice' || e.kind === 'reply') this.inUse.drafts.taken(e.decision);
  }

  /**
   * The bell rings once when a new decision reaches the table (after the interlude, after a team's
   * hand-over): on that change of the game, never because the desk was drawn again.
   */
  private ringForDecision(view: GameView): void {
    const id = view.decision?.id;
    if (!id || view.status === 'ended' || this.pendingLines.length > 0 || id === this.announced) return;
    if (view.lesson?.status === 'break' || view.lesson?.status === 'stopped' || this.recordPending) return;
    if (this.classroom.handOverTo() || this.classroom.holding(view, false)) return;
    this.announced = id;
    this.deps.sound?.play('bell');
  }

  private refreshTools(): void {
    if (this.hosts.tools.isConnected) this.classroom.tools(this.hosts.tools);
  }

  private playCues(entries: readonly LogEntry[]): void {
    const sound = this.deps.sound;
    if (!sound) return;
    const doc = entries.find((e) => e.kind === 'document');
    if (doc?.kind === 'document') {
      const d = this.session.document(doc.document);
      if (d) sound.play(documentCue(d));
    }
    if (entries.some((e) => e.kind === 'ending')) sound.play('stamp');
  }

  private publishBoard(view: GameView): void {
    const side = this.session.side;
    const { scenario, own } = this.inUse;
    const settings = this.deps.settings();
    this.deps.feed.publish({
      view,
      speaking: this.speaking,
      // In a class, only the roles in play take a seat at the table.
      seats: scenario.roles
        .filter((r) => r.side === side && this.classroom.seats(r.id))
        .map(({ id, name, office, shortOffice }) => ({ id, name, office, shortOffice })),
      reducedMotion: settings.reducedMotion,
      highContrast: settings.highContrast,
      chart: own ? { kind: 'plain', scenario: scenario.meta.id, title: scenario.meta.title } : { kind: 'caribbean' },
    });
  }

  private setSpeaking(role: string | null): void {
    this.speaking = role;
    this.publishBoard(this.session.view());
  }

  private folderLinkText(view: GameView): string {
    const unread = view.documents.filter((d) => !d.read).length;
    return `Briefing folder${unread ? ` (${unread} unread)` : ''}`;
  }

  private refreshFolder(view: GameView): void {
    const aside = this.desk?.querySelector('#briefing-folder');
    if (!aside) return;
    aside.replaceChildren(renderBriefingFolder(view.documents, { onOpen: (id) => this.openDocument(id) }));
    const link = this.desk?.querySelector('.desk__folder-link');
    if (link) link.textContent = this.folderLinkText(view);
  }

  /** The play screen: a header with the clock, the desk (decision, interlude or outcome) and the folder. */
  private renderPlay(view: GameView): void {
    // In a class, the recap and the moments come first (before a hand-over: the team that decided reads it).
    const moment = this.classroom.moment(view, this.pendingLines.length > 0, () => this.resumeDesk());
    const waiting = moment ? null : this.classroom.handOverTo();
    if (waiting) {
      // Hand-over: only the card shows, so neither team's papers are on the shared screen.
      this.pendingLines = [];
      const card = handOverScreen(waiting.name, () => {
        this.session.setViewer({ side: waiting.side });
        // The room seats the team that now has the screen.
        const now = this.session.view();
        this.publishBoard(now);
        this.renderPlay(now);
        this.ringForDecision(now);
      });
      // The projector's layout stays (the board is not refitted at every hand-over); only the card and the clocks show.
      this.desk = this.classroom.projectorDesk([card], card, this.hosts.vote);
      this.deps.show(this.desk);
      focusSoon(this.desk.querySelector<HTMLElement>('.screen-heading'));
      return;
    }
    const folder = renderBriefingFolder(view.documents, { onOpen: (id) => this.openDocument(id) });
    const header = deskHeader(view, this.folderLinkText(view), {
      settings: () => this.deps.go.settings(),
      briefing: this.inUse.scenario.meta.briefing ? () => this.openBriefing() : undefined,
      glossary: () => this.openGlossary(),
      leave: () => this.deps.go.title(),
      review: () => this.deps.go.review(),
    });
    const storage = this.session.storageStatus === 'ok' ? null : storageWarning();
    this.paintNotice();
    const folderAside = h(
      'aside',
      { id: 'briefing-folder', class: 'desk__folder', 'aria-label': 'Briefing folder' },
      folder,
    );
    if (this.classroom.active) {
      const middle = moment ?? this.middleOfDesk(view);
      this.desk = this.classroom.projectorDesk(
        [
          this.hosts.notice,
          header,
          this.classroom.tools(this.hosts.tools),
          storage,
          middle,
          aideNoteStrip(this.notes),
          folderAside,
          tracksList(view),
        ],
        middle,
        this.hosts.vote,
      );
      this.deps.show(this.desk);
      focusSoon(this.desk.querySelector<HTMLElement>('.screen-heading'));
      return;
    }
    this.desk = h(
      'div',
      { class: 'desk' },
      this.hosts.notice,
      header,
      this.classroom.clocks(),
      this.classroom.tools(this.hosts.tools),
      storage,
      aideNoteStrip(this.notes),
      this.middleOfDesk(view),
      folderAside,
      tracksList(view),
    );
    this.deps.show(this.desk);
    focusSoon(this.desk.querySelector<HTMLElement>('.screen-heading'));
  }

  /** Back to the table after an interlude or a class's card: the desk drawn again, the bell if a decision waits. */
  private resumeDesk(): void {
    const now = this.session.view();
    this.renderPlay(now);
    this.ringForDecision(now);
  }

  private middleOfDesk(view: GameView): HTMLElement {
    const classroom = this.classroom.active;
    return deskContent(view, {
      game: this.session,
      drafts: this.inUse.drafts,
      hosts: this.hosts,
      pendingLines: this.pendingLines,
      facilitator: classroom ? this.classroom.handlers : null,
      classSize: this.classroom.config?.classSize ?? 0,
      heldBy: this.classroom.heldBy,
      hints: this.deps.settings().historianHints,
      openDocument: (id) => this.openDocument(id),
      afterInterlude: () => {
        this.pendingLines = [];
        this.resumeDesk();
      },
      review: () => this.deps.go.review(),
      newGame: () => this.deps.go.setup(),
      title: () => this.deps.go.title(),
      speaking: (role) => this.setSpeaking(role),
      choose: (id) => this.step(this.session.choose(id)),
      sendReply: (items) => this.step(this.session.sendReply(items)),
      lesson: view.lesson ? this.deskLesson() : undefined,
    });
  }

  /** What the desk needs of a game with a lesson plan: its stop, its resume, the file, the record's interlude. */
  private deskLesson(): DeskLesson {
    const scenario = this.inUse.scenario;
    return {
      classroom: this.classroom.active,
      recordInterlude: this.recordPending,
      recordSeen: () => {
        this.recordPending = false;
        const now = this.session.view();
        this.renderPlay(now);
        this.ringForDecision(now);
      },
      titleOf: (id) => scenario.documents.find((d) => d.id === id)?.title ?? id,
      // Resuming logs nothing a seat sees and keeps the decision: the desk is drawn again here.
      resume: () => {
        const resumed = this.session.resumeLesson();
        if (!resumed.ok) return this.step(resumed);
        const now = this.session.view();
        this.publishBoard(now);
        this.renderPlay(now);
        this.ringForDecision(now);
      },
      exportFile: () => this.exportFile(),
    };
  }

  /** A refused choice or reply: its reason stays on the desk through any redraw until the game moves on. */
  private step(result: StepResult): void {
    if (result.ok) return;
    this.refusal = result.errors.join(' ') || NOTICE_FALLBACK;
    this.paintNotice();
  }

  private paintNotice(): void {
    const text = this.refusal;
    this.hosts.notice.replaceChildren(
      ...(text ? [h('p', { class: 'notice notice--warning', role: 'alert' }, text)] : []),
    );
  }

  private openDocument(id: string): void {
    const doc = this.session.document(id);
    if (!doc) return;
    this.session.markRead(id);
    openDocumentViewer(document.body, doc, {
      reducedMotion: this.deps.settings().reducedMotion,
      onClose: () => {},
      glossary: this.inUse.scenario.glossary,
      hints: this.deps.settings().historianHints,
    });
  }
}
