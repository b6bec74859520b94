/**
 * The Cabinet Room table seen from above: a long table of dark polished wood on the green
 * baize, chairs round it, and a folded name card at each place (surname and office). The
 * adviser who is speaking sits in a pool of lamplight, with a bold, brass-edged card.
 */
import Phaser from 'phaser';
import type { BoardState } from '../../session/boardFeed';
import { TextureKeys } from '../keys';
import { cssColour, Palette } from '../palette';
import { TABLE } from './layout';
import { cardNames, cardOffice, placeSeats, type SeatPlace, tableOutline } from './seating';
import { BoardTones, sans, typed } from './styles';

const TABLE_SHADOW = { x: 7, y: 9, alpha: 0.5 } as const;
const RIM = 5;
const INLAY_INSET = 14;
const GRAIN_LINES = 15;
const CARD_SHADOW = 3;
/** Room left either side of a card's text. */
const CARD_PADDING = 8;
const SPEAKER_GLOW = { scale: 0.7, alpha: 1 } as const;
const MARKER = { size: 7, gap: 4 } as const;
const TABLEWARE = {
  ashtrays: [-230, -40, 150],
  ashtrayRadius: 11,
  trayOffset: 55,
  trayWidth: 56,
  trayHeight: 38,
  glass: 0x59605b,
  silver: 0x8c8a80,
  water: 0xb9cfd0,
} as const;

/** The table top, still: composed into the board's texture. */
export function tableStaticLayers(scene: Phaser.Scene, highContrast: boolean): Phaser.GameObjects.GameObject[] {
  const g = scene.make.graphics({}, false);
  const outline = tableOutline(TABLE);
  const inset = (d: number) =>
    tableOutline({ ...TABLE, halfWidth: TABLE.halfWidth - d, halfHeight: TABLE.halfHeight - d });
  const fillShape = (points: { x: number; y: number }[], dx = 0, dy = 0) => {
    g.beginPath();
    g.moveTo(points[0].x + dx, points[0].y + dy);
    for (const p of points.slice(1)) g.lineTo(p.x + dx, p.y + dy);
    g.closePath();
    g.fillPath();
  };
  const strokeShape = (points: { x: number; y: number }[]) => {
    g.beginPath();
    g.moveTo(points[0].x, points[0].y);
    for (const p of points.slice(1)) g.lineTo(p.x, p.y);
    g.closePath();
    g.strokePath();
  };

  g.fillStyle(0x000000, TABLE_SHADOW.alpha);
  fillShape(outline, TABLE_SHADOW.x, TABLE_SHADOW.y);
  g.fillStyle(Palette.woodDark, 1);
  fillShape(outline);
  g.fillStyle(Palette.woodMid, 1);
  fillShape(inset(RIM));

  // Long grain along the table, each streak cut to the table's shape.
  const { centreX, centreY, halfWidth, halfHeight, exponent } = TABLE;
  for (let i = 1; i < GRAIN_LINES; i += 1) {
    const dy = ((i / GRAIN_LINES) * 2 - 1) * (halfHeight - RIM - 2);
    const reach = (halfWidth - RIM - 4) * (1 - (Math.abs(dy) / (halfHeight - RIM)) ** exponent) ** (1 / exponent);
    const tone = i % 3 === 0 ? Palette.woodLight : Palette.woodDark;
    g.lineStyle(i % 2 === 0 ? 2 : 1, tone, 0.35);
    const wobble = (i * 37) % 23;
    g.lineBetween(centreX - reach + wobble, centreY + dy, centreX + reach - wobble * 0.7, centreY + dy);
  }

  g.lineStyle(highContrast ? 2 : 1, Palette.brass, highContrast ? 1 : 0.75);
  strokeShape(inset(INLAY_INSET));
  g.lineStyle(highContrast ? 2 : 1, highContrast ? Palette.cream : Palette.woodLight, 0.8);
  strokeShape(outline);

  drawTableware(g);

  const layers: Phaser.GameObjects.GameObject[] = [g];
  if (scene.textures.exists(TextureKeys.LampLight)) {
    // The lamp over the middle of the table.
    layers.push(
      new Phaser.GameObjects.Image(scene, centreX, centreY, TextureKeys.LampLight)
        .setDisplaySize(halfWidth * 1.7, halfHeight * 3.2)
        .setAlpha(0.45)
        .setBlendMode(Phaser.BlendModes.ADD),
    );
  }
  return layers;
}

