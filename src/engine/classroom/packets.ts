/**
 * The classroom's paper: one role packet per role (who they are, where they stood that day, what
 * they want, which papers reach them) and the facilitator's guide (timing, injects, endings,
 * questions). Pure data from the scenario, so it is tested in Node and drawn by src/ui/classroom/.
 */

import { historicalStrategy, playStrategy } from '../analysis/historical';
import { DOCUMENT_KIND_LABELS } from '../documentKinds';
import { createEngine, type Engine } from '../game';
import { findLessonPlan } from '../lessonPlan';
import { type ResolvedBasis, resolveBases } from '../provenance';
import type { ScenarioIndex } from '../scenarioIndex';
import type { Decision, Ending, Scenario, ScenarioDocument, Source } from '../schema/scenario';
import type { Controller } from '../state';
import { describeScenarioDay, describeScenarioTime, parseScenarioTime } from '../time';
import { mayRead } from '../view';
import { DEFAULT_DEBATE_MINUTES } from './debateDefault';
import { type LessonTimetable, lessonTimetable } from './lessonTiming';
import {
  howThisLessonWorks,
  type LessonPoint,
  morePapersLater,
  packetGlossary,
  papersAtStart,
  type StudentPacketOptions,
} from './studentPackets';
import { shortTime, type TimingRow } from './timingRow';

const dayOf = describeScenarioDay;
const describeTime = (time: string) => describeScenarioTime(parseScenarioTime(time));

/** A student's page (studentPackets.ts), through the one module the packets' screen reads. */
export { MORE_PAPERS, type PacketCopy, packetCopies } from './studentPackets';
/** The set-up's default debate, for a guide printed before the facilitator chose one. */
/** The one table of what each kind of paper is called (the folder, the papers and the packets). */
export { DEFAULT_DEBATE_MINUTES, DOCUMENT_KIND_LABELS, shortTime, type TimingRow };

/** The engine the packets and the guide read a scenario with, for a screen that has none yet. */
export const packetEngine = (scenario: Scenario): Engine => createEngine(scenario);

export interface PacketDocument {
  id: string;
  title: string;
  kind: ScenarioDocument['kind'];
  kindLabel: string;
  /** The document's own date, as a reader says it: "Saturday 27 October 1962, 10:00". */
  date: string;
  /** The same, short: "Sat 27 Oct 1962, 10:00". */
  shortDate: string;
}

export interface RolePacket {
  role: { id: string; name: string; office: string; bio: string };
  /** `voice`: the side has no decisions of its own; its roles speak in the debate but do not vote. */
  side: { id: string; name: string; voice: boolean };
  /**
   * The role's position on the day (the project's paraphrase of the record) with its source and
   * where in it the position rests; null when the record gives none.
   */
  stance: { text: string; source: Source; bases: ResolvedBasis[] } | null;
  /** Role-play guidance (OBJECTIVES_NOTE), never the person's recorded views. */
  objectives: string[];
  /**
   * The papers this role holds when the class's play starts (the game's `mayRead` over the folder at
   * the start of the chosen lesson plan), in date order; later papers are only announced.
   */
  documents: PacketDocument[];
  /** More papers reach this role in play (MORE_PAPERS): announced, never listed. */
  morePapers: boolean;
  /** The glossary's terms this page and its papers use. */
  glossary: { term: string; short: string }[];
  /** How this lesson works, for this role (a voice side's role does not vote). */
  howItWorks: LessonPoint[];
}

export interface ScenarioHeading {
  id: string;
  title: string;
  /** The day play begins, e.g. "Saturday 27 October 1962". */
  date: string;
  summary: string;
}

export interface RolePackets {
  scenario: ScenarioHeading;
  /** The lesson plan the packets follow, if any. */
  lesson: { id: string; name: string } | null;
  packets: RolePacket[];
}

/** How a voice side's role takes part, printed on its packet. */
export const VOICE_ROLE =
  'You are not at the table where the decisions are taken, and you do not vote. You speak for your side: read your papers, and when the facilitator gives you the floor before a decision, say what your side needs and what it fears. The other students may ask you questions.';

