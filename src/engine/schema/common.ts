/**
 * The small shared pieces of the scenario format: ids, times, citations, conditions, effects and the
 * response model's weights. Conditions and effects are declarative data, never code strings, so a
 * scenario file can be validated, analysed and run on a server without evaluating anything.
 */
import { z } from 'zod';
import { ANCHOR_MAX_WORDS } from '../basisLimits.ts';
import { scenarioTimeProblem } from '../time.ts';
import { urlProblem } from '../webLink.ts';

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case kebab-case id such as "second-letter"');

export const FlagName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected a camelCase flag name such as "jupiterAssurance"');

export const ScenarioTime = z.string().superRefine((text, ctx) => {
  const problem = scenarioTimeProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const Text = z.string().trim().min(1, 'expected some text');

/** A source's link: only http(s), by the one URL policy in webLink.ts (the UI asks it again). */
export const WebUrl = z
  .string()
  .superRefine((url, ctx) => {
    const problem = urlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ format: 'uri', pattern: '^https?://' });

export const Source = z.union([
  Text,
  z.strictObject({
    cite: Text,
    url: WebUrl.optional(),
  }),
]);
export type Source = z.infer<typeof Source>;

// Kept apart from the schema (see basisLimits.ts), re-exported here for the schema's readers.
export { ANCHOR_MAX_WORDS };

/**
 * Where a claim rests in its source (claim-level provenance): the pinpoint (document, paragraph or
 * page) and a few words of the source that anchor it there. The claim itself stays in the project's
 * own words; the anchor only lets a teacher find the place. `source` names another source when the
 * pinpoint is not in the item's own (first) source.
 */
export const Basis = z.strictObject({
  source: Source.optional(),
  pinpoint: Text,
  anchor: Text.refine(
    (a) => a.split(/\s+/).length <= ANCHOR_MAX_WORDS,
    `an anchor is a few words of the source (at most ${ANCHOR_MAX_WORDS}), never a passage`,
  ),
});
export type Basis = z.infer<typeof Basis>;
export const Bases = z.array(Basis).min(1);

export const FlagValue = z.union([z.boolean(), z.number(), z.string()]);

const TrackCondition = z
  .strictObject({
    track: Id,
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    above: z.number().optional(),
    below: z.number().optional(),
    equals: z.number().optional(),
  })
  .refine(
    (c) => [c.atLeast, c.atMost, c.above, c.below, c.equals].some((v) => v !== undefined),
    'a track condition needs one of atLeast, atMost, above, below or equals',
  );

export type Condition =
  | { track: string; atLeast?: number; atMost?: number; above?: number; below?: number; equals?: number }
  | { flag: string; equals?: boolean | number | string }
  | { chose: { decision: string; option: string } }
  | { package: string }
  | { visited: string; atLeast?: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    TrackCondition,
    z.strictObject({ flag: FlagName, equals: FlagValue.optional() }),
    z.strictObject({ chose: z.strictObject({ decision: Id, option: Id }) }),
    z.strictObject({ package: Id }),
    z.strictObject({ visited: Id, atLeast: z.number().int().min(1).optional() }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
);

export const MAX_ADVANCE_MINUTES = 1440;

export const Effects = z.strictObject({
  tracks: z.record(Id, z.number()).optional(),
  set: z.record(Id, z.number()).optional(),
  flags: z.record(FlagName, FlagValue).optional(),
  deliver: z.array(Id).optional(),
  /** Minutes the clock jumps; more than a day would skip past any scenario's end (docs: Limits). */
  advance: z
    .number()
    .int()
    .min(0)
    .max(MAX_ADVANCE_MINUTES, `the clock may advance at most ${MAX_ADVANCE_MINUTES} minutes (a day) at once`)
    .optional(),
  /**
   * Why each track moves, in a short plain line per track id of `tracks` or `set` (the game's reading
   * of its own model, e.g. "the Chiefs read restraint as delay"): the consequence note after a
   * decision and the review show it beside the change.
   */
  reasons: z.record(Id, Text).optional(),
});
export type Effects = z.infer<typeof Effects>;

/** Where a choice leads: an id, or routes taken in order (the last one without `when`). */
export const Route = z.strictObject({ when: Condition.optional(), next: Id });
export type Route = z.infer<typeof Route>;
export const Next = z.union([Id, z.array(Route).min(1)]);
export type Next = z.infer<typeof Next>;

/** How the response model weighs one option of a model-played decision. */
export const Weight = z.strictObject({
  base: z.number().min(0),
  perFeature: z.record(Id, z.number()).optional(),
  perTrack: z.record(Id, z.number()).optional(),
  /** `label`: what the term stands for in the other side's reasoning ("fear of escalation"). */
  when: z.array(z.strictObject({ if: Condition, add: z.number(), label: Text.optional() })).optional(),
  /**
   * Names for the other terms, so the other side's paper can say what weighed most in its move:
   * `base` (its standing inclination) and one per id of `perFeature` and `perTrack`.
   */
  labels: z
    .strictObject({
      base: Text.optional(),
      perFeature: z.record(Id, Text).optional(),
      perTrack: z.record(Id, Text).optional(),
    })
    .optional(),
});
export type Weight = z.infer<typeof Weight>;