/** Ashtrays and a water carafe on a tray down the middle of the table, as in the photographs. */
function drawTableware(g: Phaser.GameObjects.Graphics): void {
  const { centreX, centreY } = TABLE;
  for (const dx of TABLEWARE.ashtrays) {
    g.fillStyle(0x000000, 0.35);
    g.fillCircle(centreX + dx + 2, centreY + 3, TABLEWARE.ashtrayRadius);
    g.fillStyle(TABLEWARE.glass, 0.85);
    g.fillCircle(centreX + dx, centreY, TABLEWARE.ashtrayRadius);
    g.fillStyle(Palette.woodDark, 0.9);
    g.fillCircle(centreX + dx, centreY, TABLEWARE.ashtrayRadius - 4);
    g.lineStyle(1, Palette.cream, 0.35);
    g.strokeCircle(centreX + dx, centreY, TABLEWARE.ashtrayRadius);
  }
  const tray = { x: centreX + TABLEWARE.trayOffset, y: centreY };
  g.fillStyle(0x000000, 0.35);
  g.fillEllipse(tray.x + 2, tray.y + 3, TABLEWARE.trayWidth, TABLEWARE.trayHeight);
  g.fillStyle(TABLEWARE.silver, 1);
  g.fillEllipse(tray.x, tray.y, TABLEWARE.trayWidth, TABLEWARE.trayHeight);
  g.lineStyle(1, Palette.cream, 0.6);
  g.strokeEllipse(tray.x, tray.y, TABLEWARE.trayWidth - 5, TABLEWARE.trayHeight - 5);
  g.fillStyle(TABLEWARE.water, 0.8);
  g.fillCircle(tray.x - 8, tray.y, 9);
  g.lineStyle(1.5, Palette.cream, 0.8);
  g.strokeCircle(tray.x - 8, tray.y, 9);
  for (const [gx, gy] of [
    [tray.x + 11, tray.y - 6],
    [tray.x + 12, tray.y + 7],
  ]) {
    g.fillStyle(TABLEWARE.water, 0.6);
    g.fillCircle(gx, gy, 5);
    g.lineStyle(1, Palette.cream, 0.8);
    g.strokeCircle(gx, gy, 5);
  }
}

interface Card {
  place: SeatPlace;
  name: Phaser.GameObjects.Text;
  office: Phaser.GameObjects.Text;
}

