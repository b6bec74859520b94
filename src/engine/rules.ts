/**
 * The rules of play as pure functions from one game context to the next. The XState machine calls
 * them from its actions; analysis and tests may call them directly. None of them mutates its input.
 */
import { holds, holdsOrAbsent, testFor } from './conditions';
import { ContextDraft } from './contextDraft';
import { own, withEntries, withEntry } from './records';
import { pickWeighted, roll, seedState } from './rng';
import type { ScenarioIndex } from './scenarioIndex';
import type { ChoiceDecision, Effects, Option, ReplyDecision, Weight } from './schema/scenario';
import type { Controller, GameCommand, GameContext, GameInput, LogEntry, OptionReading, TrackMove } from './state';

export function initialContext(index: ScenarioIndex, input: GameInput): GameContext {
  const { scenario } = index;
  // In solo play everyone but the player's side is the model, where the scenario allows it.
  const controllers: Record<string, Controller> = Object.fromEntries(
    scenario.sides.map((side) => [
      side.id,
      own(input.controllers, side.id) ??
        (side.id !== scenario.meta.playerSide && side.modelPlayable ? 'model' : 'human'),
    ]),
  );
  // The start of play has its own documents (the morning's briefing folder), stamped at the start.
  return tick(index, {
    scenario: { id: scenario.meta.id, version: scenario.meta.version },
    seed: input.seed,
    rng: seedState(input.seed),
    controllers,
    clock: index.start,
    tracks: Object.fromEntries(scenario.tracks.map((t) => [t.id, t.start])),
    flags: {},
    delivered: [],
    read: [],
    consideredEvents: [],
    visits: {},
    choices: {},
    lastPackage: null,
    features: {},
    pending: null,
    log: [],
    commands: [],
    current: scenario.meta.firstDecision,
    ending: null,
  });
}

const log = (ctx: GameContext, entry: LogEntry): GameContext => ({ ...ctx, log: [...ctx.log, entry] });

const NO_ENTRIES: readonly [string, never][] = [];
/**
 * A table of the scenario's (an effect's tracks or flags, a weight's terms) as entries, listed once per
 * table: the scenario does not change during play, and `Object.entries` at every step was a good share
 * of the cost of a decision.
 */
const entriesMemo = new WeakMap<object, readonly [string, unknown][]>();
function entriesOf<T>(table: Readonly<Record<string, T>> | undefined): readonly (readonly [string, T])[] {
  if (table === undefined) return NO_ENTRIES;
  let entries = entriesMemo.get(table);
  if (!entries) {
    entries = Object.entries(table);
    entriesMemo.set(table, entries);
  }
  return entries as readonly [string, T][];
}

/**
 * The paper that arrives when a document is due: the first of its variants whose condition holds
 * now, or the document itself. Papers follow the player's path, so a run that departed from the
 * record is not handed the record's paper (see docs: Document variants).
 */
export function paperFor(index: ScenarioIndex, ctx: GameContext, id: string): string {
  const doc = index.documents.get(id);
  for (const variant of doc?.variants ?? []) if (holds(variant.when, ctx)) return variant.document;
  return id;
}

/** Whether a document, or any paper standing in for it, has arrived. */
export function arrived(index: ScenarioIndex, ctx: GameContext, id: string): boolean {
  const variants = index.documents.get(id)?.variants;
  for (const paper of ctx.delivered) {
    if (paper.id === id) return true;
    if (variants) for (const v of variants) if (v.document === paper.id) return true;
  }
  return false;
}

/*
 * The rules below build the next context in a draft (contextDraft.ts): one copy of the context per
 * rule, however many papers, entries and events it adds. Each exported rule takes a context and
 * returns a new one; the `…To` helpers add to the draft they are given.
 */

function deliverTo(index: ScenarioIndex, d: ContextDraft, id: string): void {
  const ctx = d.now;
  // A held document waits for the facilitator, whatever would otherwise bring it (clock or branch).
  if (ctx.held?.includes(id) || arrived(index, ctx, id)) return;
  const paper = paperFor(index, ctx, id);
  const settled = settledFrom(index, ctx);
  d.append('delivered', { id: paper, at: ctx.clock });
  d.append('log', { kind: 'document', at: ctx.clock, document: paper });
  // One paper more unsettles nothing: the count goes over to the list it makes (see settledMemo).
  const now = d.now;
  if (settled > 0) settledMemo.set(now.delivered, { index, considered: now.consideredEvents, settled });
}

