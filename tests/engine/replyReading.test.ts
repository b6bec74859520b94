/**
 * Issue #17 item 8: the reply builder's preview of the other side's likely reading gives each factor
 * (face, security, fear, trust, …) as numbers, and they are the response model's own: what the preview
 * shows before sending is what the model adds when it answers, on the same run.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { legalCommand } from '../../src/engine/analysis/randomPlay';
import { createEngine, type GameSnapshot } from '../../src/engine/game';
import { answeringDecision, likelyReading } from '../../src/engine/replyReading';
import { formatIssue } from '../../src/engine/result';
import type { LogEntry } from '../../src/engine/state';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);

/** Packages of every kind: the record's, a public trade, a hard line, nothing offered. */
const PACKAGES: string[][] = [
  ['halt-work', 'un-verified-removal', 'no-invasion-pledge', 'private-jupiter-assurance', 'deadline', 'rfk-dobrynin'],
  ['halt-work', 'un-verified-removal', 'no-invasion-pledge', 'public-jupiter-trade', 'public-letter', 'no-pressure'],
  ['halt-work', 'deadline', 'public-letter'],
  ['un-verified-removal', 'no-pressure', 'private-letter'],
];

/** The record's path to the evening reply, Moscow played by the model on the given seed. */
function atReply(seed: number): GameSnapshot {
  const run = playStrategy(engine, { seed }, (e, s) =>
    s.context.current === 'evening-reply' ? { stop: 'the reply' } : historicalStrategy(e, s),
  );
  expect(run.snapshot.context.current).toBe('evening-reply');
  return run.snapshot;
}

/** Sends the package, then follows the record until the model has answered it; its logged reading. */
function modelAnswer(from: GameSnapshot, items: string[]): Extract<LogEntry, { kind: 'choice' }> | undefined {
  const sent = engine.step(from, { type: 'player.sendReply', side: 'us', items });
  if (!sent.ok) throw new Error(sent.errors.join('; '));
  const answered = (s: GameSnapshot) =>
    s.context.log.find(
      (e): e is Extract<LogEntry, { kind: 'choice' }> => e.kind === 'choice' && e.decision === 'soviet-answer',
    );
  let s = sent.snapshot;
  // The ExComm's decisions before Moscow answers: the record's option where it is open, else the first open.
  for (let i = 0; i < 20 && !answered(s) && s.status !== 'done'; i++) {
    const record = historicalStrategy(engine, s);
    const step = 'stop' in record ? null : engine.step(s, record);
    const fallback = legalCommand(engine, s, 1).command;
    const next = step?.ok ? step : fallback ? engine.step(s, fallback) : null;
    if (!next?.ok) throw new Error(`the ExComm cannot go on at ${s.context.current}`);
    s = next.snapshot;
  }
  return answered(s);
}

describe('the likely reading of a reply, as numbers from the model', () => {
  it('finds the decision where the model answers the reply', () => {
    expect(answeringDecision(engine.index, 'evening-reply')?.id).toBe('soviet-answer');
    // A decision from which no model answer reads the factors has none.
    expect(answeringDecision(engine.index, 'summit-agenda')).toBeNull();
  });

  it('gives the package’s value on each factor, the sum of its items’ values from the data', () => {
    const reading = likelyReading(engine.index, PACKAGES[0]);
    for (const f of reading.factors) {
      const sum = PACKAGES[0].reduce((n, id) => n + (engine.index.items.get(id)?.features?.[f.feature] ?? 0), 0);
      expect(f.total, f.feature).toBe(sum);
      // Without a run there is no model reading: only the package's values.
      expect(f.pulls).toEqual([]);
    }
    expect(reading.factors.map((f) => f.feature)).toEqual(
      expect.arrayContaining(['face', 'security', 'fear', 'trust']),
    );
  });

  for (const seed of [3, 1962]) {
    it(`shows, before sending, the very terms the model adds when it answers (seed ${seed})`, () => {
      const reply = atReply(seed);
      for (const items of PACKAGES) {
        const reading = likelyReading(engine.index, items, reply.context);
        const answer = modelAnswer(reply, items);
        // Moscow answered as the model, and its log keeps every term of every open answer's weight.
        expect(answer?.by, items.join()).toBe('model');
        const logged = (answer?.model ?? []).flatMap((o) =>
          o.terms
            .filter((t) => t.term.startsWith('perFeature.'))
            .map((t) => ({ feature: t.term.slice('perFeature.'.length), option: o.option, value: t.value })),
        );
        const shown = reading.factors.flatMap((f) =>
          f.pulls.map((p) => ({ feature: f.feature, option: p.option, value: p.value })),
        );
        expect(shown.length, items.join()).toBeGreaterThan(0);
        const byKey = (a: { feature: string; option: string }, b: { feature: string; option: string }) =>
          `${a.feature}/${a.option}`.localeCompare(`${b.feature}/${b.option}`);
        expect([...shown].sort(byKey), items.join()).toEqual([...logged].sort(byKey));
      }
    });
  }

  it('the same run gives the same numbers', () => {
    const a = likelyReading(engine.index, PACKAGES[1], atReply(27).context);
    const b = likelyReading(engine.index, PACKAGES[1], atReply(27).context);
    expect(a).toEqual(b);
  });

  it('explains the scale with the ranges in the data', () => {
    const { scale } = likelyReading(engine.index, PACKAGES[0], atReply(3).context);
    const values = engine.scenario.replyBuilder?.items.flatMap((i) => Object.values(i.features ?? {})) ?? [];
    const weights =
      answeringDecision(engine.index, 'evening-reply')?.options.flatMap((o) =>
        Object.values(o.weight?.perFeature ?? {}),
      ) ?? [];
    const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}`;
    expect(scale).toContain(`each item adds from ${signed(Math.min(...values))} to ${signed(Math.max(...values))}`);
    expect(scale).toContain(`(${signed(Math.min(...weights))} to ${signed(Math.max(...weights))})`);
    expect(scale).toMatch(/an answer's chance is its weight over the weights of all the answers open/);
  });
});
