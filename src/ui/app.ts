/**
 * The app shell: owns the session, the settings, the sound and the screens, and tells the Phaser
 * room what to draw. It renders from the session's changes, so a choice made by a button, by the
 * keyboard or through `window.eyesOnly` all look the same on screen.
 */

import { arrivalCue } from '../audio/cues';
import type { Sound } from '../audio/sound';
import type { ConsequenceNote } from '../engine/consequences';
import { createEngine, type Engine } from '../engine/game';
import { commandsBefore } from '../engine/review';
import { restoreSave } from '../engine/save';
import { saveFileSizeProblem } from '../engine/saveLimits';
import type { Scenario } from '../engine/schema/scenario';
import type { LogEntry } from '../engine/state';
import type { GameView } from '../engine/view';
import type { Stage } from '../game/stage';
import { SceneKeys } from '../scenes/keys';
import { automationHook, type EyesOnlyHook } from '../session/automation';
import { type BoardFeed, createBoardFeed } from '../session/boardFeed';
import { loadExplored } from '../session/explored';
import { type Change, GameSession } from '../session/session';
import { defaultSettings, loadSettings, type Settings, saveSettings } from '../session/settings';
import { browserStore, type KeyValueStore, memoryStore } from '../session/storage';
import {
  Classroom,
  type ClassroomConfig,
  facilitatorHandlers,
  loadClassroomConfig,
  saveClassroomConfig,
  teamWaiting,
} from './classroom/classroomSession';
import { creditsScreen } from './credits';
import { openDocumentViewer, renderBriefingFolder } from './documents/documents';
import { focusSoon, h } from './dom';
import { clocksBar, followDecision, handOverScreen, toolsPanel } from './facilitator/panel';
import { aideNoteStrip, freshNotes } from './play/aideNote';
import { deskContent } from './play/deskContent';
import { deskHeader, storageWarning, tracksList } from './play/deskParts';
import { type InterludeLine, interludeLines } from './play/interlude';
import { type SetupDraft, setupScreen } from './play/setup';
import { loadSetupDraft, saveSetupDraft } from './play/setupDraft';
import { applySettings, openSettings } from './settingsDialog';
import { Drafts } from './store/drafts';
import { setClassroomTitleActions, titleScreen } from './titleScreen';

declare global {
  interface Window {
    eyesOnly?: EyesOnlyHook;
  }
}

export interface AppDeps {
  root: HTMLElement;
  engine: Engine;
  stage: Stage;
  sound: Sound | null;
  store?: KeyValueStore;
}

type Screen = 'title' | 'setup' | 'play' | 'review' | 'credits' | 'classroom';

export class App {
  session: GameSession;
  readonly feed: BoardFeed & { publish: ReturnType<typeof createBoardFeed>['publish'] };
  private settings: Settings;
  private readonly store: KeyValueStore;
  private speaking: string | null = null;
  private pendingLines: InterludeLine[] = [];
  /** The aide's note for what the last step decided (see play/aideNote.ts); kept until the next step. */
  private notes: ConsequenceNote[] = [];
  private desk: HTMLElement | null = null;
  private notice: string | undefined;
  /** Set in a classroom session on one screen: the set-up, the clocks and the room's votes. */
  private classroom: Classroom | null = null;
  private unsubscribe: () => void;
  /** The scenario the game ships with; a teacher's own replaces it until "back" or a reload. */
  private readonly bundled: { engine: Engine; store: KeyValueStore };
  /** Where the game in play is saved (in memory for a teacher's own scenario). */
  private gameStore: KeyValueStore;
  /** What has been typed or opened on the desk and not yet sent, kept beside the save. */
  private drafts: Drafts;
  /**
   * The nodes the stateful parts are drawn into: the same ones for the whole game, so a redraw
   * updates them in place (what was typed, what is open and the focus stay).
   */
  private readonly hosts = { vote: h('div'), reply: h('div'), tools: h('div') };
  /** The decision the bell last rang for: a decision is announced once, not on every redraw. */
  private announced: string | null = null;

