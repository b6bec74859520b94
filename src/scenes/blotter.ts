import Phaser from 'phaser';
import { composeOnce } from './compose';
import { ComposedTextureKeys, TextureKeys } from './keys';
import { Palette } from './palette';
import { BLOTTER, GAME_HEIGHT, GAME_WIDTH, LAMP } from './screenLayout';

/** Leather corners of the desk blotter, as a fraction of the blotter's height. */
const BLOTTER_CORNER_FRACTION = 0.13;
const BLOTTER_SHADOW_OFFSET = { x: 6, y: 8 } as const;

/** The wood of the Cabinet Room table, filling the screen (the loading screen shows only this). */
export function drawWood(scene: Phaser.Scene): void {
  scene.add.tileSprite(0, 0, GAME_WIDTH, GAME_HEIGHT, TextureKeys.Wood).setOrigin(0, 0);
}

/**
 * The table as every scene sees it: wood, a baize blotter with leather corners and a brass
 * edge, the lamp's pool of light and the shadows at the edges.
 * The table never changes, so it is composed once (see compose.ts) and shown as one image.
 */
export function drawTable(scene: Phaser.Scene): void {
  composeOnce(scene, ComposedTextureKeys.Table, GAME_WIDTH, GAME_HEIGHT, () => tableLayers(scene));
  scene.add.image(0, 0, ComposedTextureKeys.Table).setOrigin(0, 0);
}

/** The table's layers, bottom first, made off the display list (they only feed the texture). */
function tableLayers(scene: Phaser.Scene): Phaser.GameObjects.GameObject[] {
  const { inset, brassEdge } = BLOTTER;
  const left = inset;
  const top = inset;
  const width = GAME_WIDTH - inset * 2;
  const height = GAME_HEIGHT - inset * 2;
  const right = left + width;
  const bottom = top + height;

  const wood = scene.make
    .tileSprite({ x: 0, y: 0, width: GAME_WIDTH, height: GAME_HEIGHT, key: TextureKeys.Wood }, false)
    .setOrigin(0, 0);

  const edge = scene.make.graphics({}, false);
  edge.fillStyle(Palette.woodDark, 0.7);
  edge.fillRect(left + BLOTTER_SHADOW_OFFSET.x, top + BLOTTER_SHADOW_OFFSET.y, width, height);
  edge.fillStyle(Palette.brass, 1);
  edge.fillRect(left - brassEdge, top - brassEdge, width + brassEdge * 2, height + brassEdge * 2);

  const baize = scene.make
    .tileSprite({ x: left, y: top, width, height, key: TextureKeys.Baize }, false)
    .setOrigin(0, 0);

  const corners = scene.make.graphics({}, false);
  const corner = Math.round(height * BLOTTER_CORNER_FRACTION);
  corners.fillStyle(Palette.woodDark, 1);
  corners.lineStyle(2, Palette.brass, 0.9);
  for (const [x, y, dx, dy] of [
    [left, top, 1, 1],
    [right, top, -1, 1],
    [left, bottom, 1, -1],
    [right, bottom, -1, -1],
  ] as const) {
    corners.fillTriangle(x, y, x + dx * corner, y, x, y + dy * corner);
    corners.lineBetween(x + dx * corner, y, x, y + dy * corner);
  }

  const lamp = new Phaser.GameObjects.Image(scene, GAME_WIDTH / 2, LAMP.centreY, TextureKeys.LampLight)
    .setScale(LAMP.scale)
    .setAlpha(LAMP.alpha);

  const vignette = new Phaser.GameObjects.Image(scene, 0, 0, TextureKeys.Vignette)
    .setOrigin(0, 0)
    .setDisplaySize(GAME_WIDTH, GAME_HEIGHT);

  return [wood, edge, baize, corners, lamp, vignette];
}
