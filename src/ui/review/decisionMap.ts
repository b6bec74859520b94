/**
 * The decision map of the after-action review: the scenario's decisions and endings laid out by
 * dagre, the historical path drawn through them, the paths played in this browser marked, and
 * each node a control that opens its historical note. A text list says the same for screen readers.
 * Built with createElement(NS) only: no scenario text ever becomes markup.
 */
import { type EdgeLabel, Graph, type GraphLabel, layout, type NodeLabel } from '@dagrejs/dagre';
import type { MapEdge, MapModel, MapNode } from '../../engine/analysis/mapModel';
import type { Engine } from '../../engine/game';
import { resolveBases } from '../../engine/provenance';
import type { Decision, Ending, Source } from '../../engine/schema/scenario';
import { h, svg } from '../dom';
import { sourceLink } from '../play/sources';
import { whereFrom } from '../play/whereFrom';
import './decisionMap.css';

/** SVG units are pixels at natural size; text stays at 16 px for classroom projectors. */
const FONT_SIZE = 16;
const LINE_HEIGHT = 20;
const PAD_X = 12;
const PAD_Y = 10;
const WIDTH: Record<MapNode['kind'], number> = { choice: 172, reply: 172, route: 172, ending: 188 };
/** Zoom steps; 1 is natural size. Below 1 is for an overview: the text shrinks with it. */
const ZOOMS = [0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5];
const FONT = `${FONT_SIZE}px "IBM Plex Sans", "Helvetica Neue", Arial, sans-serif`;

export interface DecisionMapOptions {
  /** Called whenever a node's note is opened (by pointer, keyboard or the text list). */
  onOpenNode?(id: string): void;
}

type Box = { x: number; y: number; width: number; height: number };
type Point = { x: number; y: number };

let instances = 0;

/** Text width in pixels: measured on a canvas where there is one, estimated otherwise. */
function measurer(): (text: string, italic?: boolean) => number {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  // The face may not have loaded when we measure; IBM Plex runs a little wider than the fallbacks.
  const SLACK = 1.08;
  return (text, italic = false) => {
    if (!context) return text.length * FONT_SIZE * 0.56;
    context.font = `${italic ? 'italic ' : ''}${FONT}`;
    return context.measureText(text).width * SLACK;
  };
}

function wrap(text: string, width: number, measure: (t: string, italic?: boolean) => number, italic = false): string[] {
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

const isCounterfactualDecision = (d: Decision | undefined) =>
  !!d && d.kind !== 'route' && !d.history?.option && !d.history?.package;

const KIND_WORDS: Record<MapNode['kind'], string> = {
  choice: 'decision',
  reply: 'reply package',
  route: 'turning point decided by the game',
  ending: 'ending',
};

function statusWords(node: MapNode, counterfactual: boolean): string[] {
  const words: string[] = [];
  if (node.kind === 'ending')
    words.push(node.endingKind === 'historical' ? 'historical ending' : 'counterfactual ending');
  else words.push(counterfactual ? `${KIND_WORDS[node.kind]}, never arose historically` : KIND_WORDS[node.kind]);
  if (node.historical) words.push('on the historical path');
  words.push(
    node.kind === 'ending' ? (node.visited ? 'found' : 'not found yet') : node.visited ? 'visited' : 'not visited yet',
  );
  return words;
}

/** A smooth line through dagre's points (a quadratic spline through the midpoints). */
function pathData(points: Point[]): string {
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

function marker(id: string, className: string, size: number): SVGMarkerElement {
  return svg(
    'marker',
    {
      id,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: size,
      markerHeight: size,
      markerUnits: 'userSpaceOnUse',
      orient: 'auto-start-reverse',
    },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: className }),
  );
}

function nodeShape(node: MapNode, box: Box): SVGElement[] {
  const { width: w, height: ht } = box;
  const x = -w / 2;
  const y = -ht / 2;
  if (node.kind === 'ending') {
    return [
      svg('rect', { x, y, width: w, height: ht, rx: 3, class: 'dm-node__shape' }),
      svg('rect', { x: x + 5, y: y + 5, width: w - 10, height: ht - 10, rx: 2, class: 'dm-node__inner' }),
    ];
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
    return [svg('polygon', { points, class: 'dm-node__shape' })];
  }
  const shapes: SVGElement[] = [svg('rect', { x, y, width: w, height: ht, rx: 10, class: 'dm-node__shape' })];
  // A reply is a package of terms sent to the other side: a folded corner sets it apart from a choice.
  if (node.kind === 'reply')
    shapes.push(svg('path', { d: `M${-x - 16},${y} L${-x},${y + 16}`, class: 'dm-node__fold' }));
  return shapes;
}