  constructor(private readonly deps: AppDeps) {
    this.store = deps.store ?? browserStore();
    this.bundled = { engine: deps.engine, store: this.store };
    this.gameStore = this.store;
    this.settings = loadSettings(
      this.store,
      defaultSettings(matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false),
    );
    applySettings(document.documentElement, this.settings);
    this.session = new GameSession(deps.engine, this.store);
    this.drafts = new Drafts(this.store, deps.engine.scenario.meta.id);
    this.feed = createBoardFeed();
    this.unsubscribe = this.session.subscribe((view, change) => this.onChange(view, change));
    window.eyesOnly = automationHook(
      () => this.session,
      () => this.feed.current(),
    );
    setClassroomTitleActions({
      packets: () => void this.showPackets(),
      ownScenario: () => void this.showOwnScenario(),
    });
    deps.sound?.setVolume(this.settings.volume);
    deps.sound?.setMuted(!this.settings.sound);
  }

  /** Entry points for the title's buttons pressed before the app's code had loaded. */
  startSetup(): void {
    this.showSetup();
  }
  startContinue(): void {
    this.continueGame();
  }
  startSettings(): void {
    this.showTitle();
    this.openSettings();
  }
  startCredits(): void {
    this.showCredits();
  }
  startLoad(): void {
    this.loadGameFile();
  }

  private show(screen: Screen, ...children: HTMLElement[]): void {
    const { root } = this.deps;
    root.dataset.screen = screen;
    root.setAttribute('aria-busy', 'false');
    root.replaceChildren(...children);
  }

  showTitle(notice = this.notice): void {
    this.notice = undefined;
    this.deps.stage.show(SceneKeys.Title);
    this.show(
      'title',
      titleScreen(
        {
          newGame: () => this.showSetup(),
          continueGame: () => this.continueGame(),
          settings: () => this.openSettings(),
          credits: () => this.showCredits(),
          loadGame: () => this.loadGameFile(),
          bundledScenario: () => this.useBundled(),
        },
        {
          canContinue: this.session.hasSave(),
          notice,
          ownScenario: this.ownScenario() ? this.deps.engine.scenario.meta.title : undefined,
        },
      ),
    );
    // Back at the title from elsewhere: land on its heading, so Tab reaches New game first.
    focusSoon(this.deps.root.querySelector<HTMLElement>('#title-heading'));
  }

  private showSetup(draft?: SetupDraft): void {
    this.deps.sound?.unlock();
    const scenarioId = this.deps.engine.scenario.meta.id;
    this.show(
      'setup',
      setupScreen(
        this.deps.engine.scenario,
        {
          begin: (choice) => this.begin(choice.seed, choice.classroom),
          back: () => this.showTitle(),
          packets: (kept, classroom) => void this.showPackets(classroom, () => this.showSetup(kept)),
          changed: (typed) => saveSetupDraft(this.gameStore, scenarioId, typed),
        },
        draft ?? loadSetupDraft(this.gameStore, scenarioId),
      ),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('#setup-heading'));
  }

  private begin(seed: number, classroom: ClassroomConfig | null = null): void {
    // What was typed is now the game's set-up: the next New game starts from a fresh form.
    saveSetupDraft(this.gameStore, this.deps.engine.scenario.meta.id, null);
    this.setClassroom(classroom);
    this.deps.sound?.unlock();
    this.deps.sound?.startRoomTone();
    this.deps.stage.show(SceneKeys.CabinetRoom);
    const playerSide = this.deps.engine.scenario.meta.playerSide;
    this.session.setViewer({ side: playerSide });
    // Two teams: every side is played by people, through the same commands the model would use.
    const controllers = classroom?.teams
      ? Object.fromEntries(this.deps.engine.scenario.sides.map((s) => [s.id, 'human' as const]))
      : undefined;
    this.session.newGame({ seed, controllers });
  }

