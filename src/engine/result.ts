/**
 * Errors are values at the edges: the loader, the save reader, a step of the game, the session and
 * the UI's checks return these, never throw. Every failure has one shape, `{ ok: false, errors }`,
 * whatever the success carries (`value`, or a step's `snapshot`).
 */
export type Failure<E> = { ok: false; errors: E[] };
export type Result<T, E> = { ok: true; value: T } | Failure<E>;

/** A refusal in words, e.g. a step the rules do not allow: the one failure shape with one reason. */
export const refused = (reason: string): Failure<string> => ({ ok: false, errors: [reason] });
/** The words of a refusal, for a one-line message. */
export const reasonOf = (failure: Failure<string>): string => failure.errors.join('; ');

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