/** What a packet says when a role has no stance: the game never invents a position (m23). */
export const NO_STANCE = 'No recorded position in the sources: role-play guidance only.';
/** Over a recorded stance (m22): a paraphrase of the record, not the person's words. */
export const STANCE_NOTE = 'A recorded position, paraphrased in the project’s words.';
/** Over the objectives (m23): aims for the role-play, which the sources do not attribute to the person. */
export const OBJECTIVES_NOTE = 'Role-play guidance: aims to play toward in the game, not views the sources record.';

export function scenarioHeading(scenario: Scenario): ScenarioHeading {
  return {
    id: scenario.meta.id,
    title: scenario.meta.title,
    date: dayOf(parseScenarioTime(scenario.meta.start)),
    summary: scenario.meta.summary,
  };
}

const byDate = (a: ScenarioDocument, b: ScenarioDocument) =>
  parseScenarioTime(a.date) - parseScenarioTime(b.date) || a.title.localeCompare(b.title);

/**
 * The documents a role receives, by the game's own rule (view.ts `mayRead`), in date order; with
 * `held`, only those among them (the folder at the start of play).
 */
export function documentsForRole(index: ScenarioIndex, roleId: string, held?: ReadonlySet<string>): PacketDocument[] {
  // A variant arrives only in place of its paper, and an invented paper only on a path that left the
  // record: the packet lists the record's papers, so it gives away no path and stays one page.
  const variants = new Set(index.scenario.documents.flatMap((d) => (d.variants ?? []).map((v) => v.document)));
  return index.scenario.documents
    .filter(
      (doc) =>
        (held ? held.has(doc.id) : !variants.has(doc.id) && !doc.counterfactual) &&
        mayRead(index, doc, { role: roleId }),
    )
    .sort(byDate)
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      kindLabel: DOCUMENT_KIND_LABELS[doc.kind],
      date: describeTime(doc.date),
      shortDate: shortTime(doc.date),
    }));
}

/**
 * One packet per role, in the order of the scenario's roles, for the chosen lesson plan: the papers
 * the role holds when play starts (later ones announced, not listed), how the lesson works and the
 * glossary of the terms its page uses.
 */
export function rolePackets(
  scenario: Scenario,
  options: StudentPacketOptions = {},
  engine: Engine = createEngine(scenario),
): RolePackets {
  const { index } = engine;
  const sides = new Map(scenario.sides.map((s) => [s.id, s]));
  const atStart = papersAtStart(engine, options);
  const plan = options.lesson ? findLessonPlan(scenario, options.lesson) : undefined;
  return {
    scenario: scenarioHeading(scenario),
    lesson: plan ? { id: plan.id, name: plan.name } : null,
    packets: scenario.roles.map((role) => {
      const voice = sides.get(role.side)?.voice === true;
      const documents = documentsForRole(index, role.id, atStart);
      const howItWorks = howThisLessonWorks(scenario, options, voice);
      const texts = [
        role.bio,
        role.stance?.text ?? '',
        ...role.objectives,
        ...howItWorks.map((p) => p.text),
        ...documents.flatMap((d) => {
          const doc = index.documents.get(d.id);
          return [d.title, doc?.body ?? ''];
        }),
      ];
      return {
        role: { id: role.id, name: role.name, office: role.office, bio: role.bio },
        side: { id: role.side, name: sides.get(role.side)?.name ?? role.side, voice },
        stance: role.stance
          ? {
              text: role.stance.text,
              source: role.stance.source,
              bases: resolveBases(role.stance.basis, role.stance.source),
            }
          : null,
        objectives: [...role.objectives],
        documents,
        morePapers: morePapersLater(engine, role.id, atStart),
        glossary: packetGlossary(scenario, texts),
        howItWorks,
      };
    }),
  };
}

// ————— The facilitator's guide —————

export interface BranchRow {
  decision: string;
  title: string;
  phase: string;
  at?: string;
  side: string;
}

/** How a document reaches the players. */
export type Arrival =
  | { how: 'start'; at: string; conditional: boolean }
  | { how: 'clock'; at: string; conditional: boolean }
  | { how: 'decision'; decision: string; title: string; phase: string }
  | { how: 'option'; decision: string; title: string; option: string; label: string }
  | { how: 'reply'; decision: string; title: string }
  | { how: 'item'; item: string; label: string }
  | { how: 'event'; event: string; title: string; at: string; chance: number }
  /** A paper that follows the path: it arrives in place of another when its condition holds. */
  | { how: 'variant'; document: string; title: string }
  /** A track rule's consequence: the paper arrives when the track reaches what the rule reads. */
  | { how: 'rule'; track: string; label: string };