  /** The set-up is kept beside the save, so a classroom session continues as one after a reload. */
  private setClassroom(config: ClassroomConfig | null): void {
    this.classroom?.dispose();
    this.classroom = config ? new Classroom(config) : null;
    saveClassroomConfig(this.gameStore, config);
  }

  /** Leaves the class set-up in memory only: the one kept in the store stays for Continue. */
  private dropClassroom(): void {
    this.classroom?.dispose();
    this.classroom = null;
  }

  private facilitatorHandlers() {
    return facilitatorHandlers(this.deps.engine, () => this.session);
  }

  private continueGame(): void {
    this.setClassroom(loadClassroomConfig(this.gameStore));
    this.deps.sound?.unlock();
    const result = this.session.continueSaved();
    if (!result.ok) {
      // The save is refused with its reason; the title stays usable and a new game can start.
      this.showTitle(`${result.notice.message} You can start a new game.`);
      return;
    }
    this.deps.sound?.startRoomTone();
    this.deps.stage.show(SceneKeys.CabinetRoom);
  }

  private onChange(view: GameView, change: Change): void {
    this.keepDrafts(change);
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
    if (this.classroom) followDecision(this.classroom.facilitator, view.decision?.id ?? null);
    this.publishBoard(view);
    const side = this.session.side;
    const lines = interludeLines(this.deps.engine, change.entries, side);
    this.notes = change.reset ? [] : freshNotes(view.notes, change.entries);
    this.playCues(change.entries);
    if (change.reset && this.session.snapshot.context.commands.length > 0) {
      // A continued game: straight back to the table, the folder holds what had arrived.
      this.pendingLines = [];
      this.renderPlay(view);
      this.ringForDecision(view);
      return;
    }
    this.pendingLines = lines;
    this.renderPlay(view);
    this.ringForDecision(view);
  }

  /** A decision taken leaves its draft behind; a new game starts with none. */
  private keepDrafts(change: Change): void {
    if (change.reset && this.session.snapshot.context.commands.length === 0) {
      this.drafts.clear();
      this.announced = null;
    }
    for (const e of change.entries) if (e.kind === 'choice' || e.kind === 'reply') this.drafts.taken(e.decision);
  }

  /**
   * The bell rings once when a new decision reaches the table (after the interlude, after a team's
   * hand-over): on that change of the game, never because the desk was drawn again.
   */
  private ringForDecision(view: GameView): void {
    const id = view.decision?.id;
    if (!id || view.status === 'ended' || this.pendingLines.length > 0 || id === this.announced) return;
    if (this.classroom?.config.teams && teamWaiting(this.deps.engine, this.session, view)) return;
    this.announced = id;
    this.deps.sound?.play('bell');
  }

  private refreshTools(): void {
    if (this.classroom && this.hosts.tools.isConnected)
      toolsPanel(this.hosts.tools, this.drafts, this.facilitatorHandlers());
  }

  private playCues(entries: readonly LogEntry[]): void {
    const sound = this.deps.sound;
    if (!sound) return;
    const doc = entries.find((e) => e.kind === 'document');
    if (doc?.kind === 'document') {
      const d = this.deps.engine.index.documents.get(doc.document);
      if (d) sound.play(arrivalCue(d.kind, { backChannel: /dobrynin/i.test(d.id) }));
    }
    if (entries.some((e) => e.kind === 'ending')) sound.play('stamp');
  }

