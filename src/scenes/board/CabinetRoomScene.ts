/**
 * The board: the Cabinet Room table with the ExComm round it, the wall clock, the DEFCON board,
 * the chart of the Caribbean and the state of play, all inside x ≤ BOARD.right (the HTML panel
 * covers the rest of the canvas). It draws whatever the BoardFeed publishes and never reaches
 * into the session or the engine.
 */
import Phaser from 'phaser';
import type { BoardFeed, BoardState } from '../../session/boardFeed';
import { prefersReducedMotion } from '../../session/settings';
import { composeOnce } from '../compose';
import { SceneKeys, TextureKeys } from '../keys';
import { Palette } from '../palette';
import { FADE_IN_MS, GAME_HEIGHT, GAME_WIDTH } from '../screenLayout';
import { TablePiece, tableStaticLayers } from './cabinetTable';
import { ClockPiece, clockStaticLayers } from './clock';
import { DefconPiece, defconStaticLayers } from './defcon';
import { findEscalation, showsDefconBoard } from './defconLevel';
import { ARRIVAL, TABLE } from './layout';
import { mapStaticLayers, plainSheetLayers } from './map';
import { mapMarkers } from './mapMarkers';
import { MapMarkersPiece } from './mapMarkersPiece';
import { roomShadeLayers, roomStaticLayers } from './room';
import { TracksPiece, tracksStaticLayers } from './tracks';

/** The board's still parts, composed once per contrast setting (see compose.ts). */
export const BoardTextureKeys = {
  Still: 'board-still',
  StillHighContrast: 'board-still-high-contrast',
} as const;

/** The arriving sheet: faint typed lines and a red stamp, enough to read as a paper at a glance. */
const TYPED_LINES = [0.8, 0.95, 0.9, 0.6, 0.85, 0.7] as const;
const TYPED_LINE_SPACING = 9;
const TYPED_MARGIN = 10;
const TYPED_TOP = 16;
const STAMP = { width: 26, height: 8 } as const;

export class CabinetRoomScene extends Phaser.Scene {
  private readonly feed: BoardFeed;
  private unsubscribe: (() => void) | null = null;
  private still: Phaser.GameObjects.Image | null = null;
  private stillKey = '';
  private clock: ClockPiece | null = null;
  private defcon: DefconPiece | null = null;
  private table: TablePiece | null = null;
  private tracks: TracksPiece | null = null;
  private markers: MapMarkersPiece | null = null;
  private lampPulse: Phaser.GameObjects.Image | null = null;
  /** How many documents the board has seen; null until the first state is drawn. */
  private documentsSeen: number | null = null;

  /** `feed` is the app shell's BoardFeed: the scene subscribes on create and lets go on shutdown. */
  constructor(feed: BoardFeed) {
    super(SceneKeys.CabinetRoom);
    this.feed = feed;
  }

