/**
 * What one seat at the table may see. The UI renders this, never the raw context, so a secret
 * document or a hidden track cannot reach a screen that should not show it: the projection happens
 * here, once, for the browser, the classroom screen and the server alike.
 */

import { holds } from './conditions';
import { type ConsequenceNote, consequenceNotes } from './consequences';
import { type EpilogueView, epilogueView } from './epilogue';
import type { Engine, GameSnapshot } from './game';
import { lessonHalted } from './lessonPlan';
import { type LessonView, lessonView } from './lessonView';
import { type ResolvedBasis, resolveBases } from './provenance';
import { type OffRecord, offRecord } from './record';
import { openOptions, optionWeight } from './rules';
import type { ScenarioIndex } from './scenarioIndex';
import type {
  Adviser,
  Decision,
  Ending,
  Hindsight,
  ReferencePosture,
  ReplyBuilder,
  ReplyItem,
  ScenarioDocument,
  Source,
} from './schema/scenario';
import type { GameContext, LogEntry } from './state';
import { describeScenarioTime, formatScenarioTime, parseScenarioTime as parseTime } from './time';

/** A side's seat, one role's seat, or the after-action review, which sees everything. */
export type Viewer = { side: string } | { role: string } | { review: true };

export interface ClockView {
  minutes: number;
  label: string;
  text: string;
  long: string;
  others: { label: string; text: string }[];
}

export interface TrackView {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  level?: string;
  hidden: boolean;
  better: 'up' | 'down';
  /** How the board shows it (`display` in the scenario); absent: the board decides (see defconLevel.ts). */
  display?: 'gauge' | 'defcon';
}

/**
 * A paper in a seat's folder. Times are data, not display text: the scenario's own "YYYY-MM-DD HH:MM"
 * (for the UI's date module to format) and the same as minutes (for ordering), so a folder that runs
 * from October 1962 to August 1963 sorts by time, not by the spelling of a weekday.
 */
export interface DocumentSummary {
  id: string;
  title: string;
  kind: ScenarioDocument['kind'];
  /** The paper's own date, "YYYY-MM-DD HH:MM" on the scenario's clock. */
  date: string;
  dateMinutes: number;
  /** When it reached the folder, the same way. */
  deliveredAt: string;
  deliveredMinutes: number;
  read: boolean;
}

export interface OptionView {
  id: string;
  label: string;
  description?: string;
  risk?: string;
  /** What the players of the day could not know: the desk shows it only with Historian's hints on. */
  hindsight?: Hindsight;
}

/**
 * The reply builder as the deciding seat sees it: groups and items by name and description. What an
 * item does (its effects, on hidden tracks too), what it needs (conditions that may test one) and the
 * features the response model weighs it by are the game's workings, not the seat's.
 */
export interface ReplyBuilderView {
  groups: { id: string; label: string; pick: 'one' | 'many'; description?: string }[];
  items: {
    id: string;
    group: string;
    label: string;
    description?: string;
    memo?: ReplyItem['memo'];
    source?: Source;
  }[];
  /** The posture packages are measured against (the scenario's own), if it has one. */
  reference?: ReferencePosture;
}

export interface DecisionView {
  id: string;
  kind: 'choice' | 'reply';
  side: string;
  title: string;
  phase: string;
  prompt: string;
  /** `bases`: where the position rests in its source ("Where this comes from"), sources resolved. */
  advisers: (Adviser & { name: string; office: string; favoursLabel?: string; bases: ResolvedBasis[] })[];
  /** Whether this viewer may decide it now (their side, played by people). */
  yours: boolean;
  options: OptionView[];
  replyBuilder?: ReplyBuilderView;
}

export interface GameView {
  scenario: { id: string; title: string; version: string };
  /** Null for a seat while the game runs: see toView. */
  seed: number | null;
  status: 'deciding' | 'waiting' | 'ended';
  clock: ClockView;
  decision: DecisionView | null;
  tracks: TrackView[];
  documents: DocumentSummary[];
  log: LogEntry[];
  /**
   * The note after each decision this viewer may know of (the log's rule): what was done, what moved
   * and why; after a model's move, its side's paper. The odds each option had: the review's and an
   * ended game's only.
   */
  notes: ConsequenceNote[];
  /**
   * The ending reached; `offRecord` is set when it stands in for a historical ending the run did not
   * follow (see record.ts): which one, and each decision where the run differed from the record.
   */
  ending:
    | (Ending & {
        revealed: TrackView[];
        offRecord: OffRecord | null;
        bases: ResolvedBasis[];
        /** Lines chosen by what the run did (see epilogue.ts), each historical with a source or invented. */
        epilogue: EpilogueView[];
      })
    | null;
  /**
   * The lesson plan the game follows (lessonView.ts): where the class stands, the decisions taken from
   * the record; null for a game played whole. At a break or at the plan's end `status` is 'waiting'.
   */
  lesson?: LessonView | null;
}

