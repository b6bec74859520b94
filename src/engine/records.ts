/**
 * Reading the game state's id-keyed records (flags, tracks, visits, choices, features, controllers).
 * The context is plain JSON, so these are ordinary objects, and an ordinary object answers for names
 * it never stored: `flags.toString` is a function and `visits.constructor` is `Object`. Ids and flag
 * names come from scenario authors (`constructor` is a valid kebab-case id, `valueOf` a valid flag
 * name), so every read by id goes through `own`, which sees only what the game itself stored.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
