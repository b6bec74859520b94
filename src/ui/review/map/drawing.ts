/**
 * The decision map drawn as an SVG template from its layout: lines in four layers (unexplored,
 * explored, historical, and the brass thread where the player followed history), then the boxes,
 * each a button that opens its note. lit-html updates it in place, so the focus stays on a box.
 */
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { MapNode } from '../../../engine/analysis/mapModel';
import {
  type Box,
  FONT_SIZE,
  LINE_HEIGHT,
  type MapLayout,
  type Measure,
  type PlacedEdge,
  type PlacedNode,
} from './layout';
import { statusWords } from './words';

const FONT = `${FONT_SIZE}px "IBM Plex Sans", "Helvetica Neue", Arial, sans-serif`;

/** Text width in pixels: measured on a canvas where there is one, estimated otherwise. */
export function canvasMeasure(): Measure | undefined {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (!context) return undefined;
  const ctx = context;
  // The face may not have loaded when we measure; IBM Plex runs a little wider than the fallbacks.
  const SLACK = 1.08;
  return (text, italic = false) => {
    ctx.font = `${italic ? 'italic ' : ''}${FONT}`;
    return ctx.measureText(text).width * SLACK;
  };
}

export interface DrawingState {
  /** Prefix of this map's ids (two maps on one page keep their markers apart). */
  prefix: string;
  selected: string | null;
  /** Map pixels shown per CSS pixel. */
  zoom: number;
  open(id: string): void;
  /** Compare classes: how many of the compared runs passed each node and took each step. */
  counts?: MapCounts;
}

/** How many runs passed each node and took each step (keys of `steps`: `${from} ${to}`). */
export interface MapCounts {
  runs: number;
  nodes: Readonly<Record<string, number>>;
  steps: ReadonlyMap<string, number>;
}

export const stepKey = (from: string, to: string) => `${from} ${to}`;
/** "3 of 5 runs": the words a count is read out with, beside the number drawn. */
export const runsWords = (count: number, runs: number) => `${count} of ${runs} ${runs === 1 ? 'run' : 'runs'}`;

const marker = (id: string, className: string, size: number) =>
  svg`<marker id=${id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth=${size} markerHeight=${size}
    markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class=${className}></path></marker>`;

function nodeShape(node: MapNode, box: Box): SVGTemplateResult {
  const { width: w, height: ht } = box;
  const x = -w / 2;
  const y = -ht / 2;
  if (node.kind === 'ending') {
    return svg`<rect x=${x} y=${y} width=${w} height=${ht} rx="3" class="dm-node__shape"></rect>
      <rect x=${x + 5} y=${y + 5} width=${w - 10} height=${ht - 10} rx="2" class="dm-node__inner"></rect>`;
  }
  if (node.kind === 'route') {
    const t = 14;
    const points = [
      [x, 0],
      [x + t, y],
      [-x - t, y],
      [-x, 0],
      [-x - t, -y],
      [x + t, -y],
    ]
      .map(([px, py]) => `${px},${py}`)
      .join(' ');
    return svg`<polygon points=${points} class="dm-node__shape"></polygon>`;
  }
  // A reply is a package of terms sent to the other side: a folded corner sets it apart from a choice.
  return svg`<rect x=${x} y=${y} width=${w} height=${ht} rx="10" class="dm-node__shape"></rect>${
    node.kind === 'reply' ? svg`<path d=${`M${-x - 16},${y} L${-x},${y + 16}`} class="dm-node__fold"></path>` : null
  }`;
}

