/**
 * The engine's front door: start a game, step it with a command, replay it from seed and commands.
 * Pure stepping (see stepper.ts) means no running actor, no timers and no clock, so the
 * browser, a Node test, the analysis tool and a server all get the same game from the same inputs.
 */
import type { SnapshotFrom } from 'xstate';
import { whyNot } from './legality';
import { initialLesson, inputOf } from './lessonPlan';
import { endlessLoop, MoveBudget } from './loopGuard';
import { createGameMachine, type GameMachine } from './machine';
import { type Failure, reasonOf, refused } from './result';
import { seedState } from './rng';
import { markRead } from './rules';
import { indexScenario, type ScenarioIndex } from './scenarioIndex';
import type { Scenario } from './schema/scenario';
import type { GameCommand, GameInput } from './state';
import { pureStepper } from './stepper';

export type GameSnapshot = SnapshotFrom<GameMachine>;

export type StepResult = { ok: true; snapshot: GameSnapshot } | Failure<string>;

export interface Engine {
  scenario: Scenario;
  index: ScenarioIndex;
  machine: GameMachine;
  /**
   * The game before its first command. If the scenario loops without end from its first decision, the
   * machine stops the loop (loopGuard.ts) and every command on this snapshot is refused with the reason.
   */
  start(input: GameInput): GameSnapshot;
  /**
   * Takes a command, or refuses it with the reason `whyNot` gives. Never throws and never spins: a
   * scenario that loops without end is stopped by the machine's move budget and refused (loopGuard.ts).
   */
  step(snapshot: GameSnapshot, command: GameCommand): StepResult;
  /** Why a command cannot be taken now, in words for the player; null when it can (see legality.ts). */
  whyNot(snapshot: GameSnapshot, command: GameCommand): string | null;
  /** Rebuilds a game from its seed, controllers and accepted commands; throws if a command no longer fits. */
  replay(input: GameInput, commands: readonly GameCommand[]): GameSnapshot;
}

/**
 * Whether a game's start came out the same for every seed: it made no roll (the generator's state is
 * still the seed's own; every roll moves it) and no eventless move (no route, model pick or reply from
 * the record in the log, so the move budget is as the start left it, full). Nothing reads the seed
 * itself while a game starts, so then only the controllers and the lesson plan shaped it.
 */
function startIsSeedFree(snapshot: GameSnapshot, seed: number): boolean {
  const ctx = snapshot.context;
  return (
    snapshot.status === 'active' &&
    ctx.seed === seed &&
    ctx.rng === seedState(seed) &&
    !ctx.log.some((e) => e.kind === 'route' || e.kind === 'choice' || e.kind === 'reply')
  );
}

/** The part of an input besides the seed: starts that differ only by seed share a template. */
const startKey = (input: GameInput) => JSON.stringify([input.controllers ?? null, input.lesson ?? null]);

export function createEngine(scenario: Scenario): Engine {
  const index = indexScenario(scenario);
  const budget = new MoveBudget();
  const machine = createGameMachine(scenario, index, budget);
  const stepper = pureStepper<GameSnapshot, GameCommand, GameInput>(machine as never, { seed: 0 });
  /**
   * Starts that came out the same for every seed (startIsSeedFree), by controllers and plan: a new
   * game with another seed is that start with its own seed and generator, without building the first
   * context and entering the first decision again through XState (analysis starts thousands of games,
   * and the start was several per cent of `check`). Contexts are never changed in place (rules.ts,
   * contextDraft.ts), so games may share the start's lists and records as a step shares its context's.
   */
  const starts = new Map<string, GameSnapshot>();
  const engine: Engine = {
    scenario,
    index,
    machine,
    start(input) {
      // An unknown lesson plan is refused here, in words (XState would only mark the snapshot as failed).
      initialLesson(scenario, input);
      const key = startKey(input);
      const template = starts.get(key);
      if (template) {
        budget.reset(); // as the machine's context does at a start
        const context = { ...template.context, seed: input.seed, rng: seedState(input.seed) };
        return { ...template, context } as GameSnapshot;
      }
      const snapshot = stepper.initial(input);
      if (startIsSeedFree(snapshot, input.seed)) starts.set(key, snapshot);
      return snapshot;
    },
    step(snapshot, command) {
      const reason = whyNot(index, snapshot.context, command);
      if (reason) return refused(reason);
      // The machine is final at an ending, yet papers arrive on the way into it (the hotline, the test
      // ban): reading one is the one command an ended game still takes, applied beside the machine.
      if (snapshot.status === 'done' && command.type === 'player.read')
        return { ok: true, snapshot: { ...snapshot, context: markRead(snapshot.context, command) } as GameSnapshot };
      const next = stepper.next(snapshot, command);
      // The machine's guards ask whyNot too, so a command let through but not taken is a bug.
      if (next.context === snapshot.context) return refused('the game did not accept that command');
      // The command led into a loop that never gives the turn back to people: refused, not taken.
      const loop = endlessLoop(index, next.context);
      if (loop) return refused(loop);
      return { ok: true, snapshot: next };
    },
    whyNot: (snapshot, command) => whyNot(index, snapshot.context, command),
    replay(input, commands) {
      let snapshot = engine.start(input);
      commands.forEach((command, i) => {
        const result = engine.step(snapshot, command);
        if (!result.ok)
          throw new Error(
            `command ${i + 1} of ${commands.length} (${command.type}) no longer fits: ${reasonOf(result)}`,
          );
        snapshot = result.snapshot;
      });
      return snapshot;
    },
  };
  return engine;
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
  return engine.replay(inputOf(ctx), commands.slice(0, last));
}
