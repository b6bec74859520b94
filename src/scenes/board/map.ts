/**
 * The chart of the Caribbean in the period's briefing style: pale sea, buff land, thin ink
 * coastlines, the quarantine line in black dashes 500 nautical miles from Cuba's eastern tip,
 * Soviet ships in red and a US destroyer on the line. The land is Natural Earth data projected at
 * build time (scripts/build-map.ts); the chart never changes, so it is composed into the board's
 * still texture.
 */
import Phaser from 'phaser';
import { Palette } from '../palette';
import { dashSegments } from './dashes';
import { caribbeanMap, type FlatRing, type MapLabel, type MapShip } from './mapData';
import { BoardTones, sans, typed } from './styles';

const FRAME = { margin: 7, shadow: 5 } as const;
const DASH = { length: 7, gap: 5, width: 2 } as const;
const SHIP = { soviet: 6, us: 7 } as const;
const QUARANTINE_LABEL = 'QUARANTINE LINE';
const LEGEND_NOTE = 'ship positions illustrative';

function ringPath(g: Phaser.GameObjects.Graphics, ring: FlatRing): void {
  g.beginPath();
  g.moveTo(ring[0], ring[1]);
  for (let i = 2; i < ring.length; i += 2) g.lineTo(ring[i], ring[i + 1]);
  g.closePath();
}

/** A Soviet ship: a red triangle pointing along its course. */
function drawSovietShip(g: Phaser.GameObjects.Graphics, ship: MapShip, highContrast: boolean): void {
  const a = (ship.heading * Math.PI) / 180;
  const r = SHIP.soviet;
  const point = (angle: number, radius: number): [number, number] => [
    ship.x + Math.sin(a + angle) * radius,
    ship.y - Math.cos(a + angle) * radius,
  ];
  const [x0, y0] = point(0, r * 1.5);
  const [x1, y1] = point(2.5, r);
  const [x2, y2] = point(-2.5, r);
  g.fillStyle(Palette.stampRed, 1);
  g.fillTriangle(x0, y0, x1, y1, x2, y2);
  g.lineStyle(highContrast ? 1.5 : 1, BoardTones.chartInk, 1);
  g.strokeTriangle(x0, y0, x1, y1, x2, y2);
}

/** A US destroyer: a navy hull (a long, pointed diamond) along its course. */
function drawDestroyer(g: Phaser.GameObjects.Graphics, ship: MapShip): void {
  const a = (ship.heading * Math.PI) / 180;
  const along = (d: number): [number, number] => [ship.x + Math.sin(a) * d, ship.y - Math.cos(a) * d];
  const across = (d: number): [number, number] => [ship.x + Math.cos(a) * d, ship.y + Math.sin(a) * d];
  const hull = [along(SHIP.us * 1.6), across(SHIP.us * 0.55), along(-SHIP.us * 1.2), across(-SHIP.us * 0.55)].map(
    ([x, y]) => new Phaser.Math.Vector2(x, y),
  );
  g.fillStyle(Palette.navy, 1);
  g.fillPoints(hull, true);
  g.lineStyle(1, Palette.cream, 1);
  g.strokePoints(hull, true);
}

/** The paper the chart is printed on, with its shadow on the wall: a margin round `rect`. */
function drawSheet(
  g: Phaser.GameObjects.Graphics,
  rect: { x: number; y: number; width: number; height: number },
): void {
  const width = rect.width + FRAME.margin * 2;
  const height = rect.height + FRAME.margin * 2;
  g.fillStyle(0x000000, 0.45);
  g.fillRect(rect.x - FRAME.margin + FRAME.shadow, rect.y - FRAME.margin + FRAME.shadow, width, height);
  g.fillStyle(BoardTones.chartPaper, 1);
  g.fillRect(rect.x - FRAME.margin, rect.y - FRAME.margin, width, height);
}

const CITY_DOT = 2.5;
const CITY_GAP = 5;
const CITY_GAP_BELOW = 7;

function label(scene: Phaser.Scene, item: MapLabel): Phaser.GameObjects.Text {
  const style =
    item.kind === 'country'
      ? typed(12, BoardTones.chartInk, { letterSpacing: 2 })
      : item.kind === 'sea'
        ? typed(11, Palette.navy)
        : sans(11, BoardTones.chartInk);
  const text = new Phaser.GameObjects.Text(scene, item.x, item.y, item.text, { ...style, align: 'center' });
  if (item.kind === 'sea') text.setAlpha(0.8);
  const gap = item.kind === 'city' ? CITY_GAP : 0;
  switch (item.align ?? (item.kind === 'city' ? 'right' : undefined)) {
    case 'left':
      return item.kind === 'city' ? text.setOrigin(1, 0.5).setX(item.x - gap) : text.setOrigin(0, 0.5);
    case 'right':
      return item.kind === 'city' ? text.setOrigin(0, 0.5).setX(item.x + gap) : text.setOrigin(1, 0.5);
    case 'below':
      return text.setOrigin(0.5, 0).setY(item.y + CITY_GAP_BELOW);
    default:
      return text.setOrigin(0.5);
  }
}