  create(): void {
    const state = this.feed.current();
    this.documentsSeen = null;
    this.stillKey = '';
    this.still = this.add
      .image(
        0,
        0,
        this.stillTexture(
          state?.highContrast ?? false,
          state?.chart,
          // No state yet (the title): the bundled scenario's room, composed once.
          state ? showsDefconBoard(state) : true,
        ),
      )
      .setOrigin(0, 0);
    this.table = new TablePiece(this);
    this.lampPulse = this.textures.exists(TextureKeys.LampLight)
      ? this.add
          .image(TABLE.centreX, TABLE.centreY, TextureKeys.LampLight)
          .setDisplaySize(TABLE.halfWidth * 1.6, TABLE.halfHeight * 3)
          .setBlendMode(Phaser.BlendModes.ADD)
          .setAlpha(0)
      : null;
    this.clock = new ClockPiece(this);
    // A scenario without a DEFCON track gets no DEFCON board (an unlit board would say nothing).
    this.defcon = showsDefconBoard(state) ? new DefconPiece(this) : null;
    this.tracks = new TracksPiece(this);
    this.markers = new MapMarkersPiece(this);

    this.unsubscribe = this.feed.subscribe((next) => this.draw(next));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.release());
    if (state) this.draw(state);
    if (!(state?.reducedMotion ?? prefersReducedMotion())) {
      this.cameras.main.fadeIn(FADE_IN_MS, 0, 0, 0);
    }
  }

  private release(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.tweens.killAll();
    this.still = null;
    this.clock = null;
    this.defcon = null;
    this.table = null;
    this.tracks = null;
    this.markers?.destroy();
    this.markers = null;
    this.lampPulse = null;
  }

  private draw(state: BoardState): void {
    const { view, highContrast, reducedMotion } = state;
    const key = this.stillTexture(highContrast, state.chart, showsDefconBoard(state));
    if (this.still && key !== this.still.texture.key) this.still.setTexture(key);
    this.table?.update(state);
    this.clock?.update(view.clock, reducedMotion);
    if (!this.defcon && showsDefconBoard(state)) this.defcon = new DefconPiece(this);
    this.defcon?.update(findEscalation(view.tracks), highContrast);
    this.tracks?.update(view.tracks, highContrast, reducedMotion);
    // The chart answers the run: ships turning back, the Grozny, the strikes, the quarantine lifted.
    const onChart = state.chart?.kind !== 'plain';
    this.markers?.update(onChart ? mapMarkers(view.documents.map((d) => d.id)) : [], highContrast);

    const documents = view.documents.length;
    if (this.documentsSeen !== null && documents > this.documentsSeen && !reducedMotion) this.paperArrives();
    this.documentsSeen = documents;
  }

  /** Composes the still board for a contrast setting (once) and returns its texture key. */
  private stillTexture(
    highContrast: boolean,
    chart: BoardState['chart'] = { kind: 'caribbean' },
    defcon = true,
  ): string {
    const base = highContrast ? BoardTextureKeys.StillHighContrast : BoardTextureKeys.Still;
    // Another scenario's board is composed under its own key, so the bundled one is kept for later.
    const key = `${chart.kind === 'caribbean' ? base : `${base}:${chart.scenario}`}${defcon ? '' : ':no-defcon'}`;
    if (key === this.stillKey) return key;
    composeOnce(this, key, GAME_WIDTH, GAME_HEIGHT, () => [
      ...roomStaticLayers(this),
      ...roomShadeLayers(this),
      ...tableStaticLayers(this, highContrast),
      ...(chart.kind === 'caribbean'
        ? mapStaticLayers(this, highContrast)
        : plainSheetLayers(this, highContrast, chart.title)),
      ...tracksStaticLayers(this, highContrast),
      ...(defcon ? defconStaticLayers(this, highContrast) : []),
      ...clockStaticLayers(this, highContrast),
    ]);
    this.stillKey = key;
    return key;
  }

  /** A new paper slides onto the table under a brief brightening of the lamp, then is taken up. */
  private paperArrives(): void {
    const { width, height } = ARRIVAL;
    // Drawn, not a textured image: turned textured quads tear in Phaser 4.2.1's WebGL batches
    // (phaserjs/phaser#7372), and the sheet turns as it slides.
    const sheet = this.add.graphics();
    sheet.fillStyle(0x000000, 0.4);
    sheet.fillRect(-width / 2 + 3, -height / 2 + 4, width, height);
    sheet.fillStyle(Palette.paper, 1);
    sheet.fillRect(-width / 2, -height / 2, width, height);
    sheet.lineStyle(1, Palette.manilaShadow, 0.6);
    sheet.strokeRect(-width / 2, -height / 2, width, height);
    sheet.lineStyle(2, Palette.ink, 0.35);
    TYPED_LINES.forEach((share, i) => {
      const y = -height / 2 + TYPED_TOP + i * TYPED_LINE_SPACING;
      const left = -width / 2 + TYPED_MARGIN;
      sheet.lineBetween(left, y, left + (width - TYPED_MARGIN * 2) * share, y);
    });
    sheet.fillStyle(Palette.stampRed, 0.8);
    sheet.fillRect(-width / 2 + TYPED_MARGIN, height / 2 - TYPED_MARGIN - STAMP.height, STAMP.width, STAMP.height);
    const paper = sheet
      .setPosition(ARRIVAL.fromX, ARRIVAL.fromY)
      .setAngle(ARRIVAL.angle + ARRIVAL.turn)
      .setAlpha(0.2);

    this.tweens.add({
      targets: paper,
      x: ARRIVAL.restX,
      y: ARRIVAL.restY,
      angle: ARRIVAL.angle,
      alpha: 1,
      duration: ARRIVAL.slideMs,
      ease: 'Cubic.easeOut',
      onComplete: () => {
        this.tweens.add({
          targets: paper,
          alpha: 0,
          delay: ARRIVAL.holdMs,
          duration: ARRIVAL.fadeMs,
          onComplete: () => paper.destroy(),
        });
      },
    });
    if (this.lampPulse) {
      this.tweens.add({
        targets: this.lampPulse,
        alpha: { from: 0, to: ARRIVAL.lampPulseAlpha },
        duration: ARRIVAL.lampPulseMs,
        yoyo: true,
        ease: 'Sine.easeInOut',
      });
    }
  }
}