/**
 * The tracks' rules (see schema TrackRule): while a rule's condition holds its track is held within
 * its bounds, and a rule with effects fires them the first time it holds. Run after every change of
 * state, so no track reads "work continuing" after the sites were bombed.
 */
export function applyTrackRules(index: ScenarioIndex, ctx: GameContext): GameContext {
  const d = new ContextDraft(ctx);
  applyTrackRulesTo(index, d);
  return d.done();
}

/** The acting rules' conditions as tests, in the same order, kept per index (they run after every change). */
const ruleTests = new WeakMap<ScenarioIndex, ((ctx: GameContext) => boolean)[]>();

function applyTrackRulesTo(index: ScenarioIndex, d: ContextDraft): void {
  let tests = ruleTests.get(index);
  if (!tests) {
    tests = index.actingRules.map(({ rule }) => testFor(rule.when));
    ruleTests.set(index, tests);
  }
  // Only the rules that bound a track or fire effects act here (a rule that only relabels its track is
  // the view's), and a rule whose effects have fired and that bounds nothing has nothing left to do.
  for (let i = 0; i < index.actingRules.length; i++) {
    const { track, rule, bounds } = index.actingRules[i];
    if (!bounds && d.now.firedRules?.includes(rule.id as string)) continue;
    if (!tests[i](d.now)) continue;
    const value = own(d.now.tracks, track.id) ?? track.start;
    let held = value;
    if (rule.atMost !== undefined) held = Math.min(held, rule.atMost);
    if (rule.atLeast !== undefined) held = Math.max(held, rule.atLeast);
    if (held !== value) d.set('tracks', withEntry(d.now.tracks, track.id, clampTrack(index, track.id, held)));
    if (rule.effects && rule.id && !d.now.firedRules?.includes(rule.id)) {
      d.append('firedRules', rule.id);
      d.append('log', { kind: 'rule', at: d.now.clock, rule: rule.id, track: track.id });
      applyEffectsTo(index, d, rule.effects);
    }
  }
}

export function applyEffects(index: ScenarioIndex, ctx: GameContext, effects: Effects | undefined): GameContext {
  if (!effects) return ctx;
  const d = new ContextDraft(ctx);
  applyEffectsTo(index, d, effects);
  return d.done();
}

function applyEffectsTo(index: ScenarioIndex, d: ContextDraft, effects: Effects | undefined): void {
  if (!effects) return;
  if (effects.tracks || effects.set) {
    const tracks = d.now.tracks;
    const changed: [string, number][] = [];
    for (const [id, delta] of entriesOf(effects.tracks))
      changed.push([id, clampTrack(index, id, (own(tracks, id) ?? 0) + delta)]);
    for (const [id, value] of entriesOf(effects.set)) changed.push([id, clampTrack(index, id, value)]);
    // withEntries defines own properties: no id, whatever its name, reaches a prototype.
    d.set('tracks', withEntries(tracks, changed));
  }
  if (effects.flags) d.set('flags', withEntries(d.now.flags, entriesOf(effects.flags)));
  applyTrackRulesTo(index, d);
  for (const id of effects.deliver ?? []) deliverTo(index, d, id);
  if (effects.advance) {
    d.set('clock', d.now.clock + effects.advance);
    tickTo(index, d);
  }
}

function clampTrack(index: ScenarioIndex, id: string, value: number): number {
  const track = index.tracks.get(id);
  if (!track) return value;
  return Math.min(track.max, Math.max(track.min, value));
}

/**
 * Lets the clock's consequences happen: documents whose time has come (and whose condition holds)
 * arrive, and events whose time has come are considered once, in time order, each rolling its chance.
 */
export function tick(index: ScenarioIndex, ctx: GameContext): GameContext {
  const d = new ContextDraft(ctx);
  tickTo(index, d);
  return d.done();
}

/**
 * How many of the schedule's first items are settled for a run: papers that have arrived and events
 * already considered, which a tick passes over without judging anything. Kept per list of papers
 * delivered, with the list of events considered it was counted against: both only grow (a draft adds to
 * its own copies, contextDraft.ts), so a count taken once stays true for the same two lists, and for
 * the longer list a paper's delivery makes (deliverTo passes the count on: a decision's papers arrive
 * just before its tick, which otherwise started from the top of the schedule). Most ticks then start
 * past the morning's papers instead of asking after each of them again.
 */
