import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { decisionGraph } from '../../src/engine/analysis/graph';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { historicalPath, mapModel, pathOf } from '../../src/engine/analysis/mapModel';
import { createEngine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);
const { scenario } = engine;
const graph = decisionGraph(scenario);

/** History, except at the named decisions, where the given option is taken instead. */
function divergeAt(seed: number, changes: Record<string, string>): GameSnapshot {
  return playStrategy(engine, { seed }, (e, s) => {
    const d = e.index.decisions.get(s.context.current);
    if (d?.kind === 'choice' && changes[d.id]) return { type: 'player.choose', side: d.side, option: changes[d.id] };
    const move = historicalStrategy(e, s);
    if ('stop' in move && d?.kind === 'choice') return { type: 'player.choose', side: d.side, option: d.options[0].id };
    return move;
  }).snapshot;
}

const pairs = (path: readonly string[]) => path.slice(1).map((to, i) => `${path[i]}->${to}`);
const keysOf = (edges: { from: string; to: string }[]) => edges.map((e) => `${e.from}->${e.to}`).sort();

const history = historicalPath(engine);
const strike = pathOf(divergeAt(1962, { 'u2-loss': 'strike-missiles' }));

describe('the decision map model', () => {
  it('lists every decision (routes included) and every ending of the scenario, once', () => {
    const model = mapModel(engine, { explored: [], historical: history });
    const ids = model.nodes.map((n) => n.id);
    expect(ids).toEqual([...scenario.decisions.map((d) => d.id), ...scenario.endings.map((e) => e.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(model.nodes.filter((n) => n.kind === 'route').length).toBe(
      scenario.decisions.filter((d) => d.kind === 'route').length,
    );
    for (const e of scenario.endings) {
      const node = model.nodes.find((n) => n.id === e.id);
      expect(node).toMatchObject({ kind: 'ending', label: e.title, endingKind: e.kind });
    }
    for (const d of scenario.decisions) {
      expect(model.nodes.find((n) => n.id === d.id)).toMatchObject({ kind: d.kind, phase: d.phase });
    }
    expect(model.endingsTotal).toBe(scenario.endings.length);
  });

  it('has one edge for every possible step of the scenario graph, and no other', () => {
    const model = mapModel(engine, { explored: [], historical: history });
    const expected = graph.nodes.flatMap((from) => (graph.edges.get(from) ?? []).map((to) => `${from}->${to}`));
    expect(keysOf(model.edges)).toEqual(expected.sort());
  });

  it('follows history from the first decision to the historical settlement, through the final route', () => {
    expect(history[0]).toBe(scenario.meta.firstDecision);
    expect(history.at(-1)).toBe('historical-settlement');
    expect(history).toContain('final-route');
    expect(history.every((id, i) => i === 0 || id !== history[i - 1])).toBe(true);
    const model = mapModel(engine, { explored: [], historical: history });
    expect(keysOf(model.edges.filter((e) => e.historical))).toEqual(pairs(history).sort());
    expect(
      model.nodes
        .filter((n) => n.historical)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...new Set(history)].sort());
    expect(model.nodes.find((n) => n.id === 'historical-settlement')).toMatchObject({
      historical: true,
      endingKind: 'historical',
    });
  });

  it('marks exactly the edges and nodes of an explored path', () => {
    expect(strike[0]).toBe(scenario.meta.firstDecision);
    expect(strike).toContain('soviet-after-air-strike');
    expect(graph.endings.has(strike.at(-1) as string)).toBe(true);
    const model = mapModel(engine, { explored: [strike], historical: history });
    expect(keysOf(model.edges.filter((e) => e.explored))).toEqual([...new Set(pairs(strike))].sort());
    expect(
      model.nodes
        .filter((n) => n.visited)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...new Set(strike)].sort());
    // Where the path left the record, the step is explored but not historical.
    const left = model.edges.find((e) => e.from === 'u2-loss' && e.to === 'soviet-after-air-strike');
    expect(left).toMatchObject({ explored: true, historical: false });
    const shared = model.edges.find((e) => e.from === 'second-letter' && e.to === 'u2-loss');
    expect(shared).toMatchObject({ explored: true, historical: true });
  });

  it('marks nothing explored before any game', () => {
    const model = mapModel(engine, { explored: [], historical: history });
    expect(model.edges.some((e) => e.explored)).toBe(false);
    expect(model.nodes.some((n) => n.visited)).toBe(false);
    expect(model.endingsFound).toBe(0);
  });

  it('counts the distinct endings reached in the explored paths', () => {
    expect(strike.at(-1)).not.toBe('historical-settlement');
    expect(mapModel(engine, { explored: [history], historical: history }).endingsFound).toBe(1);
    expect(mapModel(engine, { explored: [history, history, strike], historical: history }).endingsFound).toBe(2);
    // An unfinished game and ids from another version of the scenario find nothing.
    const unfinished = pathOf(engine.start({ seed: 1 }));
    expect(unfinished).toEqual([scenario.meta.firstDecision]);
    expect(
      mapModel(engine, { explored: [unfinished, ['gone', 'no-such-ending']], historical: history }).endingsFound,
    ).toBe(0);
  });

  it('reads a game in progress up to the decision in hand', () => {
    const first = engine.start({ seed: 7 });
    const step = engine.step(first, { type: 'player.choose', side: 'us', option: 'answer-first' });
    if (!step.ok) throw new Error(step.errors.join('; '));
    expect(pathOf(step.snapshot)).toEqual(['second-letter', 'u2-loss']);
  });
});
