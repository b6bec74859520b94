/**
 * The record a historical ending asserts. A historical ending's text says what happened (Moscow
 * announced withdrawal on the 28th, the IL-28s left, the Jupiters came down in April), so a run may
 * reach it only when it went as the record did at every decision that text depends on: the ending's
 * `asRecorded`. Any other run is sent to the ending's `otherwise`, a counterfactual ending, and the
 * ending screen, the review and the exports name each decision where the run differed.
 *
 * Pure and read from the log alone, so the machine's guard, the view, the review and the analysis
 * all give the same answer, and a replayed or restored game reaches the same ending.
 *
 * What "as recorded" means for each listed decision:
 * - a choice whose history gives an `option`: the run took that decision, and took that option every
 *   time it did (a model-played decision, such as Moscow's answer, counts like any other);
 * - a reply listed by id, whose history gives a `package`: the run sent exactly that package;
 * - a reply listed as `{ decision, items }`: for each named item, the run's package holds it exactly
 *   when the record's does (an item the record left out must stay out);
 * - a decision whose history gives neither (it never arose): the run never reached it. Its `plan`,
 *   if any, is a plan, not an outcome, and does not count as the record.
 * A listed decision that never arose on the run, where the record shows it did, is a difference too.
 */
import type { ScenarioIndex } from './scenarioIndex';
import type { AsRecorded, Decision, Ending } from './schema/scenario';
import type { Controller, LogEntry } from './state';

/** One decision where a run differed from what a historical ending asserts. */
export interface Departure {
  decision: string;
  title: string;
  /** Who took it on this run (people or the response model); null when it never arose on the run. */
  by: Controller | null;
  /** Who is speaking in `run`, for a sentence: "you", "the response model (…)", or "your run". */
  who: string;
  /** What the run did, in the scenario's words: an option's label, the items that matter, or "did not arise". */
  run: string;
  /** What the record shows, in the same words. */
  record: string;
}

/** A historical ending's gate: what it asserts and where a run that differs goes instead. */
export interface RecordGate {
  asRecorded: AsRecorded[];
  otherwise: string;
}

export const DID_NOT_ARISE = 'did not arise';

/** The gate of an ending, or null for an ending any run may reach as it is. */
export function recordGate(ending: Ending | undefined): RecordGate | null {
  if (ending?.kind !== 'historical' || !ending.asRecorded || !ending.otherwise) return null;
  return { asRecorded: ending.asRecorded, otherwise: ending.otherwise };
}

/**
 * The answers given for a log, per ending, with the log's length when given: the machine asks once per
 * target of a gated route (the ending and its `otherwise`) on the same log. A log only grows, so an
 * answer stands while its length does.
 */
const reachedMemo = new WeakMap<readonly LogEntry[], Map<Ending, { length: number; reached: string }>>();

/** The ending a run actually reaches when a route names `id`: the ending itself, or its `otherwise`. */
export function endingReached(index: ScenarioIndex, log: readonly LogEntry[], id: string): string {
  const ending = index.endings.get(id);
  const gate = recordGate(ending);
  if (!gate || !ending) return id;
  let answers = reachedMemo.get(log);
  if (!answers) {
    answers = new Map();
    reachedMemo.set(log, answers);
  }
  const known = answers.get(ending);
  if (known?.length === log.length) return known.reached;
  const reached = departuresFromRecord(index, log, ending).length === 0 ? id : gate.otherwise;
  answers.set(ending, { length: log.length, reached });
  return reached;
}

const quoted = (label: string) => `“${label}”`;

function optionLabel(decision: Decision, id: string): string {
  return decision.kind === 'choice' ? (decision.options.find((o) => o.id === id)?.label ?? id) : id;
}

function whoOf(index: ScenarioIndex, decision: Decision, by: Controller | null): string {
  if (by === null) return 'your run';
  if (by === 'human') return 'you';
  const side = index.scenario.sides.find((s) => s.id === decision.side);
  return `the response model (${side?.name ?? decision.side})`;
}

