/**
 * The running game for one screen: owns the engine and the current snapshot, autosaves after every
 * decision, and tells listeners what changed (new documents, a new decision, the ending) so the
 * scenes and the HTML overlay can react. Scenes and UI talk to this, never to the engine directly.
 */

import { pathOf } from '../engine/analysis/mapModel';
import { type Engine, type GameSnapshot, type StepResult, undoLastDecision } from '../engine/game';
import { createSave, restoreSave } from '../engine/save';
import type { GameCommand, GameInput, LogEntry } from '../engine/state';
import { type DocumentView, type GameView, readDocument, toView, type Viewer, visibleLog } from '../engine/view';
import { recordPath } from './explored';
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

export interface SaveNotice {
  kind: 'refused' | 'storage';
  message: string;
}

const saveKey = (scenarioId: string) => `eyes-only:save:${scenarioId}`;

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

  get snapshot(): GameSnapshot {
    return this.current;
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

  newGame(input: GameInput): void {
    this.replace(this.engine.start(input));
    this.autosave();
  }

  /** Opens the saved game; a refused save is left in place (the player may want it) and reported. */
  continueSaved(): { ok: true } | { ok: false; notice: SaveNotice } {
    const text = this.store.get(saveKey(this.engine.scenario.meta.id));
    if (text === null)
      return { ok: false, notice: { kind: 'refused', message: 'There is no saved game in this browser.' } };
    const restored = restoreSave(this.engine, text);
    if (!restored.ok) return { ok: false, notice: { kind: 'refused', message: restored.reason } };
    this.replace(restored.snapshot);
    return { ok: true };
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

  discardSave(): void {
    this.store.remove(saveKey(this.engine.scenario.meta.id));
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
