import { type TextureKey, TextureKeys } from './keys';
import { Palette } from './palette';
import { TEXTURE_TILE_SIZE } from './screenLayout';

/**
 * Every texture of the room is painted here in code, so the game ships no image files and
 * nothing is borrowed from elsewhere. Painting is seeded, so every run (and every screenshot)
 * looks the same.
 */

const LAMP_LIGHT_SIZE = 512;
const PAPER_SIZE = 256;
/** Painted small and stretched over the screen: a smooth gradient survives scaling. */
export const VIGNETTE_WIDTH = 320;
export const VIGNETTE_HEIGHT = 180;
const TAU = Math.PI * 2;

/** mulberry32: a tiny seeded PRNG; good enough for grain and fibres. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function channels(colour: number): [number, number, number] {
  return [(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff];
}

function clampByte(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}

function makeCanvas(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) {
    throw new Error('2D canvas is not available: cannot paint the table textures');
  }
  return [canvas, context];
}

/** Paints pixel by pixel; `shade` returns a brightness offset for (x, y). */
function paintShaded(size: number, base: number, shade: (x: number, y: number) => number): HTMLCanvasElement {
  const [canvas, context] = makeCanvas(size, size);
  const image = context.createImageData(size, size);
  const [r, g, b] = channels(base);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const offset = shade(x, y);
      const i = (y * size + x) * 4;
      image.data[i] = clampByte(r + offset);
      image.data[i + 1] = clampByte(g + offset * 0.8);
      image.data[i + 2] = clampByte(b + offset * 0.6);
      image.data[i + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/**
 * Dark polished wood. The grain runs horizontally; every wave has a whole number of periods
 * across the tile, so the tile repeats without seams.
 */
function paintWood(): HTMLCanvasElement {
  const size = TEXTURE_TILE_SIZE;
  const random = seededRandom(1962);
  const [bend, fine, broad] = Array.from({ length: 3 }, () => random() * TAU);
  // Each row of the board gets its own tone: the long straight streaks of sawn timber.
  const streaks = Array.from({ length: size }, () => (random() - 0.5) * 10);
  return paintShaded(size, Palette.woodMid, (x, y) => {
    const u = x / size;
    const v = y / size;
    const drift = 0.004 * Math.sin(TAU * u + bend);
    const row = Math.floor(((v + drift + 1) % 1) * size);
    const grain = 5 * Math.sin(TAU * 9 * (v + drift) + fine) + 3 * Math.sin(TAU * 2 * v + broad);
    return grain + (streaks[row] ?? 0) + (random() - 0.5) * 6;
  });
}

/** Green baize: fine felt noise, no pattern. */
function paintBaize(): HTMLCanvasElement {
  const random = seededRandom(1027);
  return paintShaded(TEXTURE_TILE_SIZE, Palette.baize, () => (random() - 0.5) * 14);
}

/** Off-white paper with faint fibres, never pure white. */
function paintPaper(): HTMLCanvasElement {
  const random = seededRandom(2710);
  return paintShaded(PAPER_SIZE, Palette.paper, (x, y) => {
    const edge = Math.min(x, y, PAPER_SIZE - 1 - x, PAPER_SIZE - 1 - y);
    const ageing = edge < 10 ? (10 - edge) * -1.6 : 0;
    return ageing + (random() - 0.5) * 6;
  });
}

/** The pool of warm light from the desk lamp: a soft radial falloff to transparent. */
function paintLampLight(): HTMLCanvasElement {
  const [canvas, context] = makeCanvas(LAMP_LIGHT_SIZE, LAMP_LIGHT_SIZE);
  const half = LAMP_LIGHT_SIZE / 2;
  const [r, g, b] = channels(Palette.lamp);
  const gradient = context.createRadialGradient(half, half, 0, half, half, half);
  gradient.addColorStop(0, `rgba(${r}, ${g}, ${b}, 0.55)`);
  gradient.addColorStop(0.45, `rgba(${r}, ${g}, ${b}, 0.22)`);
  gradient.addColorStop(1, `rgba(${r}, ${g}, ${b}, 0)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, LAMP_LIGHT_SIZE, LAMP_LIGHT_SIZE);
  return canvas;
}

/** Shadows gathering at the edges of the table, away from the lamp. */
function paintVignette(): HTMLCanvasElement {
  const [canvas, context] = makeCanvas(VIGNETTE_WIDTH, VIGNETTE_HEIGHT);
  const cx = VIGNETTE_WIDTH / 2;
  const cy = VIGNETTE_HEIGHT * 0.4;
  const gradient = context.createRadialGradient(cx, cy, VIGNETTE_HEIGHT * 0.3, cx, cy, VIGNETTE_WIDTH * 0.62);
  gradient.addColorStop(0, 'rgba(0, 0, 0, 0)');
  gradient.addColorStop(1, 'rgba(0, 0, 0, 0.62)');
  context.fillStyle = gradient;
  context.fillRect(0, 0, VIGNETTE_WIDTH, VIGNETTE_HEIGHT);
  return canvas;
}

const painters: Record<TextureKey, () => HTMLCanvasElement> = {
  [TextureKeys.Wood]: paintWood,
  [TextureKeys.Baize]: paintBaize,
  [TextureKeys.Paper]: paintPaper,
  [TextureKeys.LampLight]: paintLampLight,
  [TextureKeys.Vignette]: paintVignette,
};

/** The wood is needed by the loading screen itself, so Boot paints it before anything loads. */
export function paintBootTexture(): { key: TextureKey; canvas: HTMLCanvasElement } {
  return { key: TextureKeys.Wood, canvas: paintWood() };
}

/**
 * The rest of the room as PNG data URLs, for the Preloader to load through Phaser's loader.
 * Going through the loader (rather than adding canvases directly) gives the progress bar real
 * work to report, and later asset packs join the same queue.
 */
export function paintRoomTextures(): { key: TextureKey; dataUrl: string }[] {
  return (Object.keys(painters) as TextureKey[])
    .filter((key) => key !== TextureKeys.Wood)
    .map((key) => ({ key, dataUrl: painters[key]().toDataURL('image/png') }));
}
