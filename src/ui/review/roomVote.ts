/**
 * How the room voted on a decision, in the review's words ("The room: Answer the first letter 4, Say
 * nothing 2."): option labels, never ids. One wording for the one-screen review and the devices' review.
 */
import type { ReviewRow } from '../../engine/review';

export function roomVoteWords(vote: NonNullable<ReviewRow['vote']>): string {
  const splits = vote.splits.map((v) => `${v.label} ${v.count}`).join(', ');
  return `The room: ${splits}.${vote.override ? ` Overridden by the facilitator: ${vote.override}` : ''}`;
}
