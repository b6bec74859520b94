/**
 * The after-action review as data: the player's decisions beside the historical record, the memo
 * scorecard, what was hidden, and the tracks over time. Pure, so the browser renders it, the CLI
 * prints it, and the Markdown export is built from the same rows. (The replayable JSON export is
 * the saved game itself: createSave in save.ts, one envelope for every door a game comes in by.)
 */

import { type EpilogueView, epilogueView } from './epilogue';

/** The class handout is the review cut down for a class (classHandout.ts), read through this module. */
export { type ClassHandout, classHandout, type HandoutRow } from './classHandout';

import type { Engine, GameSnapshot } from './game';
import { type LessonReview, lessonReview } from './lessonReview';
import { assessPackage, historicalPackage, type PackageAssessment, partCell, referencePosture } from './posture';
import { type ResolvedBasis, resolveBases } from './provenance';
import { type OffRecord, offRecord } from './record';
import type { Decision, Ending, ReferencePosture, Source } from './schema/scenario';
import type { LogEntry } from './state';
import { describeScenarioTime } from './time';
import { commandsBefore } from './whatIf';

// Kept on its own for the session's "what if" (see whatIf.ts), re-exported for the review's readers.
export { commandsBefore };

export interface ReviewRow {
  decision: string;
  title: string;
  phase: string;
  side: string;
  /** The side's name, for a reader (the id is not). */
  sideName: string;
  at: string;
  by: 'human' | 'model';
  /** What was chosen in this game: an option label, or the package's item labels. */
  chosen: string[];
  /** What the real actors chose, when the record gives it. */
  historical: string[] | null;
  /** The plan made in advance, for a decision that never arose historically. */
  plan: string | null;
  diverged: boolean;
  counterfactual: boolean;
  historySummary: string;
  historyWhen: string;
  sources: Source[];
  /** Where the historical note rests in its sources ("Where this comes from"). */
  bases: ResolvedBasis[];
  /** What each adviser argued at this decision: the project's paraphrase, its source and its bases. */
  advisers: ReviewAdviser[];
  /** Track changes this decision brought (effects and what followed before the next decision). */
  changes: { track: string; label: string; from: number; to: number }[];
  /** Taken by the engine as the record had it (before a lesson plan's start): not played by the class. */
  fromRecord: boolean;
  /** In a classroom: how the room voted (option labels and heads) and the override note, if any. */
  vote: { splits: { option: string; label: string; count: number }[]; override?: string } | null;
  /**
   * The room's majority beside the record, read from the vote and not from what was done: a room that
   * voted against the record diverged even when the facilitator overrode the vote (issue #15). Null
   * without a vote (solo play, a reply, no heads counted).
   */
  room: RoomVerdict | null;
}

export interface RoomVerdict {
  /** The option(s) with the most heads (more than one on a tie), as labels. */
  majority: string[];
  /** The record's option got fewer heads than another: the room's majority went against the record. */
  diverged: boolean;
  /** The facilitator took another option than the vote's winner. */
  overridden: boolean;
}

export interface ReviewAdviser {
  role: string;
  name: string;
  position: string;
  source: Source;
  bases: ResolvedBasis[];
}

export interface Review {
  title: string;
  seed: number;
  /**
   * The ending reached; `offRecord` names where the run left the record of a historical ending it stands in for;
   * `bases`: where the ending's text rests in its sources.
   */
  ending:
    | (Ending & {
        reachedAt: string;
        offRecord: OffRecord | null;
        bases: ResolvedBasis[];
        /** The lines chosen by what the run did (epilogue.ts). */
        epilogue: EpilogueView[];
      })
    | null;
  rows: ReviewRow[];
  /** Decisions where what was done differed from the record. */
  divergences: number;
  /** Decisions where the room's majority voted against the record (overridden or not). */
  roomDivergences: number;
  /** Of those, the ones where the facilitator overrode the room's vote. */
  roomOverridden: number;
  /** Whether any decision was put to a vote (a classroom game). */
  voted: boolean;
  package: { items: string[]; labels: string[]; assessment: PackageAssessment } | null;
  historicalPackage: { items: string[]; labels: string[]; assessment: PackageAssessment };
  /** What packages are scored against besides the record (the scenario's own); null: no scorecard. */
  reference: ReferencePosture | null;
  /** The scorecard's rows in words (partCell, items by their labels): the player's package, then the record's; empty without a reference. */
  scorecard: { package: 'yours' | 'historical'; cells: string[] }[];
  hidden: { id: string; label: string; value: number; reveal: string; source: Source; bases: ResolvedBasis[] }[];
  /** Moments the facilitator marked for the debrief. */
  marks: { at: string; decision: string; note: string }[];
  /** Scheduled documents the facilitator held back or released early, in order; and any still held. */
  injects: { at: string; document: string; title: string; action: 'held back' | 'released early' }[];
  stillHeld: { document: string; title: string }[];
  /** The game has no ending yet: a review so far, of a game stopped or still in play. */
  unfinished: boolean;
  /** The lesson plan (lessonReview.ts): what the class played, what came from the record, what is told; null without a plan. */
  lesson: LessonReview | null;
  /** Each track's value after each decision, for a chart: index 0 is the start. */
  series: { track: string; label: string; hidden: boolean; points: { at: string; value: number }[] }[];
}