const settledMemo = new WeakMap<
  GameContext['delivered'],
  { index: ScenarioIndex; considered: GameContext['consideredEvents']; settled: number }
>();

function settledFrom(index: ScenarioIndex, ctx: GameContext): number {
  const known = settledMemo.get(ctx.delivered);
  return known && known.index === index && known.considered === ctx.consideredEvents ? known.settled : 0;
}

function tickTo(index: ScenarioIndex, d: ContextDraft): void {
  const schedule = index.schedule;
  let open = -1;
  let i = settledFrom(index, d.now);
  for (; i < schedule.length; i++) {
    const item = schedule[i];
    if (item.at > d.now.clock) break;
    if ('doc' in item) {
      // Most papers due by now arrived at an earlier tick: skip them before judging their condition.
      if (!arrived(index, d.now, item.doc.id)) {
        if (holdsOrAbsent(item.doc.deliver?.when, d.now)) deliverTo(index, d, item.doc.id);
        if (open < 0 && !arrived(index, d.now, item.doc.id)) open = i;
      }
      continue;
    }
    const { event } = item;
    if (d.now.consideredEvents.includes(event.id)) continue;
    d.append('consideredEvents', event.id);
    if (!holdsOrAbsent(event.when, d.now)) continue;
    const chance = event.chance ?? 1;
    if (chance < 1) {
      const r = roll(d.now.rng);
      d.set('rng', r.state);
      if (r.value >= chance) continue;
    }
    d.append('log', { kind: 'event', at: d.now.clock, event: event.id });
    applyEffectsTo(index, d, event.effects);
  }
  // Everything before the first paper still waiting (or the first item not yet due) is settled now.
  const settled = open >= 0 ? open : i;
  const now = d.now;
  settledMemo.set(now.delivered, { index, considered: now.consideredEvents, settled });
}

/** Entering a decision or an ending: the clock moves on, its documents arrive, the visit counts. */
export function enterNode(index: ScenarioIndex, ctx: GameContext, id: string): GameContext {
  const ending = index.endings.get(id);
  if (ending) {
    return log({ ...ctx, current: id, ending: id }, { kind: 'ending', at: ctx.clock, ending: id, tracks: ctx.tracks });
  }
  const decision = index.decisions.get(id);
  if (!decision) throw new Error(`bug: no decision "${id}" in the compiled scenario`);
  const at = index.decisionTimes.get(id);
  const d = new ContextDraft(ctx);
  d.set('current', id);
  d.set('pending', null);
  d.set('visits', withEntry(ctx.visits, id, (own(ctx.visits, id) ?? 0) + 1));
  d.set('clock', at !== undefined ? Math.max(ctx.clock, at) : ctx.clock);
  for (const doc of decision.documents ?? []) deliverTo(index, d, doc);
  tickTo(index, d);
  // A visit can be what a rule reads (e.g. the spring of 1963): the rules follow the move.
  applyTrackRulesTo(index, d);
  return d.done();
}

export function openOptions(decision: ChoiceDecision, ctx: GameContext): Option[] {
  return decision.options.filter((o) => holdsOrAbsent(o.requires, ctx));
}

export function applyOption(
  index: ScenarioIndex,
  ctx: GameContext,
  decision: ChoiceDecision,
  optionId: string,
  by: Controller,
  command?: GameCommand,
): GameContext {
  const option = decision.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`bug: no option "${optionId}" in decision "${decision.id}"`);
  const d = new ContextDraft(ctx);
  d.set('pending', null);
  d.set('choices', withEntry(ctx.choices, decision.id, optionId));
  if (command) d.append('commands', command);
  applyEffectsTo(index, d, option.effects);
  const next = d.now;
  const vote = command?.type === 'player.choose' ? command.vote : undefined;
  // The context before the effects is the one the model rolled in (only rng and pending differ).
  const model = by === 'model' ? readOptions(openOptions(decision, ctx), ctx) : undefined;
  d.append('log', {
    kind: 'choice',
    at: next.clock,
    decision: decision.id,
    option: optionId,
    side: decision.side,
    by,
    tracks: next.tracks,
    moved: movedTracks(index, ctx, next),
    ...(vote ? { vote } : {}),
    ...(model ? { model } : {}),
  });
  return d.done();
}

