import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { debriefQuestions } from '../../src/engine/analysis/compareDebrief';
import { compareRuns, MAX_RUNS, type RunFile } from '../../src/engine/analysis/compareRuns';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { withLessonPlan } from '../../src/engine/analysis/lessonPath';
import { historicalPath, pathOf } from '../../src/engine/analysis/mapModel';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { createSave } from '../../src/engine/save';
import { miniEngine } from './helpers';

const mini = miniEngine();
const miniHistory = historicalPath(mini);
const file = (engine: Engine, name: string, snapshot: GameSnapshot): RunFile => ({
  name,
  text: createSave(engine, snapshot, true),
});
const historicalRun = (engine: Engine, seed = 1962, lesson?: string) =>
  playStrategy(engine, { seed, ...(lesson ? { lesson } : {}) }, withLessonPlan(historicalStrategy)).snapshot;

/** What the counts must be, computed the plain way: each run counts once per node and per step. */
function expectedCounts(paths: string[][]) {
  const nodes: Record<string, number> = {};
  const steps: Record<string, number> = {};
  for (const path of paths) {
    for (const id of new Set(path)) nodes[id] = (nodes[id] ?? 0) + 1;
    const keys = new Set(path.slice(1).map((to, i) => `${path[i]} > ${to}`));
    for (const key of keys) steps[key] = (steps[key] ?? 0) + 1;
  }
  return { nodes, steps };
}

describe('comparing runs of one scenario', () => {
  it('counts, over any set of games, how many runs passed each node and took each step', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 6 }), (seeds) => {
        const games = seeds.map((seed) => playRandomGame(mini, seed).final);
        const comparison = compareRuns(
          mini,
          games.map((g, i) => file(mini, `class-${i + 1}.json`, g)),
          miniHistory,
        );
        expect(comparison.refused).toEqual([]);
        expect(comparison.runs.map((r) => r.path)).toEqual(games.map(pathOf));
        const expected = expectedCounts(games.map(pathOf));
        expect(comparison.nodeCounts).toEqual(expected.nodes);
        expect(Object.fromEntries(comparison.edgeCounts.map((e) => [`${e.from} > ${e.to}`, e.count]))).toEqual(
          expected.steps,
        );
        // Every ending counted once per run that reached it, and every run is somewhere.
        const reached = comparison.endings.flatMap((e) => e.runs);
        expect(reached.sort()).toEqual(
          comparison.runs
            .filter((r) => r.ending)
            .map((r) => r.name)
            .sort(),
        );
        // The map marks visited exactly the nodes some run passed.
        for (const node of comparison.map.nodes) expect(node.visited).toBe(node.id in comparison.nodeCounts);
      }),
      { numRuns: 25 },
    );
  });

  it('marks the historical steps and the decisions every run played', () => {
    const history = historicalRun(mini);
    const other = playRandomGame(mini, 3).final;
    const comparison = compareRuns(mini, [file(mini, 'a.json', history), file(mini, 'b.json', other)], miniHistory);
    for (const edge of comparison.edgeCounts) {
      const i = miniHistory.indexOf(edge.from);
      expect(edge.historical).toBe(i >= 0 && miniHistory[i + 1] === edge.to);
    }
    const opening = comparison.decisions.find((d) => d.decision === 'opening');
    expect(opening?.shared).toBe(true);
    expect(opening?.historical).toEqual(['Propose talks']);
    expect(opening?.runs[0]).toMatchObject({ chosen: ['Propose talks'], diverged: false });
    expect(comparison.plansDiffer).toBe(false);
  });

  it('says where the room voted against the record even when the facilitator overrode it', () => {
    const vote = { counts: { talk: 3, seize: 14 }, override: 'The facilitator keeps to the record.' };
    const overridden = mini.replay({ seed: 2 }, [{ type: 'player.choose', side: 'north', option: 'talk', vote }]);
    const followed = mini.replay({ seed: 2 }, [
      { type: 'player.choose', side: 'north', option: 'talk', vote: { counts: { talk: 15, seize: 2 } } },
    ]);
    const comparison = compareRuns(
      mini,
      [file(mini, 'overridden.json', overridden), file(mini, 'followed.json', followed)],
      miniHistory,
    );
    const [a, b] = comparison.decisions.find((d) => d.decision === 'opening')?.runs ?? [];
    expect(a).toMatchObject({ diverged: false, roomDiverged: true });
    expect(a?.vote?.override).toBe('The facilitator keeps to the record.');
    expect(b).toMatchObject({ diverged: false, roomDiverged: false });
    expect(comparison.runs.every((r) => r.unfinished)).toBe(true);
  });

  it('refuses damaged, foreign and incompatible files by name and still compares the others', () => {
    const good = file(mini, 'good.json', historicalRun(mini));
    const envelope = JSON.parse(good.text);
    const foreign = {
      name: 'foreign.json',
      text: JSON.stringify({ ...envelope, scenario: { id: 'other', version: '1.0.0' } }),
    };
    const future = {
      name: 'future.json',
      text: JSON.stringify({ ...envelope, scenario: { ...envelope.scenario, version: '99.0.0' } }),
    };
    const damaged = { name: 'damaged.json', text: good.text.slice(0, good.text.length / 2) };
    const edited = { name: 'edited.json', text: good.text.replace('"seed": 1962', '"seed": 1963') };
    const comparison = compareRuns(mini, [damaged, good, foreign, future, edited], miniHistory);
    expect(comparison.runs.map((r) => r.name)).toEqual(['good.json']);
    const reasons = Object.fromEntries(comparison.refused.map((r) => [r.name, r.reason]));
    expect(Object.keys(reasons)).toEqual(['damaged.json', 'foreign.json', 'future.json', 'edited.json']);
    expect(reasons['damaged.json']).toMatch(/damaged or incomplete/);
    expect(reasons['foreign.json']).toMatch(/belongs to the scenario "other"/);
    expect(reasons['future.json']).toMatch(/version 99\.0\.0/);
    expect(reasons['edited.json']).toMatch(/does not match its own moves/);
  });

  it('leaves out files beyond the limit, by name', () => {
    const one = file(mini, 'x.json', historicalRun(mini));
    const files = Array.from({ length: MAX_RUNS + 2 }, (_, i) => ({ ...one, name: `run-${i}.json` }));
    const comparison = compareRuns(mini, files, miniHistory);
    expect(comparison.runs).toHaveLength(MAX_RUNS);
    expect(comparison.refused.map((r) => r.name)).toEqual([`run-${MAX_RUNS}.json`, `run-${MAX_RUNS + 1}.json`]);
  });
});