/**
 * A document as a reader gets it: the paper, where its summary rests in the source, and the
 * scenario's time zone (its date is a wall-clock time there) when the scenario names one.
 */
export type DocumentView = ScenarioDocument & { bases: ResolvedBasis[]; timeZone?: string };

function secondClocks(index: ScenarioIndex, minutes: number): ClockView['others'] {
  return (index.scenario.meta.secondClocks ?? []).map((clock) => {
    let offset = clock.offsets[0].minutes;
    for (const o of clock.offsets) if (parseTime(o.from) <= minutes) offset = o.minutes;
    return { label: clock.label, text: formatScenarioTime(minutes + offset).slice(11) };
  });
}

export function clockView(index: ScenarioIndex, minutes: number): ClockView {
  return {
    minutes,
    label: index.scenario.meta.clockLabel,
    text: formatScenarioTime(minutes).slice(11),
    long: describeScenarioTime(minutes),
    others: secondClocks(index, minutes),
  };
}

function viewerSide(index: ScenarioIndex, viewer: Viewer): string | null {
  if ('side' in viewer) return viewer.side;
  if ('role' in viewer) return index.scenario.roles.find((r) => r.id === viewer.role)?.side ?? null;
  return null;
}

/** Whether a viewer holds a document: the review holds all; otherwise by audience side or role. */
export function mayRead(index: ScenarioIndex, doc: ScenarioDocument, viewer: Viewer): boolean {
  if ('review' in viewer) return true;
  const side = viewerSide(index, viewer);
  if (side && doc.audience.sides?.includes(side)) return true;
  if ('role' in viewer) return doc.audience.roles?.includes(viewer.role) ?? false;
  // A side's seat holds what any of its roles holds.
  return (doc.audience.roles ?? []).some((id) => index.scenario.roles.find((r) => r.id === id)?.side === side);
}

function trackViews(index: ScenarioIndex, ctx: GameContext, includeHidden: boolean): TrackView[] {
  const values = ctx.tracks;
  return index.scenario.tracks
    .filter((t) => includeHidden || !t.hidden)
    .map((t) => {
      // A rule that holds may rename the track or its level (the midterms are over; the sites are gone).
      const ruling = (t.rules ?? []).filter((r) => (r.label || r.level) && holds(r.when, ctx));
      return {
        id: t.id,
        label: ruling.find((r) => r.label)?.label ?? t.label,
        value: values[t.id],
        min: t.min,
        max: t.max,
        level:
          ruling.find((r) => r.level)?.level ??
          t.levels?.find((l) => values[t.id] >= l.from && values[t.id] <= l.to)?.label,
        hidden: Boolean(t.hidden),
        better: t.better ?? 'up',
        ...(t.display ? { display: t.display } : {}),
      };
    });
}

function decisionView(
  index: ScenarioIndex,
  snapshot: GameSnapshot,
  decision: Decision,
  side: string | null,
  review: boolean,
): DecisionView | null {
  if (decision.kind === 'route') return null;
  const ctx = snapshot.context;
  const roles = index.scenario.roles;
  const mine = review || side === decision.side;
  const options = decision.kind === 'choice' ? openOptions(decision, ctx) : [];
  return {
    id: decision.id,
    kind: decision.kind,
    side: decision.side,
    title: decision.title,
    phase: decision.phase,
    // Whose turn it is and under what heading is public; what the other side has on its table (the
    // prompt), what its advisers say and what it may choose are its own.
    prompt: mine ? decision.prompt : '',
    // The other side's deliberations are its own: only its seat (or the review) hears its advisers.
    advisers: mine
      ? (decision.advisers ?? []).map((a) => {
          const role = roles.find((r) => r.id === a.role);
          const favoured =
            decision.kind === 'choice'
              ? decision.options.find((o) => o.id === a.favours)
              : index.items.get(a.favours ?? '');
          return {
            ...a,
            name: role?.name ?? a.role,
            office: role?.office ?? '',
            favoursLabel: favoured?.label,
            bases: resolveBases(a.basis, a.source),
          };
        })
      : [],
    yours: side === decision.side && ctx.controllers[decision.side] === 'human' && snapshot.status !== 'done',
    options: mine
      ? options.map(({ id, label, description, risk, hindsight }) => ({
          id,
          label,
          description,
          risk,
          ...(hindsight ? { hindsight } : {}),
        }))
      : [],
    replyBuilder: decision.kind === 'reply' && mine ? replyBuilderView(index.scenario.replyBuilder) : undefined,
  };
}

