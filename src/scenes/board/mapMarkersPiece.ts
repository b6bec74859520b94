/** Draws the run's markers (mapMarkers.ts) over the still chart; redrawn only when they change. */
import Phaser from 'phaser';
import { Palette } from '../palette';
import type { MapMarker } from './mapMarkers';
import { BoardTones, sans } from './styles';

export class MapMarkersPiece {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private shown = '';

  constructor(private readonly scene: Phaser.Scene) {}

  update(markers: readonly MapMarker[], highContrast: boolean): void {
    const key = `${highContrast}|${markers.map((m) => m.kind).join(',')}`;
    if (key === this.shown) return;
    this.shown = key;
    for (const o of this.objects) o.destroy();
    this.objects = [];
    if (markers.length === 0) return;
    const g = this.scene.add.graphics();
    this.objects.push(g);
    for (const m of markers) {
      const ink = m.kind === 'quarantine-lifted' || m.kind === 'ships-turn-back' ? Palette.navy : Palette.stampRed;
      g.lineStyle(highContrast ? 3 : 2, ink, 1);
      if (m.kind === 'sam-strike' || m.kind === 'air-strike') {
        // A struck target: a cross in a ring.
        g.strokeCircle(m.x, m.y, 6);
        g.lineBetween(m.x - 5, m.y - 5, m.x + 5, m.y + 5);
        g.lineBetween(m.x - 5, m.y + 5, m.x + 5, m.y - 5);
      } else if (m.kind === 'ships-turn-back') {
        // An arrow pointing back out to the Atlantic.
        g.lineBetween(m.x - 14, m.y + 8, m.x + 10, m.y - 6);
        g.fillStyle(ink, 1);
        g.fillTriangle(m.x + 14, m.y - 9, m.x + 4, m.y - 8, m.x + 10, m.y);
      } else if (m.kind === 'grozny-stopped') {
        g.strokeRect(m.x - 5, m.y - 5, 10, 10);
      }
      const text = new Phaser.GameObjects.Text(this.scene, m.x + 9, m.y - 6, m.label, {
        ...sans(10, m.kind === 'quarantine-lifted' ? BoardTones.chartInk : ink),
        backgroundColor: `#${BoardTones.chartPaper.toString(16).padStart(6, '0')}`,
      }).setOrigin(m.kind === 'quarantine-lifted' ? 0.5 : 0, 0);
      if (m.kind === 'quarantine-lifted') text.setPosition(m.x, m.y);
      this.scene.add.existing(text);
      this.objects.push(text);
    }
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.objects = [];
    this.shown = '';
  }
}
