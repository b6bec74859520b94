/** The design resolution; Phaser scales it to fit the window (Scale.FIT), keeping 16:9. */
export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;
export const CENTRE_X = GAME_WIDTH / 2;
export const CENTRE_Y = GAME_HEIGHT / 2;

/** Size of the tiles generated for wood and baize; the tile sprites repeat them. */
export const TEXTURE_TILE_SIZE = 256;

/** The baize blotter laid on the table, with its brass edge. */
export const BLOTTER = {
  inset: 56,
  cornerRadius: 14,
  brassEdge: 4,
} as const;

/** The loading bar on the Preloader screen. */
export const PROGRESS_BAR = {
  width: 480,
  height: 22,
  border: 3,
  y: CENTRE_Y + 40,
  labelY: CENTRE_Y - 12,
} as const;

/**
 * The title screen: a dossier folder in the upper part of the table, leaving the lower part
 * free for the HTML card with the Start button (src/ui/overlay.css places it there).
 */
export const TITLE_FOLDER = {
  centreY: 262,
  width: 760,
  height: 330,
  tabWidth: 220,
  tabHeight: 34,
  cornerRadius: 8,
  shadowOffset: 10,
  rotationDegrees: -1.5,
} as const;

export const TITLE_TEXT = {
  stampY: -92,
  stampRotationDegrees: -5,
  stampPadding: 10,
  stampFontSize: 40,
  nameY: 4,
  nameFontSize: 68,
  ruleY: 64,
  ruleHalfWidth: 250,
  subtitleY: 102,
  subtitleFontSize: 30,
} as const;

/** The lamp's pool of light, centred above the folder. */
export const LAMP = {
  centreY: 240,
  scale: 1.7,
  alpha: 0.55,
} as const;

export const FADE_IN_MS = 350;
/** How long the Preloader waits for web fonts before drawing with the fallbacks. */
export const FONT_WAIT_MS = 3000;
