/**
 * Lesson plans in play: a game created with a plan (GameInput.lesson) starts at the plan's start and
 * stops at its stop. Decisions before the start are taken as the record had them, by the engine, and
 * logged `fromRecord` so the review and the view can say so; reaching the end of a period halts play
 * ("break", resumed by the `lesson.resume` command, e.g. on another day from Continue or an exported
 * save) or ends it ("stopped", whose review opens at once). What lies after the stop is not played:
 * the review tells it from the record.
 *
 * A period ends on entering its `stop` decision (its papers delivered, before anyone decides it), or
 * any other choice or reply decision once the clock has reached the stop's time: a branch that never
 * passes through the stop (Moscow does not withdraw) still stops with the period.
 *
 * Pure, and read from the context alone, so the machine's guards, legality, the view and a replay
 * agree. A game without a plan has no `lesson` in its context and plays exactly as before.
 */
import { own } from './records';
import { applyOption, applyPackage, openOptions, packageProblem, rollModel } from './rules';
import type { ScenarioIndex } from './scenarioIndex';
import type { LessonPlan } from './schema/lessons';
import type { ChoiceDecision, ReplyDecision, Scenario } from './schema/scenario';
import type { GameCommand, GameContext, GameInput, LessonState, LogEntry } from './state';

export type { LessonPlan };

/** The scenario's lesson plans, in the order it declares them (none: the game is played whole). */
export const lessonPlans = (scenario: Pick<Scenario, 'lessons'>): LessonPlan[] => scenario.lessons ?? [];

export function findLessonPlan(scenario: Pick<Scenario, 'lessons'>, id: string): LessonPlan | undefined {
  return lessonPlans(scenario).find((p) => p.id === id);
}

/** Where a plan's play starts: its `start`, or the scenario's first decision. */
export const planStart = (scenario: Pick<Scenario, 'meta'>, plan: LessonPlan): string =>
  plan.start ?? scenario.meta.firstDecision;

/** The plan's length: its periods' minutes added up. */
export const planMinutes = (plan: LessonPlan): number => plan.periods.reduce((sum, p) => sum + p.minutes, 0);

/** The lesson state a new game starts with, or undefined for a game without a plan. Throws on an unknown plan. */
export function initialLesson(scenario: Scenario, input: GameInput): LessonState | undefined {
  if (input.lesson === undefined) return undefined;
  const plan = findLessonPlan(scenario, input.lesson);
  if (!plan) {
    const known = lessonPlans(scenario).map((p) => `"${p.id}"`);
    throw new Error(
      `the scenario has no lesson plan "${input.lesson}" (${known.length ? `its plans: ${known.join(', ')}` : 'it declares none'})`,
    );
  }
  const prologue = planStart(scenario, plan) !== scenario.meta.firstDecision;
  return { plan: plan.id, period: 1, status: prologue ? 'prologue' : 'playing' };
}

/** The input that rebuilds a game (seed, controllers and plan), for replay, undo and saves. */
export function inputOf(ctx: GameContext): GameInput {
  return { seed: ctx.seed, controllers: ctx.controllers, ...(ctx.lesson ? { lesson: ctx.lesson.plan } : {}) };
}

const planOf = (index: ScenarioIndex, lesson: LessonState): LessonPlan => {
  const plan = findLessonPlan(index.scenario, lesson.plan);
  if (!plan) throw new Error(`bug: lesson plan "${lesson.plan}" vanished from the scenario`);
  return plan;
};

/** Play is halted at a period's end: no decision is taken until the class resumes (or never, at the plan's end). */
export const lessonHalted = (ctx: GameContext): boolean =>
  ctx.lesson?.status === 'break' || ctx.lesson?.status === 'stopped';

/** The engine is taking decisions from the record, before the plan's start. */
export const inPrologue = (ctx: GameContext): boolean => ctx.lesson?.status === 'prologue';

/** Whether entering decision `id` now ends the current period (see the module's comment). */
export function endsPeriod(index: ScenarioIndex, ctx: GameContext, id: string): boolean {
  const lesson = ctx.lesson;
  if (lesson?.status !== 'playing') return false;
  const decision = index.decisions.get(id);
  if (!decision || decision.kind === 'route') return false;
  const stop = planOf(index, lesson as LessonState).periods[lesson.period - 1]?.stop;
  if (!stop) return false;
  if (id === stop) return true;
  const stopAt = index.decisionTimes.get(stop);
  return stopAt !== undefined && ctx.clock >= stopAt;
}

const lessonLog = (ctx: GameContext, entry: LogEntry): GameContext => ({ ...ctx, log: [...ctx.log, entry] });

/**
 * After a decision is entered (its clock, papers and events done): the prologue gives way to play at
 * the plan's start, and a period's end halts play (see endsPeriod).
 */
