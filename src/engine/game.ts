/**
 * The engine's front door: start a game, step it with a command, replay it from seed and commands.
 * Pure stepping (see stepper.ts) means no running actor, no timers and no clock, so the
 * browser, a Node test, the analysis tool and a server all get the same game from the same inputs.
 */
import type { SnapshotFrom } from 'xstate';
import { createGameMachine, type GameMachine } from './machine';
import { holdable, openOptions, packageProblem, releasable, voteProblem } from './rules';
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
  if (command.type === 'player.read') {
    if (snapshot.status === 'done') return 'the game has ended';
    return ctx.delivered.some((d) => d.id === command.document)
      ? null
      : `document "${command.document}" has not been delivered`;
  }
  if (snapshot.status === 'done') return 'the game has ended';
  if (command.type === 'facilitator.mark') {
    return typeof command.note === 'string' && command.note.trim() !== '' ? null : 'a marked moment needs a note';
  }
  if (command.type === 'facilitator.hold') {
    if (!index.documents.has(command.document)) return `there is no document "${command.document}"`;
    if (ctx.held?.includes(command.document)) return `document "${command.document}" is held already`;
    return holdable(index, ctx, command.document) ? null : `document "${command.document}" is not waiting on the clock`;
  }
  if (command.type === 'facilitator.release') {
    if (!index.documents.has(command.document)) return `there is no document "${command.document}"`;
    return releasable(index, ctx, command.document)
      ? null
      : `document "${command.document}" is not waiting on the clock`;
  }
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
    return voteProblem(decision, command.option, command.vote);
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

/**
 * Takes back the last decision the people made (and anything logged after it): the game is replayed
 * from its seed without it, so the model's answers and chance come out as they would have. Null when
 * there is nothing to undo.
 */
export function undoLastDecision(engine: Engine, snapshot: GameSnapshot): GameSnapshot | null {
  const commands = snapshot.context.commands;
  let last = -1;
  commands.forEach((c, i) => {
    if (c.type === 'player.choose' || c.type === 'player.sendReply') last = i;
  });
  if (last < 0) return null;
  const ctx = snapshot.context;
  return engine.replay({ seed: ctx.seed, controllers: ctx.controllers }, commands.slice(0, last));
}
