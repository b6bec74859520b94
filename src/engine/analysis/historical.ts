/** The path the real actors took, as commands: each decision's historical option or package. */

import type { Engine, GameSnapshot } from '../game';
import { reasonOf } from '../result';
import { openOptions } from '../rules';
import type { GameCommand, GameInput } from '../state';
import { stepBound } from './randomPlay';

export type Strategy = (engine: Engine, snapshot: GameSnapshot) => GameCommand | { stop: string };

export const historicalStrategy: Strategy = (engine, snapshot) => {
  const decision = engine.index.decisions.get(snapshot.context.current);
  if (!decision || decision.kind === 'route') return { stop: 'no decision is open' };
  if (decision.kind === 'reply') {
    const items = decision.history?.package;
    if (!items) return { stop: `decision "${decision.id}" has no historical package (history.package)` };
    return { type: 'player.sendReply', side: decision.side, items };
  }
  // A decision that never arose historically is played by the plan made for it, where there was one.
  const option = decision.history?.option ?? decision.history?.plan;
  if (!option)
    return { stop: `decision "${decision.id}" never arose historically and has no recorded plan (history.plan)` };
  if (!openOptions(decision, snapshot.context).some((o) => o.id === option)) {
    return { stop: `the historical option "${option}" of "${decision.id}" is not open on this path` };
  }
  return { type: 'player.choose', side: decision.side, option };
};

export interface StrategyRun {
  snapshot: GameSnapshot;
  stopped?: string;
}

export function playStrategy(
  engine: Engine,
  input: GameInput,
  strategy: Strategy,
  bound = stepBound(engine.scenario),
): StrategyRun {
  let snapshot = engine.start(input);
  for (let i = 0; i < bound && snapshot.status !== 'done'; i++) {
    const command = strategy(engine, snapshot);
    if ('stop' in command) return { snapshot, stopped: command.stop };
    const result = engine.step(snapshot, command);
    if (!result.ok) return { snapshot, stopped: reasonOf(result) };
    snapshot = result.snapshot;
  }
  return { snapshot, stopped: snapshot.status === 'done' ? undefined : `no ending after ${bound} decisions` };
}
