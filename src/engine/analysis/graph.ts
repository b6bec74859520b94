/**
 * The scenario as a graph of decisions and endings, guards ignored: an over-approximation of what
 * play can reach, used to find dead ends, unreachable content and the path counts.
 */
import { createMachine } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { recordGate } from '../record';
import type { Next, Scenario } from '../schema/scenario';

export interface DecisionGraph {
  start: string;
  nodes: string[];
  endings: Set<string>;
  /** Every node's possible next nodes, in file order, without duplicates. */
  edges: Map<string, string[]>;
}

const targetsOf = (next: Next): string[] => (typeof next === 'string' ? [next] : next.map((r) => r.next));

export function decisionGraph(scenario: Scenario): DecisionGraph {
  const edges = new Map<string, string[]>();
  // A way to a gated historical ending is also a way to its `otherwise` (see record.ts).
  const otherwise = new Map(
    scenario.endings.flatMap((e) => {
      const gate = recordGate(e);
      return gate ? [[e.id, gate.otherwise] as const] : [];
    }),
  );
  const withOtherwise = (ids: string[]) =>
    ids.flatMap((id) => [id, ...(otherwise.has(id) ? [otherwise.get(id) as string] : [])]);
  for (const d of scenario.decisions) {
    const targets =
      d.kind === 'choice'
        ? d.options.flatMap((o) => targetsOf(o.next))
        : d.kind === 'reply'
          ? targetsOf(d.next)
          : targetsOf(d.routes);
    edges.set(d.id, [...new Set(withOtherwise(targets))]);
  }
  for (const e of scenario.endings) edges.set(e.id, []);
  return {
    start: scenario.meta.firstDecision,
    nodes: [...edges.keys()],
    endings: new Set(scenario.endings.map((e) => e.id)),
    edges,
  };
}

export function reachableFrom(graph: DecisionGraph, start = graph.start): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const next of graph.edges.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Nodes from which no ending can be reached: a dead end, or a loop with no way out. */
export function trappedNodes(graph: DecisionGraph): string[] {
  const reverse = new Map<string, string[]>(graph.nodes.map((n) => [n, []]));
  for (const [from, targets] of graph.edges) for (const to of targets) reverse.get(to)?.push(from);
  const canFinish = new Set(graph.endings);
  const queue = [...graph.endings];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const prev of reverse.get(node) ?? []) {
      if (!canFinish.has(prev)) {
        canFinish.add(prev);
        queue.push(prev);
      }
    }
  }
  return graph.nodes.filter((n) => !canFinish.has(n));
}

/**
 * The decision graph as a bare XState machine (no guards, no context), so xstate/graph can count
 * its reachable states and simple paths with track values abstracted away.
 */
export function skeletonMachine(graph: DecisionGraph) {
  const states: Record<string, { type?: 'final'; on?: Record<string, string> }> = {};
  for (const node of graph.nodes) {
    const targets = graph.edges.get(node) ?? [];
    states[node] = graph.endings.has(node)
      ? { type: 'final' }
      : { on: Object.fromEntries(targets.map((t) => [`go.${t}`, t])) };
  }
  return createMachine({ id: 'skeleton', initial: graph.start, states: states as never });
}

export function pathCounts(graph: DecisionGraph): { reachableStates: number; simplePaths: number } {
  const machine = skeletonMachine(graph);
  const events = graph.nodes.map((n) => ({ type: `go.${n}` }));
  const options = {
    events,
    serializeState: (s: { value: unknown }) => String(s.value),
    filterEvents: (s: { can: (e: { type: string }) => boolean }, e: { type: string }) => s.can(e),
  };
  const shortest = getShortestPaths(machine, options as never);
  const simple = getSimplePaths(machine, options as never);
  return {
    reachableStates: shortest.length,
    simplePaths: simple.filter((p) => graph.endings.has(String((p.state as { value: unknown }).value))).length,
  };
}
