/**
 * Whether this browser's player has had the solo briefing for a scenario (kept in the browser's
 * store). Apart from the briefing itself (briefing.ts), which loads only when it is shown.
 */
import type { KeyValueStore } from '../../session/storage';

const SEEN_KEY = 'eyes-only:briefing-seen';

/** Whether this browser's player has already had the briefing for this scenario. */
export function briefingSeen(store: KeyValueStore, scenarioId: string): boolean {
  return (store.get(SEEN_KEY) ?? '').split(' ').includes(scenarioId);
}

export function markBriefingSeen(store: KeyValueStore, scenarioId: string): void {
  if (briefingSeen(store, scenarioId)) return;
  const seen = (store.get(SEEN_KEY) ?? '').split(' ').filter(Boolean);
  store.set(SEEN_KEY, [...seen, scenarioId].join(' '));
}