describe('comparing Black Saturday classes under different lesson plans', () => {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error('Black Saturday does not load');
  const engine = createEngine(loaded.value.scenario);

  it('shares the decisions both plans played, and puts every run’s tracks on one chart', () => {
    const double = historicalRun(engine, 1962, 'double-period');
    const single = historicalRun(engine, 1962, 'one-period');
    const random = playRandomGame(engine, 7).final;
    const comparison = compareRuns(engine, [
      file(engine, 'double.json', double),
      file(engine, 'single.json', single),
      file(engine, 'random.json', random),
    ]);
    expect(comparison.refused).toEqual([]);
    expect(comparison.plansDiffer).toBe(true);
    const shared = comparison.decisions.filter((d) => d.shared).map((d) => d.decision);
    expect(shared.length).toBeGreaterThan(0);
    // A shared decision was played (not taken from the record) by every run; the others were not.
    for (const d of comparison.decisions) {
      expect(d.shared).toBe(d.runs.every((a) => a !== null && !a.fromRecord));
    }
    // The one-period run stops at Moscow's answer: the aftermath's decisions are not in it.
    const singleRun = comparison.runs.find((r) => r.name === 'single.json');
    expect(singleRun?.lesson).toBe('one-period');
    expect(comparison.historicalPath.length).toBeGreaterThan(singleRun?.path.length ?? 0);
    for (const track of comparison.tracks) {
      expect(track.runs.map((r) => r.name)).toEqual(['double.json', 'single.json', 'random.json']);
      for (const run of track.runs) expect(run.points.length).toBeGreaterThan(1);
    }
    expect(comparison.endings.find((e) => e.runs.includes('double.json'))?.kind).toBe('historical');
  });
});

describe('debrief questions drawn from the comparison', () => {
  it('asks where the runs parted, where a vote was overridden and why the endings differ, and nowhere else', () => {
    const talk = (counts: Record<string, number>, override?: string) =>
      ({
        type: 'player.choose',
        side: 'north',
        option: 'talk',
        vote: { counts, ...(override ? { override } : {}) },
      }) as const;
    const seize = { type: 'player.choose', side: 'north', option: 'seize' } as const;
    const a = mini.replay({ seed: 2 }, [talk({ talk: 10, seize: 2 })]);
    const b = mini.replay({ seed: 2 }, [talk({ talk: 2, seize: 10 }, 'Kept to the record.')]);
    const c = mini.replay({ seed: 2 }, [seize]);
    const comparison = compareRuns(
      mini,
      [file(mini, 'a.json', a), file(mini, 'b.json', b), file(mini, 'c.json', c)],
      miniHistory,
    );
    const questions = debriefQuestions(comparison);
    const opening = questions.filter((q) => q.about === 'opening').map((q) => q.text);
    expect(opening[0]).toContain('2 runs (a, b) chose “Propose talks”; c chose “Seize the lighthouse”.');
    expect(opening[0]).toContain('In 1962: “Propose talks”.');
    expect(opening[1]).toContain('In b the facilitator overrode the room');
    // Runs that all did the same give nothing to ask.
    const same = compareRuns(mini, [file(mini, 'a.json', a), file(mini, 'a2.json', a)], miniHistory);
    expect(debriefQuestions(same)).toEqual([]);
  });

  it('names the endings and the decision where finished runs first parted', () => {
    const games = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => playRandomGame(mini, seed).final);
    const endings = new Set(games.map((g) => g.context.ending));
    expect(endings.size).toBeGreaterThan(1);
    const comparison = compareRuns(
      mini,
      games.map((g, i) => file(mini, `r${i}.json`, g)),
      miniHistory,
    );
    const question = debriefQuestions(comparison, 50).find((q) => q.about === 'endings');
    expect(question?.text).toMatch(new RegExp(`^The runs ended ${endings.size} ways`));
    expect(question?.text).toMatch(/first parted at “[^”]+”/);
  });
});