export interface InjectRow {
  id: string;
  title: string;
  kind: ScenarioDocument['kind'];
  kindLabel: string;
  date: string;
  /** Who holds it: sides and roles by name, e.g. "Soviet Union — Khrushchev's government". */
  audience: string;
  /** Whether the player's side holds it; when not, only another side (a second team) sees it. */
  playerSideHolds: boolean;
  /** Held only by the roles it names, not by a whole side. */
  rolesOnly: boolean;
  arrivals: Arrival[];
  /** Each arrival in words, e.g. "On entering “The second letter” (10 a.m. ExComm)". */
  arrivalText: string[];
  /** The decision the paper is there for: the one it arrives with, or the next on the main line after it. */
  informs?: { decision: string; title: string };
}

export interface EndingRow {
  id: string;
  title: string;
  kind: Ending['kind'];
  summary: string;
  history: string;
  sources: Source[];
  bases: ResolvedBasis[];
}

/** One cited claim, printed with where it rests: a historical note, or an adviser's position. */
export interface SourcedClaim {
  /** The role, for an adviser's position. */
  role?: string;
  /** "The record", or the adviser's name. */
  who: string;
  text: string;
  sources: Source[];
  bases: ResolvedBasis[];
}

/** A decision's cited claims for the guide: its historical note and its advisers' positions. */
export interface DecisionClaims {
  decision: string;
  title: string;
  history: SourcedClaim | null;
  positions: SourcedClaim[];
}

/** The guide's choices: a lesson plan (none: the game played whole) and the debate minutes. */
export interface GuideOptions {
  lesson?: string | null;
  debateMinutes?: number;
}

export interface FacilitatorGuide {
  scenario: ScenarioHeading;
  durationMinutes: number;
  /**
   * The timetable for the chosen plan and debate minutes, period by period, with what fits; the
   * `timing` rows below are its rows (numbered from each period's start).
   */
  timetable: LessonTimetable;
  playerSide: { id: string; name: string };
  /** Sides a second team can play (the response model plays them in solo play). */
  otherTeams: { id: string; name: string }[];
  /** How the timing plan's decisions were chosen. */
  mainLine: 'historical' | 'clock';
  timing: TimingRow[];
  /** Decisions off the main line: the branches a class may take instead. */
  branches: BranchRow[];
  injects: InjectRow[];
  /** Historical endings first, then the counterfactual ones. */
  endings: EndingRow[];
  /**
   * Every decision's historical note and advisers' positions with their pinpoints, so the
   * facilitator can show a class where each claim rests: the main line first, then the branches.
   */
  claims: DecisionClaims[];
  /**
   * The roles' recorded positions with their pinpoints. A student's packet prints its stance with
   * the source only, so that it stays one page; the pinpoints are here for the facilitator.
   */
  stances: SourcedClaim[];
  discussion: string[];
}

/**
 * The decisions of the main line: those the record's own choices pass through (every side played
 * by its historical option), or, when that path cannot be played to an end, every decision that
 * has a clock time, in time order.
 */
export function mainLine(engine: Engine): { kind: 'historical' | 'clock'; decisions: Decision[] } {
  const { scenario, index } = engine;
  const controllers: Record<string, Controller> = Object.fromEntries(scenario.sides.map((s) => [s.id, 'human']));
  const run = playStrategy(engine, { seed: 1962, controllers }, historicalStrategy);
  if (!run.stopped) {
    const ids: string[] = [];
    for (const entry of run.snapshot.context.log) {
      if ((entry.kind === 'choice' || entry.kind === 'reply') && ids[ids.length - 1] !== entry.decision)
        ids.push(entry.decision);
    }
    return { kind: 'historical', decisions: ids.map((id) => index.decisions.get(id) as Decision) };
  }
  const timed = scenario.decisions
    .filter((d) => d.kind !== 'route' && d.at)
    .sort((a, b) => (index.decisionTimes.get(a.id) ?? 0) - (index.decisionTimes.get(b.id) ?? 0));
  return { kind: 'clock', decisions: timed };
}

