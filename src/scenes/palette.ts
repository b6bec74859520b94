/**
 * The Cabinet Room under lamplight: dark wood, green baize, brass and cream (LOOK-AND-FEEL.md).
 * The HTML overlay mirrors these values as CSS custom properties in src/ui/overlay.css.
 */
export const Palette = {
  woodDark: 0x22150d,
  woodMid: 0x3a2416,
  woodLight: 0x563520,
  baize: 0x1e4630,
  baizeDark: 0x133222,
  brass: 0xb8924a,
  brassLight: 0xdcc07f,
  cream: 0xf1e8d2,
  paper: 0xeee5cc,
  manila: 0xcfae72,
  manilaShadow: 0x8f7240,
  ink: 0x1f1a14,
  stampRed: 0xa3262a,
  navy: 0x1b2a44,
  lamp: 0xffd9a0,
} as const;

/** Phaser text wants CSS colour strings; 0xRRGGBB numbers become `#rrggbb`. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