  private publishBoard(view: GameView): void {
    const side = this.session.side;
    this.feed.publish({
      view,
      speaking: this.speaking,
      // In a class, only the roles in play take a seat at the table.
      seats: this.deps.engine.scenario.roles
        .filter((r) => r.side === side && (this.classroom?.holds(r.id) ?? true))
        .map(({ id, name, office }) => ({ id, name, office })),
      reducedMotion: this.settings.reducedMotion,
      highContrast: this.settings.highContrast,
      chart: this.ownScenario()
        ? { kind: 'plain', scenario: this.deps.engine.scenario.meta.id, title: this.deps.engine.scenario.meta.title }
        : { kind: 'caribbean' },
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
    const waiting = this.classroom?.config.teams ? teamWaiting(this.deps.engine, this.session, view) : null;
    if (waiting) {
      // Hand-over: only the card shows, so neither team's papers are on the shared screen.
      const name = this.deps.engine.scenario.sides.find((s) => s.id === waiting)?.name ?? waiting;
      this.pendingLines = [];
      this.desk = h(
        'div',
        { class: 'desk' },
        handOverScreen(name, () => {
          this.session.setViewer({ side: waiting });
          // The room seats the team that now has the screen.
          this.publishBoard(this.session.view());
          this.renderPlay(this.session.view());
          this.ringForDecision(this.session.view());
        }),
      );
      this.show('play', this.desk);
      focusSoon(this.desk.querySelector<HTMLElement>('.screen-heading'));
      return;
    }
    const main = this.middleOfDesk(view);
    const folder = renderBriefingFolder(view.documents, { onOpen: (id) => this.openDocument(id) });
    const header = deskHeader(view, this.folderLinkText(view), {
      settings: () => this.openSettings(),
      leave: () => this.showTitle(),
    });
    const storage = this.session.storageStatus === 'ok' ? null : storageWarning();
    this.desk = h(
      'div',
      { class: 'desk' },
      header,
      this.classroom ? clocksBar(this.classroom.facilitator) : null,
      this.classroom ? toolsPanel(this.hosts.tools, this.drafts, this.facilitatorHandlers()) : null,
      storage,
      aideNoteStrip(this.notes),
      main,
      h('aside', { id: 'briefing-folder', class: 'desk__folder', 'aria-label': 'Briefing folder' }, folder),
      tracksList(view),
    );
    this.show('play', this.desk);
    focusSoon(this.desk.querySelector<HTMLElement>('.screen-heading'));
  }

  private middleOfDesk(view: GameView): HTMLElement {
    const classroom = this.classroom;
    return deskContent(view, {
      engine: this.deps.engine,
      drafts: this.drafts,
      hosts: this.hosts,
      context: () => this.session.snapshot.context,
      pendingLines: this.pendingLines,
      facilitator: classroom ? this.facilitatorHandlers() : null,
      heldBy: classroom ? (role) => classroom.namesFor(role) : undefined,
      openDocument: (id) => this.openDocument(id),
      afterInterlude: () => {
        this.pendingLines = [];
        this.renderPlay(this.session.view());
        this.ringForDecision(this.session.view());
      },
      review: () => void this.showReview(),
      newGame: () => this.showSetup(),
      title: () => this.showTitle(),
      speaking: (role) => this.setSpeaking(role),
      choose: (id) => this.step(this.session.choose(id)),
      sendReply: (items) => this.step(this.session.sendReply(items)),
    });
  }

  private step(result: { ok: boolean; reason?: string }): void {
    if (!result.ok) {
      const notice = h(
        'p',
        { class: 'notice notice--warning', role: 'alert' },
        result.reason ?? 'That is not possible now.',
      );
      this.desk?.prepend(notice);
    }
  }

  private openDocument(id: string): void {
    const doc = this.session.document(id);
    if (!doc) return;
    this.session.markRead(id);
    openDocumentViewer(document.body, doc, { reducedMotion: this.settings.reducedMotion, onClose: () => {} });
  }

  private openSettings(): void {
    openSettings(document.body, this.settings, (next) => {
      this.settings = next;
      saveSettings(this.store, next);
      applySettings(document.documentElement, next);
      this.deps.sound?.setVolume(next.volume);
      this.deps.sound?.setMuted(!next.sound);
      this.publishBoard(this.session.view());
    });
  }

  /** The review and its decision map (with the graph layout library) load only when first opened. */
  private async showReview(): Promise<void> {
    const { reviewScreen } = await import('./review/reviewScreen');
    this.show(
      'review',
      reviewScreen(
        this.deps.engine,
        this.session.snapshot,
        {
          back: () => this.renderPlay(this.session.view()),
          newGame: () => this.showSetup(),
          whatIf: (decision) => this.whatIf(decision),
        },
        loadExplored(this.store, this.deps.engine.scenario.meta.id),
        this.classroom?.config.roster,
      ),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('.screen-heading'));
  }

  /** Role packets and the facilitator's guide for the scenario in use (a chunk of its own). */
  private async showPackets(classroom?: ClassroomConfig, back = () => this.showTitle()): Promise<void> {
    const { packetsScreen } = await import('./classroom/packetPages');
    const engine = this.deps.engine;
    this.show('classroom', packetsScreen(engine.scenario, { back }, { engine, classroom }));
    focusSoon(this.deps.root.querySelector<HTMLElement>('#packets-heading'));
  }

  /** A teacher's own scenario: picked, checked in the browser, then played with `useScenario`. */
  private async showOwnScenario(): Promise<void> {
    const { ownScenarioScreen } = await import('./classroom/ownScenario');
    this.show(
      'classroom',
      ownScenarioScreen({ back: () => this.showTitle(), setUp: (scenario) => this.useScenario(scenario) }),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('#own-heading'));
  }

  /**
   * Puts another (validated) scenario in use until "back" or a reload: a new engine and session,
   * saved in memory only (the scenario itself is not kept), then the set-up of a game of it.
   */
  useScenario(scenario: Scenario): void {
    this.switchEngine(createEngine(scenario), memoryStore());
    this.showSetup();
  }

  /** True while a teacher's own scenario is in use instead of the bundled one. */
  private ownScenario(): boolean {
    return this.deps.engine !== this.bundled.engine;
  }

  /** Back to the bundled scenario and its saved game, from a teacher's own. */
  private useBundled(): void {
    this.switchEngine(this.bundled.engine, this.bundled.store);
    // The classroom set-up saved beside the bundled game is the bundled game's, untouched.
    this.dropClassroom();
    this.showTitle();
  }

  private switchEngine(engine: Engine, store: KeyValueStore): void {
    this.unsubscribe();
    this.deps.engine = engine;
    this.gameStore = store;
    this.session = new GameSession(engine, store);
    this.drafts = new Drafts(store, engine.scenario.meta.id);
    this.unsubscribe = this.session.subscribe((view, change) => this.onChange(view, change));
  }

  /** Restarts from a decision of this game with the same seed: "what if we had chosen otherwise?" */
  private whatIf(decision: string): void {
    const commands = commandsBefore(this.session.snapshot, decision);
    if (!commands) return;
    const ctx = this.session.snapshot.context;
    this.deps.stage.show(SceneKeys.CabinetRoom);
    this.session.restart({ seed: ctx.seed, controllers: ctx.controllers }, commands);
  }

  /** Opens an exported game (JSON) and replays it to its end, then shows its review. */
  private loadGameFile(): void {
    const input = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return;
      // A huge file is refused before it is read into memory; the rest goes through the one reader.
      const tooLarge = saveFileSizeProblem(file.size);
      if (tooLarge) {
        this.showTitle(`${file.name}: ${tooLarge}`);
        return;
      }
      // The same validator as Continue: an exported game and a saved one are one envelope.
      const replayed = restoreSave(this.deps.engine, await file.text());
      if (!replayed.ok) {
        this.showTitle(`${file.name}: ${replayed.reason}`);
        return;
      }
      this.session.load(replayed.snapshot);
      // The file is another game: this browser's class set-up (kept for Continue) is not its roster.
      this.dropClassroom();
      void this.showReview();
    });
    document.body.append(input);
    input.click();
  }

  private showCredits(): void {
    this.show(
      'credits',
      creditsScreen(() => this.showTitle()),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('#credits-heading'));
  }
}