const optionLabel = (d: Decision | undefined, id: string) =>
  d?.kind === 'choice' ? (d.options.find((o) => o.id === id)?.label ?? id) : id;

/** The room's majority beside the record's option (see ReviewRow.room); null when no head was counted. */
export function roomVerdict(
  decision: Decision | undefined,
  vote: { counts: Record<string, number>; override?: string } | undefined,
): RoomVerdict | null {
  if (!vote) return null;
  const counts = Object.entries(vote.counts);
  const most = Math.max(0, ...counts.map(([, n]) => n));
  if (most === 0) return null;
  const top = counts.filter(([, n]) => n === most).map(([id]) => id);
  const recorded = decision?.kind === 'choice' ? decision.history?.option : undefined;
  return {
    majority: top.map((id) => optionLabel(decision, id)),
    // A decision the record never faced has nothing to diverge from; a tie that includes the record does not.
    diverged: recorded !== undefined && !top.includes(recorded),
    overridden: Boolean(vote.override),
  };
}

/**
 * The review's count in words, one sentence for what was done and, in a classroom, one for what the
 * room voted: "0 of your decisions diverged" must not hide a room that voted 16–6 against the record
 * and was overridden.
 */
export function divergenceText(
  review: Pick<Review, 'divergences' | 'roomDivergences' | 'roomOverridden' | 'voted'>,
): string {
  const done = `${review.divergences} of your decisions diverged from the record.`;
  if (!review.voted) return done;
  const n = review.roomDivergences;
  const room = `The room’s majority voted against the record at ${n} decision${n === 1 ? '' : 's'}`;
  const over = review.roomOverridden;
  if (over === 0) return `${done} ${room}.`;
  return `${done} ${room}, ${over === n ? (n === 1 ? 'and the facilitator overrode that vote' : 'and the facilitator overrode those votes') : `and the facilitator overrode ${over} of those votes`}.`;
}

