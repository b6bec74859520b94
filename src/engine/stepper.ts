/**
 * Pure stepping of an XState machine with one reusable, inert actor scope.
 *
 * XState's `transition()` and `initialTransition()` helpers build a fresh inert actor for every
 * call, and building an actor eagerly computes the machine's initial snapshot, so each step would
 * also run the scenario's initial context and first entry. Our machines spawn no children, keep no
 * timers and use only `assign`, so one scope serves every step: the same result, several times faster.
 */
import { type AnyStateMachine, createActor } from 'xstate';

export interface Stepper<Snapshot, Event, Input> {
  initial(input: Input): Snapshot;
  next(snapshot: Snapshot, event: Event): Snapshot;
}

/** The snapshot, event and input types are the caller's: XState's own generics do not survive `any`. */
export function pureStepper<Snapshot, Event, Input>(
  machine: AnyStateMachine,
  sampleInput: Input,
): Stepper<Snapshot, Event, Input> {
  const self = createActor(machine, { input: sampleInput });
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => {},
    logger: () => {},
    stopChild: () => {},
    emit: () => {},
    // Only built-in actions run here (assign), and they are applied by XState itself.
    actionExecutor: () => {},
  };
  return {
    initial: (input) => machine.getInitialSnapshot(scope as never, input) as Snapshot,
    next: (snapshot, event) => machine.transition(snapshot as never, event as never, scope as never) as Snapshot,
  };
}