export function mapStaticLayers(scene: Phaser.Scene, highContrast: boolean): Phaser.GameObjects.GameObject[] {
  const { rect, land, quarantine, graticule, ships, washington } = caribbeanMap;
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  const g = scene.make.graphics({}, false);

  // The chart: a sheet of paper with a shadow, the sea inside a ruled border.
  drawSheet(g, rect);
  g.fillStyle(BoardTones.sea, 1);
  g.fillRect(rect.x, rect.y, rect.width, rect.height);

  g.lineStyle(1, Palette.navy, 0.18);
  for (const { x } of graticule.meridians) g.lineBetween(x, rect.y, x, bottom);
  for (const { y } of graticule.parallels) g.lineBetween(rect.x, y, right, y);

  g.fillStyle(BoardTones.land, 1);
  for (const country of land) {
    for (const ring of country.rings) {
      ringPath(g, ring);
      g.fillPath();
    }
  }
  g.lineStyle(highContrast ? 1.4 : 0.9, BoardTones.chartInk, highContrast ? 1 : 0.8);
  for (const country of land) {
    for (const ring of country.rings) {
      ringPath(g, ring);
      g.strokePath();
    }
  }

  // The quarantine line.
  g.lineStyle(DASH.width, BoardTones.chartInk, 1);
  for (const [x0, y0, x1, y1] of dashSegments(quarantine, DASH.length, DASH.gap)) g.lineBetween(x0, y0, x1, y1);

  for (const ship of ships) {
    if (ship.kind === 'soviet') drawSovietShip(g, ship, highContrast);
    else drawDestroyer(g, ship);
  }

  // Cities.
  const texts: Phaser.GameObjects.GameObject[] = [];
  for (const item of caribbeanMap.labels) {
    if (item.kind === 'city') {
      g.fillStyle(BoardTones.chartInk, 1);
      g.fillCircle(item.x, item.y, CITY_DOT);
    }
    texts.push(label(scene, item));
  }

  // The arc's label, outside its apex (never turned: see scripts/build-map.ts).
  const { quarantineLabel: at } = caribbeanMap;
  const lineLabel = new Phaser.GameObjects.Text(
    scene,
    at.x,
    at.y,
    QUARANTINE_LABEL,
    typed(11, BoardTones.chartInk, { letterSpacing: 1 }),
  ).setOrigin(0.5);

  // Washington is off the chart to the north.
  g.fillStyle(BoardTones.chartInk, 1);
  g.fillTriangle(
    washington.x - 5,
    washington.y + 12,
    washington.x + 5,
    washington.y + 12,
    washington.x,
    washington.y + 3,
  );
  g.lineStyle(1.5, BoardTones.chartInk, 1);
  g.lineBetween(washington.x, washington.y + 12, washington.x, washington.y + 22);
  const washingtonLabel = new Phaser.GameObjects.Text(
    scene,
    washington.x + 7,
    washington.y + 4,
    'to Washington',
    sans(11, BoardTones.chartInk),
  );

  // Title and legend on the paper.
  g.lineStyle(highContrast ? 2 : 1, BoardTones.chartInk, 1);
  g.strokeRect(rect.x, rect.y, rect.width, rect.height);
  const legend = legendLayers(scene, rect.x + 6, bottom - 6);

  return [g, ...texts, lineLabel, washingtonLabel, ...legend];
}

/** The legend, bottom left: symbols first, so it reads without colour. */
function legendLayers(scene: Phaser.Scene, left: number, bottom: number): Phaser.GameObjects.GameObject[] {
  const rows = [
    { key: 'soviet', text: 'Soviet ship' },
    { key: 'us', text: 'US destroyer' },
    { key: 'line', text: 'Quarantine, 500 nmi' },
  ] as const;
  const rowHeight = 15;
  const width = 140;
  const height = rows.length * rowHeight + 22;
  const top = bottom - height;
  const g = scene.make.graphics({}, false);
  g.fillStyle(BoardTones.chartPaper, 0.92);
  g.fillRect(left, top, width, height);
  g.lineStyle(1, BoardTones.chartInk, 0.8);
  g.strokeRect(left, top, width, height);
  const texts: Phaser.GameObjects.GameObject[] = [];
  rows.forEach((row, i) => {
    const y = top + 10 + i * rowHeight;
    const x = left + 14;
    if (row.key === 'soviet') drawSovietShip(g, { kind: 'soviet', x, y, heading: 270 }, false);
    else if (row.key === 'us') drawDestroyer(g, { kind: 'us', x, y, heading: 90 });
    else {
      g.lineStyle(DASH.width, BoardTones.chartInk, 1);
      g.lineBetween(x - 9, y, x - 3, y);
      g.lineBetween(x + 2, y, x + 8, y);
    }
    texts.push(
      new Phaser.GameObjects.Text(scene, x + 14, y, row.text, sans(11, BoardTones.chartInk)).setOrigin(0, 0.5),
    );
  });
  texts.push(
    new Phaser.GameObjects.Text(
      scene,
      left + 6,
      top + 10 + rows.length * rowHeight,
      LEGEND_NOTE,
      typed(10, BoardTones.chartInk),
    )
      .setOrigin(0, 0.5)
      .setAlpha(0.8),
  );
  return [g, ...texts];
}

/**
 * In place of the chart, for a scenario that is not Black Saturday (a teacher's own): a blank sheet
 * pinned where the chart hangs, headed with the scenario's title, so the board never shows a map of
 * a crisis the class is not playing.
 */
export function plainSheetLayers(
  scene: Phaser.Scene,
  highContrast: boolean,
  title: string,
): Phaser.GameObjects.GameObject[] {
  const { rect } = caribbeanMap;
  const g = scene.make.graphics({}, false);
  drawSheet(g, rect);
  g.lineStyle(highContrast ? 1.5 : 1, BoardTones.chartInk, highContrast ? 1 : 0.6);
  g.strokeRect(rect.x, rect.y, rect.width, rect.height);
  const heading = new Phaser.GameObjects.Text(
    scene,
    rect.x + rect.width / 2,
    rect.y + rect.height / 2,
    title.toUpperCase(),
    { ...typed(16, BoardTones.chartInk, { letterSpacing: 2 }), align: 'center', wordWrap: { width: rect.width - 40 } },
  ).setOrigin(0.5);
  return [g, heading];
}
