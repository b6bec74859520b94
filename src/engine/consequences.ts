/**
 * "The game answers the player": after each decision, a note of what was done and what moved, each
 * change with the reason the scenario gives for it (`effects.reasons`); after a model's move, the
 * other side's paper naming what weighed most, from the terms its roll actually used (the log's
 * `model`, see rules.ts readOptions). Pure: built from the log and the scenario, for the desk's note
 * strip and for the review alike, so both say the same.
 */
import { own } from './records';
import type { ScenarioIndex } from './scenarioIndex';
import type { Effects, Option, Weight } from './schema/scenario';
import type { Controller, LogEntry, OptionReading } from './state';

export interface TrackChange {
  track: string;
  label: string;
  delta: number;
  /** The scenario's reason for the change, when it gives one. */
  reason?: string;
}

/** One term of the model's weighing, named: "fear of escalation", +0.75. */
export interface ModelFactor {
  label: string;
  value: number;
}

export interface ModelOdds {
  option: string;
  label: string;
  odds: number;
  picked: boolean;
}

/**
 * The other side's paper after a model's move: the game's reconstruction from its model, never a
 * document of the time. `onRecord` says whether the move itself is the record's (the decision's
 * history option); an off-record move is a counterfactual and says so.
 */
export interface ModelPaper {
  from: string;
  weighed: ModelFactor[];
  against: ModelFactor[];
  onRecord: boolean;
  /** The odds the model gave each open option: the review's (and an ended game's) only. */
  odds?: ModelOdds[];
}

export interface ConsequenceNote {
  decision: string;
  title: string;
  side: string;
  sideName: string;
  by: Controller;
  at: number;
  /** What was done: the option's label, or the package's items. */
  done: string[];
  changes: TrackChange[];
  paper?: ModelPaper;
}

export interface NoteOptions {
  /** The tracks this viewer may see: changes to others, and model terms that read them, are left out. */
  visibleTracks: ReadonlySet<string>;
  /** Whether the odds of each option are shown (the review, an ended game). */
  odds: boolean;
}

/** How many factors a paper names on each side of the scale. */
const MOST = 3;
const AGAINST = 2;

type DecisionEntry = Extract<LogEntry, { kind: 'choice' | 'reply' }>;

/** The note for one decision's log entry; null for an entry the scenario no longer knows. */
export function consequenceNote(index: ScenarioIndex, entry: DecisionEntry, opts: NoteOptions): ConsequenceNote | null {
  const decision = index.decisions.get(entry.decision);
  if (!decision || decision.kind === 'route') return null;
  const sideName = index.scenario.sides.find((s) => s.id === entry.side)?.name ?? entry.side;
  const reasons = new Map<string, string[]>();
  const addReasons = (effects: Effects | undefined) => {
    for (const [track, reason] of Object.entries(effects?.reasons ?? {})) {
      const list = reasons.get(track) ?? [];
      if (!list.includes(reason)) list.push(reason);
      reasons.set(track, list);
    }
  };
  let done: string[];
  let option: Option | undefined;
  if (entry.kind === 'choice') {
    option = decision.kind === 'choice' ? decision.options.find((o) => o.id === entry.option) : undefined;
    done = [option?.label ?? entry.option];
    addReasons(option?.effects);
  } else {
    done = entry.items.map((id) => index.items.get(id)?.label ?? id);
    for (const id of entry.items) addReasons(index.items.get(id)?.effects);
    if (decision.kind === 'reply') addReasons(decision.effects);
  }
  const changes = (entry.moved ?? [])
    .filter((m) => opts.visibleTracks.has(m.track))
    .map((m) => {
      const why = reasons.get(m.track);
      return {
        track: m.track,
        label: index.tracks.get(m.track)?.label ?? m.track,
        delta: m.delta,
        ...(why ? { reason: why.join('; ') } : {}),
      };
    });
  const note: ConsequenceNote = {
    decision: decision.id,
    title: decision.title ?? decision.id,
    side: entry.side,
    sideName,
    by: entry.by,
    at: entry.at,
    done,
    changes,
  };
  if (entry.kind === 'choice' && entry.model && decision.kind === 'choice') {
    note.paper = modelPaper(
      index,
      decision.options,
      entry.option,
      entry.model,
      decision.history?.option,
      sideName,
      opts,
    );
  }
  return note;
}

/** The notes of every decision in a log, in order. */
export function consequenceNotes(
  index: ScenarioIndex,
  log: readonly LogEntry[],
  opts: NoteOptions,
  include: (entry: DecisionEntry) => boolean = () => true,
): ConsequenceNote[] {
  const notes: ConsequenceNote[] = [];
  for (const e of log) {
    if ((e.kind !== 'choice' && e.kind !== 'reply') || !include(e)) continue;
    const note = consequenceNote(index, e, opts);
    if (note) notes.push(note);
  }
  return notes;
}

function modelPaper(
  index: ScenarioIndex,
  options: readonly Option[],
  picked: string,
  reading: readonly OptionReading[],
  recordOption: string | undefined,
  from: string,
  opts: NoteOptions,
): ModelPaper {
  const option = options.find((o) => o.id === picked);
  const mine = reading.find((r) => r.option === picked);
  const factors = (mine?.terms ?? [])
    .filter((t) => !t.term.startsWith('perTrack.') || opts.visibleTracks.has(t.term.slice('perTrack.'.length)))
    .map((t) => ({ label: termLabel(index, option?.weight, t.term), value: t.value }));
  const weighed = factors
    .filter((f) => f.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, MOST);
  const against = factors
    .filter((f) => f.value < 0)
    .sort((a, b) => a.value - b.value)
    .slice(0, AGAINST);
  const paper: ModelPaper = { from, weighed, against, onRecord: recordOption === picked };
  if (opts.odds) {
    paper.odds = reading.map((r) => ({
      option: r.option,
      label: options.find((o) => o.id === r.option)?.label ?? r.option,
      odds: r.odds,
      picked: r.option === picked,
    }));
  }
  return paper;
}

/**
 * A term's name for a reader: the weight's own label where the scenario gives one, else the
 * feature's or track's label, else a plain description of the term.
 */
export function termLabel(index: ScenarioIndex, weight: Weight | undefined, term: string): string {
  const [kind, id] = splitTerm(term);
  if (kind === 'base') return weight?.labels?.base ?? 'its standing inclination';
  if (kind === 'perFeature') {
    const named = own(weight?.labels?.perFeature ?? {}, id);
    return named ?? index.scenario.replyBuilder?.features.find((f) => f.id === id)?.label ?? id;
  }
  if (kind === 'perTrack') return own(weight?.labels?.perTrack ?? {}, id) ?? index.tracks.get(id)?.label ?? id;
  if (kind === 'when') return weight?.when?.[Number(id)]?.label ?? 'a circumstance of the moment';
  return term;
}

function splitTerm(term: string): [string, string] {
  const dot = term.indexOf('.');
  return dot < 0 ? [term, ''] : [term.slice(0, dot), term.slice(dot + 1)];
}
