/**
 * The scenario format (see docs/scenario-format.md). Types come from these schemas, never written
 * twice. Each top-level section may live in any YAML file of the scenario folder; documents are
 * Markdown files whose front matter is `DocumentMeta`.
 */
import { z } from 'zod';
import { Bases, Condition, Effects, FlagName, Id, Next, Route, ScenarioTime, Source, Text, Weight } from './common.ts';
import { LessonPlan } from './lessons.ts';
import { Memos } from './memos.ts';
import { Presentation, ReferencePosture, TimeZone } from './presentation.ts';

export const Meta = z.strictObject({
  id: Id,
  title: Text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as "1.0.0"'),
  summary: Text,
  start: ScenarioTime,
  end: ScenarioTime,
  clockLabel: Text,
  secondClocks: z
    .array(
      z.strictObject({
        label: Text,
        offsets: z.array(z.strictObject({ from: ScenarioTime, minutes: z.number().int() })).min(1),
      }),
    )
    .optional(),
  durationMinutes: z.number().int().positive(),
  playerSide: Id,
  firstDecision: Id,
  /** Questions for a class's debrief, shown in the after-action review. */
  discussion: z.array(Text).optional(),
  /**
   * The IANA time zone of the main clock ("America/New_York"): scenario times are wall-clock times
   * there. Papers print their zone (EDT, EST) and GMT date-time groups from it; without one, they
   * print local time only.
   */
  timeZone: TimeZone.optional(),
  /**
   * The one-minute solo briefing shown before a first solo game (and from the desk): who the player
   * is, what winning means, how to read the board. Paragraphs separated by blank lines; plain text.
   */
  briefing: Text.optional(),
});

export const Side = z.strictObject({
  id: Id,
  name: Text,
  modelPlayable: z.boolean().optional(),
  /**
   * A side with no decisions of its own that a class can still seat: its roles hold their side's
   * papers and speak in the debate, but do not vote on the teams' decisions.
   */
  voice: z.boolean().optional(),
});

/**
 * A track's rule: while its condition holds, the track is held within bounds and may read under
 * another label, so the state stays honest (a strike lowers the sites, a withdrawal ends them, the
 * midterms are over after 6 November). A rule with `effects` fires them once, the first time it holds:
 * reaching a track's extreme (DEFCON 1) has a scene and a consequence (see docs: Track rules).
 */
export const TrackRule = z
  .strictObject({
    id: Id.optional(),
    when: Condition,
    atMost: z.number().optional(),
    atLeast: z.number().optional(),
    /** The track's label while the rule holds. */
    label: Text.optional(),
    /** The level's label while the rule holds (in place of the level the value falls in). */
    level: Text.optional(),
    effects: Effects.optional(),
    why: Text,
    source: Source.optional(),
    basis: Bases.optional(),
  })
  .refine((r) => !r.effects || r.id, { message: 'a rule with effects needs an id (it fires once)', path: ['id'] })
  .refine(
    (r) => [r.atMost, r.atLeast, r.label, r.level, r.effects].some((v) => v !== undefined),
    'a track rule needs atMost, atLeast, label, level or effects',
  );

export const Track = z
  .strictObject({
    id: Id,
    label: Text,
    min: z.number(),
    max: z.number(),
    start: z.number(),
    why: Text,
    source: Source,
    basis: Bases.optional(),
    levels: z.array(z.strictObject({ from: z.number(), to: z.number(), label: Text })).optional(),
    hidden: z.boolean().optional(),
    reveal: Text.optional(),
    /** Which way is good for the player's side, for colouring the board; "up" by default. */
    better: z.enum(['up', 'down']).optional(),
    /** How the board shows it: a gauge, or the DEFCON board's plates (5 at its minimum, 1 at its maximum). */
    display: z.enum(['gauge', 'defcon']).optional(),
    rules: z.array(TrackRule).optional(),
  })
  .refine((t) => t.min < t.max, { message: 'min must be below max', path: ['max'] })
  .refine((t) => t.start >= t.min && t.start <= t.max, {
    message: 'start must lie between min and max',
    path: ['start'],
  })
  .refine((t) => !t.hidden || t.reveal, {
    message: 'a hidden track needs reveal: the text the review shows',
    path: ['reveal'],
  });

export const Role = z.strictObject({
  id: Id,
  side: Id,
  name: Text,
  office: Text,
  /** The office as a name card at the table gives it ("SECDEF"); initials of the office otherwise. */
  shortOffice: Text.max(12, 'a short office fits a name card: at most 12 characters').optional(),
  bio: Text,
  stance: z.strictObject({ text: Text, source: Source, basis: Bases.optional() }).optional(),
  objectives: z.array(Text).min(1),
});

export const DocumentKind = z.enum([
  'memo',
  'letter',
  'cable',
  'intelligence',
  'radio',
  'minutes',
  'press',
  'note',
  'paper',
]);

export const Marking = z.strictObject({
  kind: z.enum(['stamp', 'handwritten', 'struck', 'typed']),
  text: Text,
});

