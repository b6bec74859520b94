/** Lookup tables over a validated scenario, built once per machine: the rules never search lists. */
import type {
  Decision,
  Ending,
  GameEventDef,
  ReplyItem,
  Scenario,
  ScenarioDocument,
  Track,
  TrackRule,
} from './schema/scenario';
import { parseScenarioTime } from './time';

export type Scheduled = { doc: ScenarioDocument; at: number } | { event: GameEventDef; at: number };

export interface ScenarioIndex {
  scenario: Scenario;
  decisions: Map<string, Decision>;
  endings: Map<string, Ending>;
  documents: Map<string, ScenarioDocument>;
  tracks: Map<string, Track>;
  items: Map<string, ReplyItem>;
  /** Documents that arrive on the clock and events, in time order (documents first on a tie). */
  schedule: Scheduled[];
  decisionTimes: Map<string, number>;
  start: number;
  modelSides: Set<string>;
  /** A document's variants' ids → the document they stand in for (see rules.ts `deliver`). */
  variantOf: Map<string, string>;
  /** Every track's rules, in the scenario's order, with the track they hold. */
  trackRules: { track: Track; rule: TrackRule }[];
  /**
   * The rules the rules engine applies after every change (rules.ts applyTrackRules): those that hold a
   * bound (`bounds`) or fire effects (which need an id); a rule that only relabels its track is the view's.
   */
  actingRules: { track: Track; rule: TrackRule; bounds: boolean }[];
}

const byTime = <T extends { at: number }>(a: T, b: T) => a.at - b.at;

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const decisionTimes = new Map<string, number>();
  const trackRules = scenario.tracks.flatMap((track) => (track.rules ?? []).map((rule) => ({ track, rule })));
  for (const d of scenario.decisions) if (d.at) decisionTimes.set(d.id, parseScenarioTime(d.at));
  return {
    scenario,
    decisions: new Map(scenario.decisions.map((d) => [d.id, d])),
    endings: new Map(scenario.endings.map((e) => [e.id, e])),
    documents: new Map(scenario.documents.map((d) => [d.id, d])),
    tracks: new Map(scenario.tracks.map((t) => [t.id, t])),
    items: new Map((scenario.replyBuilder?.items ?? []).map((i) => [i.id, i])),
    schedule: [
      ...scenario.documents
        .filter((doc) => doc.deliver)
        .map((doc) => ({ doc, at: parseScenarioTime(doc.deliver?.at as string) })),
      ...(scenario.events ?? []).map((event) => ({ event, at: parseScenarioTime(event.at) })),
    ].sort(byTime),
    decisionTimes,
    start: parseScenarioTime(scenario.meta.start),
    modelSides: new Set(scenario.sides.filter((s) => s.modelPlayable).map((s) => s.id)),
    variantOf: new Map(scenario.documents.flatMap((doc) => (doc.variants ?? []).map((v) => [v.document, doc.id]))),
    trackRules,
    actingRules: trackRules
      .map(({ track, rule }) => ({ track, rule, bounds: rule.atMost !== undefined || rule.atLeast !== undefined }))
      .filter(({ rule, bounds }) => bounds || Boolean(rule.effects && rule.id)),
  };
}
