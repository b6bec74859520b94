/**
 * localStorage that cannot break the game: private browsing, a full quota or a policy that forbids
 * storage all degrade to "not saving", with a notice the UI can show, instead of an exception.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): StorageStatus;
  remove(key: string): void;
  readonly status: StorageStatus;
}

export function browserStore(storage: () => Storage | undefined = () => globalThis.localStorage): KeyValueStore {
  let status: StorageStatus = 'ok';
  let backing: Storage | undefined;
  try {
    backing = storage();
    const probe = '__eyes-only-probe__';
    backing?.setItem(probe, '1');
    backing?.removeItem(probe);
    if (!backing) status = 'unavailable';
  } catch {
    status = 'unavailable';
    backing = undefined;
  }
  return {
    get status() {
      return status;
    },
    get(key) {
      try {
        return backing?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      if (!backing) return 'unavailable';
      try {
        backing.setItem(key, value);
        status = 'ok';
      } catch {
        status = 'full';
      }
      return status;
    },
    remove(key) {
      try {
        backing?.removeItem(key);
      } catch {
        // Nothing to do: a store we cannot write to holds nothing of ours.
      }
    },
  };
}

/** For tests and for the server: a store in memory. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    status: 'ok',
    get: (k) => map.get(k) ?? null,
    set: (k, v) => {
      map.set(k, v);
      return 'ok';
    },
    remove: (k) => {
      map.delete(k);
    },
  };
}
