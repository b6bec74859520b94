/**
 * A board state as the session publishes it when a solo game of a scenario starts (for Black
 * Saturday: 10:00, the ExComm deliberating the second letter), built by the real engine and `toView`
 * (decision and log left out: the board does not draw them), and the seats as the desk gives them
 * (the player side's roles). Shared by the Node tests (scenario from the folder) and the browser
 * harness (scenario from `virtual:scenario`), so neither drifts from what the game publishes.
 */
import { createEngine } from '../../src/engine/game';
import type { Scenario } from '../../src/engine/schema/scenario';
import { type GameView, toView } from '../../src/engine/view';
import type { BoardState } from '../../src/session/boardFeed';

/** The game number the samples are taken at (any seed: nothing random happens before 10:00). */
const SAMPLE_SEED = 1962;

export function sampleView(scenario: Scenario): GameView {
  const engine = createEngine(scenario);
  const start = engine.start({ seed: SAMPLE_SEED });
  const view = toView(engine, start, { side: scenario.meta.playerSide });
  return { ...view, decision: null, log: [] };
}

export function sampleSeats(scenario: Scenario): BoardState['seats'] {
  return scenario.roles
    .filter((r) => r.side === scenario.meta.playerSide)
    .map(({ id, name, office, shortOffice }) => ({ id, name, office, shortOffice }));
}

export function sampleBoardState(scenario: Scenario, patch: Partial<BoardState> = {}): BoardState {
  return {
    view: sampleView(scenario),
    speaking: sampleSeats(scenario)[1]?.id ?? null,
    seats: sampleSeats(scenario),
    reducedMotion: false,
    highContrast: false,
    chart: { kind: 'caribbean' },
    ...patch,
  };
}
