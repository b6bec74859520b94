import Phaser from 'phaser';
import { GAME_DATE, GAME_NAME_STAMP, GAME_NAME_TITLE } from '../game/strings';
import { prefersReducedMotion } from '../session/settings';
import { drawTable } from './blotter';
import { composeOnce } from './compose';
import { TYPEWRITER_FONT } from './fonts';
import { ComposedTextureKeys, SceneKeys } from './keys';
import { cssColour, Palette } from './palette';
import { CENTRE_X, FADE_IN_MS, TITLE_FOLDER, TITLE_TEXT } from './screenLayout';

const TAB_LABEL = 'EXERCISE FILE';
const TAB_LABEL_SIZE = 16;
const TAB_INSET = 48;
const CREASE_INSET = 16;
const STAMP_LETTER_SPACING = 6;
const STAMP_BORDER = 4;
const STAMP_INK_ALPHA = 0.82;
const FOLDER_SHADOW_ALPHA = 0.4;

/** The folder's texture holds the folder, its tab above and its shadow below-right. */
const FOLDER_TEXTURE_WIDTH = TITLE_FOLDER.width + TITLE_FOLDER.shadowOffset;
const FOLDER_TEXTURE_HEIGHT = TITLE_FOLDER.height + TITLE_FOLDER.tabHeight + TITLE_FOLDER.shadowOffset;
/** Where the folder's centre sits inside that texture. */
const FOLDER_ORIGIN_X = TITLE_FOLDER.width / 2;
const FOLDER_ORIGIN_Y = TITLE_FOLDER.tabHeight + TITLE_FOLDER.height / 2;

/** The title: a dossier on the baize under the lamp. The menu is in the HTML overlay (src/ui/title.ts). */
export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Title);
  }

  create(): void {
    drawTable(this);
    composeOnce(this, ComposedTextureKeys.TitleFolder, FOLDER_TEXTURE_WIDTH, FOLDER_TEXTURE_HEIGHT, () =>
      this.folderLayers(),
    );
    this.add
      .image(CENTRE_X, TITLE_FOLDER.centreY, ComposedTextureKeys.TitleFolder)
      .setOrigin(FOLDER_ORIGIN_X / FOLDER_TEXTURE_WIDTH, FOLDER_ORIGIN_Y / FOLDER_TEXTURE_HEIGHT)
      .setAngle(TITLE_FOLDER.rotationDegrees);

    if (!prefersReducedMotion()) {
      this.cameras.main.fadeIn(FADE_IN_MS, 0, 0, 0);
    }
  }

  /** The folder, laid out around its centre at (FOLDER_ORIGIN_X, FOLDER_ORIGIN_Y). */
  private folderLayers(): Phaser.GameObjects.GameObject[] {
    const { width, height, tabWidth, tabHeight, cornerRadius, shadowOffset } = TITLE_FOLDER;
    const cx = FOLDER_ORIGIN_X;
    const cy = FOLDER_ORIGIN_Y;
    const left = cx - width / 2;
    const top = cy - height / 2;

    const paper = this.make.graphics({}, false);
    paper.fillStyle(0x000000, FOLDER_SHADOW_ALPHA);
    paper.fillRoundedRect(left + shadowOffset, top + shadowOffset, width, height, cornerRadius);
    paper.fillStyle(Palette.manilaShadow, 1);
    paper.fillRoundedRect(left + TAB_INSET, top - tabHeight, tabWidth, tabHeight + cornerRadius * 2, cornerRadius);
    paper.fillStyle(Palette.manila, 1);
    paper.fillRoundedRect(left, top, width, height, cornerRadius);
    paper.lineStyle(1, Palette.manilaShadow, 0.8);
    paper.strokeRect(left + CREASE_INSET, top + CREASE_INSET, width - CREASE_INSET * 2, height - CREASE_INSET * 2);
    paper.lineStyle(2, Palette.ink, 0.7);
    paper.lineBetween(
      cx - TITLE_TEXT.ruleHalfWidth,
      cy + TITLE_TEXT.ruleY,
      cx + TITLE_TEXT.ruleHalfWidth,
      cy + TITLE_TEXT.ruleY,
    );

    const typed = (x: number, y: number, text: string, fontSize: number) =>
      new Phaser.GameObjects.Text(this, x, y, text, {
        fontFamily: TYPEWRITER_FONT,
        fontSize,
        color: cssColour(Palette.ink),
      }).setOrigin(0.5);

    return [
      paper,
      typed(left + TAB_INSET + tabWidth / 2, top - tabHeight / 2, TAB_LABEL, TAB_LABEL_SIZE),
      ...this.stampLayers(cx, cy + TITLE_TEXT.stampY),
      typed(cx, cy + TITLE_TEXT.nameY, GAME_NAME_TITLE, TITLE_TEXT.nameFontSize),
      typed(cx, cy + TITLE_TEXT.subtitleY, GAME_DATE, TITLE_TEXT.subtitleFontSize),
    ];
  }

  /** A red rubber stamp, slightly rotated and not quite fully inked. */
  private stampLayers(x: number, y: number): Phaser.GameObjects.GameObject[] {
    const text = new Phaser.GameObjects.Text(this, 0, 0, GAME_NAME_STAMP, {
      fontFamily: TYPEWRITER_FONT,
      fontSize: TITLE_TEXT.stampFontSize,
      color: cssColour(Palette.stampRed),
      letterSpacing: STAMP_LETTER_SPACING,
    }).setOrigin(0.5);
    const pad = TITLE_TEXT.stampPadding;
    const border = this.make.graphics({}, false);
    border.lineStyle(STAMP_BORDER, Palette.stampRed, 1);
    border.strokeRect(-text.width / 2 - pad, -text.height / 2 - pad / 2, text.width + pad * 2, text.height + pad);
    const stamp = this.make.container({ x, y }, false).add([border, text]);
    return [stamp.setAngle(TITLE_TEXT.stampRotationDegrees).setAlpha(STAMP_INK_ALPHA)];
  }
}
