/**
 * What the room reads off the projector about its own decisions, in words: the running vote total
 * against the class, the debate timer's caption when time is up, the recap after a decision and the
 * moments of their own (Moscow's answer, the ending). Pure functions of what the session already
 * shows (its consequence notes, the vote typed in), so the unit tests can pin every line.
 */
import type { ConsequenceNote, TrackChange } from '../../engine/consequences';
import type { VoteRecord } from '../../engine/state';
import { signed } from '../play/aideNote';

/** Heads counted so far, over every option. */
export const headsCounted = (counts: Readonly<Record<string, number>>): number =>
  Object.values(counts).reduce((sum, n) => sum + (Number.isFinite(n) && n > 0 ? n : 0), 0);

/**
 * "18 of 25 voted" (or "18 voted" when the class size was never given). More hands than students is
 * said plainly, since the facilitator will want to count again.
 */
export function voteTotal(counts: Readonly<Record<string, number>>, classSize: number): string {
  const n = headsCounted(counts);
  if (classSize <= 0) return `${n} voted`;
  if (n > classSize) return `${n} votes for a class of ${classSize}: count again`;
  return `${n} of ${classSize} voted`;
}

/** The caption under the debate timer: nothing while there is time, the instruction at 0:00. */
export const TIME_UP_CAPTION = 'Time: take the vote';
export function debateCaption(leftMs: number): string | null {
  return leftMs <= 0 ? TIME_UP_CAPTION : null;
}

/** "US credibility +1, Soviet face −2": each moved track with its sign. */
export const movedLine = (changes: readonly TrackChange[]): string =>
  changes.map((c) => `${c.label} ${signed(c.delta)}`).join(', ');

export interface Recap {
  /** "Decided: Answer the private letter (14 of 25)". */
  decided: string;
  /** Why the facilitator took another option than the vote's, when they did. */
  override: string | null;
  /** "The state of play moved: …", or that nothing on the board moved. */
  moved: string;
  /** The scenario's reasons for each change, for those who want them. */
  reasons: { change: string; reason: string }[];
}

/**
 * The recap card's words for one decision the room took: what was done with the heads behind it
 * (the chosen option's votes against the class), then what it moved on the board.
 */
export function recap(note: ConsequenceNote, taken: { option?: string; vote?: VoteRecord }, classSize: number): Recap {
  const heads = taken.vote && taken.option !== undefined ? (taken.vote.counts[taken.option] ?? 0) : null;
  const against = classSize > 0 ? ` of ${classSize}` : ` of ${headsCounted(taken.vote?.counts ?? {})} voting`;
  const backing =
    heads === null
      ? ''
      : taken.vote?.override
        ? ` (overridden: ${heads}${against} voted for it)`
        : ` (${heads}${against})`;
  return {
    decided: `Decided: ${note.done.join('; ')}${backing}`,
    override: taken.vote?.override ? `The facilitator’s reason: ${taken.vote.override}` : null,
    moved: note.changes.length
      ? `The state of play moved: ${movedLine(note.changes)}.`
      : 'The state of play did not move.',
    reasons: note.changes.flatMap((c) =>
      c.reason ? [{ change: `${c.label} ${signed(c.delta)}`, reason: c.reason }] : [],
    ),
  };
}

/**
 * The other side's answer as a moment of its own: a model's move that answers the room (Moscow's
 * answer), as opposed to the room's own decisions. Null when the change brought no such move.
 */
export function answerMoment(notes: readonly ConsequenceNote[]): ConsequenceNote | null {
  return notes.find((n) => n.by === 'model' && n.paper !== undefined) ?? null;
}

/** The answer's gist in a line: "Moscow answered: accepts the pledge; withdraws the missiles." */
export const answerGist = (note: ConsequenceNote): string => `${note.sideName} answered: ${note.done.join('; ')}.`;
