/** A BoardFeed that stands in until the real one exists (Phaser may load before the app's code). */
import type { BoardFeed, BoardState } from './boardFeed';

export function lazyFeed(real: Promise<BoardFeed>): BoardFeed {
  let resolved: BoardFeed | null = null;
  const waiting = new Set<(state: BoardState) => void>();
  void real.then((feed) => {
    resolved = feed;
    for (const listener of waiting) feed.subscribe(listener);
  });
  return {
    current: () => resolved?.current() ?? null,
    subscribe(listener) {
      if (resolved) return resolved.subscribe(listener);
      waiting.add(listener);
      return () => {
        waiting.delete(listener);
      };
    },
  };
}