/**
 * Splits `total` whole minutes by `weights`: each share gets `floor` minutes first (when there is
 * room for all), then the rest in proportion (largest remainder), so the shares add up exactly.
 */
export function shareMinutes(total: number, weights: readonly number[], floor = 1): number[] {
  if (weights.length === 0) return [];
  const minimum = total >= floor * weights.length ? floor : 0;
  const spare = total - minimum * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (spare * w) / sum);
  const shares = exact.map((x) => Math.floor(x));
  let left = spare - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares.map((s) => s + minimum);
}

/**
 * How long a decision needs in class, in shares of the lesson: one, plus one per adviser whose
 * argument the room hears; a reply package counts double (it is built item by item); a decision the
 * response model can make is announced rather than debated, so it takes one share.
 */
export function decisionWeight(decision: Decision, modelSides: ReadonlySet<string>): number {
  if (decision.kind === 'route') return 0;
  if (modelSides.has(decision.side)) return 1;
  const debate = 1 + (decision.advisers?.length ?? 0);
  return decision.kind === 'reply' ? 2 * debate : debate;
}

/** The lesson plan: a briefing, the main line's decisions, then the after-action review. */
export function timingPlan(engine: Engine, decisions: readonly Decision[]): TimingRow[] {
  const { scenario, index } = engine;
  const total = scenario.meta.durationMinutes;
  // About a ninth of the lesson to hand out roles and read the folder, a sixth for the review.
  const briefing = Math.max(1, Math.round(total / 9));
  const review = Math.max(1, Math.round(total / 6));
  const playable = decisions.filter((d) => d.kind !== 'route');
  const shares = shareMinutes(
    Math.max(0, total - briefing - review),
    playable.map((d) => decisionWeight(d, index.modelSides)),
  );
  const startDocs = scenario.documents.filter((d) => d.deliver?.at === scenario.meta.start).length;
  const rows: TimingRow[] = [
    {
      start: 0,
      minutes: briefing,
      kind: 'briefing',
      title:
        startDocs > 0
          ? `Roles handed out; the briefing folder (${startDocs} paper${startDocs === 1 ? '' : 's'} at the start)`
          : 'Roles handed out; the situation',
      at: shortTime(scenario.meta.start),
    },
  ];
  let clock = briefing;
  playable.forEach((d, i) => {
    rows.push({
      start: clock,
      minutes: shares[i],
      kind: 'decision',
      title: d.title ?? d.id,
      phase: d.phase,
      at: d.at ? shortTime(d.at) : undefined,
      decision: d.id,
      side: d.side,
      model: index.modelSides.has(d.side) || undefined,
    });
    clock += shares[i];
  });
  rows.push({ start: clock, minutes: total - clock, kind: 'review', title: 'The after-action review and discussion' });
  return rows;
}

/** Every way each document can reach the players, read from the data. */
export function documentArrivals(scenario: Scenario): Map<string, Arrival[]> {
  const arrivals = new Map<string, Arrival[]>(scenario.documents.map((d) => [d.id, []]));
  const add = (id: string, arrival: Arrival) => arrivals.get(id)?.push(arrival);
  for (const doc of scenario.documents) {
    if (!doc.deliver) continue;
    const how = doc.deliver.at === scenario.meta.start ? 'start' : 'clock';
    add(doc.id, { how, at: shortTime(doc.deliver.at), conditional: Boolean(doc.deliver.when) });
  }
  for (const d of scenario.decisions) {
    const title = d.title ?? d.id;
    for (const id of d.documents ?? []) add(id, { how: 'decision', decision: d.id, title, phase: d.phase });
    if (d.kind === 'choice') {
      for (const o of d.options)
        for (const id of o.effects?.deliver ?? [])
          add(id, { how: 'option', decision: d.id, title, option: o.id, label: o.label });
    }
    if (d.kind === 'reply') for (const id of d.effects?.deliver ?? []) add(id, { how: 'reply', decision: d.id, title });
  }
  for (const item of scenario.replyBuilder?.items ?? [])
    for (const id of item.effects?.deliver ?? []) add(id, { how: 'item', item: item.id, label: item.label });
  for (const e of scenario.events ?? [])
    for (const id of e.effects?.deliver ?? [])
      add(id, { how: 'event', event: e.id, title: e.title, at: shortTime(e.at), chance: e.chance ?? 1 });
  for (const doc of scenario.documents)
    for (const v of doc.variants ?? []) add(v.document, { how: 'variant', document: doc.id, title: doc.title });
  for (const t of scenario.tracks)
    for (const rule of t.rules ?? [])
      for (const id of rule.effects?.deliver ?? []) add(id, { how: 'rule', track: t.id, label: t.label });
  return arrivals;
}

