/**
 * Reading the game state's id-keyed records (flags, tracks, visits, choices, features, controllers).
 * The context is plain JSON, so these are ordinary objects, and an ordinary object answers for names
 * it never stored: `flags.toString` is a function and `visits.constructor` is `Object`. Ids and flag
 * names come from scenario authors (`constructor` is a valid kebab-case id, `valueOf` a valid flag
 * name), so every read by id goes through `own`, which sees only what the game itself stored.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (record === undefined) return undefined;
  // Most reads ask for what was never stored (a flag not set): one lookup answers those.
  const value = record[key];
  if (value === undefined) return undefined;
  // A number, a string or a boolean read from a plain record is its own unless it is also what
  // Object.prototype answers (a polluted prototype): the own-property check is left for those.
  if (
    typeof value !== 'object' &&
    typeof value !== 'function' &&
    Object.getPrototypeOf(record) === Object.prototype &&
    value !== (Object.prototype as Record<string, unknown>)[key]
  )
    return value;
  return Object.hasOwn(record, key) ? value : undefined;
}

/**
 * A copy of an id-keyed record with `entries` set in order, each as an own property whatever its name
 * (as a spread or `Object.fromEntries` defines it). One copy: the rules run at every step, and
 * `{ ...a, ...Object.fromEntries(b) }` builds three objects and merges through V8's slow path.
 */
export function withEntries<T>(
  record: Readonly<Record<string, T>>,
  entries: readonly (readonly [string, T])[],
): Record<string, T> {
  const copy: Record<string, T> = { ...record };
  for (const [key, value] of entries) setOwn(copy, key, value);
  return copy;
}

/** A copy of an id-keyed record with one entry set (see withEntries). */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const copy: Record<string, T> = { ...record };
  setOwn(copy, key, value);
  return copy;
}

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  // `__proto__` is the one name an assignment does not store (it sets the prototype); define it instead.
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
