/**
 * The optional parts of the format that say how a scenario is shown rather than how it plays: a
 * paper's letterhead, form, translation and arrival sound, the main clock's time zone, and the
 * reference posture a reply package is measured against (for Black Saturday, the Rostow memo). Each
 * is optional: without it the game guesses from the text where it can, or leaves the thing out
 * (see docs/scenario-format.md, "Presentation and the reference posture").
 */
import { z } from 'zod';
import { Id, Source, Text } from './common.ts';

/** Why a name is not an IANA time zone this browser knows, or undefined when it is one. */
export function timeZoneProblem(name: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return undefined;
  } catch {
    return `unknown time zone "${name}": use an IANA name such as "America/New_York", "Europe/London" or "UTC"`;
  }
}

export const TimeZone = z
  .string()
  .superRefine((name, ctx) => {
    const problem = timeZoneProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'an IANA time zone name, e.g. "America/New_York"' });

/** The sounds a paper may arrive with (the audio manifest's arrival cues). */
export const ARRIVAL_CUES = ['teletype', 'typewriter', 'telephone', 'paper'] as const;

/** A document's front-matter fields for how its paper is drawn and announced. */
export const Presentation = {
  /** The printed head of a memo, letter or note: the office's name and its place. */
  letterhead: z.strictObject({ name: Text, place: Text }).optional(),
  /**
   * The printed form a cable, radio report, intelligence summary, minutes or press release is
   * typed on: its heading ("DEPARTMENT OF STATE") and the form's own line ("INCOMING TELEGRAM").
   */
  form: z.strictObject({ heading: Text, line: Text.optional() }).optional(),
  /** The text is a translation (a letter is then headed TRANSLATION instead of a letterhead). */
  translation: z.boolean().optional(),
  /** The sound it arrives with; by its kind otherwise (a cable chatters in on the teletype). */
  cue: z.enum(ARRIVAL_CUES).optional(),
};

/** One part of the reference posture, met when the package holds a `needs` tag and no `refuses` tag. */
export const PosturePart = z.strictObject({
  id: Id,
  /** The gauge's line for it: "Memo part (a): removal, no concession beyond atmospherics". */
  label: Text,
  /** The review's column heading: "(a) removal, no concession". */
  short: Text,
  needs: z.array(Id).optional(),
  refuses: z.array(Id).optional(),
  /** What the gauge says when the package meets it ("Follows the memo") and when not. */
  follows: Text,
  departs: Text,
  /** Said after `departs` when no item with a `needs` tag is in the package ("no demand for removal"). */
  unmet: Text.optional(),
  /** The word before the items that break it ("concessions"). */
  refused: Text.optional(),
});

/**
 * What a reply package is measured against, besides the record: for Black Saturday the Rostow memo.
 * Without one, the reply gauge shows only the comparison with what was sent, and the review has no
 * scorecard.
 */
export const ReferencePosture = z.strictObject({
  /** The review's heading: "The memo scorecard". */
  title: Text,
  /** The gauge's words before an item's tag: "In the memo’s terms". */
  terms: Text,
  /** The tags reply items may carry (`memo:` on an item), each with the words the gauge says. */
  tags: z.array(z.strictObject({ id: Id, label: Text })).min(1),
  parts: z.array(PosturePart).min(1),
  /** The review's paragraph before the scorecard, and the one after it. */
  summary: Text,
  note: Text.optional(),
  sources: z.array(Source).min(1, 'a reference posture needs at least one source'),
});
export type ReferencePosture = z.infer<typeof ReferencePosture>;
export type PosturePart = z.infer<typeof PosturePart>;
