import { describe, expect, it } from 'vitest';
import { exploredKey, loadExplored, MAX_EXPLORED_PATHS, recordPath } from '../../src/session/explored';
import { type KeyValueStore, memoryStore } from '../../src/session/storage';

const A = ['second-letter', 'u2-loss', 'turkey-meeting', 'historical-settlement'];
const B = ['second-letter', 'u2-loss', 'soviet-after-air-strike', 'nuclear-war'];

describe('the explored paths', () => {
  it('round-trips recorded paths, per scenario, under its key', () => {
    const store = memoryStore();
    expect(loadExplored(store, 'black-saturday')).toEqual([]);
    expect(recordPath(store, 'black-saturday', A)).toBe('ok');
    recordPath(store, 'black-saturday', B);
    expect(loadExplored(store, 'black-saturday')).toEqual([A, B]);
    expect(loadExplored(store, 'other')).toEqual([]);
    expect(JSON.parse(store.get(exploredKey('black-saturday')) ?? 'null')).toEqual([A, B]);
    expect(exploredKey('black-saturday')).toBe('eyes-only:explored:black-saturday');
  });

  it('keeps each path once, the latest recording last', () => {
    const store = memoryStore();
    recordPath(store, 's', A);
    recordPath(store, 's', B);
    recordPath(store, 's', [...A]);
    expect(loadExplored(store, 's')).toEqual([B, A]);
  });

  it('keeps only the newest paths beyond the cap', () => {
    const store = memoryStore();
    for (let i = 0; i < MAX_EXPLORED_PATHS + 25; i++) recordPath(store, 's', ['start', `end-${i}`]);
    const paths = loadExplored(store, 's');
    expect(MAX_EXPLORED_PATHS).toBe(200);
    expect(paths.length).toBe(200);
    expect(paths[0]).toEqual(['start', 'end-25']);
    expect(paths.at(-1)).toEqual(['start', `end-${MAX_EXPLORED_PATHS + 24}`]);
  });

  it('ignores empty and malformed paths', () => {
    const store = memoryStore();
    recordPath(store, 's', []);
    recordPath(store, 's', ['a', 7 as unknown as string]);
    expect(store.get(exploredKey('s'))).toBeNull();
  });

  it('ignores and resets a damaged entry without throwing', () => {
    const store = memoryStore();
    for (const damaged of ['{"paths', '"a string"', '{"a":1}', 'null', '[[]]']) {
      store.set(exploredKey('s'), damaged);
      expect(loadExplored(store, 's')).toEqual([]);
      expect(store.get(exploredKey('s'))).toBeNull();
    }
    store.set(exploredKey('s'), '{"paths');
    expect(recordPath(store, 's', A)).toBe('ok');
    expect(loadExplored(store, 's')).toEqual([A]);
  });

  it('keeps the good paths of a partly damaged entry and drops the rest', () => {
    const store = memoryStore();
    store.set(exploredKey('s'), JSON.stringify([A, 'x', [1, 2], [], B, A]));
    expect(loadExplored(store, 's')).toEqual([B, A]);
    expect(JSON.parse(store.get(exploredKey('s')) ?? 'null')).toEqual([B, A]);
  });

  it('never throws when storage fails', () => {
    const broken: KeyValueStore = {
      status: 'unavailable',
      get: () => {
        throw new Error('denied');
      },
      set: () => {
        throw new Error('denied');
      },
      remove: () => {
        throw new Error('denied');
      },
    };
    expect(loadExplored(broken, 's')).toEqual([]);
    expect(recordPath(broken, 's', A)).toBe('unavailable');
  });
});
