/**
 * The screen router: owns the scenario in use, the settings and the screens, and hands the play
 * desk to its controller (`PlayDesk`, with the classroom's in `ClassroomDesk`). It reaches the game
 * only through the session, and the Phaser room only through the stage.
 */

import type { Sound } from '../audio/sound';
import type { Scenario } from '../engine/schema/scenario';
import type { Stage } from '../game/stage';
import { automationHook, type EyesOnlyHook } from '../session/automation';
import { type BoardFeed, type BoardState, createBoardFeed } from '../session/boardFeed';
import { loadExplored } from '../session/explored';
import { useEngineForSetup } from '../session/lessonChoice';
import { GameSession } from '../session/session';
import { defaultSettings, loadSettings, prefersReducedMotion, type Settings, saveSettings } from '../session/settings';
import { browserStore, type KeyValueStore, memoryStore } from '../session/storage';
import { applySettings } from './applySettings';
import type { ClassroomConfig } from './classroom/classroomSession';
import { classroomInFile } from './classroom/gameFile';
import { openedFileCard } from './classroom/openedFile';
import { focusSoon, h } from './dom';
import { onDemand } from './onDemand';
import { PlayDesk } from './play/playDesk';
import { type SetupDraft, setupScreen } from './play/setup';
import { loadSetupDraft, saveSetupDraft } from './play/setupDraft';
import { type ScenarioInUse, scenarioInUse } from './scenarioInUse';
import { setClassroomTitleActions, titleScreen } from './titleScreen';

declare global {
  interface Window {
    eyesOnly?: EyesOnlyHook;
  }
}

export interface AppDeps {
  root: HTMLElement;
  /** The scenario the game ships with (validated at build time). */
  scenario: Scenario;
  stage: Stage;
  sound: Sound | null;
  store?: KeyValueStore;
}

type Screen = 'title' | 'setup' | 'play' | 'review' | 'credits' | 'classroom' | 'compare';

export class App {
  readonly feed: BoardFeed & { publish(state: BoardState): void };
  private settings: Settings;
  private readonly store: KeyValueStore;
  private notice: string | undefined;
  /** The scenario in use, replaced whole when a teacher loads one (and when they go back). */
  private inUse: ScenarioInUse;
  /** The play desk of the scenario in use. */
  private desk: PlayDesk;

  constructor(private readonly deps: AppDeps) {
    this.store = deps.store ?? browserStore();
    this.settings = loadSettings(this.store, defaultSettings(prefersReducedMotion()));
    applySettings(document.documentElement, this.settings);
    this.feed = createBoardFeed();
    this.inUse = scenarioInUse(deps.scenario, this.store, false);
    this.desk = this.playDesk(this.inUse);
    window.eyesOnly = automationHook(
      () => this.session,
      () => this.feed.current(),
    );
    setClassroomTitleActions({
      packets: () => void this.showPackets(),
      ownScenario: () => void this.showOwnScenario(),
      compare: () => void this.showCompare(() => this.showTitle()),
    });
    deps.sound?.setVolume(this.settings.volume);
    deps.sound?.setMuted(!this.settings.sound);
  }

  /** The game session of the scenario in use. */
  get session(): GameSession {
    return this.inUse.session;
  }

  private playDesk(inUse: ScenarioInUse): PlayDesk {
    return new PlayDesk(inUse, {
      show: (...children) => this.show('play', ...children),
      stage: this.deps.stage,
      sound: this.deps.sound,
      feed: this.feed,
      settings: () => this.settings,
      store: this.store,
      go: {
        title: () => this.showTitle(),
        setup: () => this.showSetup(),
        review: () => void this.showReview(),
        settings: () => this.openSettings(),
      },
    });
  }

  /** Replaces the scenario in use whole: its session, store, drafts, desk and class go together. */
  private use(next: ScenarioInUse): void {
    this.desk.dispose();
    this.inUse = next;
    this.desk = this.playDesk(next);
  }

