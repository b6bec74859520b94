/**
 * The running game for one screen: owns the engine and the current snapshot, autosaves after every
 * decision, and tells listeners what changed (new documents, a new decision, the ending) so the
 * scenes and the HTML overlay can react. Scenes and UI talk to this, never to the engine directly.
 */

import { pathOf } from '../engine/analysis/pathTaken';
import { type FacilitatorView, facilitatorView } from '../engine/facilitatorView';
import { createEngine, type Engine, type GameSnapshot, type StepResult, undoLastDecision } from '../engine/game';
import { type InterludeLine, interludeLines } from '../engine/interludeView';
import { type LessonPlanSummary, lessonPlanSummaries } from '../engine/lessonView';
import { assessPackage, type PackageAssessment } from '../engine/posture';
import { likelyReading, type PackageReading, packageWarnings } from '../engine/replyReading';
import { fail, ok, type Result } from '../engine/result';
import { packageProblem } from '../engine/rules';
import { createSave, restoreSave } from '../engine/save';
import { saveFileSizeProblem } from '../engine/saveLimits';
import type { Scenario } from '../engine/schema/scenario';
import type { GameCommand, GameInput, LogEntry } from '../engine/state';
import { type DocumentView, type GameView, readDocument, toView, type Viewer, visibleLog } from '../engine/view';
import { commandsBefore } from '../engine/whatIf';
import { recordPath } from './explored';
import type { ReviewModel } from './reviewModel';
import { saveKey } from './saveKeys';
import type { KeyValueStore, StorageStatus } from './storage';

export interface Change {
  /** Log entries added by the last step that this seat may see: documents, events, choices, the ending. */
  entries: LogEntry[];
  decisionChanged: boolean;
  ended: boolean;
  /** Set when the game was (re)started or restored rather than stepped. */
  reset: boolean;
}

export type Listener = (view: GameView, change: Change) => void;

/** Why the session refused something, in words for the player (the one failure shape: `Result`). */
export type Refusal = Result<null, string>;

export class GameSession {
  private current: GameSnapshot;
  private listeners = new Set<Listener>();
  private lastSaveStatus: StorageStatus = 'ok';

  constructor(
    readonly engine: Engine,
    private readonly store: KeyValueStore,
    private seat: Viewer = { side: engine.scenario.meta.playerSide },
    input: GameInput = { seed: 1962 },
  ) {
    this.current = engine.start(input);
  }

  /** Why a file of `bytes` is refused before it is read into memory (too large to be a save), or null. */
  static fileSizeProblem(bytes: number): string | null {
    return saveFileSizeProblem(bytes) ?? null;
  }

  /** A session of a scenario, with its own engine: the UI never builds one. */
  static forScenario(scenario: Scenario, store: KeyValueStore): GameSession {
    return new GameSession(createEngine(scenario), store);
  }

  get snapshot(): GameSnapshot {
    return this.current;
  }

  /** The scenario in play: static data (names, roles, sides), not the game's state. */
  get scenario(): Scenario {
    return this.engine.scenario;
  }

  /** How many commands the game has taken: 0 for a game that has just begun. */
  get moves(): number {
    return this.current.context.commands.length;
  }

  /** The facilitator's view for the seat on the screen: injects to come, the turn, the vote. */
  facilitatorView(): FacilitatorView {
    return facilitatorView(this.engine, this.current, this.side);
  }

  /** Why a reply package cannot be sent now, or null when it can. */
  packageProblem(items: readonly string[]): string | null {
    return packageProblem(this.engine.index, this.current.context, items);
  }

  /** How a package sits against the scenario's reference posture (the reply builder's gauge). */
  assessPackage(items: readonly string[]): PackageAssessment {
    return assessPackage(this.engine.scenario, items);
  }

  /** What is contradictory or missing in a package (it may still be sent). */
  packageWarnings(items: readonly string[]): string[] {
    return packageWarnings(this.engine.index, items);
  }

  /** How the other side's model is likely to read a package (face, security, fear, trust), on this run. */
  likelyReading(items: readonly string[]): PackageReading {
    return likelyReading(this.engine.index, items, this.current.context);
  }

  /** What happened "while the clock ran", from entries this seat may see (a `Change`'s). */
  interlude(entries: readonly LogEntry[]): InterludeLine[] {
    return interludeLines(this.engine, entries, this.side);
  }

  /** Whose seat the screen shows: one side, or in two-team play whichever team has the screen. */
  get viewer(): Viewer {
    return this.seat;
  }

  /** Hands the screen to another seat (two teams on one screen): views and changes follow it. */
  setViewer(viewer: Viewer): void {
    this.seat = viewer;
  }

  get side(): string {
    return 'side' in this.viewer ? this.viewer.side : this.engine.scenario.meta.playerSide;
  }

  view(viewer: Viewer = this.viewer): GameView {
    return toView(this.engine, this.current, viewer);
  }

