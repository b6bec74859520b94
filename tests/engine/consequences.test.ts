/**
 * "A game that answers you" (#17): a note after each decision (what was done, what moved and the
 * scenario's reason), and after a model's move the factors its roll used and the odds it gave.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder, readScenarioFiles } from '../../src/cli/scenarioFolder';
import { explanationIssues } from '../../src/engine/analysis/explanations';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { consequenceNotes } from '../../src/engine/consequences';
import { createEngine } from '../../src/engine/game';
import { loadScenario, type ScenarioFile } from '../../src/engine/loader';
import { formatIssue } from '../../src/engine/result';
import { createSave, restoreSave } from '../../src/engine/save';
import type { LogEntry } from '../../src/engine/state';
import { toView } from '../../src/engine/view';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const engine = createEngine(loaded.value.scenario);

const historical = (seed: number) => playStrategy(engine, { seed }, historicalStrategy).snapshot;
const modelMoves = (log: readonly LogEntry[]) =>
  log.filter((e): e is Extract<LogEntry, { kind: 'choice' }> => e.kind === 'choice' && e.by === 'model');

/** The mini fixture with every reason and term label taken out. */
function unexplained() {
  const mini = loadScenarioFolder('tests/fixtures/scenarios/mini');
  if (!mini.ok) throw new Error('mini does not load');
  const scenario = structuredClone(mini.value.scenario);
  for (const d of scenario.decisions) {
    if (d.kind !== 'choice') continue;
    for (const o of d.options) {
      if (o.effects) delete o.effects.reasons;
      if (o.weight) {
        delete o.weight.labels;
        for (const term of o.weight.when ?? []) delete term.label;
      }
    }
  }
  for (const item of scenario.replyBuilder?.items ?? []) if (item.effects) delete item.effects.reasons;
  return { scenario, sectionFiles: mini.value.sectionFiles };
}

describe('the aide’s note after a decision', () => {
  it('names what was done and each track moved, with its change and the scenario’s reason', () => {
    const start = engine.start({ seed: 5 });
    const step = engine.step(start, { type: 'player.choose', side: 'us', option: 'demand-removal' });
    if (!step.ok) throw new Error(step.errors.join('; '));
    const [note] = toView(engine, step.snapshot, { side: 'us' }).notes;
    expect(note.decision).toBe('second-letter');
    expect(note.done).toEqual(['Reject the new terms and demand immediate removal']);
    const option = engine.index.decisions.get('second-letter');
    const effects = option?.kind === 'choice' ? option.options.find((o) => o.id === 'demand-removal')?.effects : null;
    // Every change the option makes, as the board moved it, with the reason written beside it in the data.
    const byTrack = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(note.changes.map((c) => [c.track, c.delta, c.reason]).sort(byTrack)).toEqual(
      Object.entries(effects?.tracks ?? {})
        .map(([track, delta]) => [track, delta, effects?.reasons?.[track]])
        .sort(byTrack),
    );
    expect(note.changes.every((c) => c.reason && c.reason.length > 0)).toBe(true);
  });

  it('reports the change the board made, clamped to the track’s bounds, not the written one', () => {
    const snapshot = historical(3);
    for (const e of snapshot.context.log) {
      if (e.kind !== 'choice' && e.kind !== 'reply') continue;
      for (const m of e.moved ?? []) {
        const t = engine.index.tracks.get(m.track);
        expect(t).toBeDefined();
        expect(e.tracks[m.track]).toBeGreaterThanOrEqual(t?.min ?? 0);
        expect(e.tracks[m.track]).toBeLessThanOrEqual(t?.max ?? 0);
      }
    }
  });

  it('a seat sees no change to a hidden track; the review sees it', () => {
    const snapshot = historical(5);
    const hidden = new Set(engine.scenario.tracks.filter((t) => t.hidden).map((t) => t.id));
    const review = toView(engine, snapshot, { review: true }).notes;
    expect(review.some((n) => n.changes.some((c) => hidden.has(c.track)))).toBe(true);
    const midGame = engine.replay({ seed: 5 }, snapshot.context.commands.slice(0, 3));
    for (const n of toView(engine, midGame, { side: 'us' }).notes)
      for (const c of n.changes) expect(hidden.has(c.track)).toBe(false);
  });
});