/** An arrival in a sentence for the guide. */
export function arrivalText(arrival: Arrival): string {
  const condition = (conditional: boolean) => (conditional ? ', if its condition holds' : '');
  switch (arrival.how) {
    case 'start':
      return `In the folder at the start (${arrival.at})${condition(arrival.conditional)}`;
    case 'clock':
      return `On the clock at ${arrival.at}${condition(arrival.conditional)}`;
    case 'decision':
      return `On entering “${arrival.title}” (${arrival.phase})`;
    case 'option':
      return `When “${arrival.label}” is chosen at “${arrival.title}”`;
    case 'reply':
      return `When the reply is sent at “${arrival.title}”`;
    case 'item':
      return `When the reply includes “${arrival.label}”`;
    case 'event': {
      const chance = arrival.chance < 1 ? `, chance ${Math.round(arrival.chance * 100)}%` : '';
      return `With the event “${arrival.title}” (${arrival.at}${chance})`;
    }
    case 'variant':
      return `In place of “${arrival.title}”, on a path where its condition holds`;
    case 'rule':
      return `When the track “${arrival.label}” reaches what its rule reads (once)`;
  }
}

export const NEVER_DELIVERED =
  'Not delivered in play: no clock time, decision or effect sends it (it is in the review only)';

function audienceText(scenario: Scenario, doc: ScenarioDocument): string {
  const sideName = (id: string) => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const sides = doc.audience.sides ?? [];
  // Named roles beyond the sides that already hold the paper.
  const roles = (doc.audience.roles ?? [])
    .map((id) => scenario.roles.find((r) => r.id === id))
    .filter((r) => r !== undefined && !sides.includes(r.side))
    .map((r) => r?.name as string);
  return [...sides.map(sideName), ...roles].join('; ');
}

/** The earliest scenario time an arrival can happen at, for ordering the injects; null when unknown. */
function arrivalTime(
  arrival: Arrival,
  doc: ScenarioDocument,
  index: ScenarioIndex,
  eventTimes: ReadonlyMap<string, number>,
): number | null {
  switch (arrival.how) {
    case 'start':
      return index.start;
    case 'clock':
      return doc.deliver ? parseScenarioTime(doc.deliver.at) : null;
    case 'event':
      return eventTimes.get(arrival.event) ?? null;
    case 'decision':
    case 'option':
    case 'reply':
      return index.decisionTimes.get(arrival.decision) ?? null;
    default:
      return null;
  }
}

