import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalCommand, playRandomGame, STEP_BOUND } from '../../src/engine/analysis/randomPlay';
import type { GameSnapshot } from '../../src/engine/game';
import { seedState } from '../../src/engine/rng';
import { createSave, restoreSave } from '../../src/engine/save';
import { miniEngine } from './helpers';

const engine = miniEngine();
const seeds = fc.integer({ min: -2_000_000_000, max: 2_000_000_000 });

function walk(seed: number, steps: number): GameSnapshot[] {
  const trail = [engine.start({ seed })];
  let chooser = seedState(seed + 1);
  for (let i = 0; i < steps; i++) {
    const current = trail[trail.length - 1];
    const next = legalCommand(engine, current, chooser);
    chooser = next.chooser;
    if (!next.command) break;
    const r = engine.step(current, next.command);
    if (!r.ok) throw new Error(r.errors.join('; '));
    trail.push(r.snapshot);
  }
  return trail;
}

describe('properties of random seeded games', () => {
  it('every game ends in one of the scenario’s endings within the step bound', () => {
    const endings = new Set(engine.scenario.endings.map((e) => e.id));
    fc.assert(
      fc.property(seeds, (seed) => {
        const game = playRandomGame(engine, seed);
        expect(game.stuck).toBeUndefined();
        expect(game.decisions).toBeLessThan(STEP_BOUND);
        expect(endings.has(game.ending as string)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('tracks stay within their bounds at every step', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const snapshot of walk(seed, 20)) {
          for (const t of engine.scenario.tracks) {
            const v = snapshot.context.tracks[t.id];
            expect(v).toBeGreaterThanOrEqual(t.min);
            expect(v).toBeLessThanOrEqual(t.max);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('save → restore at any point gives the same continuation', () => {
    fc.assert(
      fc.property(seeds, fc.nat(10), (seed, cut) => {
        const trail = walk(seed, 20);
        const at = trail[Math.min(cut, trail.length - 1)];
        const restored = restoreSave(engine, createSave(engine, at));
        if (!restored.ok) throw new Error(restored.errors.join('; '));
        expect(restored.snapshot.context).toEqual(at.context);
        // Continue both with the same chooser: identical games.
        const a = playOn(at, seed);
        const b = playOn(restored.snapshot, seed);
        expect(b.context).toEqual(a.context);
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed and the same commands always give the same game', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const first = walk(seed, 20).at(-1) as GameSnapshot;
        const again = engine.replay({ seed }, first.context.commands);
        expect(again.context).toEqual(first.context);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a facilitator holding and releasing injects at random', () => {
  const scheduled = engine.scenario.documents.filter((d) => d.deliver).map((d) => d.id);

  it('never loses, doubles or leaks a held document, and replays exactly', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.array(fc.tuple(fc.constantFrom('hold', 'release', 'play'), fc.nat()), { maxLength: 30 }),
        (seed, moves) => {
          let s = engine.start({ seed });
          let chooser = seedState(seed + 1);
          for (const [move, pick] of moves) {
            if (s.status === 'done') break;
            const document = scheduled[pick % scheduled.length];
            const command =
              move === 'play'
                ? legalCommand(engine, s, chooser)
                : { command: { type: `facilitator.${move}`, document } as const, chooser };
            chooser = command.chooser;
            if (!command.command) break;
            const r = engine.step(s, command.command);
            // Holding what is out or held already, or releasing what is out, is refused, never half-done.
            if (!r.ok) {
              expect(move).not.toBe('play');
              continue;
            }
            s = r.snapshot;
            const delivered = s.context.delivered.map((d) => d.id);
            expect(new Set(delivered).size).toBe(delivered.length);
            for (const held of s.context.held ?? []) expect(delivered).not.toContain(held);
            if (move === 'release') expect(delivered).toContain(document);
          }
          expect(engine.replay({ seed }, s.context.commands).context).toEqual(s.context);
          const restored = restoreSave(engine, createSave(engine, s));
          expect(restored.ok && restored.snapshot.context).toEqual(s.context);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function playOn(from: GameSnapshot, seed: number): GameSnapshot {
  let s = from;
  let chooser = seedState(seed * 31);
  for (let i = 0; i < 20 && s.status !== 'done'; i++) {
    const next = legalCommand(engine, s, chooser);
    chooser = next.chooser;
    if (!next.command) break;
    const r = engine.step(s, next.command);
    if (!r.ok) throw new Error(r.errors.join('; '));
    s = r.snapshot;
  }
  return s;
}
