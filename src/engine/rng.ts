/**
 * The game's only source of chance: mulberry32, a small 32-bit generator whose whole state is one
 * integer. The state lives in the game context, so a save, a replay and a server all continue the
 * same sequence; nothing here reads the platform's random source or a clock.
 */

export interface Roll {
  /** A number in [0, 1). */
  value: number;
  /** The generator's state after this roll, to store back in the context. */
  state: number;
}

/** Derives a generator state from a seed shown to players (any integer). */
export function seedState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

export function roll(state: number): Roll {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** Picks an index with probability proportional to its weight; all-zero weights pick the first. */
export function pickWeighted(state: number, weights: readonly number[]): { index: number; state: number } {
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  const r = roll(state);
  if (total <= 0) return { index: 0, state: r.state };
  let target = r.value * total;
  for (let i = 0; i < weights.length; i++) {
    target -= Math.max(0, weights[i]);
    if (target < 0) return { index: i, state: r.state };
  }
  return { index: weights.length - 1, state: r.state };
}