function replyBuilderView(builder: ReplyBuilder | undefined): ReplyBuilderView | undefined {
  if (!builder) return undefined;
  const optional = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    groups: builder.groups.map((g) => ({
      id: g.id,
      label: g.label,
      pick: g.pick,
      ...optional('description', g.description),
    })),
    items: builder.items.map((i) => ({
      id: i.id,
      group: i.group,
      label: i.label,
      ...optional('memo', i.memo),
      ...optional('description', i.description),
      ...optional('source', i.source),
    })),
    ...optional('reference', builder.reference),
  };
}

export function toView(engine: Pick<Engine, 'index'>, snapshot: GameSnapshot, viewer: Viewer): GameView {
  const { index } = engine;
  const ctx = snapshot.context;
  const review = 'review' in viewer;
  const side = viewerSide(index, viewer);
  const decision = index.decisions.get(ctx.current);
  const dView = decision ? decisionView(index, snapshot, decision, side, review) : null;
  const ended = snapshot.status === 'done';
  const held = ctx.delivered
    .map((d) => ({ d, doc: index.documents.get(d.id) }))
    .filter((x): x is { d: { id: string; at: number }; doc: ScenarioDocument } =>
      Boolean(x.doc && mayRead(index, x.doc, viewer)),
    );
  const endingDef = ctx.ending ? index.endings.get(ctx.ending) : undefined;
  return {
    scenario: { id: index.scenario.meta.id, title: index.scenario.meta.title, version: index.scenario.meta.version },
    // With the seed (and the scenario, which every client holds) a seat could replay the game's
    // chance ahead of time: events still to come and the model's rolls. It is the review's.
    seed: review || ended ? ctx.seed : null,
    // A lesson plan's break or stop halts play: no one decides until the class resumes.
    status: ended ? 'ended' : dView?.yours && !lessonHalted(ctx) ? 'deciding' : 'waiting',
    clock: clockView(index, ctx.clock),
    decision: ended ? null : dView,
    tracks: trackViews(index, ctx, review || ended),
    documents: held.map(({ d, doc }) => ({
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      dateMinutes: parseTime(doc.date),
      deliveredAt: formatScenarioTime(d.at),
      deliveredMinutes: d.at,
      read: ctx.read.includes(doc.id),
    })),
    log: visibleLog(engine, snapshot, viewer, ctx.log),
    notes: consequenceNotes(
      index,
      ctx.log,
      { visibleTracks: new Set(visibleTrackIds(index, review || ended)), odds: review || ended },
      (e) => review || ended || e.side === side || e.by === 'model',
    ),
    ending: endingDef
      ? {
          ...endingDef,
          revealed: trackViews(index, ctx, true).filter((t) => endingDef.reveal?.includes(t.id) || t.hidden),
          offRecord: offRecord(index, ctx.log, endingDef.id),
          bases: resolveBases(endingDef.basis, endingDef.sources[0]),
          epilogue: epilogueView(index, ctx),
        }
      : null,
    lesson: lessonView(index, snapshot, (id) => {
      const doc = index.documents.get(id);
      return doc !== undefined && mayRead(index, doc, viewer);
    }),
  };
}

/**
 * The log as a viewer may know it, built entry by entry and field by field from an allow-list, so a
 * field added to the log later stays out of every seat's view until someone decides it belongs there:
 * - documents the viewer holds, and the early release of one (a hold, which delivers nothing, and the
 *   release of a paper it may not read are the facilitator's business);
 * - events meant for everyone or for the viewer's side;
 * - its own side's choices and replies, the other side's once the model has made them (announced)
 *   or the game is over; the track values they carry only for the tracks the viewer may see;
 * - the ending. Routes (the engine's branching, which may test a hidden track) and the facilitator's
 *   marks (notes for the debrief) are the review's only.
 * The review (`{ review: true }`) sees every entry as it is.
 */
