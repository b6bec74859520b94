// @vitest-environment happy-dom
/**
 * Historian's hints on the real Black Saturday scenario: off (the default), the desk shows nothing
 * the players of the day could not know at that moment (the 9 p.m. conclusions at the 4 p.m. table,
 * Norstad's 9 p.m. message among the 5 p.m. options, the reply gauge's comparison with what was
 * sent, McCone's finding of 2 November under the 4 p.m. paper); on, it does; the review always does.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { createEngine } from '../../src/engine/game';
import { hindsightNotes } from '../../src/engine/hindsight';
import { assessPackage, historicalPackage } from '../../src/engine/posture';
import type { DecisionView } from '../../src/engine/view';
import { GameSession } from '../../src/session/session';
import { defaultSettings, loadSettings, saveSettings } from '../../src/session/settings';
import { memoryStore } from '../../src/session/storage';
import { openDocumentViewer } from '../../src/ui/documents/viewer';
import { decisionCard } from '../../src/ui/play/decision';
import { decisionForPlay } from '../../src/ui/play/hints';
import { replyBuilder } from '../../src/ui/play/reply';
import { hindsightSection } from '../../src/ui/review/hindsightSection';
import { Drafts } from '../../src/ui/store/drafts';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const engine = createEngine(loaded.value.scenario);

const NINE_PM_JFK = 'his conclusion at 9 p.m.';
const NINE_PM_RUSK = 'enough pressure on the Russians for today (9 p.m.)';
const NORSTAD_OPTION = 'Norstad’s message, read out at the 9 p.m. meeting'.replace('’', "'");
const NORSTAD_ADVISER = 'His message, read at 9 p.m.';
const AS_SENT = 'Beside the package actually sent';
const MCCONE = 'On 2 November McCone would tell the committee';

/** Plays the record's choices until the decision `id` is on the table. */
function reach(id: string): { session: GameSession; decision: DecisionView } {
  const session = new GameSession(engine, memoryStore());
  session.newGame({ seed: 1962 });
  for (let i = 0; i < 10; i++) {
    const d = session.view().decision;
    if (!d) break;
    if (d.id === id) return { session, decision: d };
    const history = engine.index.decisions.get(d.id);
    const option = history && 'history' in history ? history.history?.option : undefined;
    expect(session.choose(option ?? d.options[0].id).ok).toBe(true);
  }
  throw new Error(`${id} not reached`);
}

const cardText = (decision: DecisionView, hints: boolean) =>
  decisionCard(decisionForPlay(decision, hints), { choose: () => {}, speaking: () => {} }).textContent ?? '';

afterEach(() => document.body.replaceChildren());

describe("Historian's hints", () => {
  it('are off by default and kept once turned on', () => {
    const store = memoryStore();
    expect(loadSettings(store, defaultSettings()).historianHints).toBe(false);
    saveSettings(store, { ...defaultSettings(), historianHints: true });
    expect(loadSettings(store, defaultSettings()).historianHints).toBe(true);
    store.set('eyes-only:settings', JSON.stringify({ historianHints: 'yes' }));
    expect(loadSettings(store, defaultSettings()).historianHints).toBe(false);
  });

  it('off, the 4 p.m. table does not hear the 9 p.m. conclusions; on, it does, marked as said later', () => {
    const { decision } = reach('u2-loss');
    const off = cardText(decision, false);
    expect(off).not.toContain(NINE_PM_JFK);
    expect(off).not.toContain(NINE_PM_RUSK);
    expect(off).toContain('Joint Chiefs'); // Taylor's afternoon position stays
    const on = cardText(decision, true);
    expect(on).toContain(NINE_PM_JFK);
    expect(on).toContain(NINE_PM_RUSK);
    expect(on).toContain('said later than this meeting');
  });

  it('off, the Turkey options say nothing of the message read at 9 p.m.; on, the hint comes with its source', () => {
    const { decision } = reach('turkey-meeting');
    const off = cardText(decision, false);
    expect(off).not.toContain('Norstad');
    expect(off).not.toContain(NORSTAD_ADVISER);
    const on = cardText(decision, true);
    expect(on).toContain(NORSTAD_OPTION);
    expect(on).toContain(NORSTAD_ADVISER);
    expect(on).toContain('Summary Record of the Ninth Meeting of the ExComm');
  });

  it('off, the reply gauge does not compare the package with what was sent; on, it does', () => {
    const { session, decision } = reach('evening-reply');
    expect(decision.kind).toBe('reply');
    const drafts = new Drafts(memoryStore(), engine.scenario.meta.id);
    const handlers = (hints: boolean) => ({
      assess: (items: string[]) => assessPackage(engine.scenario, items),
      problem: () => null,
      send: () => {},
      speaking: () => {},
      labelOf: (id: string) => engine.index.items.get(id)?.label ?? id,
      hints,
    });
    const host = document.createElement('div');
    replyBuilder(host, decisionForPlay(decision, false), drafts, handlers(false));
    expect(host.textContent).not.toContain(AS_SENT);
    expect(host.querySelector('[data-same]')).toBeNull();
    // The memo's parts stay: the gauge still shows how the package stands against the paper.
    expect(host.textContent).toContain('Memo part (a)');
    replyBuilder(host, decisionForPlay(decision, true), drafts, handlers(true));
    expect(host.textContent).toContain(AS_SENT);
    expect(historicalPackage(engine.scenario).length).toBeGreaterThan(0);
    expect(session.view().decision?.id).toBe('evening-reply');
  });

  it('off, the 4 p.m. paper on the U-2 does not carry McCone’s finding of 2 November; on, it does', () => {
    const { session } = reach('u2-loss');
    const doc = session.document('u2-shot-down');
    if (!doc) throw new Error('the U-2 paper is delivered at 4 p.m.');
    expect(doc.body).not.toContain(MCCONE);
    const off = openDocumentViewer(document.body, doc, { reducedMotion: true, hints: false });
    expect(document.body.textContent).not.toContain(MCCONE);
    off.close();
    document.body.replaceChildren();
    const on = openDocumentViewer(document.body, doc, { reducedMotion: true, hints: true });
    expect(document.body.textContent).toContain(MCCONE);
    on.close();
  });

  it('the review lists every hindsight note, with its source, whatever the setting', () => {
    const notes = hindsightNotes(engine.scenario);
    expect(notes.length).toBeGreaterThanOrEqual(6);
    const section = hindsightSection(notes);
    const text = section?.textContent ?? '';
    for (const words of [NINE_PM_JFK, NINE_PM_RUSK, NORSTAD_OPTION, NORSTAD_ADVISER, MCCONE]) {
      expect(text).toContain(words);
    }
    for (const n of notes) expect(n.source).toBeTruthy();
    expect(section?.querySelectorAll(':scope > ul > li')).toHaveLength(notes.length);
  });
});
