import Phaser from 'phaser';
import { SceneKeys } from './keys';
import { paintBootTexture } from './textures';

/** Prepares what the loading screen itself shows (the table's wood), then hands over. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    const { key, canvas } = paintBootTexture();
    this.textures.addCanvas(key, canvas);
    this.scene.start(SceneKeys.Preloader);
  }
}