export function visibleLog(
  engine: Pick<Engine, 'index'>,
  snapshot: GameSnapshot,
  viewer: Viewer,
  entries: readonly LogEntry[],
): LogEntry[] {
  const { index } = engine;
  if ('review' in viewer) return entries.map((e) => structuredCopy(e));
  const side = viewerSide(index, viewer);
  const ended = snapshot.status === 'done';
  const seen = visibleTrackIds(index, ended);
  const tracks = (values: Record<string, number>) =>
    Object.fromEntries(seen.filter((id) => id in values).map((id) => [id, values[id]]));
  const holds = (id: string) => {
    const doc = index.documents.get(id);
    return doc !== undefined && mayRead(index, doc, viewer);
  };
  return entries.flatMap((e): LogEntry[] => {
    switch (e.kind) {
      case 'document':
        return holds(e.document) ? [{ kind: 'document', at: e.at, document: e.document }] : [];
      case 'release':
        return holds(e.document) ? [{ kind: 'release', at: e.at, document: e.document }] : [];
      case 'event': {
        const audience = index.scenario.events?.find((x) => x.id === e.event)?.audience;
        const hears = !audience || (side !== null && audience.sides.includes(side));
        return hears ? [{ kind: 'event', at: e.at, event: e.event }] : [];
      }
      case 'choice':
      case 'reply': {
        if (!ended && e.side !== side && e.by !== 'model') return [];
        const common = {
          at: e.at,
          decision: e.decision,
          side: e.side,
          by: e.by,
          tracks: tracks(e.tracks),
          // Taken from the record before a lesson plan's start: the screen says so.
          ...(e.fromRecord ? { fromRecord: true as const } : {}),
        };
        if (e.kind === 'reply') return [{ kind: 'reply', ...common, items: [...e.items] }];
        const vote = e.vote
          ? { counts: { ...e.vote.counts }, ...(e.vote.override !== undefined ? { override: e.vote.override } : {}) }
          : undefined;
        return [{ kind: 'choice', ...common, option: e.option, ...(vote ? { vote } : {}) }];
      }
      case 'ending':
        return [{ kind: 'ending', at: e.at, ending: e.ending, tracks: tracks(e.tracks) }];
      default:
        // route, mark, hold: not a seat's to know.
        return [];
    }
  });
}

/** The tracks a seat sees: the open ones during play, all of them once the ending reveals the rest. */
function visibleTrackIds(index: ScenarioIndex, ended: boolean): string[] {
  return index.scenario.tracks.filter((t) => ended || !t.hidden).map((t) => t.id);
}

/** A fresh copy, so no view shares an object with the snapshot (a UI that mutates it cannot reach the game). */
const structuredCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The full text of a document, only for a viewer who holds it and only once it has arrived. */
export function readDocument(
  engine: Pick<Engine, 'index'>,
  snapshot: GameSnapshot,
  viewer: Viewer,
  id: string,
): DocumentView | null {
  const doc = engine.index.documents.get(id);
  if (!doc || !mayRead(engine.index, doc, viewer)) return null;
  if (!('review' in viewer) && !snapshot.context.delivered.some((d) => d.id === id)) return null;
  const timeZone = engine.index.scenario.meta.timeZone;
  const paper = { ...doc, bases: resolveBases(doc.basis, doc.source), ...(timeZone ? { timeZone } : {}) };
  if (!doc.counterfactual) return paper;
  // An invented paper says so on its face: a stamp above its markings, and the package it answers.
  return {
    ...paper,
    markings: [{ kind: 'stamp', text: COUNTERFACTUAL_STAMP }, ...(doc.markings ?? [])],
    body: doc.body.replaceAll(PACKAGE_SLOT, packageSent(engine.index, snapshot.context, id)),
  };
}

export const COUNTERFACTUAL_STAMP = 'COUNTERFACTUAL — invented for the game, not a historical document';
/** Where an invented paper lists the reply package it went out with (or answers). */
export const PACKAGE_SLOT = '{{package}}';

/** The last package sent before the paper arrived, as a Markdown list by group ("Offers: …"). */
function packageSent(index: ScenarioIndex, ctx: GameContext, document: string): string {
  const arrivedAt = ctx.log.findIndex((e) => e.kind === 'document' && e.document === document);
  const before = arrivedAt < 0 ? ctx.log : ctx.log.slice(0, arrivedAt);
  const reply = before.filter((e) => e.kind === 'reply').at(-1);
  if (reply?.kind !== 'reply') return '(no package was sent)';
  const groups = index.scenario.replyBuilder?.groups ?? [];
  return groups
    .map((g) => {
      const items = reply.items.filter((i) => index.items.get(i)?.group === g.id);
      const labels = items.map((i) => index.items.get(i)?.label ?? i);
      return `- ${g.label}: ${labels.length ? labels.join('; ') : 'none'}`;
    })
    .join('\n');
}

/** The model's current weights for each open option: shown in the review ("what the other side was weighing"). */
export function modelWeights(
  engine: Pick<Engine, 'index'>,
  snapshot: GameSnapshot,
  decisionId: string,
): { option: string; weight: number }[] {
  const decision = engine.index.decisions.get(decisionId);
  if (decision?.kind !== 'choice') return [];
  return openOptions(decision, snapshot.context).map((o) => ({
    option: o.id,
    weight: optionWeight(o.weight, snapshot.context),
  }));
}

export const citeText = (source: Source) => (typeof source === 'string' ? source : source.cite);
