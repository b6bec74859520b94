/**
 * The room under the board: the wood of the table filling the canvas and, on the board's side,
 * a baize blotter with a brass edge that the pieces lie on. Still: composed into the board's texture.
 */
import Phaser from 'phaser';
import { TextureKeys } from '../keys';
import { Palette } from '../palette';
import { GAME_HEIGHT, GAME_WIDTH } from '../screenLayout';
import { BOARD } from './layout';

export function roomStaticLayers(scene: Phaser.Scene): Phaser.GameObjects.GameObject[] {
  const { x, y, width, height, brassEdge, cornerRadius } = BOARD.panel;
  const layers: Phaser.GameObjects.GameObject[] = [];

  if (scene.textures.exists(TextureKeys.Wood)) {
    layers.push(
      scene.make
        .tileSprite({ x: 0, y: 0, width: GAME_WIDTH, height: GAME_HEIGHT, key: TextureKeys.Wood }, false)
        .setOrigin(0, 0),
    );
  } else {
    const wood = scene.make.graphics({}, false);
    wood.fillStyle(Palette.woodMid, 1);
    wood.fillRect(0, 0, GAME_WIDTH, GAME_HEIGHT);
    layers.push(wood);
  }

  const edge = scene.make.graphics({}, false);
  edge.fillStyle(0x000000, 0.55);
  edge.fillRoundedRect(x + 5, y + 7, width, height, cornerRadius);
  edge.fillStyle(Palette.brass, 1);
  edge.fillRoundedRect(x - brassEdge, y - brassEdge, width + brassEdge * 2, height + brassEdge * 2, cornerRadius + 2);
  edge.fillStyle(Palette.baizeDark, 1);
  edge.fillRoundedRect(x, y, width, height, cornerRadius);
  layers.push(edge);

  if (scene.textures.exists(TextureKeys.Baize)) {
    const inset = 3;
    layers.push(
      scene.make
        .tileSprite(
          { x: x + inset, y: y + inset, width: width - inset * 2, height: height - inset * 2, key: TextureKeys.Baize },
          false,
        )
        .setOrigin(0, 0),
    );
  } else {
    const baize = scene.make.graphics({}, false);
    baize.fillStyle(Palette.baize, 1);
    baize.fillRoundedRect(x + 3, y + 3, width - 6, height - 6, cornerRadius - 2);
    layers.push(baize);
  }
  return layers;
}

/** Shadows gathering at the blotter's edges, away from the lamp: laid over the pieces. */
export function roomShadeLayers(scene: Phaser.Scene): Phaser.GameObjects.GameObject[] {
  if (!scene.textures.exists(TextureKeys.Vignette)) return [];
  const { x, y, width, height } = BOARD.panel;
  return [
    new Phaser.GameObjects.Image(scene, x, y, TextureKeys.Vignette)
      .setOrigin(0, 0)
      .setDisplaySize(width, height)
      .setAlpha(0.55),
  ];
}
