/**
 * Which DEFCON plate is lit. The escalation track's level label names it ("DEFCON 2 — …") where
 * the scenario says so; otherwise the track's value is read as a scale from DEFCON 5 (its minimum)
 * to DEFCON 1 (its maximum). Pure: tested in Node.
 */
import type { TrackView } from '../../engine/view';

export type DefconNumber = 1 | 2 | 3 | 4 | 5;

/** The id of the track the DEFCON board shows when no track says `display` (the fallback). */
export const ESCALATION_TRACK_ID = 'escalation';

/** The plates in the order they hang on the board, from peacetime readiness to war. */
export const DEFCON_PLATES: readonly DefconNumber[] = [5, 4, 3, 2, 1];

const DEFCON_PATTERN = /\bDEFCON\s*([1-5])\b/i;

type EscalationTrack = Pick<TrackView, 'value' | 'min' | 'max' | 'level'>;

export function defconNumber(track: EscalationTrack): DefconNumber {
  const named = track.level ? DEFCON_PATTERN.exec(track.level) : null;
  if (named) return Number(named[1]) as DefconNumber;
  const span = track.max - track.min;
  const share = span > 0 ? (track.value - track.min) / span : 0;
  const clamped = Math.min(1, Math.max(0, share));
  return (5 - Math.round(clamped * 4)) as DefconNumber;
}

/** The level label without its "DEFCON n —" prefix (the plates already show the number). */
export function defconCaption(level: string | undefined): string {
  if (!level) return '';
  return level.replace(/^\s*DEFCON\s*[1-5]\s*[—–:-]?\s*/i, '').trim();
}

/**
 * Whether the DEFCON board shows this track: the scenario says so with `display: defcon` (or not,
 * with `display: gauge`); a scenario that does not say falls back to the track with id "escalation".
 */
export function isDefconTrack(track: { id: string; display?: 'gauge' | 'defcon' }): boolean {
  return track.display ? track.display === 'defcon' : track.id === ESCALATION_TRACK_ID;
}

/** The track the DEFCON board shows, if the scenario has one: one that says so before the fallback. */
export function findEscalation<T extends { id: string; display?: 'gauge' | 'defcon' }>(
  tracks: readonly T[],
): T | undefined {
  return tracks.find((t) => t.display === 'defcon') ?? tracks.find(isDefconTrack);
}

/**
 * Whether the room hangs a DEFCON board: only for a scenario with a track it shows (an unlit board
 * would mean nothing). Before the first state arrives, nothing is known: no board yet.
 */
export function showsDefconBoard(
  state: { view: { tracks: readonly { id: string; display?: 'gauge' | 'defcon' }[] } } | null | undefined,
): boolean {
  return state ? findEscalation(state.view.tracks) !== undefined : false;
}
