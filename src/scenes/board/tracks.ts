/**
 * The state of play: each visible track (escalation has the DEFCON board) as a small labelled
 * gauge with its value and its level in words. A diamond marks the better end of each bar, and
 * the bar's tone, from red to brass, repeats how good the reading is.
 */
import Phaser from 'phaser';
import type { TrackView } from '../../engine/view';
import { Palette } from '../palette';
import { TRACKS } from './layout';
import { BoardTones, mix, sans, typed } from './styles';
import {
  GAUGE_MOVE_MS,
  gaugeFraction,
  gaugeGoodness,
  gaugeRowTops,
  gaugeTracks,
  gaugeValueAt,
  gaugeValueText,
  movedGauges,
  shortLabel,
} from './trackGauge';

const TITLE = 'STATE OF PLAY';
const LEGEND = '◆ better end';
const DIAMOND = 4;
const BAR_INSET = 9;

/** The panel and its heading, still: composed into the board's texture. */
export function tracksStaticLayers(scene: Phaser.Scene, highContrast: boolean): Phaser.GameObjects.GameObject[] {
  const { x, y, width, height, padding } = TRACKS;
  const g = scene.make.graphics({}, false);
  g.fillStyle(0x000000, 0.45);
  g.fillRoundedRect(x + 4, y + 5, width, height, 6);
  g.fillStyle(Palette.navy, 1);
  g.fillRoundedRect(x, y, width, height, 6);
  g.lineStyle(highContrast ? 3 : 2, Palette.brass, 1);
  g.strokeRoundedRect(x, y, width, height, 6);
  g.lineStyle(1, Palette.brass, 0.5);
  g.lineBetween(x + padding, y + TRACKS.rowTop - 6, x + width - padding, y + TRACKS.rowTop - 6);
  return [
    g,
    new Phaser.GameObjects.Text(
      scene,
      x + padding,
      y + 7,
      TITLE,
      typed(TRACKS.titleSize, Palette.brassLight, { letterSpacing: 2 }),
    ),
    new Phaser.GameObjects.Text(scene, x + width - padding, y + 7, LEGEND, typed(TRACKS.titleSize, Palette.cream))
      .setOrigin(1, 0)
      .setAlpha(0.8),
  ];
}

interface Row {
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
  level: Phaser.GameObjects.Text;
}

