/**
 * Model tests with xstate/graph over the real compiled machine of the fixture scenario. Both sides are
 * played by people, so there is no model draw and every branch is an event the traversal can take.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { GameSnapshot } from '../../src/engine/game';
import type { GameCommand } from '../../src/engine/state';
import { miniEngine } from './helpers';

const engine = miniEngine();
const input = { seed: 2, controllers: { north: 'human', south: 'human' } } as const;

function allCommands(): GameCommand[] {
  const commands: GameCommand[] = [];
  for (const d of engine.scenario.decisions) {
    if (d.kind === 'choice')
      for (const o of d.options) commands.push({ type: 'player.choose', side: d.side, option: o.id });
  }
  const offers = ['share-light', 'fishing-rights'];
  for (const pressure of ['ultimatum', 'patience']) {
    for (let mask = 0; mask < 4; mask++) {
      commands.push({
        type: 'player.sendReply',
        side: 'north',
        items: [...offers.filter((_, i) => mask & (1 << i)), pressure],
      });
    }
  }
  return commands;
}

// Keep only what tells game situations apart; the log and the generator would make every state unique.
const serializeState = (s: GameSnapshot) =>
  JSON.stringify([s.value, s.context.tracks, s.context.flags, s.context.lastPackage, s.context.visits]);

const traversal = {
  input,
  events: allCommands(),
  serializeState,
  filterEvents: (s: GameSnapshot, e: GameCommand) => engine.step(s, e).ok,
};

describe('the fixture scenario as a model', () => {
  const paths = getShortestPaths(engine.machine, traversal as never);

  it('reaches every ending', () => {
    const reached = new Set(paths.filter((p) => p.state.status === 'done').map((p) => String(p.state.value)));
    expect(reached).toEqual(new Set(engine.scenario.endings.map((e) => e.id)));
  });

  it('has no dead end: every reachable state is an ending or offers a command', () => {
    for (const path of paths) {
      const s = path.state as GameSnapshot;
      if (s.status === 'done') continue;
      const open = allCommands().filter((c) => engine.step(s, c).ok);
      expect(open.length, `stuck at ${String(s.value)}`).toBeGreaterThan(0);
    }
  });

  for (const ending of engine.scenario.endings) {
    it(`a simple path reaches the ending "${ending.id}" and replays to it`, () => {
      const path = getSimplePaths(engine.machine, {
        ...traversal,
        toState: (s: GameSnapshot) => s.value === ending.id,
      } as never).find((p) => p.state.value === ending.id);
      expect(path, `no path to ${ending.id}`).toBeDefined();
      const commands = (path?.steps ?? [])
        .map((step) => step.event as GameCommand)
        .filter((e) => !String(e.type).startsWith('xstate.'));
      expect(engine.replay(input, commands).value).toBe(ending.id);
    });
  }
});
