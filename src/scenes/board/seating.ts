/**
 * Who sits where at the Cabinet Room table, and what their name cards say. The first seat (the
 * President) takes the middle of the far side; the others follow in the Cabinet Room's order of
 * precedence, alternating to his right and left (his right is the screen's left: he faces the
 * viewer), then fill the near side from the middle out. Pure: tested in Node.
 */
import { TABLE } from './layout';

export interface Seat {
  id: string;
  name: string;
  office: string;
  /** The role's `shortOffice` from the scenario, when it gives one. */
  shortOffice?: string;
}

export type TableSide = 'far' | 'near';

/** Space kept between neighbouring cards, and between neighbouring chairs. */
const CARD_GAP = 4;
const CHAIR_GAP = 10;

export interface SeatPlace {
  id: string;
  side: TableSide;
  /** Centre of the name card on the table. */
  cardX: number;
  cardY: number;
  /** Centre of the chair, just outside the table's edge. */
  chairX: number;
  chairY: number;
  /** Card and chair widths: narrower than the layout's when many share a side. */
  cardWidth: number;
  chairWidth: number;
}

export interface TableShape {
  centreX: number;
  centreY: number;
  halfWidth: number;
  halfHeight: number;
  exponent: number;
  seatsPerSide: number;
  cardWidth: number;
  chairWidth: number;
  cardPitch: number;
  cardInset: number;
  chairOffset: number;
}

/** Half the table's depth at a horizontal offset `dx` from its centre (a superellipse). */
export function tableHalfDepth(shape: TableShape, dx: number): number {
  const t = Math.min(1, Math.abs(dx) / shape.halfWidth);
  return shape.halfHeight * (1 - t ** shape.exponent) ** (1 / shape.exponent);
}

/** Points round the table's edge, for drawing it. */
export function tableOutline(shape: TableShape, steps = 96): { x: number; y: number }[] {
  const n = shape.exponent;
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < steps; i += 1) {
    const a = (i / steps) * Math.PI * 2;
    const c = Math.cos(a);
    const s = Math.sin(a);
    points.push({
      x: shape.centreX + shape.halfWidth * Math.sign(c) * Math.abs(c) ** (2 / n),
      y: shape.centreY + shape.halfHeight * Math.sign(s) * Math.abs(s) ** (2 / n),
    });
  }
  return points;
}

/** Slot offsets along a side from the middle out: 0, then one to the screen's left, one to its right… */
function middleOut(count: number, pitch: number, firstToLeft: boolean): number[] {
  const offsets: number[] = [];
  // With an even count there is no middle: start half a pitch either side of it.
  const start = count % 2 === 1 ? 0 : pitch / 2;
  if (count % 2 === 1) offsets.push(0);
  let step = 0;
  while (offsets.length < count) {
    const distance = start + step * pitch + (count % 2 === 1 ? pitch : 0);
    const sign = firstToLeft ? -1 : 1;
    offsets.push(sign * distance);
    if (offsets.length < count) offsets.push(-sign * distance);
    step += 1;
  }
  return offsets;
}

/**
 * Places `count` seats round the table: returns one place per seat, in the seats' order.
 * The long sides share them (the far side taking the odd one); past `seatsPerSide` a side, the
 * cards and chairs narrow so that everyone still fits along the sides.
 */
export function layoutSeats(count: number, shape: TableShape = TABLE): Omit<SeatPlace, 'id'>[] {
  const far = Math.ceil(count / 2);
  const near = count - far;
  const { centreX, centreY, cardInset, chairOffset } = shape;
  const pitch = far <= shape.seatsPerSide ? shape.cardPitch : (shape.cardPitch * shape.seatsPerSide) / far;
  const cardWidth = Math.min(shape.cardWidth, pitch - CARD_GAP);
  const chairWidth = Math.min(shape.chairWidth, pitch - CHAIR_GAP);
  const places: Omit<SeatPlace, 'id'>[] = [];

  // The far side faces the viewer, so its occupants' right is the screen's left.
  for (const dx of middleOut(far, pitch, true)) {
    const edge = tableHalfDepth(shape, dx);
    places.push({
      side: 'far',
      cardX: centreX + dx,
      cardY: centreY - edge + cardInset,
      chairX: centreX + dx,
      chairY: centreY - edge - chairOffset,
      cardWidth,
      chairWidth,
    });
  }
  for (const dx of middleOut(near, pitch, false)) {
    const edge = tableHalfDepth(shape, dx);
    places.push({
      side: 'near',
      cardX: centreX + dx,
      cardY: centreY + edge - cardInset,
      chairX: centreX + dx,
      chairY: centreY + edge + chairOffset,
      cardWidth,
      chairWidth,
    });
  }
  return places;
}