export class TablePiece {
  private readonly scene: Phaser.Scene;
  private readonly chairs: Phaser.GameObjects.Graphics;
  private readonly glow: Phaser.GameObjects.Image | null;
  private readonly cardBacks: Phaser.GameObjects.Graphics;
  private cards: Card[] = [];
  private seatsKey = '';
  private shown = '';

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    this.chairs = scene.add.graphics();
    this.glow = scene.textures.exists(TextureKeys.LampLight)
      ? scene.add
          .image(0, 0, TextureKeys.LampLight)
          .setScale(SPEAKER_GLOW.scale)
          .setAlpha(SPEAKER_GLOW.alpha)
          .setBlendMode(Phaser.BlendModes.ADD)
          .setVisible(false)
      : null;
    this.cardBacks = scene.add.graphics();
  }

  update(state: BoardState): void {
    const seatsKey = state.seats.map((s) => `${s.id}:${s.name}:${s.office}:${s.shortOffice ?? ''}`).join('|');
    if (seatsKey !== this.seatsKey) {
      this.seatsKey = seatsKey;
      this.shown = '';
      this.buildCards(state);
    }
    const shown = `${state.speaking ?? ''}|${state.highContrast}`;
    if (shown === this.shown) return;
    this.shown = shown;
    this.drawChairsAndCards(state.speaking, state.highContrast);
  }

  private buildCards(state: BoardState): void {
    for (const card of this.cards) {
      card.name.destroy();
      card.office.destroy();
    }
    const places = placeSeats(state.seats);
    const names = cardNames(state.seats);
    this.cards = places.map((place, i) => {
      const name = this.scene.add
        .text(place.cardX, place.cardY - 8, names[i], sans(TABLE.surnameSize, Palette.ink))
        .setOrigin(0.5);
      const office = this.scene.add
        .text(place.cardX, place.cardY + 10, cardOffice(state.seats[i]), typed(TABLE.officeSize, Palette.ink))
        .setOrigin(0.5)
        .setAlpha(0.8);
      // A long name is pressed a little narrower rather than spilling off its card.
      const room = place.cardWidth - CARD_PADDING;
      for (const text of [name, office]) text.setScale(Math.min(1, room / Math.max(1, text.width)), 1);
      return { place, name, office };
    });
  }

  private drawChairsAndCards(speaking: string | null, highContrast: boolean): void {
    const chairs = this.chairs.clear();
    const backs = this.cardBacks.clear();
    const { cardHeight: h, chairHeight } = TABLE;
    let speakerCard: Card | undefined;

    for (const card of this.cards) {
      const { place } = card;
      const isSpeaker = place.id === speaking;
      if (isSpeaker) speakerCard = card;
      const w = place.cardWidth;
      const cw = place.chairWidth;
      chairs.fillStyle(0x000000, 0.4);
      chairs.fillRoundedRect(place.chairX - cw / 2 + 3, place.chairY - chairHeight / 2 + 4, cw, chairHeight, 7);
      chairs.fillStyle(isSpeaker ? BoardTones.leatherLight : BoardTones.leather, 1);
      chairs.fillRoundedRect(place.chairX - cw / 2, place.chairY - chairHeight / 2, cw, chairHeight, 7);
      chairs.lineStyle(highContrast ? 2 : 1, isSpeaker ? Palette.brassLight : Palette.woodDark, 1);
      chairs.strokeRoundedRect(place.chairX - cw / 2, place.chairY - chairHeight / 2, cw, chairHeight, 7);

      const left = place.cardX - w / 2;
      const top = place.cardY - h / 2;
      backs.fillStyle(0x000000, 0.45);
      backs.fillRect(left + CARD_SHADOW, top + CARD_SHADOW, w, h);
      backs.fillStyle(isSpeaker ? Palette.cream : Palette.paper, 1);
      backs.fillRect(left, top, w, h);
      // The fold of the tent card.
      backs.lineStyle(1, Palette.manilaShadow, 0.5);
      backs.lineBetween(left + 3, place.cardY + 1, left + w - 3, place.cardY + 1);
      if (isSpeaker) {
        backs.lineStyle(4, Palette.brass, 1);
        backs.strokeRect(left - 2, top - 2, w + 4, h + 4);
        backs.lineStyle(1, Palette.ink, 1);
        backs.strokeRect(left + 1, top + 1, w - 2, h - 2);
      } else {
        backs.lineStyle(highContrast ? 2 : 1, Palette.ink, highContrast ? 1 : 0.55);
        backs.strokeRect(left, top, w, h);
      }
      card.name.setColor(cssColour(Palette.ink));
      card.name.setFontSize(isSpeaker ? TABLE.surnameSize + 1 : TABLE.surnameSize);
      card.name.setScale(Math.min(1, (w - CARD_PADDING) / Math.max(1, card.name.width)), 1);
      card.office.setAlpha(isSpeaker || highContrast ? 1 : 0.8);
    }

    if (speakerCard) {
      const { place } = speakerCard;
      this.glow?.setPosition((place.cardX + place.chairX) / 2, (place.cardY + place.chairY) / 2).setVisible(true);
      // A brass marker on the table's side of the card points at the speaker.
      const towardsTable = Math.sign(TABLE.centreY - place.cardY) || 1;
      const tipY = place.cardY + towardsTable * (h / 2 + MARKER.gap);
      const baseY = tipY + towardsTable * MARKER.size;
      backs.fillStyle(Palette.brassLight, 1);
      backs.fillTriangle(place.cardX - MARKER.size, baseY, place.cardX + MARKER.size, baseY, place.cardX, tipY);
      backs.lineStyle(1, Palette.ink, 1);
      backs.strokeTriangle(place.cardX - MARKER.size, baseY, place.cardX + MARKER.size, baseY, place.cardX, tipY);
    } else {
      this.glow?.setVisible(false);
    }
  }
}
