/**
 * Endless loops of routes and model picks: the engine stops them and refuses (loopGuard.ts), and
 * `check` finds the ones no game can leave before anyone plays (analysis/loops.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { decisionGraph, reachableFrom } from '../../src/engine/analysis/graph';
import { endlessLoops } from '../../src/engine/analysis/loops';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createEngine } from '../../src/engine/game';
import { MAX_MOVES_PER_COMMAND } from '../../src/engine/loopGuard';
import { formatIssue } from '../../src/engine/result';
import type { Decision, Route, Scenario } from '../../src/engine/schema/scenario';
import type { GameCommand } from '../../src/engine/state';

const BROKEN = join(__dirname, '..', 'fixtures', 'broken');

function broken(name: string): Scenario {
  const loaded = loadScenarioFolder(join(BROKEN, name));
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return loaded.value.scenario;
}

const loopReason = (...round: string[]) =>
  `the scenario goes round a loop without end: ${round.map((id) => `"${id}"`).join(' → ')} follow one another ` +
  `with no decision for people (stopped after ${MAX_MOVES_PER_COMMAND} moves); the scenario needs a way out of ` +
  'this loop (npm run scenario -- check names it)';

const seize: GameCommand = { type: 'player.choose', side: 'north', option: 'seize' };
const refuse: GameCommand = { type: 'player.choose', side: 'south', option: 'refuse' };

describe('the engine stops a loop that never gives the turn back', () => {
  it('refuses a command that leads into a loop of routes, naming the loop, and keeps the game before it', () => {
    const engine = createEngine(broken('route-cycle'));
    // South played by people, so the game reaches the night's checks by their refusal.
    const start = engine.start({ seed: 1, controllers: { south: 'human' } });
    const seized = engine.step(start, seize);
    if (!seized.ok) throw new Error(seized.errors.join('; '));
    expect(engine.step(seized.snapshot, refuse)).toEqual({
      ok: false,
      errors: [loopReason('final-check', 'final-check-again', 'final-check')],
    });
    // The game before the refused command is untouched and goes on another way.
    const accepted = engine.step(seized.snapshot, { type: 'player.choose', side: 'south', option: 'accept' });
    expect(accepted.ok && accepted.snapshot.status).toBe('done');
  });

  it('refuses a command after which the model answers itself for ever', () => {
    const engine = createEngine(broken('model-self-loop'));
    const result = engine.step(engine.start({ seed: 3 }), seize);
    expect(result).toEqual({ ok: false, errors: [loopReason('south-answer', 'south-answer')] });
  });

  it('stops a loop entered at the start, and then refuses every command with the same reason', () => {
    const scenario = broken('route-cycle');
    const engine = createEngine({ ...scenario, meta: { ...scenario.meta, firstDecision: 'final-check' } });
    const start = engine.start({ seed: 1 });
    const reason = loopReason('final-check', 'final-check-again', 'final-check');
    // 256 route moves from the first decision bring it back to the first decision.
    expect(start.context.current).toBe('final-check');
    for (const command of [
      seize,
      { type: 'facilitator.mark', note: 'stuck?' },
      { type: 'player.read', document: 'claim' },
    ] as GameCommand[]) {
      expect(engine.whyNot(start, command)).toBe(reason);
      expect(engine.step(start, command)).toEqual({ ok: false, errors: [reason] });
    }
  });

  it('a replay that runs into the loop throws with the reason, as for any command that no longer fits', () => {
    const engine = createEngine(broken('model-self-loop'));
    expect(() => engine.replay({ seed: 3 }, [seize])).toThrow(
      `command 1 of 1 (player.choose) no longer fits: ${loopReason('south-answer', 'south-answer')}`,
    );
  });

  it('random play never hangs: every game walks into the loop (all roads pass it) and stops with it named', () => {
    const engine = createEngine(broken('model-self-loop'));
    for (let seed = 1; seed <= 40; seed++) {
      const game = playRandomGame(engine, seed);
      expect(game.ending).toBeNull();
      expect(game.stuck?.why).toBe(loopReason('south-answer', 'south-answer'));
    }
  });
});

/** The route-cycle fixture with one decision replaced, to try each kind of way out. */
function variant(base: string, id: string, change: (d: Decision) => Decision, meta = {}): Scenario {
  const s = broken(base);
  return {
    ...s,
    meta: { ...s.meta, ...meta },
    decisions: s.decisions.map((d) => (d.id === id ? change(structuredClone(d)) : d)),
  };
}
const withRoutes = (routes: Route[]) => (d: Decision) => ({ ...d, routes }) as Decision;
const loopsIn = (s: Scenario) =>
  endlessLoops(s, reachableFrom(decisionGraph(s))).map((l) => ({ decisions: l.decisions, round: l.round }));
