/**
 * Where the board's pieces sit on the 1280×720 canvas. The right part of the canvas
 * (x > BOARD.right) lies under the HTML deliberation panel, so everything that matters is drawn
 * inside [0, BOARD.right]. Pure data: the map build script and the Node tests import it too.
 */
import { GAME_HEIGHT } from '../screenLayout';

/** The strip of canvas the board owns; the HTML panel covers the rest. */
export const BOARD = {
  right: 700,
  /** The baize blotter the pieces lie on, with its brass edge. */
  panel: { x: 10, y: 10, width: 680, height: GAME_HEIGHT - 20, brassEdge: 3, cornerRadius: 10 },
} as const;

/** The wall clock (Washington) and its digital labels to the right of the dial. */
export const CLOCK = {
  centreX: 80,
  centreY: 76,
  radius: 56,
  bezel: 5,
  hourHandLength: 30,
  minuteHandLength: 44,
  labelX: 150,
  mainLabelY: 24,
  mainLabelSize: 26,
  otherLabelY: 62,
  otherLabelSize: 19,
  dateLabelY: 96,
  dateLabelSize: 16,
  /** Milliseconds per minute of scenario time swept by the minute hand, and the bounds. */
  sweepMsPerMinute: 6,
  sweepMinMs: 450,
  sweepMaxMs: 2000,
} as const;

/** The DEFCON board: five numbered plates, 5 on the left to 1 on the right. */
export const DEFCON = {
  x: 402,
  y: 16,
  width: 280,
  height: 124,
  titleY: 7,
  titleSize: 13,
  plateY: 40,
  plateWidth: 48,
  plateHeight: 52,
  plateGap: 7,
  numeralSize: 38,
  levelY: 102,
  levelSize: 14,
} as const;

/** The Cabinet Room table seen from above, and the chairs and name cards around it. */
export const TABLE = {
  centreX: 350,
  centreY: 272,
  halfWidth: 322,
  halfHeight: 92,
  /** Superellipse exponent: 2 is an ellipse; higher is flatter along the sides, like a long table. */
  exponent: 3.2,
  /** Seats per long side before any go to the ends. */
  seatsPerSide: 7,
  cardWidth: 86,
  cardHeight: 40,
  /** Distance between neighbouring cards' centres along a side. */
  cardPitch: 90,
  /** How far inside the table's edge a card's centre sits. */
  cardInset: 26,
  /** How far outside the table's edge a chair's centre sits. */
  chairOffset: 14,
  chairWidth: 54,
  chairHeight: 22,
  surnameSize: 15,
  officeSize: 12,
  /** The region the table, chairs and cards must stay in. */
  region: { x: 14, y: 146, width: 672, height: 252 },
} as const;

/** The chart of the Caribbean, bottom left. caribbean.json is projected into exactly this rectangle. */
export const MAP = {
  x: 16,
  y: 410,
  width: 340,
  height: 292,
  /** The geographic box the projection is fitted to (degrees); the rectangle shows a little more. */
  lonMin: -90,
  lonMax: -60,
  latMin: 10,
  latMax: 32,
} as const;

/** The state-of-play gauges, bottom right of the board. */
export const TRACKS = {
  x: 368,
  y: 410,
  width: 316,
  height: 292,
  padding: 10,
  titleSize: 13,
  rowTop: 30,
  /** A row with a label and a bar; one with a level in words under the bar is `levelRow` taller. */
  plainRow: 34,
  levelRow: 17,
  labelSize: 14,
  levelSize: 13,
  barOffset: 19,
  barHeight: 7,
  levelOffset: 29,
} as const;

/** The papers that slide onto the table when a new document arrives. */
export const ARRIVAL = {
  /** Where the sheet comes to rest (on the table, right of centre) and where it slides from. */
  restX: 448,
  restY: 270,
  fromX: 760,
  fromY: 290,
  width: 60,
  height: 76,
  angle: -6,
  /** How much further turned the sheet is when it starts to slide. */
  turn: 8,
  slideMs: 520,
  holdMs: 1600,
  fadeMs: 500,
  /** The lamp over the table brightens briefly as the paper lands. */
  lampPulseAlpha: 0.32,
  lampPulseMs: 420,
} as const;
