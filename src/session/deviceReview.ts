/**
 * The review of a session played on devices, as the facilitator's console exports it: the server
 * sends the review (the engine's `Review`, built there from the same engine), and the console turns
 * it into the same Markdown as the one-screen review's export. Loaded when the teacher exports.
 */
import type { Review } from '../engine/review';
import { reviewMarkdown } from '../engine/reviewMarkdown';

export function deviceReviewMarkdown(review: Review): string {
  return reviewMarkdown(review);
}