const nightLoop = {
  decisions: ['final-check', 'final-check-again'],
  round: ['final-check', 'final-check-again', 'final-check'],
};

describe('check finds the loops no game can leave, and only those', () => {
  it('a circle of routes whose ways out need a tension above the track’s maximum', () => {
    expect(loopsIn(broken('route-cycle'))).toEqual([nightLoop]);
  });

  it('a model decision whose only option with weight leads back to it', () => {
    expect(loopsIn(broken('model-self-loop'))).toEqual([
      { decisions: ['south-answer'], round: ['south-answer', 'south-answer'] },
    ]);
  });

  it('a route out on a flag that some effect sets is a way out', () => {
    const s = variant(
      'route-cycle',
      'final-check-again',
      withRoutes([{ when: { flag: 'seized' }, next: 'war' }, { next: 'final-check' }]),
    );
    expect(loopsIn(s)).toEqual([]);
  });

  it('a route out on a visit count is a way out: the count grows with every round', () => {
    const s = variant(
      'route-cycle',
      'final-check-again',
      withRoutes([{ when: { visited: 'final-check', atLeast: 3 }, next: 'war' }, { next: 'final-check' }]),
    );
    expect(loopsIn(s)).toEqual([]);
    // And the engine agrees: the game leaves on the third round.
    const engine = createEngine(s);
    const seized = engine.step(engine.start({ seed: 1, controllers: { south: 'human' } }), seize);
    const out = seized.ok ? engine.step(seized.snapshot, refuse) : seized;
    expect(out.ok && out.snapshot.context.ending).toBe('war');
  });

  it('a route that always holds hides the routes after it, even one without a condition', () => {
    const s = variant(
      'route-cycle',
      'final-check-again',
      withRoutes([{ when: { not: { flag: 'truce' } }, next: 'final-check' }, { next: 'war' }]),
    );
    expect(loopsIn(s)).toEqual([nightLoop]);
  });

  it('a track condition within the track’s range is a way out; one outside it is not', () => {
    const within = variant(
      'route-cycle',
      'final-check-again',
      withRoutes([{ when: { track: 'tension', atLeast: 10 }, next: 'war' }, { next: 'final-check' }]),
    );
    expect(loopsIn(within)).toEqual([]);
    const below = variant(
      'route-cycle',
      'final-check-again',
      withRoutes([{ when: { track: 'tension', below: 0 }, next: 'war' }, { next: 'final-check' }]),
    );
    expect(loopsIn(below)).toEqual([nightLoop]);
  });

  it('when every open weight can be 0 the model takes the first option, so that option is a way out', () => {
    const s = variant('model-self-loop', 'south-answer', (d) => {
      if (d.kind !== 'choice') throw new Error('south-answer is a choice');
      return { ...d, options: d.options.map((o) => ({ ...o, weight: { base: 0 } })) };
    });
    expect(loopsIn(s)).toEqual([]);
  });

  it('an option out whose weight can grow with a track or a feature is a way out', () => {
    for (const weight of [
      { base: 0, perTrack: { tension: 0.5 } },
      { base: 0, perFeature: { fear: 1 } },
    ]) {
      const s = variant('model-self-loop', 'south-answer', (d) => {
        if (d.kind !== 'choice') throw new Error('south-answer is a choice');
        return { ...d, options: d.options.map((o) => (o.id === 'refuse' ? { ...o, weight } : o)) };
      });
      expect(loopsIn(s)).toEqual([]);
    }
  });

  it('an option out that can never be open is no way out', () => {
    const s = variant('model-self-loop', 'south-answer', (d) => {
      if (d.kind !== 'choice') throw new Error('south-answer is a choice');
      return {
        ...d,
        options: d.options.map((o) =>
          o.id === 'refuse' ? { ...o, weight: { base: 5 }, requires: { flag: 'truce' } } : o,
        ),
      };
    });
    expect(loopsIn(s)).toEqual([{ decisions: ['south-answer'], round: ['south-answer', 'south-answer'] }]);
  });

  it('a loop through a decision people make is no endless loop: each round waits for them', () => {
    const s = variant('route-cycle', 'final-check-again', withRoutes([{ next: 'opening-again' }]));
    expect(loopsIn(s)).toEqual([]);
  });

  it('a loop play cannot reach is left to the unreachable-content lint', () => {
    const s = variant('route-cycle', 'south-answer', (d) => {
      if (d.kind !== 'choice') throw new Error('south-answer is a choice');
      return { ...d, options: d.options.map((o) => ({ ...o, next: 'standoff' })) };
    });
    expect(loopsIn(s)).toEqual([]);
  });
});
