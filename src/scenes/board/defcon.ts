/**
 * The DEFCON board as the numbered board it was: five plates, 5 to 1, the current one lit.
 * The number and the plate's shape carry the reading (the lit plate is raised, light on dark,
 * with a pointer over it); its colour only repeats it.
 */
import Phaser from 'phaser';
import type { TrackView } from '../../engine/view';
import { cssColour, Palette } from '../palette';
import { DEFCON_PLATES, type DefconNumber, defconCaption, defconNumber } from './defconLevel';
import { DEFCON } from './layout';
import { BoardTones, sans, typed } from './styles';

const TITLE = 'DEFENSE READINESS CONDITION';
const TITLE_SPACING = 1;
const LIT_RAISE = 5;
const POINTER = { width: 14, height: 7, gap: 3 } as const;
const SCREW_RADIUS = 2.5;
const SCREW_INSET = 7;

const plateLeft = (index: number) =>
  DEFCON.x +
  (DEFCON.width - (DEFCON_PLATES.length * DEFCON.plateWidth + (DEFCON_PLATES.length - 1) * DEFCON.plateGap)) / 2 +
  index * (DEFCON.plateWidth + DEFCON.plateGap);

/** The board's backing, frame and title: still, so composed into the board's texture. */
export function defconStaticLayers(scene: Phaser.Scene, highContrast: boolean): Phaser.GameObjects.GameObject[] {
  const { x, y, width, height } = DEFCON;
  const g = scene.make.graphics({}, false);
  g.fillStyle(0x000000, 0.45);
  g.fillRoundedRect(x + 4, y + 5, width, height, 6);
  g.fillStyle(Palette.navy, 1);
  g.fillRoundedRect(x, y, width, height, 6);
  g.lineStyle(highContrast ? 3 : 2, Palette.brass, 1);
  g.strokeRoundedRect(x, y, width, height, 6);
  g.fillStyle(Palette.brassLight, 0.9);
  for (const [sx, sy] of [
    [x + SCREW_INSET, y + SCREW_INSET],
    [x + width - SCREW_INSET, y + SCREW_INSET],
    [x + SCREW_INSET, y + height - SCREW_INSET],
    [x + width - SCREW_INSET, y + height - SCREW_INSET],
  ]) {
    g.fillCircle(sx, sy, SCREW_RADIUS);
  }
  const title = new Phaser.GameObjects.Text(
    scene,
    x + width / 2,
    y + DEFCON.titleY,
    TITLE,
    typed(DEFCON.titleSize, Palette.brassLight, { letterSpacing: TITLE_SPACING }),
  ).setOrigin(0.5, 0);
  return [g, title];
}

export class DefconPiece {
  private readonly plates: Phaser.GameObjects.Graphics;
  private readonly numerals: Phaser.GameObjects.Text[];
  private readonly caption: Phaser.GameObjects.Text;
  private shown: { level: DefconNumber; highContrast: boolean } | null = null;

  constructor(scene: Phaser.Scene) {
    this.plates = scene.add.graphics();
    this.numerals = DEFCON_PLATES.map((n, i) =>
      scene.add
        .text(
          plateLeft(i) + DEFCON.plateWidth / 2,
          DEFCON.y + DEFCON.plateY + DEFCON.plateHeight / 2,
          String(n),
          typed(DEFCON.numeralSize),
        )
        .setOrigin(0.5),
    );
    this.caption = scene.add
      .text(DEFCON.x + DEFCON.width / 2, DEFCON.y + DEFCON.levelY, '', sans(DEFCON.levelSize, Palette.cream))
      .setOrigin(0.5, 0);
  }

  /** `track` is the escalation track; without one the board shows no reading. */
  update(track: TrackView | undefined, highContrast: boolean): void {
    if (!track) {
      this.plates.clear();
      this.caption.setText('');
      this.shown = null;
      return;
    }
    const level = defconNumber(track);
    this.caption.setText(defconCaption(track.level));
    const maxCaptionWidth = DEFCON.width - 16;
    this.caption.setScale(Math.min(1, maxCaptionWidth / Math.max(1, this.caption.width)), 1);
    if (this.shown?.level === level && this.shown.highContrast === highContrast) return;
    this.shown = { level, highContrast };
    this.drawPlates(level, highContrast);
  }

  private drawPlates(level: DefconNumber, highContrast: boolean): void {
    const g = this.plates.clear();
    const top = DEFCON.y + DEFCON.plateY;
    const { plateWidth: w, plateHeight: h } = DEFCON;
    DEFCON_PLATES.forEach((n, i) => {
      const left = plateLeft(i);
      const lit = n === level;
      const numeral = this.numerals[i];
      if (lit) {
        const fill = BoardTones.defconLit[n];
        g.fillStyle(0x000000, 0.5);
        g.fillRect(left + 2, top - LIT_RAISE + 3, w, h + LIT_RAISE * 2);
        g.fillStyle(fill, 1);
        g.fillRect(left, top - LIT_RAISE, w, h + LIT_RAISE * 2);
        g.lineStyle(highContrast ? 4 : 3, Palette.cream, 1);
        g.strokeRect(left, top - LIT_RAISE, w, h + LIT_RAISE * 2);
        g.lineStyle(1, Palette.ink, 1);
        g.strokeRect(left + 3, top - LIT_RAISE + 3, w - 6, h + LIT_RAISE * 2 - 6);
        // The pointer over the lit plate: a shape cue that needs no colour.
        const px = left + w / 2;
        const py = top - LIT_RAISE - POINTER.gap;
        g.fillStyle(Palette.cream, 1);
        g.fillTriangle(
          px - POINTER.width / 2,
          py - POINTER.height,
          px + POINTER.width / 2,
          py - POINTER.height,
          px,
          py,
        );
        numeral.setColor(cssColour(n === 1 ? Palette.cream : Palette.ink)).setAlpha(1);
      } else {
        g.fillStyle(BoardTones.plateUnlit, 1);
        g.fillRect(left, top, w, h);
        g.lineStyle(highContrast ? 2 : 1, Palette.brass, highContrast ? 1 : 0.7);
        g.strokeRect(left, top, w, h);
        numeral.setColor(cssColour(Palette.cream)).setAlpha(highContrast ? 0.8 : 0.45);
      }
    });
  }
}
