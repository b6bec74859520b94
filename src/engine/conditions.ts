/**
 * Evaluates the scenario's declarative conditions against the game state.
 *
 * A condition is read into a test once, the first time it is judged, and the test is kept for as long
 * as the condition object lives: the rules judge the same few dozen conditions at every step (the
 * tracks' rules, the papers due, the options open), and telling a condition's kind from its fields
 * each time was a good share of a decision's cost. The conditions are still data; the tests are
 * closures over them, never code built from strings.
 *
 * A leaf test of a track, a flag, a choice or a visit reads one record of the context, and
 * keeps its answer for the record it last read: records are replaced, never changed in place
 * (contextDraft.ts), so the same record gives the same answer, and most judgments of a step meet the
 * record the last one met. Reading by name is what it saves: a run's flags, choices and visits are set
 * in its own order, so across thousands of games their objects take thousands of shapes, and V8 then
 * finds a name in one of them far more slowly than in an object of a shape it has seen (#17).
 */

import { own } from './records';
import type { Condition } from './schema/scenario';
import type { GameContext } from './state';

type Test = (ctx: GameContext) => boolean;

/** No record yet: a value no context holds, so the first judgment always reads. */
const UNREAD: unknown = Symbol('unread');

const tests = new WeakMap<Condition, Test>();

export function holds(condition: Condition, ctx: GameContext): boolean {
  return testFor(condition)(ctx);
}

/**
 * The test of a condition, read once. A composite's test calls its parts' tests directly, and a rule
 * judged at every step may keep its test rather than look it up each time.
 */
export function testFor(condition: Condition): (ctx: GameContext) => boolean {
  let test = tests.get(condition);
  if (!test) {
    test = testOf(condition);
    tests.set(condition, test);
  }
  return test;
}

function testOf(condition: Condition): Test {
  if ('track' in condition) {
    const { track, atLeast, atMost, above, below, equals } = condition;
    const judge = (tracks: GameContext['tracks']) => {
      const v = own(tracks, track);
      if (v === undefined) return false;
      if (atLeast !== undefined && !(v >= atLeast)) return false;
      if (atMost !== undefined && !(v <= atMost)) return false;
      if (above !== undefined && !(v > above)) return false;
      if (below !== undefined && !(v < below)) return false;
      if (equals !== undefined && v !== equals) return false;
      return true;
    };
    return keptPerRecord((ctx) => ctx.tracks, judge);
  }
  if ('flag' in condition) {
    const { flag, equals } = condition;
    // `own`: a flag nobody set is unset, even one named like a built-in property (`toString`).
    const judge = (flags: GameContext['flags']) => {
      const v = own(flags, flag);
      return equals !== undefined ? v === equals : v !== undefined && v !== false;
    };
    return keptPerRecord((ctx) => ctx.flags, judge);
  }
  if ('chose' in condition) {
    const { decision, option } = condition.chose;
    return keptPerRecord(
      (ctx) => ctx.choices,
      (choices) => own(choices, decision) === option,
    );
  }
  if ('package' in condition) {
    const item = condition.package;
    return (ctx) => ctx.lastPackage?.includes(item) ?? false;
  }
  if ('visited' in condition) {
    const { visited, atLeast = 1 } = condition;
    return keptPerRecord(
      (ctx) => ctx.visits,
      (visits) => (own(visits, visited) ?? 0) >= atLeast,
    );
  }
  if ('all' in condition) {
    const all = condition.all.map(testFor);
    return (ctx) => {
      for (const test of all) if (!test(ctx)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const any = condition.any.map(testFor);
    return (ctx) => {
      for (const test of any) if (test(ctx)) return true;
      return false;
    };
  }
  const not = testFor(condition.not);
  return (ctx) => !not(ctx);
}

/**
 * A leaf test that judges the one record it reads only when that record is not the one it last read
 * (records are replaced, never changed in place: see the module's comment).
 */
function keptPerRecord<R>(record: (ctx: GameContext) => R, judge: (record: R) => boolean): Test {
  let read: unknown = UNREAD;
  let answer = false;
  return (ctx) => {
    const now = record(ctx);
    if (now !== read) {
      answer = judge(now);
      read = now;
    }
    return answer;
  };
}

export const holdsOrAbsent = (condition: Condition | undefined, ctx: GameContext) =>
  !condition || holds(condition, ctx);
