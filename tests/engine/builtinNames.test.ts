/**
 * Ids and flag names that are also names of an Object's built-in properties. `constructor` is a valid
 * kebab-case id and `toString`, `valueOf`, `hasOwnProperty`, `constructor` are valid camelCase flag
 * names; the game state keeps its tables as plain objects (it is JSON), so every read by id must see
 * only what the game stored. The fixture `broken/builtin-names` is the mini scenario with a decision,
 * a track and a reply feature named `constructor`, and a route on those four flags, which nothing sets.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { legalCommand, playRandomGame } from '../../src/engine/analysis/randomPlay';
import { holds } from '../../src/engine/conditions';
import { createEngine, type GameSnapshot } from '../../src/engine/game';
import { own } from '../../src/engine/records';
import { formatIssue } from '../../src/engine/result';
import { seedState } from '../../src/engine/rng';
import { applyEffects, optionWeight, voteProblem } from '../../src/engine/rules';
import type { ChoiceDecision, Condition } from '../../src/engine/schema/scenario';

const loaded = loadScenarioFolder(join(__dirname, '..', 'fixtures', 'broken', 'builtin-names'));
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);
const fresh = () => engine.start({ seed: 1 }).context;

/** Names an Object answers for without storing them. */
const BUILT_IN = ['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'isPrototypeOf', 'toLocaleString'];

describe('a name an Object already answers for is just a name', () => {
  it('a flag named toString (or valueOf, hasOwnProperty, constructor…) that nobody set does not hold', () => {
    const ctx = fresh();
    for (const flag of BUILT_IN) {
      expect(holds({ flag }, ctx)).toBe(false);
      expect(holds({ not: { flag } }, ctx)).toBe(true);
      expect(holds({ flag, equals: 'x' }, ctx)).toBe(false);
    }
  });

  it('such a flag holds once an effect sets it, with the value set', () => {
    for (const flag of BUILT_IN) {
      const ctx = applyEffects(engine.index, fresh(), { flags: { [flag]: 'raised' } });
      expect(holds({ flag }, ctx)).toBe(true);
      expect(holds({ flag, equals: 'raised' }, ctx)).toBe(true);
      expect(holds({ flag: BUILT_IN.find((f) => f !== flag) as string }, ctx)).toBe(false);
    }
  });

  it('a decision named constructor is unvisited and unchosen at the start, and counts its visits', () => {
    const ctx = fresh();
    const visited: Condition = { visited: 'constructor' };
    expect(holds(visited, ctx)).toBe(false);
    expect(holds({ chose: { decision: 'constructor', option: 'talk' } }, ctx)).toBe(false);
    // Wait, and without the storm warning the game comes to "constructor".
    const seeds = Array.from({ length: 20 }, (_, i) => i);
    const there = seeds
      .map((seed) => engine.step(engine.start({ seed }), { type: 'player.choose', side: 'north', option: 'wait' }))
      .flatMap((r) => (r.ok && r.snapshot.context.current === 'constructor' ? [r.snapshot.context] : []));
    expect(there.length).toBeGreaterThan(0);
    for (const at of there) {
      expect(at.visits.constructor).toBe(1);
      expect(holds(visited, at)).toBe(true);
      expect(holds({ visited: 'constructor', atLeast: 2 }, at)).toBe(false);
    }
  });

  it('a track named constructor starts at its start and moves within its bounds', () => {
    const ctx = fresh();
    expect(ctx.tracks.constructor).toBe(2);
    expect(holds({ track: 'constructor', equals: 2 }, ctx)).toBe(true);
    expect(applyEffects(engine.index, ctx, { tracks: { constructor: 10 } }).tracks.constructor).toBe(5);
    // A track no scenario has reads as absent, never as Object's property.
    expect(holds({ track: 'valueOf', atLeast: 0 }, ctx)).toBe(false);
  });

  it('the response model’s weights stay numbers with a feature named constructor, before and after a package', () => {
    const answer = engine.index.decisions.get('south-answer') as ChoiceDecision;
    const before = fresh();
    expect(answer.options.map((o) => optionWeight(o.weight, before))).toEqual([1, 1.5, 2]);
    expect(optionWeight({ base: 1, perFeature: { toString: 3 }, perTrack: { valueOf: 2 } }, before)).toBe(1);
  });

  it('a vote for an option named constructor counts only the votes cast', () => {
    const decision = {
      ...(engine.index.decisions.get('constructor') as ChoiceDecision),
      options: [
        { id: 'constructor', label: 'A', next: 'peace' },
        { id: 'talk', label: 'B', next: 'peace' },
      ],
    } as ChoiceDecision;
    expect(voteProblem(decision, 'constructor', { counts: { talk: 2 } })).toBe(
      'the room voted for another option: an override needs a note',
    );
    expect(voteProblem(decision, 'constructor', { counts: { constructor: 2, talk: 1 } })).toBeNull();
  });

  it('who plays a side is read from the sides asked for, never from an inherited property', () => {
    // An object that answers for "south" only through its prototype (a polluted Object.prototype would too).
    const polluted = Object.create({ south: 'human' });
    expect(engine.start({ seed: 1, controllers: polluted }).context.controllers).toEqual({
      north: 'human',
      south: 'model',
    });
  });

  it('a polluted Object.prototype answers for no record: a flag, a track or a side stays as the game set it', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.pollutedFlag = true;
    proto.south = 'human';
    try {
      const ctx = engine.start({ seed: 1 }).context;
      expect(holds({ flag: 'pollutedFlag' }, ctx)).toBe(false);
      expect(own({}, 'pollutedFlag')).toBeUndefined();
      expect(own({ pollutedFlag: true }, 'pollutedFlag')).toBe(true);
      expect(engine.start({ seed: 1, controllers: { north: 'human' } }).context.controllers).toEqual({
        north: 'human',
        south: 'model',
      });
    } finally {
      delete proto.pollutedFlag;
      delete proto.south;
    }
  });

  it('random games end, with every table a number where a number belongs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const game = playRandomGame(engine, seed);
        expect(game.stuck).toBeUndefined();
        expect(game.ending).not.toBe('standoff');
        const ctx = game.final.context;
        for (const v of [...Object.values(ctx.visits), ...Object.values(ctx.tracks), ...Object.values(ctx.features)])
          expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the model’s weights are finite numbers at every decision it makes', () => {
    const answer = engine.index.decisions.get('south-answer') as ChoiceDecision;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        let snapshot: GameSnapshot = engine.start({ seed, controllers: { south: 'human' } });
        let chooser = seedState(seed);
        for (let i = 0; i < 10 && snapshot.status !== 'done'; i++) {
          if (snapshot.context.current === 'south-answer')
            for (const o of answer.options)
              expect(Number.isFinite(optionWeight(o.weight, snapshot.context))).toBe(true);
          const next = legalCommand(engine, snapshot, chooser);
          chooser = next.chooser;
          if (!next.command) break;
          const r = engine.step(snapshot, next.command);
          if (!r.ok) throw new Error(r.errors.join('; '));
          snapshot = r.snapshot;
        }
      }),
      { numRuns: 200 },
    );
  });
});
