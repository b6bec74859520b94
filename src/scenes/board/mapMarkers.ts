/**
 * What the run has done to the chart: ships turning back once Moscow announces withdrawal, the
 * Grozny stopped at the line, the strikes, the quarantine lifted. Read from the papers the seat
 * holds (each marker has a paper behind it, so the chart never shows what the player was not told),
 * and drawn in code over the still chart. Pure here (tested in Node); mapMarkersPiece.ts draws.
 */
import { caribbeanMap } from './mapData';

export type MapMarkerKind = 'ships-turn-back' | 'grozny-stopped' | 'sam-strike' | 'air-strike' | 'quarantine-lifted';

export interface MapMarker {
  kind: MapMarkerKind;
  label: string;
  x: number;
  y: number;
}

/** Where each marker stands on the chart (canvas pixels, as mapData), and the papers that place it. */
const MARKERS: { kind: MapMarkerKind; label: string; x: number; y: number; papers: RegExp }[] = [
  // Moscow's broadcast of withdrawal, in any of its variants.
  { kind: 'ships-turn-back', label: 'ships turning back', x: 300, y: 470, papers: /^khrushchev-letter-28(-|$)/ },
  { kind: 'grozny-stopped', label: 'Grozny stopped', x: 262, y: 532, papers: /^grozny-boarded$/ },
  // Near Banes, eastern Cuba, where Anderson's U-2 came down.
  { kind: 'sam-strike', label: 'SAM site struck', x: 196, y: 566, papers: /^damage-sam-sites$/ },
  { kind: 'air-strike', label: 'missile sites struck', x: 112, y: 548, papers: /^damage-missile-sites$/ },
  {
    kind: 'quarantine-lifted',
    label: 'QUARANTINE LIFTED',
    x: caribbeanMap.quarantineLabel.x,
    y: caribbeanMap.quarantineLabel.y + 14,
    papers: /^quarantine-lifted$/,
  },
];

/** The markers for the papers a seat holds, in a fixed order. */
export function mapMarkers(documentIds: readonly string[]): MapMarker[] {
  return MARKERS.filter((m) => documentIds.some((id) => m.papers.test(id))).map(({ kind, label, x, y }) => ({
    kind,
    label,
    x,
    y,
  }));
}