  document(id: string): DocumentView | null {
    return readDocument(this.engine, this.current, this.viewer, id);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A saved game for this scenario exists (it may still be refused when opened). */
  hasSave(): boolean {
    return this.store.get(saveKey(this.engine.scenario.meta.id)) !== null;
  }

  get storageStatus(): StorageStatus {
    return this.store.status === 'ok' ? this.lastSaveStatus : this.store.status;
  }

  /** The lesson plans the scenario offers, for the set-up (empty: the game is played whole). */
  lessonPlans(): LessonPlanSummary[] {
    return lessonPlanSummaries(this.engine.scenario);
  }

  /**
   * The after-action review of the game as it stands: finished, stopped at a lesson plan's end, at a
   * break, or still in play (`review.unfinished`, `review.lesson` say which). Opens at any time. Its
   * code (the review, the decision map's model, the exports) loads on the first call, with the review.
   * `explored`: the roads this browser's games of the scenario took (the decision map marks them).
   */
  async review(explored: string[][] = []): Promise<ReviewModel> {
    const snapshot = this.current;
    const { buildReviewModel } = await import('./reviewModel');
    return buildReviewModel(this.engine, snapshot, explored);
  }

  /** The class comes back after a break between a lesson plan's periods (see lessonPlan.ts). */
  resumeLesson(): StepResult {
    return this.send({ type: 'lesson.resume' });
  }

  /** Starts a new game; `input.lesson` names the lesson plan it follows (one of lessonPlans()). */
  newGame(input: GameInput): void {
    this.replace(this.engine.start(input));
    this.autosave();
  }

  /** Opens the saved game; a refused save is left in place (the player may want it) and reported. */
  continueSaved(): Refusal {
    const text = this.store.get(saveKey(this.engine.scenario.meta.id));
    if (text === null) return fail(['There is no saved game in this browser.']);
    const restored = restoreSave(this.engine, text);
    if (!restored.ok) return restored;
    this.replace(restored.snapshot);
    return ok(null);
  }

  /**
   * Shows a game from an exported file (the same envelope as a save), without touching the saved
   * one; the file is refused with its reason when it is not a game of this scenario.
   */
  openFile(text: string): Refusal {
    const restored = restoreSave(this.engine, text);
    if (!restored.ok) return restored;
    this.load(restored.snapshot);
    return ok(null);
  }

  /** Restarts from a decision of this game with the same seed: "what if we had chosen otherwise?" */
  whatIf(decision: string): boolean {
    const commands = commandsBefore(this.current, decision);
    if (!commands) return false;
    const { seed, controllers } = this.current.context;
    this.restart({ seed, controllers }, commands);
    return true;
  }

  /** Takes back the last decision (the facilitator's undo); false when there is none. */
  undo(): boolean {
    const previous = undoLastDecision(this.engine, this.current);
    if (!previous) return false;
    this.replace(previous);
    this.autosave();
    return true;
  }

  /** Starts over from a seed and a list of commands (a "what if" from the review). */
  restart(input: GameInput, commands: GameCommand[]): void {
    this.replace(this.engine.replay(input, commands));
    this.autosave();
  }

  /** Shows a finished game from elsewhere (an exported file) without touching the saved one. */
  load(snapshot: GameSnapshot): void {
    this.current = snapshot;
  }

  /**
   * Takes up the game shown from a file (openFile) as this browser's own: it replaces the saved game
   * and play goes on from where the file left it (a class resuming after a break on another computer).
   */
  takeUp(): void {
    this.replace(this.current);
    this.autosave();
  }

  /** Whether the game shown can still be played: not ended, and not stopped at a lesson plan's end. */
  get playable(): boolean {
    return this.current.status !== 'done' && this.current.context.lesson?.status !== 'stopped';
  }

  discardSave(): void {
    this.store.remove(saveKey(this.engine.scenario.meta.id));
  }

  /** A name for the game's file: its seed, and its lesson plan and period when it follows one. */
  fileName(): string {
    const { seed, lesson } = this.current.context;
    return `game-seed-${seed}${lesson ? `-${lesson.plan}-period-${lesson.period}` : ''}.json`;
  }

  exportSave(): string {
    return createSave(this.engine, this.current);
  }

  choose(option: string): StepResult {
    return this.send({ type: 'player.choose', side: this.side, option });
  }

  sendReply(items: string[]): StepResult {
    return this.send({ type: 'player.sendReply', side: this.side, items });
  }

  markRead(document: string): void {
    if (this.current.context.read.includes(document)) return;
    this.send({ type: 'player.read', document });
  }

  send(command: GameCommand): StepResult {
    const before = this.current;
    const result = this.engine.step(before, command);
    if (!result.ok) return result;
    this.current = result.snapshot;
    // Reading a document is a small thing: it is saved with the next decision, not on its own; after
    // the ending there is no next decision, so a paper read then is saved at once.
    if (command.type !== 'player.read' || this.current.status === 'done') this.autosave();
    // A finished game's road goes on the decision map, kept across games in this browser.
    if (this.current.status === 'done' && before.status !== 'done') {
      recordPath(this.store, this.engine.scenario.meta.id, pathOf(this.current));
    }
    this.emit({
      entries: visibleLog(
        this.engine,
        this.current,
        this.viewer,
        this.current.context.log.slice(before.context.log.length),
      ),
      decisionChanged: before.context.current !== this.current.context.current,
      ended: this.current.status === 'done',
      reset: false,
    });
    return result;
  }

  private replace(snapshot: GameSnapshot): void {
    this.current = snapshot;
    this.emit({
      entries: visibleLog(this.engine, snapshot, this.viewer, snapshot.context.log),
      decisionChanged: true,
      ended: snapshot.status === 'done',
      reset: true,
    });
  }

  private autosave(): void {
    this.lastSaveStatus = this.store.set(saveKey(this.engine.scenario.meta.id), createSave(this.engine, this.current));
  }

  private emit(change: Change): void {
    const view = this.view();
    for (const listener of this.listeners) listener(view, change);
  }
}
