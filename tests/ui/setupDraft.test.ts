import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../src/session/storage';
import type { SetupDraft } from '../../src/ui/play/setup';
import { loadSetupDraft, saveSetupDraft } from '../../src/ui/play/setupDraft';

const draft: SetupDraft = {
  mode: 'teams',
  seed: 1962,
  debateMinutes: 4,
  roster: { classSize: 24, inPlay: ['jfk', 'khrushchev'], names: { jfk: 'Ana, Ben' } },
};

describe('the set-up form kept across a reload', () => {
  it('comes back as it was typed, per scenario, and is gone once cleared', () => {
    const store = memoryStore();
    saveSetupDraft(store, 'black-saturday', draft);
    expect(loadSetupDraft(store, 'black-saturday')).toEqual(draft);
    expect(loadSetupDraft(store, 'mini')).toBeUndefined();
    saveSetupDraft(store, 'black-saturday', null);
    expect(loadSetupDraft(store, 'black-saturday')).toBeUndefined();
  });

  it('keeps what is valid of a damaged entry and defaults the rest', () => {
    const store = memoryStore();
    store.set(
      'eyes-only:setup-draft:black-saturday',
      JSON.stringify({
        mode: 'chaos',
        seed: '12',
        debateMinutes: 7,
        roster: { classSize: 30, inPlay: [3], names: { jfk: 'Ana', rusk: 5 } },
      }),
    );
    const loaded = loadSetupDraft(store, 'black-saturday');
    expect(loaded?.mode).toBe('solo');
    expect(loaded?.debateMinutes).toBe(7);
    expect(Number.isInteger(loaded?.seed)).toBe(true);
    expect(loaded?.roster).toEqual({ classSize: 30, inPlay: null, names: { jfk: 'Ana' } });
  });

  it('ignores an entry that is not JSON', () => {
    const store = memoryStore();
    store.set('eyes-only:setup-draft:black-saturday', '{not json');
    expect(loadSetupDraft(store, 'black-saturday')).toBeUndefined();
  });
});
