/**
 * The decision map's layout, in Node (no DOM): every node gets a box that holds its wrapped label,
 * no two boxes overlap, the historical path runs downwards, and the edges the drawing gets are the
 * model's, with path data through dagre's points.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalPath, mapModel } from '../../src/engine/analysis/mapModel';
import { createEngine } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import { estimateWidth, LINE_HEIGHT, layoutMap, pathData, wrap } from '../../src/ui/review/map/layout';
import { isCounterfactualDecision, statusWords } from '../../src/ui/review/map/words';
import { fitZoom, stepZoom, ZOOMS } from '../../src/ui/review/map/zoom';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);
const history = historicalPath(engine);
const counterfactual = (id: string) => isCounterfactualDecision(engine.index.decisions.get(id));
const model = mapModel(engine, { explored: [history], historical: history });
const layout = layoutMap(model, counterfactual);

describe('wrapping a label', () => {
  it('breaks between words so no line is wider than the box, unless one word alone is', () => {
    const measure = (t: string) => t.length * 10;
    expect(wrap('a bb ccc dddd', 60, measure)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrap('unbreakableword', 50, measure)).toEqual(['unbreakableword']);
    expect(wrap('  ', 50, measure)).toEqual([]);
  });
});

describe('path data', () => {
  it('is straight through two points and a smooth curve through more', () => {
    expect(
      pathData([
        { x: 0, y: 0 },
        { x: 10, y: 20 },
      ]),
    ).toBe('M0.0,0.0 L10.0,20.0');
    const curve = pathData([
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 40 },
    ]);
    expect(curve).toBe('M0.0,0.0 Q10.0,10.0 20.0,40.0');
  });
});

describe('the map laid out for Black Saturday', () => {
  it('places every node of the model once, top to bottom', () => {
    expect(layout.nodes.map((p) => p.node.id).sort()).toEqual(model.nodes.map((n) => n.id).sort());
    const ys = layout.nodes.map((p) => p.box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('makes each box tall enough for its lines and caption, and keeps every box inside the map', () => {
    for (const p of layout.nodes) {
      const rows = p.lines.length + (p.caption ? 1 : 0);
      expect(p.box.height).toBeGreaterThanOrEqual(rows * LINE_HEIGHT);
      expect(p.lines.join(' ')).toBe(p.node.label.split(/\s+/).filter(Boolean).join(' '));
      expect(p.box.x - p.box.width / 2).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.width / 2).toBeLessThanOrEqual(layout.width);
      expect(p.box.y + p.box.height / 2).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never lets two boxes overlap', () => {
    const boxes = layout.nodes.map((p) => p.box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 - 0.5 ||
          Math.abs(a.y - b.y) >= (a.height + b.height) / 2 - 0.5;
        expect(apart, `${layout.nodes[i].node.id} and ${layout.nodes[j].node.id}`).toBe(true);
      }
    }
  });

  it('runs the historical path downwards, each step to a lower box', () => {
    for (let i = 1; i < history.length; i++) {
      const from = layout.byId.get(history[i - 1]);
      const to = layout.byId.get(history[i]);
      expect(to?.box.y, `${history[i - 1]} → ${history[i]}`).toBeGreaterThan(from?.box.y ?? Number.NaN);
    }
  });

  it('gives the drawing each edge of the model between two different nodes, with path data', () => {
    const expected = model.edges.filter((e) => e.from !== e.to).map((e) => `${e.from}->${e.to}`);
    expect(layout.edges.map((e) => `${e.edge.from}->${e.edge.to}`)).toEqual(expected);
    for (const e of layout.edges) expect(e.d).toMatch(/^M[\d.]+,[\d.]+( [LQ][\d.,\s]+)+$/);
  });

  it('captions the endings and sets the decisions that never arose in italic', () => {
    for (const p of layout.nodes) {
      if (p.node.kind === 'ending') {
        expect(p.caption).toBe(p.node.endingKind === 'historical' ? 'historical ending' : 'counterfactual');
        expect(p.italic).toBe(false);
      } else expect(p.italic).toBe(counterfactual(p.node.id));
    }
    expect(layout.nodes.some((p) => p.italic)).toBe(true);
  });

  it('narrows the boxes’ lines when the text measures wider', () => {
    const wide = layoutMap(model, counterfactual, (t) => estimateWidth(t) * 2);
    const lines = (l: typeof layout) => l.nodes.reduce((n, p) => n + p.lines.length, 0);
    expect(lines(wide)).toBeGreaterThan(lines(layout));
  });
});

describe('the words for a node', () => {
  it('say its kind, whether history passed there and whether it was visited or found', () => {
    const ending = model.nodes.find((n) => n.kind === 'ending' && n.historical);
    if (!ending) throw new Error('no historical ending');
    expect(statusWords(ending, false)).toEqual(['historical ending', 'on the historical path', 'found']);
    const unplayed = { ...model.nodes[0], visited: false, historical: false };
    expect(statusWords(unplayed, true)).toEqual([`decision, never arose historically`, 'not visited yet']);
  });
});

describe('zoom', () => {
  it('steps through the fixed sizes and stops at either end', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.875);
    expect(stepZoom(ZOOMS[ZOOMS.length - 1], 1)).toBe(ZOOMS[ZOOMS.length - 1]);
    expect(stepZoom(ZOOMS[0], -1)).toBe(ZOOMS[0]);
  });

  it('fits the whole map in the viewport, never above natural size', () => {
    expect(fitZoom({ width: 500, height: 1000 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitZoom({ width: 5000, height: 5000 }, { width: 1000, height: 1000 })).toBe(1);
    // A viewport not laid out yet (hidden, printing) measures 0: natural size, not a speck.
    expect(fitZoom({ width: 0, height: 0 }, { width: 1000, height: 1000 })).toBe(1);
    expect(fitZoom({ width: 100, height: 100 }, { width: 1000, height: 1000 })).toBe(0.2);
  });
});