export class TracksPiece {
  private readonly scene: Phaser.Scene;
  private readonly bars: Phaser.GameObjects.Graphics;
  private rows: Row[] = [];
  private idsKey = '';
  /** The value each bar last settled on, so a change after a decision can be shown moving. */
  private settled = new Map<string, number>();
  private moving: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    this.bars = scene.add.graphics();
  }

  /**
   * Draws the gauges; a bar whose value changed since the last drawing moves to it over
   * GAUGE_MOVE_MS (the consequence of a decision, seen), unless motion is reduced.
   */
  update(tracks: readonly TrackView[], highContrast: boolean, reducedMotion = true): void {
    const moved = movedGauges(this.settled, tracks);
    this.settled = new Map(tracks.map((t) => [t.id, t.value]));
    this.moving?.stop();
    this.moving = null;
    if (reducedMotion || moved.size === 0) {
      this.draw(tracks, highContrast);
      return;
    }
    const at = (t: number) =>
      tracks.map((track) => {
        const m = moved.get(track.id);
        return m ? { ...track, value: gaugeValueAt(m.from, m.to, t) } : track;
      });
    this.draw(at(0), highContrast, tracks);
    this.moving = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: GAUGE_MOVE_MS,
      onUpdate: (tween) => this.draw(at(tween.getValue() ?? 1), highContrast, tracks),
      onComplete: () => this.draw(tracks, highContrast),
    });
  }

  /** `labels`: the true values for the text, while the bars are drawn part-way (`tracks`). */
  private draw(tracks: readonly TrackView[], highContrast: boolean, labels: readonly TrackView[] = tracks): void {
    const shown = gaugeTracks(tracks);
    const texts = gaugeTracks(labels);
    const idsKey = shown.map((t) => t.id).join('|');
    if (idsKey !== this.idsKey) {
      this.idsKey = idsKey;
      this.buildRows(shown.length);
    }
    const g = this.bars.clear();
    const { x, y, width, height, padding } = TRACKS;
    const inner = width - padding * 2;
    const { tops } = gaugeRowTops(
      shown,
      { plain: TRACKS.plainRow, level: TRACKS.levelRow },
      height - TRACKS.rowTop - padding / 2,
    );
    shown.forEach((track, i) => {
      const row = this.rows[i];
      const top = y + TRACKS.rowTop + tops[i];
      row.label.setY(top);
      row.value.setY(top);
      row.level.setY(top + TRACKS.levelOffset);
      row.label.setText(shortLabel(track.label));
      row.value.setText(gaugeValueText(texts[i] ?? track));
      row.level.setText(track.level ?? '');
      fitWidth(row.label, inner - row.value.width - 8);
      fitWidth(row.level, inner - BAR_INSET);

      const barLeft = x + padding + BAR_INSET;
      const barWidth = inner - BAR_INSET * 2;
      const barTop = top + TRACKS.barOffset;
      const h = TRACKS.barHeight;
      g.fillStyle(BoardTones.gaugeTrough, 1);
      g.fillRect(barLeft, barTop, barWidth, h);
      const tone = mix(Palette.stampRed, Palette.brassLight, gaugeGoodness(track));
      g.fillStyle(tone, 1);
      g.fillRect(barLeft, barTop, barWidth * gaugeFraction(track), h);
      g.lineStyle(highContrast ? 2 : 1, Palette.cream, highContrast ? 1 : 0.55);
      g.strokeRect(barLeft, barTop, barWidth, h);
      // Ticks at each whole step, when there are few enough to read.
      const steps = track.max - track.min;
      if (steps > 0 && steps <= 20) {
        g.lineStyle(1, Palette.navy, 0.9);
        for (let s = 1; s < steps; s += 1) {
          const tx = barLeft + (barWidth * s) / steps;
          g.lineBetween(tx, barTop + 1, tx, barTop + h - 1);
        }
      }
      const goodX = track.better === 'up' ? barLeft + barWidth + BAR_INSET / 2 : barLeft - BAR_INSET / 2;
      const cy = barTop + h / 2;
      g.fillStyle(Palette.cream, 1);
      g.fillPoints(
        [
          new Phaser.Math.Vector2(goodX, cy - DIAMOND),
          new Phaser.Math.Vector2(goodX + DIAMOND, cy),
          new Phaser.Math.Vector2(goodX, cy + DIAMOND),
          new Phaser.Math.Vector2(goodX - DIAMOND, cy),
        ],
        true,
      );
    });
  }

  private buildRows(count: number): void {
    for (const row of this.rows) {
      row.label.destroy();
      row.value.destroy();
      row.level.destroy();
    }
    const { x, width, padding } = TRACKS;
    this.rows = Array.from({ length: count }, () => ({
      label: this.scene.add.text(x + padding, 0, '', sans(TRACKS.labelSize, Palette.cream)),
      value: this.scene.add.text(x + width - padding, 0, '', typed(TRACKS.labelSize, Palette.cream)).setOrigin(1, 0),
      level: this.scene.add
        .text(x + padding + BAR_INSET, 0, '', typed(TRACKS.levelSize, Palette.brassLight))
        .setAlpha(0.95),
    }));
  }
}

/** Presses a text narrower (never wider) so it fits `width`. */
function fitWidth(text: Phaser.GameObjects.Text, width: number): void {
  text.setScale(1, 1);
  text.setScale(Math.min(1, width / Math.max(1, text.width)), 1);
}
