import Phaser from 'phaser';
import type { Overlay } from '../ui/overlay';
import { SceneKeys, TextureKeys } from './keys';
import { CENTRE_X, FADE_IN_MS, PAPER_STACK } from './layout';
import { prefersReducedMotion } from './motion';
import { Palette } from './palette';
import { drawTable } from './table';

const SHEET_SHADOW_ALPHA = 0.35;
const SHEET_SHADOW_OFFSET = 6;
/** Faint typed lines on the top sheet, as fractions of the line width: a memo still face down in spirit. */
const TYPED_LINE_LENGTHS = [0.45, 0.9, 0.95, 0.85, 0.92, 0.6, 0.88, 0.4] as const;
const TYPED_LINE_SPACING = 22;
const TYPED_MARGIN = 36;
const TYPED_LINE_ALPHA = 0.2;

/**
 * Placeholder for the morning briefing: papers waiting on the blotter while the overlay says
 * the briefing is being prepared. The scenario-driven briefing replaces it.
 */
export class Briefing extends Phaser.Scene {
  private readonly overlay: Overlay;

  constructor(overlay: Overlay) {
    super(SceneKeys.Briefing);
    this.overlay = overlay;
  }

  create(): void {
    drawTable(this);
    this.drawPaperStack();
    if (!prefersReducedMotion()) {
      this.cameras.main.fadeIn(FADE_IN_MS, 0, 0, 0);
    }
    this.overlay.showBriefingPlaceholder();
  }

  private drawPaperStack(): void {
    const { centreY, width, height, sheets } = PAPER_STACK;
    for (const { dx, dy, angle } of sheets) {
      const x = CENTRE_X + dx;
      const y = centreY + dy;
      this.add
        .rectangle(x + SHEET_SHADOW_OFFSET, y + SHEET_SHADOW_OFFSET, width, height, 0x000000, SHEET_SHADOW_ALPHA)
        .setAngle(angle);
      this.add.image(x, y, TextureKeys.Paper).setDisplaySize(width, height).setAngle(angle);
    }

    const typed = this.add.graphics();
    typed.lineStyle(3, Palette.ink, TYPED_LINE_ALPHA);
    const lineWidth = width - TYPED_MARGIN * 2;
    const left = CENTRE_X - width / 2 + TYPED_MARGIN;
    const top = centreY - height / 2 + TYPED_MARGIN;
    TYPED_LINE_LENGTHS.forEach((length, line) => {
      const y = top + line * TYPED_LINE_SPACING;
      typed.lineBetween(left, y, left + lineWidth * length, y);
    });
  }
}