export function renderDecisionMap(engine: Engine, model: MapModel, options: DecisionMapOptions = {}): HTMLElement {
  const prefix = `decision-map-${++instances}`;
  const measure = measurer();
  const { index } = engine;
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const counterfactual = (id: string) => isCounterfactualDecision(index.decisions.get(id));

  // ---- Layout: every node sized by its wrapped label, dagre places them and routes the edges.
  const labels = new Map<string, { lines: string[]; caption?: string; italic: boolean }>();
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  // Tuned on Black Saturday: 'UR' alignment and tight separations keep the map narrowest.
  g.setGraph({ rankdir: 'TB', nodesep: 18, ranksep: 40, edgesep: 8, marginx: 16, marginy: 16, align: 'UR' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of model.nodes) {
    const italic = node.kind !== 'ending' && counterfactual(node.id);
    const lines = wrap(node.label, WIDTH[node.kind] - 2 * PAD_X - (node.kind === 'route' ? 20 : 0), measure, italic);
    const caption =
      node.kind === 'ending' ? (node.endingKind === 'historical' ? 'historical ending' : 'counterfactual') : undefined;
    labels.set(node.id, { lines, caption, italic });
    const rows = lines.length + (caption ? 1 : 0);
    const extra = node.kind === 'ending' ? 8 : 0;
    g.setNode(node.id, { width: WIDTH[node.kind], height: rows * LINE_HEIGHT + 2 * PAD_Y + extra });
  }
  for (const edge of model.edges) {
    if (!byId.has(edge.from) || !byId.has(edge.to) || edge.from === edge.to) continue;
    // The historical path weighs most, so dagre keeps it short and straight: the spine of the map.
    // Nothing the player did changes the weights, so the map keeps its shape from game to game.
    g.setEdge(edge.from, edge.to, { weight: edge.historical ? 6 : 1 });
  }
  layout(g);
  const width = Math.ceil(g.graph().width ?? 400);
  const height = Math.ceil(g.graph().height ?? 300);
  const boxOf = (id: string): Box => g.node(id) as Box;

  // ---- The panel: the note of the node last opened.
  const panelId = `${prefix}-panel`;
  const panelHeadingId = `${prefix}-panel-heading`;
  const panel = h(
    'section',
    { class: 'decision-map__panel', id: panelId, 'aria-live': 'polite', 'aria-labelledby': panelHeadingId },
    h('h3', { id: panelHeadingId, class: 'decision-map__panel-heading', tabindex: -1 }, 'Historical notes'),
    h(
      'p',
      { class: 'decision-map__hint' },
      'Choose a box on the map (or press Tab to reach it and Enter to open it) to read what happened there and its sources.',
    ),
  );

  const controls = new Map<string, SVGGElement>();
  let selected: string | null = null;

  function open(id: string, focus: 'none' | 'panel' | 'node' = 'none'): void {
    const node = byId.get(id);
    if (!node) return;
    if (selected) {
      controls.get(selected)?.classList.remove('is-selected');
      controls.get(selected)?.setAttribute('aria-pressed', 'false');
    }
    selected = id;
    const control = controls.get(id);
    control?.classList.add('is-selected');
    control?.setAttribute('aria-pressed', 'true');
    panel.replaceChildren(...noteFor(node));
    if (focus === 'panel') panel.querySelector<HTMLElement>('h3')?.focus();
    if (focus === 'node') {
      control?.focus();
      control?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    options.onOpenNode?.(id);
  }

  function sourcesList(sources: Source[]): HTMLElement {
    return h(
      'div',
      { class: 'decision-map__sources' },
      h('h4', {}, sources.length > 1 ? 'Sources' : 'Source'),
      h('ul', {}, ...sources.map((s) => h('li', {}, sourceLink(s)))),
    );
  }

  function leadsTo(id: string): HTMLElement | null {
    const next = model.edges.filter((e) => e.from === id && byId.has(e.to));
    if (next.length === 0) return null;
    return h(
      'div',
      { class: 'decision-map__next' },
      h('h4', {}, 'Leads to'),
      h(
        'ul',
        {},
        ...next.map((e) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'decision-map__link', onclick: () => open(e.to, 'node') },
              byId.get(e.to)?.label ?? e.to,
            ),
            e.historical ? ' (history went this way)' : '',
            e.explored && !e.historical ? ' (you went this way)' : '',
          ),
        ),
      ),
    );
  }

  function noteFor(node: MapNode): Node[] {
    const status = h('p', { class: 'decision-map__status' }, statusWords(node, counterfactual(node.id)).join(' · '));
    const heading = h('h3', { id: panelHeadingId, class: 'decision-map__panel-heading', tabindex: -1 }, node.label);
    if (node.kind === 'ending') {
      const ending = index.endings.get(node.id) as Ending;
      return [
        h(
          'p',
          { class: 'decision-map__phase' },
          node.endingKind === 'historical' ? 'Historical ending' : 'Counterfactual ending',
        ),
        heading,
        status,
        h('p', {}, ending.summary),
        h('h4', {}, node.endingKind === 'historical' ? 'The record' : 'What is history and what is invented'),
        h('p', {}, ending.history),
        sourcesList(ending.sources),
        whereFrom(resolveBases(ending.basis, ending.sources[0])),
      ].filter((part): part is HTMLElement => part !== null);
    }
    const decision = index.decisions.get(node.id) as Decision;
    const parts: Node[] = [h('p', { class: 'decision-map__phase' }, decision.phase), heading, status];
    if (decision.kind === 'route') {
      parts.push(
        h(
          'p',
          {},
          'Nobody chooses here: the game reads where the earlier decisions have left things and follows the first route that fits.',
        ),
      );
    } else {
      const history = decision.history;
      if (!history) parts.push(h('p', {}, 'This decision has no historical note.'));
      else {
        const optionLabel = (id: string) =>
          decision.kind === 'choice' ? (decision.options.find((o) => o.id === id)?.label ?? id) : id;
        if (history.option)
          parts.push(h('p', {}, h('strong', {}, 'What the real actors did: '), optionLabel(history.option)));
        else if (history.package)
          parts.push(
            h(
              'p',
              {},
              h('strong', {}, 'What was sent: '),
              history.package.map((id) => index.items.get(id)?.label ?? id).join('; '),
            ),
          );
        else if (history.plan)
          parts.push(h('p', {}, h('strong', {}, 'Never arose. Planned in advance: '), optionLabel(history.plan)));
        else parts.push(h('p', {}, h('strong', {}, 'Never arose historically.')));
        parts.push(
          h('p', { class: 'decision-map__when' }, history.when),
          h('p', {}, history.summary),
          sourcesList(history.sources),
        );
        const bases = whereFrom(resolveBases(history.basis, history.sources[0]));
        if (bases) parts.push(bases);
      }
    }
    const next = leadsTo(node.id);
    if (next) parts.push(next);
    return parts;
  }

  // ---- The drawing.
  const chart = svg('svg', {
    class: 'decision-map__svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'group',
    'aria-label': `Decision map: ${model.nodes.length} decisions and endings. Each box is a button that opens its note.`,
  });
  const defs = svg(
    'defs',
    {},
    marker(`${prefix}-arrow-historical`, 'dm-arrow--historical', 16),
    marker(`${prefix}-arrow-explored`, 'dm-arrow--explored', 12),
    marker(`${prefix}-arrow-unexplored`, 'dm-arrow--unexplored', 10),
  );
  chart.append(defs);

  const edgeLayer = (edges: MapEdge[], className: string, arrow: string | null) => {
    const layer = svg('g', { class: 'dm-edges', 'aria-hidden': 'true' });
    for (const e of edges) {
      const label = g.edge(e.from, e.to) as EdgeLabel | undefined;
      if (!label?.points) continue;
      layer.append(
        svg('path', {
          d: pathData(label.points),
          class: `dm-edge ${className}`,
          'marker-end': arrow ? `url(#${prefix}-arrow-${arrow})` : undefined,
          'data-from': e.from,
          'data-to': e.to,
        }),
      );
    }
    return layer;
  };
  const unexplored = model.edges.filter((e) => !e.explored && !e.historical);
  const explored = model.edges.filter((e) => e.explored && !e.historical);
  const historical = model.edges.filter((e) => e.historical);
  chart.append(
    edgeLayer(unexplored, 'dm-edge--unexplored', 'unexplored'),
    edgeLayer(explored, 'dm-edge--explored', 'explored'),
    edgeLayer(historical, 'dm-edge--historical', 'historical'),
    // Where the player followed history, a brass thread runs inside the navy line.
    edgeLayer(
      historical.filter((e) => e.explored),
      'dm-edge--followed',
      null,
    ),
  );

  const nodeLayer = svg('g', { class: 'dm-nodes' });
  const order = [...model.nodes].sort((a, b) => boxOf(a.id).y - boxOf(b.id).y || boxOf(a.id).x - boxOf(b.id).x);
  for (const node of order) {
    const box = boxOf(node.id);
    const label = labels.get(node.id) as { lines: string[]; caption?: string; italic: boolean };
    const classes = [
      'dm-node',
      `dm-node--${node.kind}`,
      node.endingKind ? `dm-node--${node.endingKind}` : '',
      node.visited ? 'is-visited' : '',
      node.historical ? 'is-historical' : '',
      label.italic ? 'is-counterfactual' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const group = svg('g', {
      class: classes,
      transform: `translate(${box.x.toFixed(1)},${box.y.toFixed(1)})`,
      role: 'button',
      tabindex: 0,
      'aria-pressed': 'false',
      'aria-controls': panelId,
      'aria-label': `${node.label}: ${statusWords(node, label.italic).join(', ')}`,
      'data-node': node.id,
    });
    const ring = svg('rect', {
      x: -box.width / 2 - 5,
      y: -box.height / 2 - 5,
      width: box.width + 10,
      height: box.height + 10,
      rx: 12,
      class: 'dm-node__ring',
    });
    const rows = [...(label.caption ? [label.caption] : []), ...label.lines];
    const top = -((rows.length - 1) * LINE_HEIGHT) / 2;
    const text = svg('text', { class: 'dm-node__label', 'text-anchor': 'middle' });
    rows.forEach((row, i) => {
      const isCaption = label.caption !== undefined && i === 0;
      text.append(
        svg(
          'tspan',
          {
            x: 0,
            y: (top + i * LINE_HEIGHT).toFixed(1),
            dy: '0.35em',
            class: isCaption ? 'dm-node__caption' : undefined,
          },
          row,
        ),
      );
    });
    group.append(ring, ...nodeShape(node, box), text);
    group.addEventListener('click', () => open(node.id));
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(node.id);
      }
    });
    controls.set(node.id, group);
    nodeLayer.append(group);
  }
  chart.append(nodeLayer);

  // ---- The legend and the count.
  const swatch = (...children: SVGElement[]) =>
    svg('svg', { class: 'dm-swatch', viewBox: '0 0 44 20', width: 44, height: 20, 'aria-hidden': 'true' }, ...children);
  const line = (className: string) => svg('path', { d: 'M2,10 L42,10', class: `dm-edge ${className}` });
  const box = (attributes: Record<string, string | number>) =>
    svg('rect', { x: 4, y: 2, width: 36, height: 16, rx: 5, ...attributes });
  const item = (picture: SVGSVGElement, ...text: (string | Node)[]) => h('li', {}, picture, h('span', {}, ...text));
  const legend = h(
    'ul',
    { class: 'decision-map__legend', 'aria-label': 'Legend' },
    item(swatch(line('dm-edge--historical')), 'The historical path'),
    item(swatch(line('dm-edge--historical'), line('dm-edge--followed')), 'History, and you went this way too'),
    item(swatch(line('dm-edge--explored')), 'A way you have played'),
    item(swatch(line('dm-edge--unexplored')), 'Not yet explored'),
    item(swatch(box({ class: 'dm-node__shape dm-legend--visited' })), 'Visited'),
    item(swatch(box({ class: 'dm-node__shape dm-legend--unvisited' })), 'Not visited'),
    item(
      swatch(
        box({
          x: 3,
          y: 1,
          width: 38,
          height: 18,
          rx: 2,
          class: 'dm-node__shape dm-legend--unvisited dm-legend--history',
        }),
        box({ x: 7, y: 5, width: 30, height: 10, rx: 1, class: 'dm-node__inner dm-legend--history' }),
      ),
      'Historical ending (double border)',
    ),
    item(
      swatch(
        box({
          x: 3,
          y: 1,
          width: 38,
          height: 18,
          rx: 2,
          class: 'dm-node__shape dm-legend--unvisited dm-legend--invented',
        }),
        box({ x: 7, y: 5, width: 30, height: 10, rx: 1, class: 'dm-node__inner dm-legend--invented' }),
      ),
      'Counterfactual ending',
    ),
    item(
      swatch(
        svg('polygon', { points: '2,10 10,2 34,2 42,10 34,18 10,18', class: 'dm-node__shape dm-legend--unvisited' }),
      ),
      'Turning point the game decides',
    ),
    item(
      swatch(
        box({ class: 'dm-node__shape dm-legend--unvisited' }),
        svg('path', { d: 'M32,2 L40,10', class: 'dm-node__fold' }),
      ),
      'Reply package (folded corner)',
    ),
    item(
      swatch(svg('text', { x: 22, y: 15, 'text-anchor': 'middle', class: 'dm-legend__italic' }, 'Aa')),
      h('em', {}, 'Italic'),
      ': never arose historically',
    ),
  );

  const found = model.endingsFound;
  const count = h(
    'p',
    { class: 'decision-map__count' },
    h('strong', {}, `${found} of ${model.endingsTotal} endings found`),
    found === 0 ? ' — finish a game to start marking your paths.' : ' in this browser.',
  );

  // ---- The same map as a list, for screen readers and for anyone who prefers reading it.
  const textList = h(
    'details',
    { class: 'decision-map__list' },
    h('summary', {}, 'The map as a list'),
    h(
      'ol',
      {},
      ...model.nodes.map((node) => {
        const next = model.edges.filter((e) => e.from === node.id && byId.has(e.to));
        return h(
          'li',
          {},
          h('strong', {}, node.label),
          ` — ${statusWords(node, counterfactual(node.id)).join(', ')}.`,
          next.length
            ? ` Leads to: ${next
                .map(
                  (e) => `${byId.get(e.to)?.label}${e.historical ? ' (historical)' : e.explored ? ' (explored)' : ''}`,
                )
                .join('; ')}.`
            : '',
          ' ',
          h(
            'button',
            { type: 'button', class: 'decision-map__link', onclick: () => open(node.id, 'panel') },
            `Read the note`,
            h('span', { class: 'visually-hidden' }, ` on ${node.label}`),
          ),
        );
      }),
    ),
  );

  // ---- Zoom: natural size keeps the 16 px text; smaller is for taking in the whole map at once.
  const viewport = h('div', { class: 'decision-map__viewport' }, chart);
  let zoom = 1;
  const zoomLabel = h('span', { class: 'decision-map__zoom-level', 'aria-live': 'polite' }, '100%');
  const setZoom = (next: number) => {
    zoom = Math.min(ZOOMS[ZOOMS.length - 1], Math.max(0.2, next));
    chart.style.setProperty('--map-width', `${Math.round(width * zoom)}px`);
    zoomLabel.textContent = `${Math.round(zoom * 100)}%`;
  };
  const step = (direction: 1 | -1) => {
    const next =
      direction > 0 ? ZOOMS.find((z) => z > zoom + 0.001) : [...ZOOMS].reverse().find((z) => z < zoom - 0.001);
    setZoom(next ?? zoom);
  };
  const button = (label: string, onclick: () => void, title?: string) =>
    h('button', { type: 'button', class: 'button button--small', onclick, 'aria-label': title }, label);
  const toolbar = h(
    'div',
    { class: 'decision-map__zoom no-print', role: 'group', 'aria-label': 'Map size' },
    button('−', () => step(-1), 'Zoom out'),
    zoomLabel,
    button('+', () => step(1), 'Zoom in'),
    button('Actual size', () => setZoom(1)),
    button('Whole map', () => {
      const fit = Math.min(viewport.clientWidth / width, viewport.clientHeight / height);
      setZoom(Number.isFinite(fit) && fit > 0 ? Math.min(1, fit) : 1);
    }),
  );
  setZoom(1);
  // Once on screen, bring the first decision into view: on a narrow screen it may lie off to one side.
  const start = controls.get(model.nodes[0]?.id ?? '');
  if (start && typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => {
      if (viewport.clientWidth === 0) return;
      observer.disconnect();
      const startBox = boxOf(start.getAttribute('data-node') as string);
      const right = (startBox.x + startBox.width / 2 + 24) * zoom;
      if (right > viewport.clientWidth) viewport.scrollLeft = right - viewport.clientWidth;
    });
    observer.observe(viewport);
  }

  return h(
    'section',
    { class: 'decision-map', 'aria-labelledby': `${prefix}-heading` },
    h('h2', { id: `${prefix}-heading` }, 'The decision map'),
    count,
    legend,
    toolbar,
    h('div', { class: 'decision-map__body' }, viewport, panel),
    textList,
  );
}
