/**
 * The shape of what every save format carries, checked by hand (the browser does not ship the
 * schema library for this): the scenario, the seed and controllers, and each command. Shared by the
 * validator (save.ts) and the migrations from older formats (saveMigrations.ts).
 */
import type { Result } from './result';
import type { GameCommand } from './state';

export type Read<T> = Result<T, string>;

export const damaged = (field: string) => `This save is damaged: ${field} is not what a save holds.`;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';

function isVote(v: unknown): boolean {
  if (!isRecord(v) || !isRecord(v.counts)) return false;
  if (!Object.values(v.counts).every((n) => typeof n === 'number')) return false;
  return Object.keys(v).every((k) => k === 'counts' || (k === 'override' && isString(v.override)));
}

function isCommand(v: unknown): v is GameCommand {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v).sort().join(',');
  if (v.type === 'player.choose') {
    const shape = keys === 'option,side,type' || (keys === 'option,side,type,vote' && isVote(v.vote));
    return shape && isString(v.side) && isString(v.option);
  }
  if (v.type === 'player.sendReply') {
    return keys === 'items,side,type' && isString(v.side) && Array.isArray(v.items) && v.items.every(isString);
  }
  if (v.type === 'player.read') return keys === 'document,type' && isString(v.document);
  if (v.type === 'facilitator.mark') return keys === 'note,type' && isString(v.note);
  if (v.type === 'facilitator.release' || v.type === 'facilitator.hold') {
    return keys === 'document,type' && isString(v.document);
  }
  if (v.type === 'lesson.resume') return keys === 'type';
  return false;
}

/** The shape of what every format carries: scenario, seed and controllers, commands. Null when all is well. */
export function gameProblem(scenario: unknown, input: unknown, commands: unknown): string | null {
  if (!isRecord(scenario) || !isString(scenario.id) || !isString(scenario.version)) return 'scenario';
  if (!isRecord(input) || typeof input.seed !== 'number' || !Number.isFinite(input.seed)) return 'input.seed';
  const controllers = input.controllers;
  if (!isRecord(controllers) || !Object.values(controllers).every((c) => c === 'human' || c === 'model'))
    return 'input.controllers';
  // A lesson plan's id (save format 3); absent in a game played whole.
  if (input.lesson !== undefined && !isString(input.lesson)) return 'input.lesson';
  if (!Array.isArray(commands)) return 'commands';
  const bad = commands.findIndex((c) => !isCommand(c));
  return bad >= 0 ? `commands.${bad}` : null;
}
