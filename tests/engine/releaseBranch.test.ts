/**
 * "Release now" hands out a paper ahead of its time, but never one from a road the run has not
 * taken: a paper whose delivery has a condition is released only once the condition holds. The
 * facilitator's view says so for each inject, and how early a release would be.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { facilitatorView } from '../../src/engine/facilitatorView';
import { createEngine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);
const release = (document: string) => ({ type: 'facilitator.release', document }) as const;
const inject = (s: GameSnapshot, id: string) => facilitatorView(engine, s, 'us').injects.find((i) => i.id === id);

describe('releasing a paper early', () => {
  const start = engine.start({ seed: 1962 });

  it('refuses, at 10 a.m., the evening letter that exists only once the evening reply is reached', () => {
    expect(engine.step(start, release('kennedy-letter-27'))).toEqual({
      ok: false,
      errors: ['document "kennedy-letter-27" comes only on a branch this run has not taken: it cannot be released'],
    });
    expect(inject(start, 'kennedy-letter-27')?.refused).toMatch(/branch this run has not taken/);
  });

  it('refuses a paper whose branch was not taken, and releases one with no condition', () => {
    expect(engine.step(start, release('hotline-agreement')).ok).toBe(false);
    expect(inject(start, 'hotline-agreement')?.refused).not.toBeNull();
    const mongoose = inject(start, 'mongoose-16-oct');
    expect(mongoose?.refused).toBeNull();
    expect(engine.step(start, release('mongoose-16-oct')).ok).toBe(true);
  });

  it('says how many minutes early a release would be, and lets the 8:05 p.m. letter go once its branch is taken', () => {
    // Monday 9 a.m. is two days less one hour after Saturday 10 a.m.
    expect(inject(start, 'mongoose-16-oct')?.minutesEarly).toBe(2 * 24 * 60 - 60);
    // On the record's road to the evening reply, the letter's branch is taken: it may go, early.
    const { snapshot: s } = playStrategy(engine, { seed: 1962 }, (e, at) =>
      e.index.decisions.get(at.context.current)?.kind === 'reply'
        ? { stop: 'at the reply' }
        : historicalStrategy(e, at),
    );
    expect(s.context.current).toBe('evening-reply');
    const letter = inject(s, 'kennedy-letter-27');
    expect(letter?.refused).toBeNull();
    // Due at 8:05 p.m. on the same day: as many minutes early as the clock is short of 20:05.
    expect(letter?.minutesEarly).toBe(20 * 60 + 5 - clockOfDay(s));
    expect(letter?.minutesEarly).toBeGreaterThan(0);
    expect(engine.step(s, release('kennedy-letter-27')).ok).toBe(true);
  });

  it('still lets a conditional paper be held back before its branch is known', () => {
    expect(engine.step(start, { type: 'facilitator.hold', document: 'hotline-agreement' }).ok).toBe(true);
  });
});

/** Minutes since midnight on the scenario's clock (the clock counts minutes since 1970, UTC). */
function clockOfDay(s: GameSnapshot): number {
  return ((s.context.clock % 1440) + 1440) % 1440;
}