  /** Entry points for the title's buttons pressed before the app's code had loaded. */
  startSetup(): void {
    this.showSetup();
  }
  startContinue(): void {
    this.continueGame();
  }
  startReview(): void {
    this.reviewSaved();
  }
  startSettings(): void {
    this.showTitle();
    this.openSettings();
  }
  startGlossary(): void {
    this.showTitle();
    this.desk.openGlossary();
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
    this.deps.stage.showTitle();
    this.show(
      'title',
      titleScreen(
        {
          newGame: () => this.showSetup(),
          continueGame: () => this.continueGame(),
          reviewSaved: () => this.reviewSaved(),
          settings: () => this.openSettings(),
          glossary: () => this.desk.openGlossary(),
          credits: () => this.showCredits(),
          loadGame: () => this.loadGameFile(),
          bundledScenario: () => this.useBundled(),
        },
        {
          canContinue: this.session.hasSave(),
          notice,
          ownScenario: this.inUse.own ? this.inUse.scenario.meta.title : undefined,
        },
      ),
    );
    // Back at the title from elsewhere: land on its heading, so Tab reaches New game first.
    focusSoon(this.deps.root.querySelector<HTMLElement>('#title-heading'));
  }

  private showSetup(draft?: SetupDraft): void {
    this.deps.sound?.unlock();
    this.desk.prepareFirstGame();
    const { scenario, store, session } = this.inUse;
    // The lesson plans' timing is worked out on the engine the session has already built.
    useEngineForSetup(session.engine);
    const scenarioId = scenario.meta.id;
    this.show(
      'setup',
      setupScreen(
        scenario,
        {
          begin: (choice) => this.begin(choice.seed, choice.classroom, choice.lesson),
          back: () => this.showTitle(),
          packets: (kept, classroom, lesson) => void this.showPackets(classroom, () => this.showSetup(kept), lesson),
          changed: (typed) => saveSetupDraft(store, scenarioId, typed),
          devices: async (request) => (await import('./devices/teacherCreate')).createForClass(request),
        },
        draft ?? loadSetupDraft(store, scenarioId),
        { devices: this.servedByClassroomServer(), own: this.inUse.own },
      ),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('#setup-heading'));
  }

  private served: Promise<boolean> | null = null;
  /** Asked once: whether `npm run server` serves this page (then the set-up offers every student a device). */
  private servedByClassroomServer(): Promise<boolean> {
    this.served ??= import('../net/probe').then((m) => m.probeServer());
    return this.served;
  }

  private begin(seed: number, classroom: ClassroomConfig | null = null, lesson: string | null = null): void {
    // What was typed is now the game's set-up: the next New game starts from a fresh form.
    saveSetupDraft(this.inUse.store, this.inUse.scenario.meta.id, null);
    this.desk.begin(seed, classroom, lesson);
  }

  private continueGame(): void {
    const refused = this.desk.continueSaved();
    // The save is refused with its reason; the title stays usable and a new game can start.
    if (refused) this.showTitle(`${refused} You can start a new game.`);
  }

  /** The review of the saved game from the title, whatever its state; Back returns to the title. */
  private reviewSaved(): void {
    const refused = this.desk.openSavedForReview();
    if (refused) {
      this.showTitle(`${refused} You can start a new game.`);
      return;
    }
    void this.showReview(() => this.showTitle());
  }

  private openSettings(): void {
    const hintsBefore = this.settings.historianHints;
    // The desk is redrawn once the dialog has gone, so a change of hints shows at once.
    const redraw = () => {
      if (this.settings.historianHints !== hintsBefore && this.deps.root.dataset.screen === 'play') this.desk.show();
    };
    // The dialog is a chunk of its own, loaded when first opened.
    onDemand(
      'settings',
      () => import('./settingsDialog'),
      ({ openSettings }) =>
        openSettings(
          document.body,
          this.settings,
          (next) => {
            this.settings = next;
            saveSettings(this.store, next);
            applySettings(document.documentElement, next);
            this.deps.sound?.setVolume(next.volume);
            this.deps.sound?.setMuted(!next.sound);
            this.desk.republish();
          },
          redraw,
        ),
    );
  }

