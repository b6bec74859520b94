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
  /**
   * An error makes a scenario unusable (the loader refuses it, `check` fails); a warning is worth
   * fixing but the scenario still plays (e.g. a claim without a basis). Absent means an error, so
   * every issue made before warnings existed keeps its meaning.
   */
  severity?: 'error' | 'warning';
}

export const isWarning = (issue: ScenarioIssue): boolean => issue.severity === 'warning';
export const isError = (issue: ScenarioIssue): boolean => !isWarning(issue);

export function formatIssue(issue: ScenarioIssue): string {
  const message = isWarning(issue) ? `warning: ${issue.message}` : issue.message;
  return issue.path ? `${issue.file}: ${issue.path}: ${message}` : `${issue.file}: ${message}`;
}
