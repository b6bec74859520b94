/**
 * What the Phaser board draws, fed by the app shell: the current view, who is speaking (the adviser
 * whose argument the player has in focus), and the display settings. Scenes subscribe to this and
 * redraw; they never reach into the session or the engine.
 */
import type { GameView } from '../engine/view';

export interface BoardState {
  view: GameView;
  /** A role id of the player's side whose position is in focus in the deliberation panel, or null. */
  speaking: string | null;
  /** Roles seated at the table (the player's side), in seating order. */
  seats: { id: string; name: string; office: string; shortOffice?: string }[];
  reducedMotion: boolean;
  highContrast: boolean;
  /**
   * The chart on the wall: the Caribbean for the bundled scenario, or a plain sheet with the title
   * of another scenario (the chart's data is about 1962 only).
   */
  chart: { kind: 'caribbean' } | { kind: 'plain'; scenario: string; title: string };
}

export interface BoardFeed {
  current(): BoardState | null;
  subscribe(listener: (state: BoardState) => void): () => void;
}

export function createBoardFeed(): BoardFeed & { publish(state: BoardState): void } {
  let state: BoardState | null = null;
  const listeners = new Set<(state: BoardState) => void>();
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(next) {
      state = next;
      for (const listener of listeners) listener(next);
    },
  };
}