/** Why a reply package cannot be sent, or null when it can. */
export function packageProblem(index: ScenarioIndex, ctx: GameContext, items: readonly string[]): string | null {
  const builder = index.scenario.replyBuilder;
  if (!builder) return 'this scenario has no reply builder';
  if (!Array.isArray(items) || items.some((i) => typeof i !== 'string')) return 'a package is a list of item ids';
  if (new Set(items).size !== items.length) return 'the package names an item twice';
  for (const id of items) {
    const item = index.items.get(id);
    if (!item) return `there is no reply item "${id}"`;
    if (!holdsOrAbsent(item.requires, ctx)) return `"${item.label}" is not open now`;
  }
  for (const group of builder.groups) {
    const count = items.filter((id) => index.items.get(id)?.group === group.id).length;
    if (group.pick === 'one' && count !== 1)
      return `choose exactly one ${group.label.toLowerCase()} (chosen: ${count})`;
  }
  return null;
}

export function applyPackage(
  index: ScenarioIndex,
  ctx: GameContext,
  decision: ReplyDecision,
  items: readonly string[],
  command?: GameCommand,
): GameContext {
  const builderOrder = index.scenario.replyBuilder?.items.map((i) => i.id) ?? [];
  const ordered = builderOrder.filter((id) => items.includes(id));
  const features = new Map<string, number>();
  const d = new ContextDraft(ctx);
  if (command) d.append('commands', command);
  for (const id of ordered) {
    const item = index.items.get(id);
    for (const [f, v] of entriesOf(item?.features)) features.set(f, (features.get(f) ?? 0) + v);
    applyEffectsTo(index, d, item?.effects);
  }
  d.set('lastPackage', ordered);
  d.set('features', Object.fromEntries(features));
  applyEffectsTo(index, d, decision.effects);
  const next = d.now;
  d.append('log', {
    kind: 'reply',
    at: next.clock,
    decision: decision.id,
    items: ordered,
    side: decision.side,
    by: 'human',
    tracks: next.tracks,
    moved: movedTracks(index, ctx, next),
  });
  return d.done();
}

/**
 * The response model's weight for one option, floored at zero. `onTerm` hears each term's share as it
 * is added (`base`, `perFeature.<id>`, `perTrack.<id>`, `when.<i>`; terms that add nothing are not
 * heard), so the factors a paper names are the very ones the roll used, not a second reckoning.
 */
export function optionWeight(
  weight: Weight | undefined,
  ctx: GameContext,
  onTerm?: (term: string, value: number) => void,
): number {
  if (!weight) return 0;
  let w = weight.base;
  if (onTerm && w !== 0) onTerm('base', w);
  for (const [f, k] of entriesOf(weight.perFeature)) {
    const v = (own(ctx.features, f) ?? 0) * k;
    w += v;
    if (onTerm && v !== 0) onTerm(`perFeature.${f}`, v);
  }
  for (const [t, k] of entriesOf(weight.perTrack)) {
    const v = (own(ctx.tracks, t) ?? 0) * k;
    w += v;
    if (onTerm && v !== 0) onTerm(`perTrack.${t}`, v);
  }
  (weight.when ?? []).forEach((term, i) => {
    if (!holds(term.if, ctx)) return;
    w += term.add;
    if (onTerm && term.add !== 0) onTerm(`when.${i}`, term.add);
  });
  return Math.max(0, w);
}

/**
 * How the model reads each open option at a roll: every term's share, the weight and the odds the
 * roll gave it (weight over the total, as pickWeighted draws; all-zero weights give the first, as
 * pickWeighted does). Kept in the log of a model's move, for its paper and for the review.
 */
export function readOptions(options: readonly Option[], ctx: GameContext): OptionReading[] {
  const read = options.map((o) => {
    const terms: OptionReading['terms'] = [];
    const weight = optionWeight(o.weight, ctx, (term, value) => terms.push({ term, value }));
    return { option: o.id, weight, odds: 0, terms };
  });
  const total = read.reduce((sum, r) => sum + r.weight, 0);
  for (const [i, r] of read.entries()) r.odds = total > 0 ? r.weight / total : i === 0 ? 1 : 0;
  return read;
}

