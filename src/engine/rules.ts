/**
 * The rules of play as pure functions from one game context to the next. The XState machine calls
 * them from its actions; analysis and tests may call them directly. None of them mutates its input.
 */
import { holds, holdsOrAbsent } from './conditions';
import { own } from './records';
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
  return ctx.delivered.some((d) => d.id === id || (variants?.some((v) => v.document === d.id) ?? false));
}

function deliver(index: ScenarioIndex, ctx: GameContext, id: string): GameContext {
  // A held document waits for the facilitator, whatever would otherwise bring it (clock or branch).
  if (ctx.held?.includes(id) || arrived(index, ctx, id)) return ctx;
  const paper = paperFor(index, ctx, id);
  return log(
    { ...ctx, delivered: [...ctx.delivered, { id: paper, at: ctx.clock }] },
    { kind: 'document', at: ctx.clock, document: paper },
  );
}

/**
 * The tracks' rules (see schema TrackRule): while a rule's condition holds its track is held within
 * its bounds, and a rule with effects fires them the first time it holds. Run after every change of
 * state, so no track reads "work continuing" after the sites were bombed.
 */
export function applyTrackRules(index: ScenarioIndex, ctx: GameContext): GameContext {
  if (index.trackRules.length === 0) return ctx;
  let next = ctx;
  for (const { track, rule } of index.trackRules) {
    if (!holds(rule.when, next)) continue;
    const value = own(next.tracks, track.id) ?? track.start;
    let held = value;
    if (rule.atMost !== undefined) held = Math.min(held, rule.atMost);
    if (rule.atLeast !== undefined) held = Math.max(held, rule.atLeast);
    if (held !== value) next = { ...next, tracks: { ...next.tracks, [track.id]: clampTrack(index, track.id, held) } };
    if (rule.effects && rule.id && !next.firedRules?.includes(rule.id)) {
      next = { ...next, firedRules: [...(next.firedRules ?? []), rule.id] };
      next = log(next, { kind: 'rule', at: next.clock, rule: rule.id, track: track.id });
      next = applyEffects(index, next, rule.effects);
    }
  }
  return next;
}

export function applyEffects(index: ScenarioIndex, ctx: GameContext, effects: Effects | undefined): GameContext {
  if (!effects) return ctx;
  let next = ctx;
  if (effects.tracks || effects.set) {
    const changed: [string, number][] = [];
    for (const [id, delta] of Object.entries(effects.tracks ?? {}))
      changed.push([id, clampTrack(index, id, (own(next.tracks, id) ?? 0) + delta)]);
    for (const [id, value] of Object.entries(effects.set ?? {})) changed.push([id, clampTrack(index, id, value)]);
    // fromEntries defines own properties: no id, whatever its name, reaches a prototype.
    next = { ...next, tracks: { ...next.tracks, ...Object.fromEntries(changed) } };
  }
  if (effects.flags) next = { ...next, flags: { ...next.flags, ...effects.flags } };
  next = applyTrackRules(index, next);
  for (const id of effects.deliver ?? []) next = deliver(index, next, id);
  if (effects.advance) next = tick(index, { ...next, clock: next.clock + effects.advance });
  return next;
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
  let next = ctx;
  for (const item of index.schedule) {
    if (item.at > next.clock) break;
    if ('doc' in item) {
      if (holdsOrAbsent(item.doc.deliver?.when, next)) next = deliver(index, next, item.doc.id);
      continue;
    }
    const { event } = item;
    if (next.consideredEvents.includes(event.id)) continue;
    next = { ...next, consideredEvents: [...next.consideredEvents, event.id] };
    if (!holdsOrAbsent(event.when, next)) continue;
    const chance = event.chance ?? 1;
    if (chance < 1) {
      const r = roll(next.rng);
      next = { ...next, rng: r.state };
      if (r.value >= chance) continue;
    }
    next = log(next, { kind: 'event', at: next.clock, event: event.id });
    next = applyEffects(index, next, event.effects);
  }
  return next;
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
  let next: GameContext = {
    ...ctx,
    current: id,
    pending: null,
    visits: { ...ctx.visits, [id]: (own(ctx.visits, id) ?? 0) + 1 },
    clock: at !== undefined ? Math.max(ctx.clock, at) : ctx.clock,
  };
  for (const doc of decision.documents ?? []) next = deliver(index, next, doc);
  // A visit can be what a rule reads (e.g. the spring of 1963): the rules follow the move.
  return applyTrackRules(index, tick(index, next));
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
  let next: GameContext = {
    ...ctx,
    pending: null,
    choices: { ...ctx.choices, [decision.id]: optionId },
    commands: command ? [...ctx.commands, command] : ctx.commands,
  };
  next = applyEffects(index, next, option.effects);
  const vote = command?.type === 'player.choose' ? command.vote : undefined;
  // The context before the effects is the one the model rolled in (only rng and pending differ).
  const model = by === 'model' ? readOptions(openOptions(decision, ctx), ctx) : undefined;
  return log(next, {
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
  let next: GameContext = { ...ctx, commands: command ? [...ctx.commands, command] : ctx.commands };
  for (const id of ordered) {
    const item = index.items.get(id);
    for (const [f, v] of Object.entries(item?.features ?? {})) features.set(f, (features.get(f) ?? 0) + v);
    next = applyEffects(index, next, item?.effects);
  }
  next = applyEffects(
    index,
    { ...next, lastPackage: ordered, features: Object.fromEntries(features) },
    decision.effects,
  );
  return log(next, {
    kind: 'reply',
    at: next.clock,
    decision: decision.id,
    items: ordered,
    side: decision.side,
    by: 'human',
    tracks: next.tracks,
    moved: movedTracks(index, ctx, next),
  });
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
  for (const [f, k] of Object.entries(weight.perFeature ?? {})) {
    const v = (own(ctx.features, f) ?? 0) * k;
    w += v;
    if (onTerm && v !== 0) onTerm(`perFeature.${f}`, v);
  }
  for (const [t, k] of Object.entries(weight.perTrack ?? {})) {
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
  const released = log(
    { ...ctx, ...(held ? { held } : {}), commands: [...ctx.commands, command] },
    { kind: 'release', at: ctx.clock, document: command.document },
  );
  return deliver(index, released, command.document);
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