export function facilitatorGuide(
  scenario: Scenario,
  engine: Engine = createEngine(scenario),
  options: GuideOptions = {},
): FacilitatorGuide {
  const { index } = engine;
  const line = mainLine(engine);
  // With a plan or debate minutes the timetable follows them; without either, the proportional plan.
  const chosen = options.lesson ?? null;
  const timetable = lessonTimetable(engine, chosen, options.debateMinutes ?? DEFAULT_DEBATE_MINUTES, line.decisions);
  const timing =
    chosen === null && options.debateMinutes === undefined
      ? timingPlan(engine, line.decisions)
      : timetable.periods.flatMap((p) => p.rows);
  const onLine = new Set(line.decisions.map((d) => d.id));
  const sideName = (id: string) => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const branches = scenario.decisions
    .filter((d) => d.kind !== 'route' && !onLine.has(d.id))
    .map((d) => ({
      decision: d.id,
      title: d.title ?? d.id,
      phase: d.phase,
      at: d.at ? shortTime(d.at) : undefined,
      side: d.side,
    }));
  const arrivals = documentArrivals(scenario);
  // The main line's decisions with their clock times, to say which decision a timed paper serves.
  const timedLine = line.decisions
    .map((d) => ({ d, at: index.decisionTimes.get(d.id) }))
    .filter((x): x is { d: Decision; at: number } => x.at !== undefined);
  const eventTimes = new Map((scenario.events ?? []).map((e) => [e.id, parseScenarioTime(e.at)]));
  const injects = scenario.documents.map((doc): InjectRow & { order: number } => {
    const list = arrivals.get(doc.id) ?? [];
    const known = list.map((a) => arrivalTime(a, doc, index, eventTimes)).filter((t): t is number => t !== null);
    const earliest = known.length > 0 ? Math.min(...known) : parseScenarioTime(doc.date);
    // The sides whose seats hold the paper (by side, or through a named role).
    const readers = new Set([
      ...(doc.audience.sides ?? []),
      ...(doc.audience.roles ?? []).map((id) => scenario.roles.find((r) => r.id === id)?.side ?? ''),
    ]);
    const withDecision = list.find((a) => a.how === 'decision');
    let informs: InjectRow['informs'];
    if (withDecision?.how === 'decision') informs = { decision: withDecision.decision, title: withDecision.title };
    else if (list.some((a) => a.how === 'start' || a.how === 'clock' || a.how === 'event')) {
      const next = timedLine.find((x) => x.at >= earliest && readers.has(x.d.side));
      if (next) informs = { decision: next.d.id, title: next.d.title ?? next.d.id };
    }
    return {
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      kindLabel: DOCUMENT_KIND_LABELS[doc.kind],
      date: shortTime(doc.date),
      audience: audienceText(scenario, doc),
      playerSideHolds: readers.has(scenario.meta.playerSide),
      rolesOnly: (doc.audience.sides ?? []).length === 0,
      arrivals: list,
      arrivalText: list.length > 0 ? list.map(arrivalText) : [NEVER_DELIVERED],
      informs,
      order: earliest,
    };
  });
  injects.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const endings = [...scenario.endings]
    .sort((a, b) => Number(a.kind !== 'historical') - Number(b.kind !== 'historical'))
    .map(({ id, title, kind, summary, history, sources, basis }) => ({
      id,
      title,
      kind,
      summary,
      history,
      sources: [...sources],
      bases: resolveBases(basis, sources[0]),
    }));
  const roleName = (id: string) => scenario.roles.find((r) => r.id === id)?.name ?? id;
  // Each decision once: the main line may pass a decision twice.
  const claimOrder = [...new Set([...line.decisions, ...scenario.decisions.filter((d) => !onLine.has(d.id))])];
  const claims = claimOrder.flatMap((d): DecisionClaims[] =>
    d.kind === 'route'
      ? []
      : [
          {
            decision: d.id,
            title: d.title,
            history: d.history
              ? {
                  who: 'The record',
                  text: d.history.summary,
                  sources: [...d.history.sources],
                  bases: resolveBases(d.history.basis, d.history.sources[0]),
                }
              : null,
            positions: (d.advisers ?? []).map((a) => ({
              role: a.role,
              who: roleName(a.role),
              text: a.position,
              sources: [a.source],
              bases: resolveBases(a.basis, a.source),
            })),
          },
        ],
  );
  return {
    scenario: scenarioHeading(scenario),
    durationMinutes: timetable.plan ? timetable.minutes : scenario.meta.durationMinutes,
    timetable,
    playerSide: { id: scenario.meta.playerSide, name: sideName(scenario.meta.playerSide) },
    otherTeams: scenario.sides
      .filter((s) => s.modelPlayable && s.id !== scenario.meta.playerSide)
      .map((s) => ({ id: s.id, name: s.name })),
    mainLine: line.kind,
    timing,
    branches,
    injects: injects.map(({ order: _order, ...row }) => row),
    endings,
    claims,
    stances: scenario.roles.flatMap((r): SourcedClaim[] =>
      r.stance
        ? [
            {
              role: r.id,
              who: r.name,
              text: r.stance.text,
              sources: [r.stance.source],
              bases: resolveBases(r.stance.basis, r.stance.source),
            },
          ]
        : [],
    ),
    discussion: [...(scenario.meta.discussion ?? [])],
  };
}