export function buildReview(engine: Engine, snapshot: GameSnapshot): Review {
  const { scenario, index } = engine;
  const ctx = snapshot.context;
  const itemLabel = (id: string) => index.items.get(id)?.label ?? id;
  const decisionsLog = ctx.log.filter(
    (e): e is Extract<LogEntry, { kind: 'choice' | 'reply' }> => e.kind === 'choice' || e.kind === 'reply',
  );
  let previous: Record<string, number> = Object.fromEntries(scenario.tracks.map((t) => [t.id, t.start]));
  const rows: ReviewRow[] = decisionsLog.map((entry) => {
    const d = index.decisions.get(entry.decision);
    const history = d && d.kind !== 'route' ? d.history : undefined;
    let chosen: string[];
    let historical: string[] | null = null;
    let diverged = false;
    if (entry.kind === 'choice') {
      chosen = [optionLabel(d, entry.option)];
      if (history?.option) {
        historical = [optionLabel(d, history.option)];
        diverged = history.option !== entry.option;
      }
    } else {
      chosen = entry.items.map(itemLabel);
      if (history?.package) {
        historical = history.package.map(itemLabel);
        const same =
          history.package.length === entry.items.length && history.package.every((i) => entry.items.includes(i));
        diverged = !same;
      }
    }
    const counterfactual = !history?.option && !history?.package;
    const changes = scenario.tracks
      .filter((t) => previous[t.id] !== entry.tracks[t.id])
      .map((t) => ({ track: t.id, label: t.label, from: previous[t.id], to: entry.tracks[t.id] }));
    previous = entry.tracks;
    return {
      decision: entry.decision,
      title: d?.title ?? entry.decision,
      phase: d?.phase ?? '',
      side: entry.side,
      sideName: scenario.sides.find((x) => x.id === entry.side)?.name ?? entry.side,
      at: describeScenarioTime(entry.at),
      by: entry.by,
      chosen,
      historical,
      plan: history?.plan ? optionLabel(d, history.plan) : null,
      // A decision that never arose is itself the divergence, already counted where the path left history.
      diverged: diverged && !counterfactual,
      counterfactual,
      historySummary: history?.summary ?? '',
      historyWhen: history?.when ?? '',
      sources: history?.sources ?? [],
      bases: resolveBases(history?.basis, history?.sources[0]),
      advisers:
        d && d.kind !== 'route'
          ? (d.advisers ?? []).map((a) => ({
              role: a.role,
              name: scenario.roles.find((r) => r.id === a.role)?.name ?? a.role,
              position: a.position,
              source: a.source,
              bases: resolveBases(a.basis, a.source),
            }))
          : [],
      changes,
      fromRecord: Boolean(entry.fromRecord),
      vote:
        entry.kind === 'choice' && entry.vote
          ? {
              splits: Object.entries(entry.vote.counts).map(([option, count]) => ({
                option,
                label: optionLabel(d, option),
                count,
              })),
              override: entry.vote.override,
            }
          : null,
      room: entry.kind === 'choice' ? roomVerdict(d, entry.vote) : null,
    };
  });

  const lastReply = [...decisionsLog].reverse().find((e) => e.kind === 'reply');
  const referenceItems = historicalPackage(scenario);
  const reference = referencePosture(scenario);
  const cellsOf = (items: readonly string[]) => {
    const a = assessPackage(scenario, items, referenceItems);
    return (reference?.parts ?? []).map((part, i) =>
      partCell(part, a.parts[i], (ids) => ids.map(itemLabel).join(', ')),
    );
  };
  const scorecard: Review['scorecard'] = reference
    ? [
        ...(lastReply?.kind === 'reply' ? [{ package: 'yours' as const, cells: cellsOf(lastReply.items) }] : []),
        { package: 'historical' as const, cells: cellsOf(referenceItems) },
      ]
    : [];
  const endingDef = ctx.ending ? index.endings.get(ctx.ending) : undefined;
  const endingEntry = ctx.log.find((e) => e.kind === 'ending');
  const start = Object.fromEntries(scenario.tracks.map((t) => [t.id, t.start]));
  const points = [
    { at: describeScenarioTime(index.start), tracks: start },
    ...decisionsLog.map((e) => ({ at: describeScenarioTime(e.at), tracks: e.tracks })),
  ];
  if (endingEntry?.kind === 'ending')
    points.push({ at: describeScenarioTime(endingEntry.at), tracks: endingEntry.tracks });
  return {
    title: scenario.meta.title,
    seed: ctx.seed,
    ending:
      endingDef && endingEntry
        ? {
            ...endingDef,
            reachedAt: describeScenarioTime(endingEntry.at),
            offRecord: offRecord(index, ctx.log, endingDef.id),
            bases: resolveBases(endingDef.basis, endingDef.sources[0]),
            epilogue: epilogueView(index, ctx),
          }
        : null,
    rows,
    divergences: rows.filter((r) => r.diverged).length,
    roomDivergences: rows.filter((r) => r.room?.diverged).length,
    roomOverridden: rows.filter((r) => r.room?.diverged && r.room.overridden).length,
    voted: rows.some((r) => r.room !== null),
    package:
      lastReply?.kind === 'reply'
        ? {
            items: lastReply.items,
            labels: lastReply.items.map(itemLabel),
            assessment: assessPackage(scenario, lastReply.items, referenceItems),
          }
        : null,
    historicalPackage: {
      items: referenceItems,
      labels: referenceItems.map(itemLabel),
      assessment: assessPackage(scenario, referenceItems, referenceItems),
    },
    reference,
    scorecard,
    hidden: scenario.tracks
      .filter((t) => t.hidden)
      .map((t) => ({
        id: t.id,
        label: t.label,
        value: ctx.tracks[t.id],
        reveal: t.reveal ?? '',
        source: t.source,
        bases: resolveBases(t.basis, t.source),
      })),
    marks: ctx.log.flatMap((e) =>
      e.kind === 'mark'
        ? [
            {
              at: describeScenarioTime(e.at),
              decision: index.decisions.get(e.decision)?.title ?? e.decision,
              note: e.note,
            },
          ]
        : [],
    ),
    injects: ctx.log.flatMap((e) =>
      e.kind === 'hold' || e.kind === 'release'
        ? [
            {
              at: describeScenarioTime(e.at),
              document: e.document,
              title: index.documents.get(e.document)?.title ?? e.document,
              action: e.kind === 'hold' ? ('held back' as const) : ('released early' as const),
            },
          ]
        : [],
    ),
    unfinished: ctx.ending === null,
    lesson: lessonReview(engine, snapshot),
    stillHeld: (ctx.held ?? []).map((id) => ({ document: id, title: index.documents.get(id)?.title ?? id })),
    series: scenario.tracks.map((t) => ({
      track: t.id,
      label: t.label,
      hidden: Boolean(t.hidden),
      points: points.map((p) => ({ at: p.at, value: p.tracks[t.id] })),
    })),
  };
}
