import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyContext, SAVE_VERSION } from '../../src/engine/save';
import { automationHook } from '../../src/session/automation';
import { GameSession } from '../../src/session/session';
import { defaultSettings, loadSettings, saveSettings } from '../../src/session/settings';
import { browserStore, memoryStore } from '../../src/session/storage';
import { miniEngine } from '../engine/helpers';

const engine = miniEngine();

describe('the game session', () => {
  it('autosaves after every decision so a new session continues the same game', () => {
    const store = memoryStore();
    const first = new GameSession(engine, store);
    first.newGame({ seed: 2 });
    first.choose('talk');
    const second = new GameSession(engine, store);
    expect(second.hasSave()).toBe(true);
    expect(second.continueSaved()).toEqual({ ok: true, value: null });
    expect(second.snapshot.context).toEqual(first.snapshot.context);
  });

  it('refuses a corrupted save with a message and still starts a new game', () => {
    const store = memoryStore();
    store.set('eyes-only:save:mini', '{"format":"eyes-only-save","saveVer');
    const session = new GameSession(engine, store);
    expect(session.continueSaved()).toEqual({
      ok: false,
      errors: ['This save is damaged or incomplete (it is not readable JSON).'],
    });
    session.newGame({ seed: 3 });
    expect(session.view().decision?.id).toBe('opening');
  });

  it('continues a save an earlier build wrote (format 1), and saves it again in the current format', () => {
    const store = memoryStore();
    const old = readFileSync(join(__dirname, '..', 'fixtures', 'saves', 'v1-save-mini-midgame.json'), 'utf8');
    store.set('eyes-only:save:mini', old);
    const session = new GameSession(engine, store);
    expect(session.continueSaved()).toEqual({ ok: true, value: null });
    // Format 1's copy of the context is as format 2 kept it (format 3's log records more).
    expect(legacyContext(session.snapshot.context)).toEqual(JSON.parse(old).state.context);
    session.sendReply(['fishing-rights', 'patience']);
    expect(JSON.parse(store.get('eyes-only:save:mini') ?? '{}').saveVersion).toBe(SAVE_VERSION);
  });

  it('refuses a save from a newer build with its reason, and a new game still starts', () => {
    const store = memoryStore();
    const first = new GameSession(engine, store);
    first.newGame({ seed: 2 });
    first.choose('talk');
    const newer = JSON.parse(store.get('eyes-only:save:mini') ?? '{}');
    newer.minReaderVersion = SAVE_VERSION + 1;
    store.set('eyes-only:save:mini', JSON.stringify(newer));
    const session = new GameSession(engine, store);
    const result = session.continueSaved();
    expect(result.ok === false && result.errors[0]).toMatch(/newer version of the game/);
    session.newGame({ seed: 3 });
    expect(session.view().decision?.id).toBe('opening');
  });

  it('tells listeners which documents arrived and when the decision changed', () => {
    const session = new GameSession(engine, memoryStore());
    session.newGame({ seed: 2 });
    const changes: { docs: string[]; decisionChanged: boolean }[] = [];
    session.subscribe((_view, change) =>
      changes.push({
        docs: change.entries.flatMap((e) => (e.kind === 'document' ? [e.document] : [])),
        decisionChanged: change.decisionChanged,
      }),
    );
    session.markRead('claim');
    session.choose('talk');
    expect(changes).toEqual([
      { docs: [], decisionChanged: false },
      { docs: ['briefing'], decisionChanged: true },
    ]);
  });

  it('degrades to no saving when storage throws, without breaking play', () => {
    const broken = browserStore(() => {
      throw new Error('SecurityError: storage is disabled');
    });
    const session = new GameSession(engine, broken);
    session.newGame({ seed: 2 });
    expect(session.choose('talk').ok).toBe(true);
    expect(session.storageStatus).toBe('unavailable');
    expect(session.hasSave()).toBe(false);
  });

  it('exposes the automation hook over the same session', () => {
    const session = new GameSession(engine, memoryStore());
    session.newGame({ seed: 2 });
    const hook = automationHook(() => session);
    expect(hook.choices().map((c) => c.id)).toEqual(['talk', 'seize', 'wait']);
    expect(hook.choose('talk').ok).toBe(true);
    expect(hook.choices().map((c) => c.id)).toEqual(['share-light', 'fishing-rights', 'ultimatum', 'patience']);
    const sent = hook.send(['patience']);
    expect(sent.ok).toBe(true);
    expect(hook.view().status).toBe('ended');
  });
});

describe('settings', () => {
  it('keeps valid fields and defaults the damaged ones', () => {
    const store = memoryStore();
    store.set('eyes-only:settings', JSON.stringify({ textScale: 1.5, sound: 'loud', volume: 7, highContrast: true }));
    expect(loadSettings(store, defaultSettings())).toEqual({
      ...defaultSettings(),
      textScale: 1.5,
      highContrast: true,
    });
    saveSettings(store, { ...defaultSettings(), sound: false });
    expect(loadSettings(store, defaultSettings()).sound).toBe(false);
    store.set('eyes-only:settings', 'not json');
    expect(loadSettings(store, defaultSettings())).toEqual(defaultSettings());
  });
});
