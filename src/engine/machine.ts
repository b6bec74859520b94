/**
 * Compiles a validated scenario into an XState v5 machine. Each decision and ending is a top-level
 * state, so the machine reads like the scenario in Stately's inspector and xstate/graph can walk it.
 * Choices are namespaced events (`player.choose`, `player.sendReply`, `player.read`); the
 * response model plays a side through eventless transitions that take the option it drew on entry.
 *
 * An option whose `next` is a list of routes goes through a transient state named
 * `<decision>~<option>`, so the routes are judged after the option's effects have been applied.
 *
 * Entering a decision or an ending (its clock, papers and events, a lesson's moments, the model's draw)
 * is done by the action of the transition that leads into it, in the same `assign` as the transition's
 * own rule, not by an entry action: XState copies the context and rebuilds the snapshot (its state
 * value and tags) for every `assign`, and two per move were a good share of a game's cost (#17). The
 * order is XState's own (the transition's rule, then the entry), and the first decision is entered
 * where the context is made, before any eventless move, as its entry action ran before.
 */
import { assign, setup } from 'xstate';
import { holdsOrAbsent } from './conditions';
import { whyNot } from './legality';
import {
  initialLesson,
  lessonOnEnter,
  lessonRoll,
  recordReplyReady,
  resumeLesson,
  sendRecordReply,
  takePending,
} from './lessonPlan';
import { MoveBudget } from './loopGuard';
import { endingReached, recordGate } from './record';
import {
  addMark,
  applyOption,
  applyPackage,
  enterNode,
  holdBack,
  initialContext,
  logRoute,
  markRead,
  releaseEarly,
} from './rules';
import { indexScenario, type ScenarioIndex } from './scenarioIndex';
import type { ChoiceDecision, Condition, Next, ReplyDecision, Scenario } from './schema/scenario';
import type { GameCommand, GameContext, GameInput } from './state';

/**
 * What an action changed, for XState's `assign`, which makes the next context as
 * `Object.assign({}, context, update)`: handed the whole next context it copied every field twice,
 * through V8's slow path (a third of a move's cost went to copying, #17). The fields that differ give
 * the very same context, the same values in the same order (new fields last, in their own order), and
 * a field the action dropped stays, as it did when the whole context was handed over.
 */
function changed(before: GameContext, after: GameContext): Partial<GameContext> {
  const update: Record<string, unknown> = {};
  if (after === before) return update;
  const was = before as unknown as Record<string, unknown>;
  const now = after as unknown as Record<string, unknown>;
  for (const key of Object.keys(now)) {
    const value = now[key];
    if (Object.is(value, was[key]) && Object.hasOwn(was, key)) continue;
    update[key] = value;
  }
  return update as Partial<GameContext>;
}

/** A transition's action: what the transition does, then the node it enters, if it enters one. */
interface Into {
  /** The decision or ending entered; null for a transient route state, which does nothing on entry. */
  enter: string | null;
}

export const routeStateId = (decision: string, option: string) => `${decision}~${option}`;

function choiceOf(index: ScenarioIndex, id: string): ChoiceDecision {
  const d = index.decisions.get(id);
  if (d?.kind !== 'choice') throw new Error(`bug: "${id}" is not a choice decision`);
  return d;
}

function replyOf(index: ScenarioIndex, id: string): ReplyDecision {
  const d = index.decisions.get(id);
  if (d?.kind !== 'reply') throw new Error(`bug: "${id}" is not a reply decision`);
  return d;
}

