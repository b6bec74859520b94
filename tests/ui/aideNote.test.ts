// @vitest-environment happy-dom
/**
 * The aide's note strip, the other side's paper and the reply builder's warnings, drawn from the real
 * Black Saturday scenario (#17).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { createEngine } from '../../src/engine/game';
import { assessPackage } from '../../src/engine/posture';
import { likelyReading, packageWarnings } from '../../src/engine/replyReading';
import { packageProblem } from '../../src/engine/rules';
import type { DecisionView } from '../../src/engine/view';
import { toView } from '../../src/engine/view';
import { GameSession } from '../../src/session/session';
import { memoryStore } from '../../src/session/storage';
import { aideNoteStrip, freshNotes } from '../../src/ui/play/aideNote';
import { replyBuilder } from '../../src/ui/play/reply';
import { signedNumber } from '../../src/ui/play/replyAdvice';
import { decisionNotesSection } from '../../src/ui/review/decisionNotes';
import { Drafts } from '../../src/ui/store/drafts';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const engine = createEngine(loaded.value.scenario);

describe('the aide’s note strip', () => {
  it('is a status region naming the decision, each change and its reason', () => {
    const step = engine.step(engine.start({ seed: 2 }), { type: 'player.choose', side: 'us', option: 'answer-first' });
    if (!step.ok) throw new Error(step.errors.join('; '));
    const view = toView(engine, step.snapshot, { side: 'us' });
    const entries = step.snapshot.context.log.filter((e) => e.kind === 'choice');
    const strip = aideNoteStrip(freshNotes(view.notes, entries));
    expect(strip?.getAttribute('role')).toBe('status');
    expect(strip?.textContent).toContain('Answer the first letter and set the second aside');
    const change = strip?.querySelector('[data-track="us-credibility"]');
    const label = engine.index.tracks.get('us-credibility')?.label;
    expect(change?.querySelector('.aide-note__track')?.textContent).toBe(`${label} +1`);
    expect(change?.querySelector('.aide-note__reason')?.textContent).toBe(
      ' — answering only the softer letter keeps the demand intact',
    );
  });

  it('shows nothing when nothing was decided', () => {
    expect(aideNoteStrip([])).toBeNull();
  });

  it('puts the other side’s paper on the desk, stamped as the game’s reconstruction, with no odds during play', () => {
    const snapshot = playStrategy(engine, { seed: 11 }, historicalStrategy).snapshot;
    const commands = snapshot.context.commands.filter((c) => c.type !== 'player.read');
    const upTo = commands.findIndex((c) => c.type === 'player.choose' && c.option === 'welcome-and-un');
    const mid = engine.replay({ seed: 11 }, commands.slice(0, upTo));
    const view = toView(engine, mid, { side: 'us' });
    const strip = aideNoteStrip(view.notes.filter((n) => n.decision === 'soviet-answer'));
    const paper = strip?.querySelector('.model-paper');
    expect(paper?.querySelector('.model-paper__stamp')?.textContent).toMatch(/reconstructed by the game/i);
    expect(paper?.textContent).toMatch(/What weighed most: /);
    expect(paper?.textContent).not.toMatch(/[“"]/);
    expect(paper?.querySelector('.model-paper__odds')).toBeNull();
  });

  it('the review lists every decision’s note, and each model move’s odds', () => {
    const snapshot = playStrategy(engine, { seed: 11 }, historicalStrategy).snapshot;
    const notes = toView(engine, snapshot, { review: true }).notes;
    const section = decisionNotesSection(notes);
    expect(section?.querySelectorAll('ol > li').length).toBe(notes.length);
    const odds = section?.querySelector('[data-note="soviet-answer"] .model-paper__odds');
    expect(odds?.querySelectorAll('tbody tr').length).toBeGreaterThan(1);
    expect(odds?.querySelector('.model-paper__picked')).not.toBeNull();
  });
});

describe('the reply builder’s warnings', () => {
  /** Takes each choice's second option (a path that reaches the evening's reply with seed 1962). */
  function toReply(): { session: GameSession; decision: DecisionView } {
    const session = new GameSession(engine, memoryStore());
    session.newGame({ seed: 1962 });
    for (let i = 0; i < 20; i++) {
      const d = session.view().decision;
      if (!d) break;
      if (d.kind === 'reply') return { session, decision: d };
      expect(session.choose((d.options[1] ?? d.options[0]).id).ok).toBe(true);
    }
    throw new Error('no reply decision reached');
  }

  it('a private Jupiter promise in a public-only letter is a contradiction, from the data', () => {
    const warnings = packageWarnings(engine.index, [
      'halt-work',
      'private-jupiter-assurance',
      'deadline',
      'public-letter',
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/letter released to the press/);
    expect(
      packageWarnings(engine.index, ['halt-work', 'private-jupiter-assurance', 'deadline', 'rfk-dobrynin']),
    ).toEqual([]);
  });

  it('a package that demands nothing is incomplete', () => {
    expect(packageWarnings(engine.index, ['no-invasion-pledge', 'no-pressure', 'private-letter'])).toEqual([
      'The package asks nothing of the other side: it makes no demand.',
    ]);
  });

  it('says it can be sent but has a problem, not "Ready to send", and shows Moscow’s likely reading', () => {
    const { session, decision } = toReply();
    const host = document.createElement('div');
    const drafts = new Drafts(memoryStore(), engine.scenario.meta.id);
    const items = ['halt-work', 'private-jupiter-assurance', 'deadline', 'public-letter'];
    drafts.update(decision.id, (d) => {
      d.reply = items;
    });
    replyBuilder(host, decision, drafts, {
      assess: (i) => assessPackage(engine.scenario, i),
      problem: (i) => packageProblem(engine.index, session.snapshot.context, i),
      send: () => {},
      speaking: () => {},
      labelOf: (id) => engine.index.items.get(id)?.label ?? id,
      warnings: (i) => packageWarnings(engine.index, i),
      reading: (i) => likelyReading(engine.index, i, session.snapshot.context),
    });
    const ready = host.querySelector('#reply-problem')?.textContent ?? '';
    expect(ready).not.toMatch(/Ready to send/);
    expect(ready).toMatch(/It can be sent, but it has a problem/);
    expect(host.querySelector('.reply-advice__warnings')?.textContent).toMatch(/letter released to the press/);
    // Each factor is shown as a number, the package's value, with the words beside it; and, on this run,
    // what the model adds for it to each answer's weight, all as the session's own model reads them.
    const reading = session.likelyReading(items);
    expect(reading.answer?.decision).toBe('soviet-answer');
    for (const factor of reading.factors) {
      const row = host.querySelector(`[data-feature="${factor.feature}"]`);
      expect(row?.querySelector('dt')?.textContent).toBe(factor.label);
      expect(row?.querySelector('.reply-advice__total')?.textContent).toBe(signedNumber(factor.total));
      expect(row?.querySelector('.reply-advice__words')?.textContent).toBe(`(${factor.words})`);
      const shown = [...(row?.querySelectorAll('.reply-advice__pulls li') ?? [])].map((li) => [
        li.getAttribute('data-option'),
        li.querySelector('.reply-advice__pull')?.textContent,
      ]);
      expect(shown).toEqual(factor.pulls.map((p) => [p.option, signedNumber(p.value)]));
    }
    // The four factors the issue names are there, and one of them moves the model here.
    expect(reading.factors.map((f) => f.feature)).toEqual(
      expect.arrayContaining(['face', 'security', 'fear', 'trust']),
    );
    expect(host.querySelectorAll('.reply-advice__pulls li').length).toBeGreaterThan(0);
    // The scale is explained beside the numbers, with the ranges from the data.
    const scale = host.querySelector('.reply-advice__scale')?.textContent ?? '';
    expect(scale).toBe(reading.scale);
    expect(scale).toMatch(/sum of what the chosen items add to it \(each item adds from −2 to \+4; 0 is neutral\)/);
    expect(scale).toMatch(/multiplies each value by its own weight for each answer/);
    // The same package through Robert Kennedy is ready, with no warning.
    drafts.update(decision.id, (d) => {
      d.reply = ['halt-work', 'private-jupiter-assurance', 'deadline', 'rfk-dobrynin'];
    });
    replyBuilder(host, decision, drafts, {
      assess: (i) => assessPackage(engine.scenario, i),
      problem: (i) => packageProblem(engine.index, session.snapshot.context, i),
      send: () => {},
      speaking: () => {},
      labelOf: (id) => engine.index.items.get(id)?.label ?? id,
      warnings: (i) => packageWarnings(engine.index, i),
      reading: (i) => likelyReading(engine.index, i, session.snapshot.context),
    });
    expect(host.querySelector('#reply-problem')?.textContent).toBe('Ready to send.');
  });
});