export function lessonOnEnter(index: ScenarioIndex, ctx: GameContext, id: string): GameContext {
  const lesson = ctx.lesson;
  if (!lesson || !index.decisions.has(id)) return ctx;
  if (lesson.status === 'prologue') {
    if (id !== planStart(index.scenario, planOf(index, lesson))) return ctx;
    return lessonLog(
      { ...ctx, lesson: { ...lesson, status: 'playing' } },
      { kind: 'lesson', at: ctx.clock, event: 'start', period: lesson.period, decision: id },
    );
  }
  if (!endsPeriod(index, ctx, id)) return ctx;
  const last = lesson.period >= planOf(index, lesson).periods.length;
  const status = last ? 'stopped' : 'break';
  return lessonLog(
    { ...ctx, lesson: { ...lesson, status } },
    { kind: 'lesson', at: ctx.clock, event: last ? 'stop' : 'break', period: lesson.period, decision: id },
  );
}

/**
 * The response model's draw on entering a choice decision, as the plan has it: none while play is
 * halted (the draw is made when the class resumes), the record's option in the prologue (whoever
 * plays the side), and the model's own draw otherwise.
 */
export function lessonRoll(ctx: GameContext, decision: ChoiceDecision): GameContext {
  if (lessonHalted(ctx)) return ctx;
  if (inPrologue(ctx)) {
    const option = decision.history?.option ?? decision.history?.plan;
    // An option the record names but this path does not open: the class decides it (check refuses a plan
    // whose record path meets one).
    if (!option || !openOptions(decision, ctx).some((o) => o.id === option)) return ctx;
    return { ...ctx, pending: option };
  }
  return rollModel(ctx, decision);
}

/** Marks the decision just logged as taken from the record (not played). */
function fromRecord(ctx: GameContext): GameContext {
  const last = ctx.log[ctx.log.length - 1];
  if (last?.kind !== 'choice' && last?.kind !== 'reply') return ctx;
  return { ...ctx, log: [...ctx.log.slice(0, -1), { ...last, fromRecord: true }] };
}

/** Takes the pending pick: the record's option in the prologue, or the response model's. */
export function takePending(
  index: ScenarioIndex,
  ctx: GameContext,
  decision: ChoiceDecision,
  option: string,
): GameContext {
  if (!inPrologue(ctx)) return applyOption(index, ctx, decision, option, 'model');
  const by = own(ctx.controllers, decision.side) ?? 'human';
  return fromRecord(applyOption(index, ctx, decision, option, by));
}

/** A reply decision in the prologue is sent as the record's package, when it can be. */
export function recordReplyReady(index: ScenarioIndex, ctx: GameContext, decision: ReplyDecision): boolean {
  const items = decision.history?.package;
  return inPrologue(ctx) && Boolean(items) && packageProblem(index, ctx, items ?? []) === null;
}

export function sendRecordReply(index: ScenarioIndex, ctx: GameContext, decision: ReplyDecision): GameContext {
  return fromRecord(applyPackage(index, ctx, decision, decision.history?.package ?? []));
}

/** Why `lesson.resume` cannot be taken now, or null. */
export function resumeProblem(ctx: GameContext): string | null {
  if (!ctx.lesson) return 'this game follows no lesson plan';
  if (ctx.lesson.status === 'stopped') return 'the lesson plan has ended: open the review';
  if (ctx.lesson.status !== 'break') return 'the class is not at a break between periods';
  return null;
}

/** Why a decision cannot be taken while the lesson is halted, or null. */
export function haltedProblem(index: ScenarioIndex, ctx: GameContext): string | null {
  if (!ctx.lesson || !lessonHalted(ctx)) return null;
  const plan = planOf(index, ctx.lesson);
  if (ctx.lesson.status === 'stopped') return `the lesson plan "${plan.name}" stops here: open the review`;
  return `period ${ctx.lesson.period} of "${plan.name}" ends here: resume period ${ctx.lesson.period + 1} to go on`;
}

/** The class comes back for the next period: play goes on from where it broke off. */
export function resumeLesson(
  index: ScenarioIndex,
  ctx: GameContext,
  command: Extract<GameCommand, { type: 'lesson.resume' }>,
): GameContext {
  const lesson = ctx.lesson;
  if (!lesson) return ctx;
  const period = lesson.period + 1;
  let next = lessonLog(
    { ...ctx, lesson: { ...lesson, period, status: 'playing' }, commands: [...ctx.commands, command] },
    { kind: 'lesson', at: ctx.clock, event: 'resume', period, decision: ctx.current },
  );
  // The model's draw was held back at the break; it is made now, as on entering.
  const decision = index.decisions.get(ctx.current);
  if (decision?.kind === 'choice' && index.modelSides.has(decision.side)) next = rollModel(next, decision);
  return next;
}
