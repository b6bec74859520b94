/**
 * Where each box and line of the decision map goes: every node sized by its wrapped label, dagre
 * places them and routes the edges. Pure (no DOM): it runs in Node, so its shape is unit-tested,
 * and the drawing only reads what it returns. Text is measured by the function it is given.
 */
import { type EdgeLabel, Graph, type GraphLabel, layout, type NodeLabel } from '@dagrejs/dagre';
import type { MapEdge, MapModel, MapNode } from '../../../engine/analysis/mapModel';

/** SVG units are pixels at natural size; text stays at 16 px for classroom projectors. */
export const FONT_SIZE = 16;
export const LINE_HEIGHT = 20;
const PAD_X = 12;
const PAD_Y = 10;
const WIDTH: Record<MapNode['kind'], number> = { choice: 172, reply: 172, route: 172, ending: 188 };

export type Measure = (text: string, italic?: boolean) => number;
export type Box = { x: number; y: number; width: number; height: number };
type Point = { x: number; y: number };

export interface PlacedNode {
  node: MapNode;
  /** Centre and size, in map pixels. */
  box: Box;
  /** The label, wrapped to the box. */
  lines: string[];
  /** A line above the label for endings ("historical ending", "counterfactual"). */
  caption?: string;
  /** Set in italic: a decision that never arose historically. */
  italic: boolean;
}

export interface PlacedEdge {
  edge: MapEdge;
  /** SVG path data through dagre's points. */
  d: string;
  /** A point half-way along the line, where a count of runs is written (Compare classes). */
  mid: Point;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Top to bottom, then left to right: the order of Tab through the drawing. */
  nodes: PlacedNode[];
  byId: Map<string, PlacedNode>;
  edges: PlacedEdge[];
}

/** A width estimate where nothing can measure text (Node, or a browser without canvas). */
export const estimateWidth: Measure = (text) => text.length * FONT_SIZE * 0.56;

export function wrap(text: string, width: number, measure: Measure, italic = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, italic) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A smooth line through dagre's points (a quadratic spline through the midpoints). */
export function pathData(points: Point[]): string {
  const f = (n: number) => n.toFixed(1);
  if (points.length < 3) return points.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)},${f(p.y)}`).join(' ');
  let d = `M${f(points[0].x)},${f(points[0].y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    const next = points[i + 1];
    const mid = i === points.length - 2 ? next : { x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 };
    d += ` Q${f(p.x)},${f(p.y)} ${f(mid.x)},${f(mid.y)}`;
  }
  return d;
}

export function layoutMap(
  model: MapModel,
  counterfactual: (id: string) => boolean,
  measure: Measure = estimateWidth,
): MapLayout {
  const byModelId = new Map(model.nodes.map((n) => [n.id, n]));
  const labels = new Map<string, Omit<PlacedNode, 'box'>>();
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  // Tuned on Black Saturday: 'UR' alignment and tight separations keep the map narrowest.
  g.setGraph({ rankdir: 'TB', nodesep: 18, ranksep: 40, edgesep: 8, marginx: 16, marginy: 16, align: 'UR' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of model.nodes) {
    const italic = node.kind !== 'ending' && counterfactual(node.id);
    const lines = wrap(node.label, WIDTH[node.kind] - 2 * PAD_X - (node.kind === 'route' ? 20 : 0), measure, italic);
    const caption =
      node.kind === 'ending' ? (node.endingKind === 'historical' ? 'historical ending' : 'counterfactual') : undefined;
    labels.set(node.id, { node, lines, caption, italic });
    const rows = lines.length + (caption ? 1 : 0);
    const extra = node.kind === 'ending' ? 8 : 0;
    g.setNode(node.id, { width: WIDTH[node.kind], height: rows * LINE_HEIGHT + 2 * PAD_Y + extra });
  }
  const drawn: MapEdge[] = [];
  for (const edge of model.edges) {
    if (!byModelId.has(edge.from) || !byModelId.has(edge.to) || edge.from === edge.to) continue;
    // The historical path weighs most, so dagre keeps it short and straight: the spine of the map.
    // Nothing the player did changes the weights, so the map keeps its shape from game to game.
    g.setEdge(edge.from, edge.to, { weight: edge.historical ? 6 : 1 });
    drawn.push(edge);
  }
  layout(g);
  const nodes = model.nodes
    .map((node): PlacedNode => {
      const { x, y, width, height } = g.node(node.id) as Box;
      return { ...(labels.get(node.id) as Omit<PlacedNode, 'box'>), box: { x, y, width, height } };
    })
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const edges = drawn.flatMap((edge): PlacedEdge[] => {
    const points = (g.edge(edge.from, edge.to) as EdgeLabel | undefined)?.points;
    return points ? [{ edge, d: pathData(points), mid: points[Math.floor(points.length / 2)] }] : [];
  });
  return {
    width: Math.ceil(g.graph().width ?? 400),
    height: Math.ceil(g.graph().height ?? 300),
    nodes,
    byId: new Map(nodes.map((p) => [p.node.id, p])),
    edges,
  };
}