export function placeSeats(seats: readonly Seat[], shape: TableShape = TABLE): SeatPlace[] {
  return layoutSeats(seats.length, shape).map((place, i) => ({ id: seats[i].id, ...place }));
}

const TITLES = /^(General|Gen\.|Admiral|Adm\.|Dr\.|Mr\.|Ambassador|Senator)\s+/i;

/** "General Maxwell D. Taylor" → "Taylor"; "Robert F. Kennedy" → "Kennedy". */
export function surname(name: string): string {
  const words = name.replace(TITLES, '').replace(/,.*$/, '').trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/** "Robert F. Kennedy" → "R. F."; used to tell two Kennedys apart. */
function initials(name: string): string {
  const words = name.replace(TITLES, '').trim().split(/\s+/).slice(0, -1);
  return words.map((w) => `${w[0]}.`).join(' ');
}

/**
 * The names on the cards: surnames, with initials where two people share one
 * ("J. F. Kennedy", "R. F. Kennedy").
 */
export function cardNames(seats: readonly Seat[]): string[] {
  const counts = new Map<string, number>();
  for (const seat of seats) counts.set(surname(seat.name), (counts.get(surname(seat.name)) ?? 0) + 1);
  return seats.map((seat) => {
    const last = surname(seat.name);
    return (counts.get(last) ?? 0) > 1 ? `${initials(seat.name)} ${last}`.trim() : last;
  });
}

/**
 * The period's short forms for the offices round the ExComm table: only a fallback for scenarios
 * whose roles give no `shortOffice` (Black Saturday's give theirs).
 */
const OFFICE_SHORT: readonly [RegExp, string][] = [
  [/^President of the United States/i, 'PRESIDENT'],
  [/^Vice President/i, 'VICE PRES'],
  [/^Secretary of State/i, 'SECSTATE'],
  [/^Secretary of Defense/i, 'SECDEF'],
  [/^Secretary of the Treasury/i, 'SECTREAS'],
  [/^Under Secretary of State/i, 'UNDERSEC'],
  [/^Attorney General/i, 'ATTY GEN'],
  [/^Director of Central Intelligence/i, 'DCI'],
  [/^Chairman of the Joint Chiefs/i, 'CJCS'],
  [/National Security Affairs/i, 'NSC'],
  [/^Assistant Secretary of Defense for International Security/i, 'ASD/ISA'],
  [/Ambassador to the United Nations/i, 'UN AMB'],
  [/^Ambassador at Large/i, 'AMB-AT-LG'],
  [/^Special Counsel/i, 'COUNSEL'],
  [/Policy Planning/i, 'POL PLNG'],
];

const SMALL_WORDS = new Set(['of', 'the', 'to', 'for', 'and', 'at', 'in', 'on']);
const MAX_INITIALS = 5;

/** What a seat's name card says of its office: the role's own `shortOffice`, else a guess from the office. */
export function cardOffice(seat: Pick<Seat, 'office' | 'shortOffice'>): string {
  return seat.shortOffice ?? officeInitials(seat.office);
}

/** A short form of an office for a name card: the period's abbreviation, else its initials. */
export function officeInitials(office: string): string {
  for (const [pattern, short] of OFFICE_SHORT) if (pattern.test(office)) return short;
  const letters = office
    .replace(/\(.*?\)/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase());
  return letters.slice(0, MAX_INITIALS).join('');
}
