/**
 * The engine's front door: start a game, step it with a command, replay it from seed and commands.
 * Pure stepping (see stepper.ts) means no running actor, no timers and no clock, so the
 * browser, a Node test, the analysis tool and a server all get the same game from the same inputs.
 */
import type { SnapshotFrom } from 'xstate';
import { createGameMachine, type GameMachine } from './machine';
import { openOptions, packageProblem } from './rules';
import { indexScenario, type ScenarioIndex } from './scenarioIndex';
import type { Scenario } from './schema/scenario';
import type { GameCommand, GameContext, GameInput } from './state';
import { pureStepper } from './stepper';

export type GameSnapshot = SnapshotFrom<GameMachine>;

export type StepResult = { ok: true; snapshot: GameSnapshot } | { ok: false; reason: string };

export interface Engine {
  scenario: Scenario;
  index: ScenarioIndex;
  machine: GameMachine;
  start(input: GameInput): GameSnapshot;
  step(snapshot: GameSnapshot, command: GameCommand): StepResult;
  /** Rebuilds a game from its seed, controllers and accepted commands; throws if a command no longer fits. */
  replay(input: GameInput, commands: readonly GameCommand[]): GameSnapshot;
}

export function createEngine(scenario: Scenario): Engine {
  const index = indexScenario(scenario);
  const machine = createGameMachine(scenario, index);
  const stepper = pureStepper<GameSnapshot, GameCommand, GameInput>(machine as never, { seed: 0 });
  const engine: Engine = {
    scenario,
    index,
    machine,
    start: (input) => stepper.initial(input),
    step(snapshot, command) {
      const reason = rejection(index, snapshot, command);
      if (reason) return { ok: false, reason };
      const next = stepper.next(snapshot, command);
      // A command that passed the checks above but changed nothing means the two disagree: a bug.
      if (next.context === snapshot.context) return { ok: false, reason: 'the game did not accept that command' };
      return { ok: true, snapshot: next };
    },
    replay(input, commands) {
      let snapshot = engine.start(input);
      commands.forEach((command, i) => {
        const result = engine.step(snapshot, command);
        if (!result.ok)
          throw new Error(`command ${i + 1} of ${commands.length} (${command.type}) no longer fits: ${result.reason}`);
        snapshot = result.snapshot;
      });
      return snapshot;
    },
  };
  return engine;
}

/** Why a command cannot be taken now, in words for the player; null when it can. */
export function rejection(index: ScenarioIndex, snapshot: GameSnapshot, command: GameCommand): string | null {
  const ctx: GameContext = snapshot.context;
  if (!command || typeof command !== 'object' || typeof command.type !== 'string') return 'not a command';
  if (command.type === 'document.read') {
    if (snapshot.status === 'done') return 'the game has ended';
    return ctx.delivered.some((d) => d.id === command.document)
      ? null
      : `document "${command.document}" has not been delivered`;
  }
  if (snapshot.status === 'done') return 'the game has ended';
  const decision = index.decisions.get(ctx.current);
  if (!decision) return 'no decision is open now';
  if (command.type === 'player.choose') {
    if (decision.kind !== 'choice') return `"${decision.title}" is not a choice between options`;
    if (command.side !== decision.side)
      return `"${decision.title}" is for side "${decision.side}" to decide, not "${command.side}"`;
    if (ctx.controllers[decision.side] !== 'human') return `side "${decision.side}" is played by the response model`;
    if (!openOptions(decision, ctx).some((o) => o.id === command.option)) {
      return decision.options.some((o) => o.id === command.option)
        ? `option "${command.option}" is not open now`
        : `"${decision.title}" has no option "${command.option}"`;
    }
    return null;
  }
  if (command.type === 'player.sendReply') {
    if (decision.kind !== 'reply') return `"${decision.title}" does not take a reply package`;
    if (command.side !== decision.side)
      return `"${decision.title}" is for side "${decision.side}" to decide, not "${command.side}"`;
    if (ctx.controllers[decision.side] !== 'human') return `side "${decision.side}" is played by the response model`;
    return packageProblem(index, ctx, command.items);
  }
  return `unknown command "${(command as { type: string }).type}"`;
}
