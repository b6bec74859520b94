/**
 * What a state-of-play gauge shows for a track. Pure: tested in Node.
 */
import type { TrackView } from '../../engine/view';
import { findEscalation } from './defconLevel';

/** The tracks the gauges show: the visible ones, except the one on the DEFCON board. */
export function gaugeTracks<T extends Pick<TrackView, 'id' | 'hidden' | 'display'>>(tracks: readonly T[]): T[] {
  const defcon = findEscalation(tracks);
  return tracks.filter((t) => !t.hidden && t !== defcon);
}

/** "Soviet face (Khrushchev's room to claim success)" → "Soviet face": the panel has one line. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '').trim() || label;
}

/** How full the bar is, 0..1, from the track's minimum on the left to its maximum on the right. */
export function gaugeFraction(track: Pick<TrackView, 'value' | 'min' | 'max'>): number {
  const span = track.max - track.min;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (track.value - track.min) / span));
}

/**
 * How good the reading is, 0 (worst) .. 1 (best), whichever end of the bar is the good one:
 * used for the bar's tone, a second cue after the marked end.
 */
export function gaugeGoodness(track: Pick<TrackView, 'value' | 'min' | 'max' | 'better'>): number {
  const f = gaugeFraction(track);
  return track.better === 'up' ? f : 1 - f;
}

export function gaugeValueText(track: Pick<TrackView, 'value' | 'max'>): string {
  return `${track.value} / ${track.max}`;
}

export interface GaugeRowMetrics {
  /** Height of a row with only a label and a bar. */
  plain: number;
  /** Extra height for the level's line under the bar. */
  level: number;
}

/**
 * Where each gauge row starts, from 0: rows with a level in words are taller. When they do not
 * all fit in `available`, every row is pressed by the same factor.
 */
export function gaugeRowTops(
  tracks: readonly Pick<TrackView, 'level'>[],
  metrics: GaugeRowMetrics,
  available: number,
): { tops: number[]; scale: number } {
  const heights = tracks.map((t) => metrics.plain + (t.level ? metrics.level : 0));
  const total = heights.reduce((sum, h) => sum + h, 0);
  const scale = total > available ? available / total : 1;
  const tops: number[] = [];
  let y = 0;
  for (const h of heights) {
    tops.push(y);
    y += h * scale;
  }
  return { tops, scale };
}

/** How long a bar takes to move to its new value after a decision (none under reduced motion). */
export const GAUGE_MOVE_MS = 700;

/**
 * The value a bar shows part-way (`t` from 0 to 1) through its move from `from` to `to`, eased out,
 * so the eye sees which way it went and lands on the true value at the end.
 */
export function gaugeValueAt(from: number, to: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  const eased = 1 - (1 - k) ** 3;
  return from + (to - from) * eased;
}

/** The tracks whose value differs from the one last drawn: the bars that should move. */
export function movedGauges(
  before: ReadonlyMap<string, number>,
  tracks: readonly Pick<TrackView, 'id' | 'value'>[],
): Map<string, { from: number; to: number }> {
  const moved = new Map<string, { from: number; to: number }>();
  for (const t of tracks) {
    const from = before.get(t.id);
    if (from !== undefined && from !== t.value) moved.set(t.id, { from, to: t.value });
  }
  return moved;
}