/** Each decision an ending's `asRecorded` lists where the run (its log) differed from the record. */
export function departuresFromRecord(index: ScenarioIndex, log: readonly LogEntry[], ending: Ending): Departure[] {
  const departures: Departure[] = [];
  for (const entry of ending.asRecorded ?? []) {
    const id = typeof entry === 'string' ? entry : entry.decision;
    const decision = index.decisions.get(id);
    // A route has no record of its own; the check refuses one in asRecorded.
    if (!decision || decision.kind === 'route') continue;
    const taken = log.filter(
      (e): e is Extract<LogEntry, { kind: 'choice' | 'reply' }> =>
        (e.kind === 'choice' || e.kind === 'reply') && e.decision === id,
    );
    const departure = (by: Controller | null, run: string, record: string): Departure => ({
      decision: id,
      title: decision.title,
      by,
      who: whoOf(index, decision, by),
      run,
      record,
    });
    const history = decision.history;
    const recorded = decision.kind === 'choice' ? history?.option : history?.package;
    if (!recorded) {
      // The record shows that this decision never arose: reaching it is the difference.
      const last = taken.at(-1);
      if (!last) continue;
      const plan = history?.plan ? ` (the plan: ${optionLabel(decision, history.plan)})` : '';
      const run = last.kind === 'choice' ? optionLabel(decision, last.option) : itemList(index, last.items);
      departures.push(departure(last.by, run, `${DID_NOT_ARISE}${plan}`));
      continue;
    }
    const recordText =
      typeof recorded === 'string' ? optionLabel(decision, recorded) : itemList(index, recorded as string[]);
    if (taken.length === 0) {
      departures.push(departure(null, DID_NOT_ARISE, recordText));
      continue;
    }
    if (typeof recorded === 'string') {
      const differing = taken.filter((e) => e.kind === 'choice' && e.option !== recorded).at(-1);
      if (differing?.kind === 'choice')
        departures.push(departure(differing.by, optionLabel(decision, differing.option), recordText));
      continue;
    }
    // A reply: the items that matter are the named ones, or every item either package holds.
    for (const e of [...taken].reverse()) {
      if (e.kind !== 'reply') continue;
      const matter = typeof entry === 'string' ? [...new Set([...recorded, ...e.items])] : entry.items;
      const left = matter.filter((i) => recorded.includes(i) && !e.items.includes(i));
      const added = matter.filter((i) => !recorded.includes(i) && e.items.includes(i));
      if (left.length + added.length === 0) continue;
      const label = (i: string) => quoted(index.items.get(i)?.label ?? i);
      departures.push(
        departure(
          e.by,
          [...left.map((i) => `without ${label(i)}`), ...added.map((i) => `with ${label(i)}`)].join('; '),
          [...left.map((i) => `with ${label(i)}`), ...added.map((i) => `without ${label(i)}`)].join('; '),
        ),
      );
      break;
    }
  }
  return departures;
}

function itemList(index: ScenarioIndex, items: readonly string[]): string {
  return items.map((i) => quoted(index.items.get(i)?.label ?? i)).join('; ');
}

/** One departure as a sentence: "Moscow's answer: the response model (…): …; the record: …". */
export const departureText = (d: Departure) => `${d.title}: ${d.who}: ${d.run}; the record: ${d.record}`;

/** Why a run reached a counterfactual ending that stands in for a historical one, or null. */
export interface OffRecord {
  /** The historical ending the run would have reached had it gone as recorded. */
  historical: { id: string; title: string };
  departures: Departure[];
}

/**
 * For a run that ended: when its ending is the `otherwise` of a historical ending and the run
 * differed from that ending's record, which ending it stands in for and where the run differed.
 */
export function offRecord(index: ScenarioIndex, log: readonly LogEntry[], reached: string | null): OffRecord | null {
  if (!reached) return null;
  for (const ending of index.scenario.endings) {
    if (recordGate(ending)?.otherwise !== reached) continue;
    const departures = departuresFromRecord(index, log, ending);
    if (departures.length > 0) return { historical: { id: ending.id, title: ending.title }, departures };
  }
  return null;
}