/** Each track's change from `before` to `after`, in the scenario's track order; unchanged tracks left out. */
function movedTracks(index: ScenarioIndex, before: GameContext, after: GameContext): TrackMove[] {
  const moved: TrackMove[] = [];
  // A record is replaced whenever a track moves (contextDraft.ts), so the same record means none moved.
  if (after.tracks === before.tracks) return moved;
  for (const t of index.scenario.tracks) {
    const delta = (own(after.tracks, t.id) ?? 0) - (own(before.tracks, t.id) ?? 0);
    if (delta !== 0) moved.push({ track: t.id, delta });
  }
  return moved;
}

/** When a side is model-played, draws its choice from the seeded generator and holds it as pending. */
export function rollModel(ctx: GameContext, decision: ChoiceDecision): GameContext {
  if (own(ctx.controllers, decision.side) !== 'model') return ctx;
  const options = openOptions(decision, ctx);
  if (options.length === 0) return ctx;
  const picked = pickWeighted(
    ctx.rng,
    options.map((o) => optionWeight(o.weight, ctx)),
  );
  return { ...ctx, rng: picked.state, pending: options[picked.index].id };
}

export function markRead(ctx: GameContext, command: Extract<GameCommand, { type: 'player.read' }>): GameContext {
  if (ctx.read.includes(command.document)) return ctx;
  return { ...ctx, read: [...ctx.read, command.document], commands: [...ctx.commands, command] };
}

export function logRoute(ctx: GameContext, decision: string, next: string): GameContext {
  return log(ctx, { kind: 'route', at: ctx.clock, decision, next });
}

/** Why a recorded vote cannot stand with the option taken, or null. */
export function voteProblem(decision: ChoiceDecision, option: string, vote: unknown): string | null {
  if (vote === undefined) return null;
  if (!vote || typeof vote !== 'object') return 'a vote is a record of counts per option';
  const { counts, override } = vote as { counts?: unknown; override?: unknown };
  if (!counts || typeof counts !== 'object') return 'a vote needs counts per option';
  const ids = new Set(decision.options.map((o) => o.id));
  for (const [id, n] of Object.entries(counts as Record<string, unknown>)) {
    if (!ids.has(id)) return `the vote counts an option "${id}" that "${decision.title}" does not have`;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      return `the vote for "${id}" must be a whole number of at least 0`;
  }
  if (override !== undefined && (typeof override !== 'string' || override.trim() === ''))
    return 'an override needs a note';
  const tally = counts as Record<string, number>;
  const top = Math.max(0, ...Object.values(tally));
  const won = top > 0 && (own(tally, option) ?? 0) === top;
  if (!won && top > 0 && override === undefined) return 'the room voted for another option: an override needs a note';
  return null;
}

export function addMark(ctx: GameContext, command: Extract<GameCommand, { type: 'facilitator.mark' }>): GameContext {
  return log(
    { ...ctx, commands: [...ctx.commands, command] },
    { kind: 'mark', at: ctx.clock, decision: ctx.current, note: command.note },
  );
}

/** A document may be released early when it arrives on the clock later and has not arrived yet. */
export function releasable(index: ScenarioIndex, ctx: GameContext, document: string): boolean {
  const doc = index.documents.get(document);
  return Boolean(doc?.deliver) && !arrived(index, ctx, document);
}

export function releaseEarly(
  index: ScenarioIndex,
  ctx: GameContext,
  command: Extract<GameCommand, { type: 'facilitator.release' }>,
): GameContext {
  const held = ctx.held?.filter((id) => id !== command.document);
  const d = new ContextDraft(ctx);
  if (held) d.set('held', held);
  d.append('commands', command);
  d.append('log', { kind: 'release', at: ctx.clock, document: command.document });
  deliverTo(index, d, command.document);
  return d.done();
}

/** A document may be held back while it waits on the clock and is not held already. */
export function holdable(index: ScenarioIndex, ctx: GameContext, document: string): boolean {
  return releasable(index, ctx, document) && !ctx.held?.includes(document);
}

export function holdBack(ctx: GameContext, command: Extract<GameCommand, { type: 'facilitator.hold' }>): GameContext {
  return log(
    { ...ctx, held: [...(ctx.held ?? []), command.document], commands: [...ctx.commands, command] },
    { kind: 'hold', at: ctx.clock, document: command.document },
  );
}
