/**
 * The class handout (issue #15): the review cut down to what a class takes home, one or two printed
 * pages. Each decision in plain words: how the room voted, what was done, what was done in the
 * record's year, and a flag where the room's majority went another way than the record, even when
 * the facilitator overrode it. Built from the review's own rows, so the two never disagree; every
 * name is the scenario's label, never an id.
 */
import type { Review, ReviewRow } from './review';

export type HandoutVerdict =
  /** What was done is what the record did, and the room (if it voted) agreed. */
  | 'as-recorded'
  /** What was done differs from the record. */
  | 'diverged'
  /** The room's majority went against the record, and the facilitator overrode it back. */
  | 'room-diverged'
  /** The decision never arose in history: the game's own road. */
  | 'never-arose'
  /** A decision the record took but whose choice it does not give (none in Black Saturday). */
  | 'no-record';

export interface HandoutRow {
  decision: string;
  title: string;
  at: string;
  /** "16: Trade; 6: Hold firm", most heads first; null when nobody voted (solo play, a reply, the other side's turn). */
  vote: string | null;
  /** What was done, in the scenario's words, with who did it when not the room. */
  done: string;
  /** The facilitator's reason, when the vote was overridden. */
  override: string | null;
  /** What the record shows, in the scenario's words. */
  record: string;
  verdict: HandoutVerdict;
  /** The flag in words, for the margin. */
  flag: string;
}

export interface ClassHandout {
  title: string;
  /** "1962": the record's year, for the column heads. */
  year: string;
  ending: { title: string; kind: 'historical' | 'counterfactual'; summary: string } | null;
  rows: HandoutRow[];
  /** After a lesson plan's stop: what the record did next (told, not played). */
  told: { title: string; when: string; recorded: string }[];
}

function verdictOf(row: ReviewRow): HandoutVerdict {
  // The review calls counterfactual every decision whose record gives no option or package taken.
  if (row.counterfactual) return 'never-arose';
  if (row.diverged) return 'diverged';
  if (row.room?.diverged) return 'room-diverged';
  return row.historical ? 'as-recorded' : 'no-record';
}

function flagOf(verdict: HandoutVerdict, row: ReviewRow, year: string): string {
  switch (verdict) {
    case 'as-recorded':
      return `As in ${year}.`;
    case 'diverged':
      return row.room && !row.room.diverged
        ? `Differs from ${year}: the room voted as in ${year}, the facilitator overrode it.`
        : `Differs from ${year}.`;
    case 'room-diverged':
      return `The room’s majority differed from ${year}; the facilitator overrode the vote.`;
    case 'never-arose':
      return `This never arose in ${year}.`;
    case 'no-record':
      return '';
  }
}

/** "16: Signal that a Turkey trade is acceptable; 6: Answer the first letter…": most heads first, none for no hands. */
function voteText(row: ReviewRow): string | null {
  if (!row.vote) return null;
  const counted = row.vote.splits.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
  return counted.length > 0 ? counted.map((s) => `${s.count}: ${s.label}`).join('; ') : null;
}

function doneText(row: ReviewRow): string {
  const chosen = row.chosen.join('; ');
  if (row.fromRecord) return `${chosen} (taken from the record before the class began)`;
  if (row.by === 'model') return `${chosen} (${row.sideName}, played by the game)`;
  return chosen;
}

function recordText(row: ReviewRow): string {
  if (row.historical) return row.historical.join('; ');
  if (row.plan) return `It never arose; the plan was: ${row.plan}.`;
  return 'It never arose.';
}

/** `start`: the scenario's start ("YYYY-MM-DD HH:MM", as the schema has it): its year heads the record's column. */
export function classHandout(review: Review, start: string): ClassHandout {
  const year = start.slice(0, 4);
  return {
    title: review.title,
    year,
    ending: review.ending
      ? { title: review.ending.title, kind: review.ending.kind, summary: review.ending.summary }
      : null,
    rows: review.rows.map((row) => {
      const verdict = verdictOf(row);
      return {
        decision: row.decision,
        title: row.title,
        at: row.at,
        vote: voteText(row),
        done: doneText(row),
        override: row.vote?.override ?? null,
        record: recordText(row),
        verdict,
        flag: flagOf(verdict, row, year),
      };
    }),
    told: (review.lesson?.told ?? []).map((t) => ({
      title: t.title,
      when: t.when,
      recorded: t.recorded.length > 0 ? t.recorded.join('; ') : 'It never arose.',
    })),
  };
}
