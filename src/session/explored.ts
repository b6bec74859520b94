/**
 * The paths this browser has played through a scenario, kept across games for the decision map
 * ("5 of 8 endings found"). A damaged entry is dropped and rewritten, never thrown over.
 */
import type { KeyValueStore, StorageStatus } from './storage';

/** The most paths kept; the oldest go first. */
export const MAX_EXPLORED_PATHS = 200;

export const exploredKey = (scenarioId: string) => `eyes-only:explored:${scenarioId}`;

const isPath = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string' && id.length > 0);

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Keeps valid paths only, each once (its latest place wins), the newest MAX_EXPLORED_PATHS. */
function tidy(paths: readonly string[][]): string[][] {
  const kept: string[][] = [];
  for (const path of paths) {
    const earlier = kept.findIndex((p) => samePath(p, path));
    if (earlier >= 0) kept.splice(earlier, 1);
    kept.push(path);
  }
  return kept.slice(-MAX_EXPLORED_PATHS);
}

function read(store: KeyValueStore, key: string): { paths: string[][]; damaged: boolean } {
  let text: string | null;
  try {
    text = store.get(key);
  } catch {
    return { paths: [], damaged: false };
  }
  if (text === null) return { paths: [], damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { paths: [], damaged: true };
  }
  if (!Array.isArray(parsed)) return { paths: [], damaged: true };
  const valid = parsed.filter(isPath);
  const paths = tidy(valid);
  return { paths, damaged: valid.length !== parsed.length || paths.length !== valid.length };
}

function write(store: KeyValueStore, key: string, paths: string[][]): StorageStatus {
  try {
    return store.set(key, JSON.stringify(paths));
  } catch {
    return 'unavailable';
  }
}

/** Every distinct path recorded for the scenario, oldest first. A damaged entry is reset. */
export function loadExplored(store: KeyValueStore, scenarioId: string): string[][] {
  const key = exploredKey(scenarioId);
  const { paths, damaged } = read(store, key);
  if (damaged) {
    if (paths.length === 0) {
      try {
        store.remove(key);
      } catch {
        // A store we cannot write to holds nothing of ours to reset.
      }
    } else write(store, key, paths);
  }
  return paths;
}

/**
 * Adds a game's path (see pathOf in engine/analysis/mapModel.ts); recording the same path again only
 * makes it the newest. An empty or malformed path is not recorded.
 */
export function recordPath(store: KeyValueStore, scenarioId: string, path: readonly string[]): StorageStatus {
  const copy = [...path];
  if (!isPath(copy)) return store.status;
  const key = exploredKey(scenarioId);
  return write(store, key, tidy([...read(store, key).paths, copy]));
}
