import Phaser from 'phaser';
import type { Stage } from '../game/stage';
import { drawWood } from './blotter';
import { INTERFACE_FONT, waitForCanvasFonts } from './fonts';
import { SceneKeys } from './keys';
import { cssColour, Palette } from './palette';
import { CENTRE_X, FONT_WAIT_MS, PROGRESS_BAR } from './screenLayout';
import { paintRoomTextures } from './textures';

const LOADING_LABEL = 'Setting the table…';
const LOADING_LABEL_SIZE = 24;

/** Loads the room (textures now, sounds and scenario data later) behind a brass progress bar. */
export class PreloaderScene extends Phaser.Scene {
  private readonly stage: Stage;

  constructor(stage: Stage) {
    super(SceneKeys.Preloader);
    this.stage = stage;
  }

  init(): void {
    drawWood(this);

    const { width, height, border, y, labelY } = PROGRESS_BAR;
    const left = CENTRE_X - width / 2;

    this.add
      .text(CENTRE_X, labelY, LOADING_LABEL, {
        fontFamily: INTERFACE_FONT,
        fontSize: LOADING_LABEL_SIZE,
        color: cssColour(Palette.cream),
      })
      .setOrigin(0.5, 1);

    const frame = this.add.graphics();
    frame.lineStyle(border, Palette.brass, 1);
    frame.strokeRect(left - border, y - border, width + border * 2, height + border * 2);
    frame.fillStyle(Palette.woodDark, 1);
    frame.fillRect(left, y, width, height);

    const bar = this.add.rectangle(left, y, 0, height, Palette.brassLight).setOrigin(0, 0);
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      bar.width = width * progress;
    });
  }

  preload(): void {
    for (const { key, dataUrl } of paintRoomTextures()) {
      this.load.image(key, dataUrl);
    }
  }

  create(): void {
    void waitForCanvasFonts(FONT_WAIT_MS).then(() => {
      // The app may already have asked for the table (a player quicker than the room): show that.
      this.scene.stop();
      this.stage.attach(this.game);
    });
  }
}
