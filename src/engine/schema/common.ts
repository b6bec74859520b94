/**
 * The small shared pieces of the scenario format: ids, times, citations, conditions, effects and the
 * response model's weights. Conditions and effects are declarative data, never code strings, so a
 * scenario file can be validated, analysed and run on a server without evaluating anything.
 */
import { z } from 'zod';
import { isScenarioTime } from '../time.ts';

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case kebab-case id such as "second-letter"');

export const FlagName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected a camelCase flag name such as "jupiterAssurance"');

export const ScenarioTime = z
  .string()
  .refine(isScenarioTime, 'expected a time "YYYY-MM-DD HH:MM" such as "1962-10-27 10:00"');

export const Text = z.string().trim().min(1, 'expected some text');

export const Source = z.union([
  Text,
  z.strictObject({
    cite: Text,
    url: z.url().optional(),
  }),
]);
export type Source = z.infer<typeof Source>;

/** The most words an anchor may have: a few words that locate the claim, never a passage. */
export const ANCHOR_MAX_WORDS = 12;

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

export const Effects = z.strictObject({
  tracks: z.record(Id, z.number()).optional(),
  set: z.record(Id, z.number()).optional(),
  flags: z.record(FlagName, FlagValue).optional(),
  deliver: z.array(Id).optional(),
  advance: z.number().int().min(0).optional(),
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
  when: z.array(z.strictObject({ if: Condition, add: z.number() })).optional(),
});
export type Weight = z.infer<typeof Weight>;
