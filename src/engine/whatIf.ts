/**
 * Where a "what if" restarts: on its own, because the session needs it during play while the review
 * (review.ts, with its scorecard, provenance and epilogue) loads only when the review is opened.
 */
import type { GameSnapshot } from './game';
import type { GameCommand } from './state';

/** The commands up to (not including) the choice made at a decision's n-th visit: a "what if" start. */
export function commandsBefore(snapshot: GameSnapshot, decision: string): GameCommand[] | null {
  const ctx = snapshot.context;
  // Commands and choice/reply log entries by the people line up one to one (reads aside).
  const decisive = ctx.commands
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.type === 'player.choose' || c.type === 'player.sendReply');
  // Decisions the engine took from the record (a lesson plan's prologue) had no command.
  const humanEntries = ctx.log.filter(
    (e) => (e.kind === 'choice' || e.kind === 'reply') && e.by === 'human' && !e.fromRecord,
  );
  const at = humanEntries.findIndex((e) => (e.kind === 'choice' || e.kind === 'reply') && e.decision === decision);
  if (at < 0) return null;
  return ctx.commands.slice(0, decisive[at].i);
}
