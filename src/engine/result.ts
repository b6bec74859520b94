/** Errors are values at the edges: the loader and the save reader return these, never throw. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(errors: E[]): Result<never, E> => ({ ok: false, errors });

/** One problem in a scenario, located well enough for a teacher to fix it. */
export interface ScenarioIssue {
  /** The file as the author knows it, e.g. "scenarios/x/decisions.yaml". */
  file: string;
  /** Where inside the file, e.g. "decisions.reply.options[2].next"; empty for the whole file. */
  path: string;
  message: string;
}

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}
