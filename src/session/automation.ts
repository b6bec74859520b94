/**
 * `window.eyesOnly`: a small, stable hook for browser tests and classroom tooling, present in every
 * build. It drives the same session the player uses, so a test exercises the real game.
 */
import type { StepResult } from '../engine/game';
import type { GameView } from '../engine/view';
import type { BoardState } from './boardFeed';
import type { GameSession } from './session';

export interface EyesOnlyHook {
  view(): GameView;
  choices(): { id: string; label: string }[];
  choose(id: string): StepResult;
  send(items: string[]): StepResult;
  seed(): number;
  save(): string;
  /** What hangs on the board's wall: the 1962 chart, or a plain sheet for another scenario. */
  chart(): BoardState['chart'] | null;
}

export function automationHook(session: () => GameSession, board: () => BoardState | null = () => null): EyesOnlyHook {
  return {
    view: () => session().view(),
    choices: () => {
      const decision = session().view().decision;
      if (!decision?.yours) return [];
      if (decision.kind === 'reply')
        return (decision.replyBuilder?.items ?? []).map(({ id, label }) => ({ id, label }));
      return decision.options.map(({ id, label }) => ({ id, label }));
    },
    choose: (id) => session().choose(id),
    send: (items) => session().sendReply(items),
    seed: () => session().snapshot.context.seed,
    save: () => session().exportSave(),
    chart: () => board()?.chart ?? null,
  };
}
