/**
 * Position memos (see "memos" in docs/scenario-format.md): before the class debates a key decision,
 * each student writes a short memo from their role. The scenario gives, per decision, the question,
 * and per role what that role must weigh and which of its papers bear on it; and one rubric the
 * facilitator grades every memo with (criteria, each with levels).
 */
import { z } from 'zod';
import { Id, Text } from './common.ts';

/** How long a memo may be asked to be: a paragraph or two, not an essay. */
export const MEMO_WORDS = { min: 50, max: 600 } as const;

export const RubricLevel = z.strictObject({
  /** Points for this level; the levels of a criterion run from the lowest to the highest. */
  points: z.number().int().min(0).max(10),
  label: Text,
  /** What a memo at this level does, in a sentence. */
  text: Text,
});

export const RubricCriterion = z.strictObject({
  id: Id,
  label: Text,
  /** What the criterion asks of the memo (printed above its levels). */
  asks: Text,
  levels: z.array(RubricLevel).min(2).max(6),
});

export const MemoRolePrompt = z.strictObject({
  role: Id,
  /** What this role must weigh at this decision: its interests and its dilemma, in a sentence or two. */
  weigh: Text,
  /** The role's papers that bear on it: documents this role holds by the time the decision comes. */
  papers: z.array(Id).min(1),
});

export const MemoPrompt = z.strictObject({
  decision: Id,
  /** The question every role's memo answers, e.g. "What should the reply offer, and what should it refuse?" */
  question: Text,
  roles: z.array(MemoRolePrompt).min(1),
});

export const Memos = z.strictObject({
  /** The length asked for, in words (printed on the form). */
  words: z.number().int().min(MEMO_WORDS.min).max(MEMO_WORDS.max),
  rubric: z.array(RubricCriterion).min(1),
  prompts: z.array(MemoPrompt).min(1),
});

export type RubricCriterion = z.infer<typeof RubricCriterion>;
export type MemoPrompt = z.infer<typeof MemoPrompt>;
export type MemoRolePrompt = z.infer<typeof MemoRolePrompt>;
export type Memos = z.infer<typeof Memos>;
