/**
 * Lesson plans: how a scenario fits a school timetable (see "lessons" in docs/scenario-format.md).
 * A plan names where play starts and stops, in one or more periods; what lies outside it is taken
 * from the record (and said so), never played by the class.
 */
import { z } from 'zod';
import { Id, Text } from './common.ts';

/** The shortest and longest a period may be: a school lesson, not a day. */
export const PERIOD_MINUTES = { min: 10, max: 240 } as const;

export const LessonPeriod = z.strictObject({
  /** Shown in the timing plan and at the break, e.g. "The Saturday". */
  label: Text.optional(),
  minutes: z.number().int().min(PERIOD_MINUTES.min).max(PERIOD_MINUTES.max),
  /**
   * The decision at which this period ends (play stops on reaching it, before anyone decides it).
   * Every period but the last needs one; the last period's `stop`, when given, ends the plan.
   */
  stop: Id.optional(),
});

export const LessonPlan = z
  .strictObject({
    id: Id,
    name: Text,
    /** One or two sentences for the set-up screen: what is played, what is told. */
    summary: Text.optional(),
    /** The decision where the class's play starts; the decisions before it are taken from the record. */
    start: Id.optional(),
    /**
     * How the decisions before `start` reach the class: `record` (taken as the record had them and
     * said so in the review), or `interlude` (the same, and summarised on screen with their papers).
     */
    before: z.enum(['record', 'interlude']).optional(),
    periods: z.array(LessonPeriod).min(1).max(4),
    /** Minutes to hand out roles and read the briefing folder, at the start of the first period. */
    briefingMinutes: z.number().int().min(0).max(60).optional(),
    /** Minutes for the after-action review, at the end of the last period. */
    reviewMinutes: z.number().int().min(0).max(60).optional(),
    /** Minutes at the start of each later period to recall where the class stopped. */
    recapMinutes: z.number().int().min(0).max(30).optional(),
    /** What the review tells of the decisions after the plan's stop (told, not played). */
    after: Text.optional(),
  })
  .superRefine((plan, ctx) => {
    plan.periods.forEach((p, i) => {
      if (i < plan.periods.length - 1 && !p.stop)
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'stop'],
          message: 'missing: every period but the last needs a stop (the decision where the class breaks off)',
        });
    });
  });

export type LessonPeriod = z.infer<typeof LessonPeriod>;
export type LessonPlan = z.infer<typeof LessonPlan>;