describe('the model’s factors are the roll’s', () => {
  it('logs every open option’s odds at a model move: they sum to 1 and the picked one had a chance', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const moves = modelMoves(historical(seed).context.log);
      expect(moves.length).toBeGreaterThan(0);
      for (const move of moves) {
        const odds = move.model?.map((r) => r.odds) ?? [];
        expect(odds.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
        expect(move.model?.find((r) => r.option === move.option)?.odds).toBeGreaterThan(0);
        // Each weight is its terms' sum, floored at zero, and the odds are the weights' shares.
        const total = move.model?.reduce((s, r) => s + r.weight, 0) ?? 0;
        for (const r of move.model ?? []) {
          expect(r.weight).toBeCloseTo(
            Math.max(
              0,
              r.terms.reduce((s, t) => s + t.value, 0),
            ),
            10,
          );
          expect(r.odds).toBeCloseTo(r.weight / total, 10);
        }
      }
    }
  });

  it('the same seed and moves give the same factors, and a replay or a save gives them back', () => {
    const a = historical(7);
    const b = historical(7);
    expect(modelMoves(b.context.log)).toEqual(modelMoves(a.context.log));
    const replayed = engine.replay({ seed: 7 }, a.context.commands);
    expect(modelMoves(replayed.context.log)).toEqual(modelMoves(a.context.log));
    const restored = restoreSave(engine, createSave(engine, a));
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    expect(restored.snapshot.context).toEqual(a.context);
  });

  it('a package changes the model’s reading: the private Jupiter promise is named in the paper', () => {
    const snapshot = historical(11);
    const answer = toView(engine, snapshot, { review: true }).notes.find((n) => n.decision === 'soviet-answer');
    expect(answer?.paper).toBeDefined();
    const paper = answer?.paper;
    // The record's package carries the private assurance, the model's heaviest term for withdrawal.
    if (answer?.done[0].startsWith('Announce')) {
      expect(paper?.onRecord).toBe(true);
      expect(paper?.weighed[0]?.label).toBe('the private promise on the Jupiters');
    } else {
      expect(paper?.onRecord).toBe(false);
    }
    expect(paper?.odds?.map((o) => o.option).sort()).toEqual(
      [...(modelMoves(snapshot.context.log).find((m) => m.decision === 'soviet-answer')?.model ?? [])]
        .map((r) => r.option)
        .sort(),
    );
  });

  it('a seat reads the paper during play but not the odds; the review has both', () => {
    const snapshot = historical(11);
    const at = snapshot.context.log.findIndex((e) => e.kind === 'choice' && e.decision === 'soviet-answer');
    const commandsBefore = snapshot.context.commands.filter((c) => c.type !== 'player.read');
    // The game right after Moscow's answer: replay the commands up to the reply that brought it.
    const upTo = commandsBefore.findIndex((c) => c.type === 'player.choose' && c.option === 'welcome-and-un');
    const mid = engine.replay({ seed: 11 }, commandsBefore.slice(0, upTo < 0 ? commandsBefore.length : upTo));
    expect(at).toBeGreaterThan(0);
    const seat = toView(engine, mid, { side: 'us' }).notes.find((n) => n.decision === 'soviet-answer');
    expect(seat?.paper?.weighed.length).toBeGreaterThan(0);
    expect(seat?.paper?.odds).toBeUndefined();
    const review = toView(engine, mid, { review: true }).notes.find((n) => n.decision === 'soviet-answer');
    expect(review?.paper?.odds?.length).toBeGreaterThan(1);
  });

  it('names a term without a label by its feature, its track or a plain phrase', () => {
    const m = createEngine(unexplained().scenario);
    const s = m.replay({ seed: 7, controllers: { south: 'model' } }, [
      { type: 'player.choose', side: 'north', option: 'talk' },
      { type: 'player.sendReply', side: 'north', items: ['share-light', 'patience'] },
    ]);
    const notes = consequenceNotes(m.index, s.context.log, { visibleTracks: new Set(['tension']), odds: true });
    const paper = notes.find((n) => n.by === 'model')?.paper;
    const feature = m.scenario.replyBuilder?.features.find((f) => f.id === 'respect')?.label;
    expect(paper?.weighed.map((f) => f.label)).toContain('its standing inclination');
    if (s.context.choices['south-answer'] === 'accept') expect(paper?.weighed.map((f) => f.label)).toContain(feature);
  });
});

describe('the data behind the notes', () => {
  it('Black Saturday and the sourced fixture give every change a reason and every model term a label', () => {
    const sourced = loadScenarioFolder('tests/fixtures/scenarios/mini-sourced');
    if (!sourced.ok) throw new Error('mini-sourced does not load');
    expect(explanationIssues(sourced.value.scenario, sourced.value.sectionFiles, 'mini-sourced')).toEqual([]);
    const issues = explanationIssues(engine.scenario, loaded.value.sectionFiles, 'scenarios/black-saturday');
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('the check warns, without failing, on a change with no reason and a model term with no label', () => {
    const mini = unexplained();
    const issues = explanationIssues(mini.scenario, mini.sectionFiles, 'mini');
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('decisions.south-answer.options[1].effects.reasons.tension');
    expect(paths).toContain('decisions.south-answer.options[0].weight.labels.perFeature.respect');
    expect(paths).toContain('decisions.south-answer.options[2].weight.when[0].label');
  });

  const MINI = readScenarioFiles('tests/fixtures/scenarios/mini');
  const edited = (from: string, to: string): string[] => {
    const files: ScenarioFile[] = MINI.map((f) =>
      f.text.includes(from) ? { ...f, text: f.text.replace(from, to) } : f,
    );
    const result = loadScenario(files, 'mini');
    return result.ok ? [] : result.errors.map(formatIssue);
  };

  it('a reason for a track the effects do not move is refused, naming the path', () => {
    const errors = edited(
      'reasons: { tension: a refusal sharpens the quarrel }',
      'reasons: { tension: a refusal sharpens the quarrel, goodwill: x }',
    );
    expect(errors.join('\n')).toMatch(
      /south-answer\.options\[1\]\.effects\.reasons\.goodwill: no track moved by these effects/,
    );
  });

  it('a label for a term the weight does not have is refused, naming the path', () => {
    const errors = edited(
      'labels: { base: wish for calm, perFeature: { respect: respect shown } }',
      'labels: { base: wish for calm, perFeature: { respect: respect shown }, perTrack: { tension: x } }',
    );
    expect(errors.join('\n')).toMatch(
      /south-answer\.options\[0\]\.weight\.labels\.perTrack\.tension: no perTrack term/,
    );
  });
});