/**
 * What the record or later research says about an option or a paper that the players of the day could not know
 * at that moment: shown with Historian's hints on, and always in the review, with its citation.
 */
export const Hindsight = z.strictObject({
  text: Text,
  source: Source,
  basis: Bases.optional(),
});

export const DocumentMeta = z.strictObject({
  id: Id,
  kind: DocumentKind,
  title: Text,
  from: Text,
  to: Text,
  date: ScenarioTime,
  dateNote: Text.optional(),
  classification: Text.optional(),
  markings: z.array(Marking).optional(),
  source: Source,
  /** Where the summary or paraphrase rests in the source; a verbatim document needs none. */
  basis: Bases.optional(),
  rendering: z.enum(['summary', 'paraphrase', 'verbatim']),
  transcriptionNote: Text.optional(),
  /** What the paper's readers could not know when it arrived (see Hindsight). */
  hindsight: Hindsight.optional(),
  audience: z
    .strictObject({ sides: z.array(Id).optional(), roles: z.array(Id).optional() })
    .refine((a) => (a.sides?.length ?? 0) + (a.roles?.length ?? 0) > 0, 'name at least one side or role'),
  deliver: z.strictObject({ at: ScenarioTime, when: Condition.optional() }).optional(),
  ...Presentation,
  /**
   * Papers that follow the player's path: when this document is due, the first variant whose `when`
   * holds arrives in its place (a document of its own, named by no other delivery); none holding, this
   * one does. See docs: Document variants.
   */
  variants: z
    .array(z.strictObject({ when: Condition, document: Id }))
    .min(1)
    .optional(),
  /** What the paper's text takes for granted about the run; `check` refuses a run that gets it otherwise. */
  asserts: Condition.optional(),
  /** An invented paper (a counterfactual variant): it says so on its face, in its title and a stamp. */
  counterfactual: z.boolean().optional(),
});

export const Adviser = z.strictObject({
  role: Id,
  favours: Id.optional(),
  position: Text,
  source: Source,
  basis: Bases.optional(),
  /**
   * The position was stated after the moment of this decision (e.g. at a later meeting): the table
   * hears it only with Historian's hints on; the review shows it.
   */
  afterwards: z.literal(true).optional(),
});

export const Option = z.strictObject({
  id: Id,
  label: Text,
  description: Text.optional(),
  risk: Text.optional(),
  hindsight: Hindsight.optional(),
  requires: Condition.optional(),
  effects: Effects.optional(),
  next: Next,
  weight: Weight.optional(),
});

export const History = z.strictObject({
  option: Id.optional(),
  /** For a decision that never arose: the option the record shows had been decided on in advance. */
  plan: Id.optional(),
  package: z.array(Id).optional(),
  summary: Text,
  when: Text,
  sources: z.array(Source).min(1, 'a historical note needs at least one source'),
  basis: Bases.optional(),
});

const decisionCommon = {
  id: Id,
  side: Id,
  phase: Text,
  at: ScenarioTime.optional(),
  title: Text,
  documents: z.array(Id).optional(),
};

export const ChoiceDecision = z.strictObject({
  ...decisionCommon,
  kind: z.literal('choice'),
  prompt: Text,
  advisers: z.array(Adviser).optional(),
  options: z.array(Option).min(1),
  history: History.optional(),
});

export const ReplyDecision = z.strictObject({
  ...decisionCommon,
  kind: z.literal('reply'),
  prompt: Text,
  advisers: z.array(Adviser).optional(),
  effects: Effects.optional(),
  next: Next,
  history: History.optional(),
});

export const RouteDecision = z.strictObject({
  ...decisionCommon,
  // Nobody sees a route, so it needs no title.
  title: Text.optional(),
  kind: z.literal('route'),
  prompt: Text.optional(),
  routes: z.array(Route).min(1),
});

export const Decision = z.discriminatedUnion('kind', [ChoiceDecision, ReplyDecision, RouteDecision]);

export const ReplyItem = z.strictObject({
  id: Id,
  group: Id,
  label: Text,
  description: Text.optional(),
  /** The item's tag in the reference posture's terms (one of `replyBuilder.reference.tags`). */
  memo: Id.optional(),
  historical: z.boolean().optional(),
  features: z.record(Id, z.number()).optional(),
  effects: Effects.optional(),
  requires: Condition.optional(),
  source: Source.optional(),
  basis: Bases.optional(),
  /**
   * Items this one contradicts in a package (a private promise in a public-only letter), each group
   * with the reason in a line: the reply builder warns while the package holds this item and any of them.
   */
  conflictsWith: z.array(z.strictObject({ items: z.array(Id).min(1), why: Text })).optional(),
});

export const ReplyBuilder = z.strictObject({
  features: z.array(z.strictObject({ id: Id, label: Text, description: Text.optional() })).min(1),
  groups: z
    .array(z.strictObject({ id: Id, label: Text, pick: z.enum(['one', 'many']), description: Text.optional() }))
    .min(1),
  items: z.array(ReplyItem).min(1),
  reference: ReferencePosture.optional(),
});

