/**
 * Text styles and tones shared by the board's pieces: the typewriter for anything typed or
 * painted in the period, IBM Plex Sans (600, the weight the Preloader waits for) for names and labels.
 */
import type Phaser from 'phaser';
import { INTERFACE_FONT, TYPEWRITER_FONT } from '../fonts';
import { cssColour, Palette } from '../palette';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

export function typed(fontSize: number, colour: number = Palette.cream, extra: TextStyle = {}): TextStyle {
  return { fontFamily: TYPEWRITER_FONT, fontSize, color: cssColour(colour), ...extra };
}

export function sans(fontSize: number, colour: number = Palette.cream, extra: TextStyle = {}): TextStyle {
  return { fontFamily: INTERFACE_FONT, fontSize, fontStyle: '600', color: cssColour(colour), ...extra };
}

/** Tones the shared palette does not have: the chart's sea and land, and the DEFCON plates. */
export const BoardTones = {
  sea: 0xd3dfd8,
  seaDeep: 0xbfd0c9,
  land: 0xe4d0a0,
  chartPaper: 0xf3ecd8,
  chartInk: 0x2a241c,
  leather: 0x5a2f1e,
  leatherLight: 0x74412a,
  plateUnlit: 0x15110d,
  gaugeTrough: 0x0f1a2c,
  /** DEFCON plates when lit, 5..1: calm to alarm. Colour is only the second cue after the number. */
  defconLit: { 5: 0xdfe7da, 4: 0xf1e8d2, 3: 0xe9cf86, 2: 0xe79a45, 1: 0xd2473b } as Record<1 | 2 | 3 | 4 | 5, number>,
} as const;

/** Blends two 0xRRGGBB colours: t = 0 gives `a`, 1 gives `b`. */
export function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) => {
    const ca = (a >> shift) & 0xff;
    const cb = (b >> shift) & 0xff;
    return Math.round(ca + (cb - ca) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}
