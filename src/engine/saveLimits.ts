/**
 * What a save may hold before it is read at all (docs/scenario-format.md, "Limits"). Restoring replays
 * every command, so an oversized log would freeze the page, and a deeply nested value would overflow
 * the stack of the checksum; both are refused with a reason before any parsing work.
 */

export const SAVE_LIMITS = {
  /** Characters in a save: a full classroom game of Black Saturday is well under 100,000. */
  chars: 2_000_000,
  /** Nesting of JSON arrays and objects: a real save nests about six deep. */
  depth: 32,
  /** Commands in the log: a long game with every paper read and many notes is a few hundred; restoring replays each, so the bound keeps it well under a second. */
  commands: 1_000,
} as const;

/** How deep the JSON text nests, counted without parsing (brackets inside strings do not count). */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > limit) return depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return depth;
}

/** Why a save's text is refused before parsing, or undefined when it may be read. */
export function saveTextProblem(text: string): string | undefined {
  if (text.length > SAVE_LIMITS.chars)
    return `This file is too large to be a save (${text.length} characters; a save holds at most ${SAVE_LIMITS.chars}).`;
  if (jsonDepth(text, SAVE_LIMITS.depth) > SAVE_LIMITS.depth)
    return `This save is damaged: its data nests more than ${SAVE_LIMITS.depth} levels deep, which no save does.`;
  return undefined;
}

/**
 * Why a file is refused by its size in bytes before it is even read into memory: a UTF-8 character is
 * at most four bytes, so anything larger cannot hold a save within the character limit.
 */
export function saveFileSizeProblem(bytes: number): string | undefined {
  const most = SAVE_LIMITS.chars * 4;
  return bytes > most
    ? `This file is too large to be a save (${bytes} bytes; a save holds at most ${SAVE_LIMITS.chars} characters).`
    : undefined;
}

/** Why a parsed save's log is refused before it is replayed, or undefined. */
export function saveLogProblem(raw: unknown): string | undefined {
  const commands = (raw as { commands?: unknown } | null)?.commands;
  if (Array.isArray(commands) && commands.length > SAVE_LIMITS.commands)
    return `This save's log is too long to replay (${commands.length} moves; a save holds at most ${SAVE_LIMITS.commands}).`;
  return undefined;
}