export const GameEventDef = z.strictObject({
  id: Id,
  at: ScenarioTime,
  chance: z.number().min(0).max(1).optional(),
  when: Condition.optional(),
  title: Text,
  /** Who learns of it; everyone when omitted. A secret event is logged only for its audience. */
  audience: z.strictObject({ sides: z.array(Id).min(1) }).optional(),
  effects: Effects.optional(),
  source: Source.optional(),
  basis: Bases.optional(),
});

/**
 * A decision whose recorded outcome a historical ending asserts: its id (the record's option, or for a
 * reply the record's whole package), or for a reply the items that matter, each of which the run's
 * package must hold exactly when the record's does (see docs/scenario-format.md).
 */
export const AsRecorded = z.union([Id, z.strictObject({ decision: Id, items: z.array(Id).min(1) })]);

export const Ending = z.strictObject({
  id: Id,
  title: Text,
  kind: z.enum(['historical', 'counterfactual']),
  summary: Text,
  history: Text,
  reveal: z.array(Id).optional(),
  sources: z.array(Source).min(1),
  basis: Bases.optional(),
  /** A historical ending: the decisions its text asserts went as recorded; a run that differs goes to `otherwise`. */
  asRecorded: z.array(AsRecorded).min(1).optional(),
  /** The counterfactual ending a run reaches instead when it differs from the record at `asRecorded`. */
  otherwise: Id.optional(),
});

/** A term explained on hover or focus and in the glossary page (see docs/scenario-format.md). */
export const GlossaryEntry = z.strictObject({
  term: Text,
  /** Other spellings marked as the same term, e.g. "Jupiters" for "Jupiter". */
  aliases: z.array(Text).optional(),
  /** One or two sentences in the scenario's own words. */
  short: Text,
  source: Source.optional(),
  basis: Bases.optional(),
});
/**
 * A line of the ending's epilogue, chosen by what the run did: per topic, the first line whose `when`
 * holds at the end (and whose `endings`, if given, name the ending reached). A historical line needs a
 * source; an invented one is labelled counterfactual. See docs: Epilogues.
 */
export const EpilogueLine = z
  .strictObject({
    id: Id,
    topic: Text,
    when: Condition.optional(),
    endings: z.array(Id).min(1).optional(),
    kind: z.enum(['historical', 'counterfactual']),
    text: Text,
    source: Source.optional(),
    basis: Bases.optional(),
  })
  .refine((l) => l.kind !== 'historical' || l.source, {
    message: 'a historical epilogue line needs a source',
    path: ['source'],
  });

/** The sections a scenario's YAML files may hold, each in exactly one file. */
export const ScenarioSections = z.strictObject({
  meta: Meta,
  sides: z.array(Side).min(1),
  tracks: z.array(Track).min(1),
  roles: z.array(Role).min(1),
  decisions: z.array(Decision).min(1),
  replyBuilder: ReplyBuilder.optional(),
  events: z.array(GameEventDef).optional(),
  endings: z.array(Ending).min(1),
  glossary: z.array(GlossaryEntry).optional(),
  /** Lesson plans (lessons.ts): optional; without them the game is played whole. */
  lessons: z.array(LessonPlan).min(1).optional(),
  epilogue: z.array(EpilogueLine).optional(),
  /** Position memos and their rubric (memos.ts): optional. */
  memos: Memos.optional(),
});

export const ScenarioDocument = DocumentMeta.extend({ body: z.string(), file: z.string() });

export type Meta = z.infer<typeof Meta>;
export type Side = z.infer<typeof Side>;
export type Track = z.infer<typeof Track>;
export type Role = z.infer<typeof Role>;
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type ScenarioDocument = z.infer<typeof ScenarioDocument>;
export type Adviser = z.infer<typeof Adviser>;
export type Option = z.infer<typeof Option>;
export type Hindsight = z.infer<typeof Hindsight>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type History = z.infer<typeof History>;
export type ChoiceDecision = z.infer<typeof ChoiceDecision>;
export type ReplyDecision = z.infer<typeof ReplyDecision>;
export type RouteDecision = z.infer<typeof RouteDecision>;
export type Decision = z.infer<typeof Decision>;
export type ReplyItem = z.infer<typeof ReplyItem>;
export type ReplyBuilder = z.infer<typeof ReplyBuilder>;
export type { ReferencePosture };
export type GameEventDef = z.infer<typeof GameEventDef>;
export type AsRecorded = z.infer<typeof AsRecorded>;
export type Ending = z.infer<typeof Ending>;
export type TrackRule = z.infer<typeof TrackRule>;
export type EpilogueLine = z.infer<typeof EpilogueLine>;
export type ScenarioSections = z.infer<typeof ScenarioSections>;

/** A loaded, validated scenario: its sections plus its documents. */
export interface Scenario extends ScenarioSections {
  documents: ScenarioDocument[];
}

export const SECTION_NAMES = Object.keys(ScenarioSections.shape) as (keyof ScenarioSections)[];
export type { Condition, Effects, Next, Route, Source, Weight };
export { FlagName };
