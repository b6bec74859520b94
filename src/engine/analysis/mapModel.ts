/**
 * The decision map's model: every decision and ending of the scenario as a node, every possible
 * step between them as an edge, each marked with whether history took it and whether the player
 * has taken it in some game. Pure data; the review draws it (src/ui/review/decisionMap.ts).
 */
import type { Engine } from '../game';
import { decisionGraph } from './graph';
import { historicalStrategy, playStrategy } from './historical';
import { pathOf } from './pathTaken';

// The session records a finished game's path without the map's model (see pathTaken.ts).
export { pathOf };

export type MapNodeKind = 'choice' | 'reply' | 'route' | 'ending';

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  /** The decision's phase (decisions only), e.g. "Saturday evening — the reply". */
  phase?: string;
  /** Endings only. */
  endingKind?: 'historical' | 'counterfactual';
  /** Reached in at least one explored game. */
  visited: boolean;
  /** On the historical path. */
  historical: boolean;
}

export interface MapEdge {
  from: string;
  to: string;
  /** The two nodes are consecutive on the historical path. */
  historical: boolean;
  /** The two nodes are consecutive in at least one explored game. */
  explored: boolean;
}

export interface MapModel {
  /** Decisions in scenario order (route decisions included), then endings in scenario order. */
  nodes: MapNode[];
  edges: MapEdge[];
  /** Distinct endings of this scenario reached in the explored games. */
  endingsFound: number;
  endingsTotal: number;
}

/** The path the real actors took: the historical option or package at every decision. */
export function historicalPath(engine: Engine, seed = 1962): string[] {
  return pathOf(playStrategy(engine, { seed }, historicalStrategy).snapshot);
}

const edgeKey = (from: string, to: string) => `${from}\u0000${to}`;

function steps(paths: readonly (readonly string[])[]): Set<string> {
  const keys = new Set<string>();
  for (const path of paths) for (let i = 1; i < path.length; i++) keys.add(edgeKey(path[i - 1], path[i]));
  return keys;
}

export function mapModel(
  engine: Engine,
  paths: { explored: readonly (readonly string[])[]; historical: readonly string[] },
): MapModel {
  const { scenario } = engine;
  const graph = decisionGraph(scenario);
  const visited = new Set(paths.explored.flat());
  const onHistory = new Set(paths.historical);
  const exploredSteps = steps(paths.explored);
  const historicalSteps = steps([paths.historical]);

  const nodes: MapNode[] = [
    ...scenario.decisions.map(
      (d): MapNode => ({
        id: d.id,
        kind: d.kind,
        label: d.title ?? d.id,
        phase: d.phase,
        visited: visited.has(d.id),
        historical: onHistory.has(d.id),
      }),
    ),
    ...scenario.endings.map(
      (e): MapNode => ({
        id: e.id,
        kind: 'ending',
        label: e.title,
        endingKind: e.kind,
        visited: visited.has(e.id),
        historical: onHistory.has(e.id),
      }),
    ),
  ];

  const edges: MapEdge[] = [];
  for (const from of graph.nodes) {
    for (const to of graph.edges.get(from) ?? []) {
      const key = edgeKey(from, to);
      edges.push({ from, to, historical: historicalSteps.has(key), explored: exploredSteps.has(key) });
    }
  }

  return {
    nodes,
    edges,
    endingsFound: scenario.endings.filter((e) => visited.has(e.id)).length,
    endingsTotal: scenario.endings.length,
  };
}