export function createGameMachine(
  scenario: Scenario,
  index: ScenarioIndex = indexScenario(scenario),
  // Eventless moves since the last command (see loopGuard.ts): reset when the game starts and when a
  // person's decision is taken, spent by every route and model pick taken.
  budget: MoveBudget = new MoveBudget(),
) {
  /** Entering a decision or an ending: what its entry action did before (see the module's comment). */
  const entered = (context: GameContext, node: string): GameContext => {
    const after = lessonOnEnter(index, enterNode(index, context, node), node);
    const decision = index.decisions.get(node);
    // A choice's draw happens on entry, after the lesson's moment, as it always has.
    return decision?.kind === 'choice' ? lessonRoll(after, decision) : after;
  };
  const into = (context: GameContext, { enter }: Into): GameContext =>
    enter === null ? context : entered(context, enter);
  const impl = setup({
    types: {} as { context: GameContext; events: GameCommand; input: GameInput },
    // Every command's guard is `whyNot` (legality.ts), the same judge that words a refusal for people.
    guards: {
      humanMayChoose: ({ context, event }, params: { option: string }) =>
        event.type === 'player.choose' && event.option === params.option && whyNot(index, context, event) === null,
      humanMayReply: ({ context, event }) =>
        event.type === 'player.sendReply' && whyNot(index, context, event) === null,
      modelPicked: ({ context }, params: { option: string }) => context.pending === params.option && !budget.exhausted,
      /** A route of a route decision: the one place besides a model pick where a loop can turn. */
      routeOnward: ({ context }, params: { when?: Condition }) =>
        !budget.exhausted && holdsOrAbsent(params.when, context),
      /** A route after an option or a reply: it leads to a decision or an ending, never round again. */
      routeHolds: ({ context }, params: { when?: Condition }) => holdsOrAbsent(params.when, context),
      /** A route to a gated historical ending: taken as written only by a run that went as recorded. */
      routeReaches: ({ context }, params: { when?: Condition; ending: string; reached: string; onward: boolean }) =>
        (!params.onward || !budget.exhausted) &&
        holdsOrAbsent(params.when, context) &&
        endingReached(index, context.log, params.ending) === params.reached,
      commandAllowed: ({ context, event }) => whyNot(index, context, event) === null,
      /** Before a lesson plan's start, a reply is sent as the record's package (lessonPlan.ts). */
      recordReply: ({ context }, params: { decision: string }) =>
        !budget.exhausted && recordReplyReady(index, context, replyOf(index, params.decision)),
    },
    // Each move's action applies its rule and enters its target (see the module's comment); a lesson
    // plan (lessonPlan.ts) may start play or stop it once the node is entered.
    actions: {
      choose: assign(({ context, event }, params: Into & { decision: string; option: string }) => {
        budget.reset();
        const chosen = applyOption(index, context, choiceOf(index, params.decision), params.option, 'human', event);
        return changed(context, into(chosen, params));
      }),
      takeModelChoice: assign(({ context }, params: Into & { decision: string; option: string }) => {
        budget.spend();
        return changed(
          context,
          into(takePending(index, context, choiceOf(index, params.decision), params.option), params),
        );
      }),
      replyFromRecord: assign(({ context }, params: Into & { decision: string }) => {
        budget.spend();
        return changed(context, into(sendRecordReply(index, context, replyOf(index, params.decision)), params));
      }),
      resume: assign(({ context, event }) =>
        changed(context, event.type === 'lesson.resume' ? resumeLesson(index, context, event) : context),
      ),
      reply: assign(({ context, event }, params: Into & { decision: string }) => {
        budget.reset();
        const sent =
          event.type === 'player.sendReply'
            ? applyPackage(index, context, replyOf(index, params.decision), event.items, event)
            : context;
        return changed(context, into(sent, params));
      }),
      route: assign(({ context }, params: Into & { decision: string; next: string }) => {
        budget.spend();
        return changed(context, into(logRoute(context, params.decision, params.next), params));
      }),
      read: assign(({ context, event }) =>
        changed(context, event.type === 'player.read' ? markRead(context, event) : context),
      ),
      mark: assign(({ context, event }) =>
        changed(context, event.type === 'facilitator.mark' ? addMark(context, event) : context),
      ),
      release: assign(({ context, event }) =>
        changed(context, event.type === 'facilitator.release' ? releaseEarly(index, context, event) : context),
      ),
      hold: assign(({ context, event }) =>
        changed(context, event.type === 'facilitator.hold' ? holdBack(context, event) : context),
      ),
    },
  });

  type StateConfig = Record<string, unknown>;
  // A Map, so that no id (`constructor` is a valid one) meets an Object's own properties.
  const states = new Map<string, StateConfig>();
  /** What a transition to `target` enters: the decision or ending itself, nothing for a route state. */
  const entering = (target: string): Into => ({
    enter: index.decisions.has(target) || index.endings.has(target) ? target : null,
  });

  const routesFrom = (decision: string, routes: Extract<Next, unknown[]>, guard: 'routeOnward' | 'routeHolds') =>
    routes.flatMap((r) => {
      const gate = recordGate(index.endings.get(r.next));
      // A route to a historical ending with a record gate becomes two: to the ending when the run went
      // as recorded, else to its counterfactual `otherwise` (see record.ts). The log names the one taken.
      const reached = gate ? [r.next, gate.otherwise] : [r.next];
      return reached.map((target) => ({
        guard: gate
          ? {
              type: 'routeReaches' as const,
              params: { when: r.when, ending: r.next, reached: target, onward: guard === 'routeOnward' },
            }
          : { type: guard, params: { when: r.when } },
        target,
        reenter: true,
        actions: [{ type: 'route' as const, params: { decision, next: target, ...entering(target) } }],
      }));
    });

  /** Where a transition goes for a `next`: straight to the id, or through a transient route state. */
  const targetFor = (decision: string, key: string, next: Next): string => {
    // A gated historical ending is judged on arrival, so even a plain `next` to it is a route.
    const routes = typeof next === 'string' ? (recordGate(index.endings.get(next)) ? [{ next }] : null) : next;
    if (!routes) return next as string;
    const id = routeStateId(decision, key);
    states.set(id, { always: routesFrom(decision, routes, 'routeHolds') });
    return id;
  };

  for (const d of scenario.decisions) {
    if (d.kind === 'route') {
      states.set(d.id, { always: routesFrom(d.id, d.routes, 'routeOnward') });
      continue;
    }
    if (d.kind === 'reply') {
      const target = targetFor(d.id, 'reply', d.next);
      states.set(d.id, {
        // Before a lesson plan's start the record's package is sent without anyone deciding.
        always: {
          guard: { type: 'recordReply', params: { decision: d.id } },
          target,
          reenter: true,
          actions: [{ type: 'replyFromRecord', params: { decision: d.id, ...entering(target) } }],
        },
        on: {
          'player.sendReply': {
            guard: 'humanMayReply',
            target,
            reenter: true,
            actions: [{ type: 'reply', params: { decision: d.id, ...entering(target) } }],
          },
        },
      });
      continue;
    }
    // Every choice may be drawn without people: by the response model for its side, or, before a lesson
    // plan's start, from the record for any side (lessonRoll leaves a people's decision to them otherwise).
    const targets = d.options.map((o) => targetFor(d.id, o.id, o.next));
    states.set(d.id, {
      on: {
        'player.choose': d.options.map((o, i) => ({
          guard: { type: 'humanMayChoose', params: { option: o.id } },
          target: targets[i],
          reenter: true,
          actions: [{ type: 'choose', params: { decision: d.id, option: o.id, ...entering(targets[i]) } }],
        })),
      },
      always: d.options.map((o, i) => ({
        guard: { type: 'modelPicked', params: { option: o.id } },
        target: targets[i],
        reenter: true,
        actions: [{ type: 'takeModelChoice', params: { decision: d.id, option: o.id, ...entering(targets[i]) } }],
      })),
    });
  }
  for (const e of scenario.endings) states.set(e.id, { type: 'final' });

  return impl.createMachine({
    id: scenario.meta.id,
    context: ({ input }) => {
      budget.reset();
      const context = initialContext(index, input);
      const lesson = initialLesson(scenario, input);
      // The first decision is entered here, as its entry action did before any eventless move.
      return entered(lesson ? { ...context, lesson } : context, scenario.meta.firstDecision);
    },
    initial: scenario.meta.firstDecision,
    on: {
      'player.read': { guard: 'commandAllowed', actions: 'read' },
      'facilitator.mark': { guard: 'commandAllowed', actions: 'mark' },
      'facilitator.release': { guard: 'commandAllowed', actions: 'release' },
      'facilitator.hold': { guard: 'commandAllowed', actions: 'hold' },
      'lesson.resume': { guard: 'commandAllowed', actions: 'resume' },
    },
    // The config is built from data, so its shape is checked by the scenario schema, not by tsc.
    states: Object.fromEntries(states) as never,
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
