/**
 * Font stacks shared by the canvas and the overlay. The faces come from @fontsource packages
 * imported in src/main.ts; the fallbacks keep the game readable if they fail to load.
 */
export const TYPEWRITER_FONT = '"Special Elite", "Courier New", Courier, monospace';
export const INTERFACE_FONT = '"IBM Plex Sans", "Helvetica Neue", Arial, sans-serif';

/** What the canvas draws with: Phaser measures text once, so these must be loaded first. */
export const CANVAS_FONT_FACES = ['32px "Special Elite"', '600 32px "IBM Plex Sans"'] as const;

/**
 * Resolves once the canvas faces are ready, or after `timeoutMs` at the latest, so a missing
 * font can never stop the game from starting: Phaser then draws with the fallback stack.
 */
export function waitForCanvasFonts(timeoutMs: number): Promise<void> {
  if (!('fonts' in document)) {
    return Promise.resolve();
  }
  const loaded = Promise.all(CANVAS_FONT_FACES.map((face) => document.fonts.load(face))).then(() => undefined);
  const timedOut = new Promise<void>((resolve) => {
    window.setTimeout(resolve, timeoutMs);
  });
  return Promise.race([loaded, timedOut]).catch(() => undefined);
}