function nodeButton(placed: PlacedNode, state: DrawingState): SVGTemplateResult {
  const { node, box, lines, caption, italic } = placed;
  const classes = [
    'dm-node',
    `dm-node--${node.kind}`,
    node.endingKind ? `dm-node--${node.endingKind}` : '',
    node.visited ? 'is-visited' : '',
    node.historical ? 'is-historical' : '',
    italic ? 'is-counterfactual' : '',
    state.selected === node.id ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const rows = [...(caption ? [caption] : []), ...lines];
  const count = state.counts ? (state.counts.nodes[node.id] ?? 0) : null;
  const counted = count !== null && state.counts ? `, ${runsWords(count, state.counts.runs)}` : '';
  const top = -((rows.length - 1) * LINE_HEIGHT) / 2;
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      state.open(node.id);
    }
  };
  return svg`<g class=${classes} transform=${`translate(${box.x.toFixed(1)},${box.y.toFixed(1)})`} role="button"
      tabindex="0" aria-pressed=${state.selected === node.id ? 'true' : 'false'} aria-controls=${`${state.prefix}-panel`}
      aria-label=${`${node.label}: ${statusWords(node, italic).join(', ')}${counted}`} data-node=${node.id}
      data-count=${count ?? nothing}
      @click=${() => state.open(node.id)} @keydown=${keydown}>
    <rect x=${-box.width / 2 - 5} y=${-box.height / 2 - 5} width=${box.width + 10} height=${box.height + 10} rx="12"
      class="dm-node__ring"></rect>
    ${nodeShape(node, box)}
    <text class="dm-node__label" text-anchor="middle">${rows.map(
      (row, i) =>
        svg`<tspan x="0" y=${(top + i * LINE_HEIGHT).toFixed(1)} dy="0.35em"
          class=${caption !== undefined && i === 0 ? 'dm-node__caption' : nothing}>${row}</tspan>`,
    )}</text>
    ${count ? countBadge(box.width / 2, -box.height / 2, count) : nothing}
  </g>`;
}

/** A count drawn in a small disc (the number of runs), at a box's corner or half-way along a line. */
const countBadge = (x: number, y: number, count: number) =>
  svg`<g class="dm-count" transform=${`translate(${x.toFixed(1)},${y.toFixed(1)})`} aria-hidden="true">
    <circle r="13" class="dm-count__disc"></circle><text text-anchor="middle" dy="0.35em" class="dm-count__text">${count}</text>
  </g>`;

/** The counts on the lines: every step at least one compared run took, its count half-way along. */
const stepCounts = (edges: PlacedEdge[], counts: MapCounts) =>
  svg`<g class="dm-step-counts">${edges.map(({ edge, mid }) => {
    const count = counts.steps.get(stepKey(edge.from, edge.to));
    return count
      ? svg`<g data-step=${stepKey(edge.from, edge.to)} data-count=${count}>${countBadge(mid.x, mid.y, count)}</g>`
      : nothing;
  })}</g>`;

const edgeLayer = (edges: PlacedEdge[], className: string, arrow: string | null, prefix: string) =>
  svg`<g class="dm-edges" aria-hidden="true">${edges.map(
    ({ edge, d }) =>
      svg`<path d=${d} class=${`dm-edge ${className}`} marker-end=${arrow ? `url(#${prefix}-arrow-${arrow})` : nothing}
        data-from=${edge.from} data-to=${edge.to}></path>`,
  )}</g>`;

/**
 * The whole drawing: `<svg>` with its markers, lines and boxes (the root in an HTML template, as
 * lit-html wants; its parts in SVG ones). Where the player followed history, a brass thread runs
 * inside the navy line.
 */
export function drawing(layout: MapLayout, state: DrawingState): TemplateResult {
  const { prefix } = state;
  const edges = layout.edges;
  const unexplored = edges.filter((e) => !e.edge.explored && !e.edge.historical);
  const explored = edges.filter((e) => e.edge.explored && !e.edge.historical);
  const historical = edges.filter((e) => e.edge.historical);
  return html`<svg class="decision-map__svg" viewBox=${`0 0 ${layout.width} ${layout.height}`} width=${layout.width}
      height=${layout.height} role="group" style=${`--map-width: ${Math.round(layout.width * state.zoom)}px`}
      aria-label=${`Decision map: ${layout.nodes.length} decisions and endings. Each box is a button that opens its note.`}>
    <defs>
      ${marker(`${prefix}-arrow-historical`, 'dm-arrow--historical', 16)}
      ${marker(`${prefix}-arrow-explored`, 'dm-arrow--explored', 12)}
      ${marker(`${prefix}-arrow-unexplored`, 'dm-arrow--unexplored', 10)}
    </defs>
    ${edgeLayer(unexplored, 'dm-edge--unexplored', 'unexplored', prefix)}
    ${edgeLayer(explored, 'dm-edge--explored', 'explored', prefix)}
    ${edgeLayer(historical, 'dm-edge--historical', 'historical', prefix)}
    ${edgeLayer(
      historical.filter((e) => e.edge.explored),
      'dm-edge--followed',
      null,
      prefix,
    )}
    ${state.counts ? stepCounts(edges, state.counts) : nothing}
    <g class="dm-nodes">${repeat(
      layout.nodes,
      (p) => p.node.id,
      (p) => nodeButton(p, state),
    )}</g>
  </svg>`;
}
