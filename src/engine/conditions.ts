/** Evaluates the scenario's declarative conditions against the game state. */

import { own } from './records';
import type { Condition } from './schema/scenario';
import type { GameContext } from './state';

export function holds(condition: Condition, ctx: GameContext): boolean {
  if ('track' in condition) {
    const v = own(ctx.tracks, condition.track);
    if (v === undefined) return false;
    if (condition.atLeast !== undefined && !(v >= condition.atLeast)) return false;
    if (condition.atMost !== undefined && !(v <= condition.atMost)) return false;
    if (condition.above !== undefined && !(v > condition.above)) return false;
    if (condition.below !== undefined && !(v < condition.below)) return false;
    if (condition.equals !== undefined && v !== condition.equals) return false;
    return true;
  }
  if ('flag' in condition) {
    // `own`: a flag nobody set is unset, even one named like a built-in property (`toString`).
    const v = own(ctx.flags, condition.flag);
    if (condition.equals !== undefined) return v === condition.equals;
    return v !== undefined && v !== false;
  }
  if ('chose' in condition) return own(ctx.choices, condition.chose.decision) === condition.chose.option;
  if ('package' in condition) return ctx.lastPackage?.includes(condition.package) ?? false;
  if ('visited' in condition) return (own(ctx.visits, condition.visited) ?? 0) >= (condition.atLeast ?? 1);
  if ('all' in condition) return condition.all.every((c) => holds(c, ctx));
  if ('any' in condition) return condition.any.some((c) => holds(c, ctx));
  return !holds(condition.not, ctx);
}

export const holdsOrAbsent = (condition: Condition | undefined, ctx: GameContext) =>
  !condition || holds(condition, ctx);
