/** Lookup tables over a validated scenario, built once per machine: the rules never search lists. */
import type { Decision, Ending, GameEventDef, ReplyItem, Scenario, ScenarioDocument, Track } from './schema/scenario';
import { parseScenarioTime } from './time';

export interface ScheduledDocument {
  doc: ScenarioDocument;
  at: number;
}

export interface ScheduledEvent {
  event: GameEventDef;
  at: number;
}

export interface ScenarioIndex {
  scenario: Scenario;
  decisions: Map<string, Decision>;
  endings: Map<string, Ending>;
  documents: Map<string, ScenarioDocument>;
  tracks: Map<string, Track>;
  items: Map<string, ReplyItem>;
  /** Documents that arrive on the clock, earliest first. */
  scheduledDocuments: ScheduledDocument[];
  /** Events in time order (ties in file order). */
  scheduledEvents: ScheduledEvent[];
  decisionTimes: Map<string, number>;
  start: number;
  modelSides: Set<string>;
}

const byTime = <T extends { at: number }>(a: T, b: T) => a.at - b.at;

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const decisionTimes = new Map<string, number>();
  for (const d of scenario.decisions) if (d.at) decisionTimes.set(d.id, parseScenarioTime(d.at));
  return {
    scenario,
    decisions: new Map(scenario.decisions.map((d) => [d.id, d])),
    endings: new Map(scenario.endings.map((e) => [e.id, e])),
    documents: new Map(scenario.documents.map((d) => [d.id, d])),
    tracks: new Map(scenario.tracks.map((t) => [t.id, t])),
    items: new Map((scenario.replyBuilder?.items ?? []).map((i) => [i.id, i])),
    scheduledDocuments: scenario.documents
      .filter((doc) => doc.deliver)
      .map((doc) => ({ doc, at: parseScenarioTime(doc.deliver?.at as string) }))
      .sort(byTime),
    scheduledEvents: (scenario.events ?? []).map((event) => ({ event, at: parseScenarioTime(event.at) })).sort(byTime),
    decisionTimes,
    start: parseScenarioTime(scenario.meta.start),
    modelSides: new Set(scenario.sides.filter((s) => s.modelPlayable).map((s) => s.id)),
  };
}
