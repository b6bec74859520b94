/**
 * Render on demand. The room is still most of the time (a clock that moves when time passes, a lamp
 * that glows when a paper arrives), yet Phaser would redraw it sixty times a second: on a school
 * laptop, or a software renderer, that starves the page the players are reading. The pacer keeps
 * the game loop asleep and wakes it for a while whenever something changes.
 */
import type Phaser from 'phaser';

export interface Pacer {
  /** Keeps the loop running for at least `ms` from now. */
  poke(ms?: number): void;
}

/** Long enough for the board's longest animation (the minute hand, the arrival glow) to finish. */
export const DEFAULT_AWAKE_MS = 1500;

export function createPacer(game: Phaser.Game): Pacer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let until = 0;
  const sleepLater = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // Tweens still running (a slow fade, say) keep it awake a little longer.
      const busy = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
      if (busy) sleepLater(250);
      else game.loop.sleep();
    }, ms);
  };
  return {
    poke(ms = DEFAULT_AWAKE_MS) {
      const now = performance.now();
      if (!game.loop.running) game.loop.wake(true);
      if (now + ms > until) {
        until = now + ms;
        sleepLater(ms);
      }
    },
  };
}
