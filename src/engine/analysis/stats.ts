/**
 * `scenario stats`: the counts a reviewer asks for, including the distinct sources cited and how many
 * claims say where in their source they rest.
 */
import { type ProvenanceCounts, provenanceCounts } from '../provenance';
import type { Scenario, Source } from '../schema/scenario';
import { decisionGraph, pathCounts } from './graph';

export interface ScenarioStats extends ProvenanceCounts {
  id: string;
  version: string;
  documents: number;
  decisions: number;
  endings: number;
  roles: number;
  tracks: number;
  events: number;
  sources: number;
  reachableStates: number;
  simplePaths: number;
}

const citation = (s: Source) => (typeof s === 'string' ? s : s.cite).trim();

/** Every citation the scenario makes, once each, in first-seen order. */
export function distinctSources(s: Scenario): string[] {
  const all: Source[] = [];
  for (const t of s.tracks) all.push(t.source);
  for (const r of s.roles) if (r.stance) all.push(r.stance.source);
  for (const d of s.documents) all.push(d.source);
  for (const d of s.decisions) {
    if (d.kind === 'route') continue;
    for (const a of d.advisers ?? []) all.push(a.source);
    all.push(...(d.history?.sources ?? []));
  }
  for (const i of s.replyBuilder?.items ?? []) if (i.source) all.push(i.source);
  for (const e of s.events ?? []) if (e.source) all.push(e.source);
  for (const e of s.endings) all.push(...e.sources);
  return [...new Set(all.map(citation))];
}

export function scenarioStats(s: Scenario): ScenarioStats {
  const counts = pathCounts(decisionGraph(s));
  return {
    id: s.meta.id,
    version: s.meta.version,
    documents: s.documents.length,
    decisions: s.decisions.filter((d) => d.kind !== 'route').length,
    endings: s.endings.length,
    roles: s.roles.length,
    tracks: s.tracks.length,
    events: s.events?.length ?? 0,
    sources: distinctSources(s).length,
    ...counts,
    // Claims needing a basis (positions, stances, history notes, summarised documents): with, without.
    ...provenanceCounts(s),
  };
}