  /** The review and its decision map (with the graph layout library) load only when first opened. */
  private async showReview(back = () => this.desk.show()): Promise<void> {
    const { session, scenario } = this.inUse;
    const [{ reviewScreen }, model] = await Promise.all([
      import('./review/reviewScreen'),
      session.review(loadExplored(this.store, scenario.meta.id)),
    ]);
    this.show(
      'review',
      reviewScreen(
        model,
        {
          back,
          newGame: () => this.showSetup(),
          whatIf: (decision) => this.desk.whatIf(decision),
          compare: () => void this.showCompare(() => void this.showReview()),
        },
        this.desk.classroom.config?.roster,
      ),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('.screen-heading'));
  }

  /** Role packets and the facilitator's guide for the scenario in use (a chunk of its own). */
  private async showPackets(
    classroom?: ClassroomConfig,
    back = () => this.showTitle(),
    lesson?: string | null,
  ): Promise<void> {
    const { packetsScreen } = await import('./classroom/packetPages');
    const { session, scenario } = this.inUse;
    // The guide's timing plan follows the plan and the debate minutes chosen at the set-up.
    const timing = classroom ? { lesson, debateMinutes: classroom.debateMinutes } : {};
    this.show('classroom', packetsScreen(scenario, { back }, { engine: session.engine, classroom, ...timing }));
    focusSoon(this.deps.root.querySelector<HTMLElement>('#packets-heading'));
  }

  /** Compare classes: several exported games of the scenario in use side by side (a chunk of its own). */
  private async showCompare(back: () => void): Promise<void> {
    const { compareScreen } = await import('./review/compareScreen');
    this.show('compare', compareScreen(this.session, { back }));
    focusSoon(this.deps.root.querySelector<HTMLElement>('#compare-heading'));
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
   * Puts another (validated) scenario in use until "back" or a reload: a new record (session,
   * store, drafts, desk), saved in memory only (the scenario itself is not kept), then the set-up.
   */
  useScenario(scenario: Scenario): void {
    this.use(scenarioInUse(scenario, memoryStore(), true));
    this.showSetup();
  }

  /** Back to the bundled scenario and its saved game, from a teacher's own. */
  private useBundled(): void {
    // A fresh record over the same store: the bundled game's save and class set-up are untouched.
    this.use(scenarioInUse(this.deps.scenario, this.store, false));
    this.showTitle();
  }

  /** Opens an exported game (JSON) and replays it to its end, then shows its review. */
  private loadGameFile(): void {
    const input = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return;
      // A huge file is refused before it is read into memory; the rest goes through the one reader.
      const tooLarge = GameSession.fileSizeProblem(file.size);
      if (tooLarge) {
        this.showTitle(`${file.name}: ${tooLarge}`);
        return;
      }
      // The same validator as Continue: an exported game and a saved one are one envelope.
      const text = await file.text();
      const opened = this.session.openFile(text);
      if (!opened.ok) {
        this.showTitle(`${file.name}: ${opened.errors[0]}`);
        return;
      }
      // The file is another game: this browser's class set-up (kept for Continue) is not its roster.
      this.desk.classroom.leave();
      // A game that can still be played (a class at a break between periods) may be taken up here.
      if (this.session.playable) this.showOpenedFile(file.name, classroomInFile(text));
      else void this.showReview(() => this.showTitle());
    });
    document.body.append(input);
    input.click();
  }

  /** A game file that can still be played: take it up here (its class set-up kept) or open its review. */
  private showOpenedFile(name: string, classroom: ClassroomConfig | null): void {
    this.show(
      'setup',
      openedFileCard(
        {
          name,
          view: this.session.view(),
          classroom,
          replacesSave: this.session.hasSave(),
        },
        {
          takeUp: () => this.desk.takeUpFile(classroom),
          review: () => void this.showReview(() => this.showTitle()),
          back: () => this.showTitle(),
        },
      ),
    );
    focusSoon(this.deps.root.querySelector<HTMLElement>('#opened-file-heading'));
  }

  /** The credits, a chunk of their own. */
  private showCredits(): void {
    onDemand(
      'credits',
      () => import('./credits'),
      ({ creditsScreen }) => {
        this.show(
          'credits',
          creditsScreen(() => this.showTitle()),
        );
        focusSoon(this.deps.root.querySelector<HTMLElement>('#credits-heading'));
      },
    );
  }
}
