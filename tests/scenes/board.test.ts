import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { clockSweep, dateLine, handAngles, minuteOfDay, parseClockText } from '../../src/scenes/board/clockMath';
import { dashSegments } from '../../src/scenes/board/dashes';
import { defconCaption, defconNumber, findEscalation, showsDefconBoard } from '../../src/scenes/board/defconLevel';
import { BOARD, MAP, TABLE, TRACKS } from '../../src/scenes/board/layout';
import { caribbeanMap } from '../../src/scenes/board/mapData';
import {
  cardNames,
  layoutSeats,
  officeInitials,
  placeSeats,
  surname,
  tableHalfDepth,
} from '../../src/scenes/board/seating';
import {
  gaugeFraction,
  gaugeGoodness,
  gaugeRowTops,
  gaugeTracks,
  gaugeValueAt,
  movedGauges,
  shortLabel,
} from '../../src/scenes/board/trackGauge';
import { GAME_HEIGHT } from '../../src/scenes/screenLayout';
import { sampleSeats, sampleView } from './sampleBoard';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('Black Saturday does not load');
const SAMPLE_VIEW = sampleView(loaded.value.scenario);
const SAMPLE_SEATS = sampleSeats(loaded.value.scenario);

const escalation = (value: number, level?: string) => ({ value, min: 0, max: 10, level });

describe('the DEFCON board', () => {
  it('reads the number from the level label when the scenario names it', () => {
    expect(defconNumber(escalation(6, 'DEFCON 2 — Strategic Air Command on war footing'))).toBe(2);
    expect(defconNumber(escalation(1, 'DEFCON 4 — alert relaxed'))).toBe(4);
    expect(defconNumber(escalation(10, 'defcon 1: war'))).toBe(1);
  });

  it('maps the value onto 5..1 when the label does not name a level', () => {
    expect(defconNumber(escalation(0))).toBe(5);
    expect(defconNumber(escalation(10))).toBe(1);
    expect(defconNumber(escalation(5))).toBe(3);
    expect(defconNumber(escalation(6, 'Forces on alert'))).toBe(3);
    expect(defconNumber({ value: 12, min: 2, max: 12 })).toBe(1);
    expect(defconNumber({ value: -3, min: 0, max: 10 })).toBe(5);
    expect(defconNumber({ value: 4, min: 4, max: 4 })).toBe(5);
  });

  it('ignores numbers that are not a DEFCON level', () => {
    expect(defconNumber(escalation(10, 'DEFCON 7 is not a thing'))).toBe(1);
    expect(defconNumber(escalation(0, 'DEFCONS 3'))).toBe(5);
  });

  it('shows the level without the number the plates already show', () => {
    expect(defconCaption('DEFCON 2 — Strategic Air Command on war footing')).toBe(
      'Strategic Air Command on war footing',
    );
    expect(defconCaption('Forces on alert')).toBe('Forces on alert');
    expect(defconCaption(undefined)).toBe('');
  });

  it('finds the escalation track in the real view', () => {
    const track = findEscalation(SAMPLE_VIEW.tracks);
    expect(track && defconNumber(track)).toBe(2);
  });
});

describe('the clock', () => {
  it('points the hands for a time of day', () => {
    expect(handAngles(0)).toEqual({ hour: 0, minute: 0 });
    expect(handAngles(3 * 60)).toEqual({ hour: 90, minute: 0 });
    expect(handAngles(14 * 60 + 5)).toEqual({ hour: 62.5, minute: 30 });
    expect(handAngles(21 * 60 + 45)).toEqual({ hour: 292.5, minute: 270 });
    expect(handAngles(23 * 60 + 59).minute).toBe(354);
  });

  it('works from scenario minutes, which are negative before 1970', () => {
    // 1962-10-27 10:00 on the scenario clock.
    expect(minuteOfDay(SAMPLE_VIEW.clock.minutes)).toBe(10 * 60);
    expect(handAngles(SAMPLE_VIEW.clock.minutes)).toEqual({ hour: 300, minute: 0 });
    expect(parseClockText(SAMPLE_VIEW.clock.text)).toBe(minuteOfDay(SAMPLE_VIEW.clock.minutes));
  });

  it('reads the digital time and refuses what is not one', () => {
    expect(parseClockText('14:05')).toBe(845);
    expect(parseClockText('7:30')).toBe(450);
    expect(parseClockText('24:00')).toBeNull();
    expect(parseClockText('noon')).toBeNull();
  });

  it('sweeps forward through the minutes that passed, and cuts when time goes back', () => {
    expect(clockSweep(600, 845)).toEqual({ spinMinutes: 245, instant: false });
    expect(clockSweep(600, 600)).toEqual({ spinMinutes: 0, instant: true });
    expect(clockSweep(845, 600)).toEqual({ spinMinutes: 0, instant: true });
    // A day later: the hands go round to the same place once.
    expect(clockSweep(600, 600 + 1440)).toEqual({ spinMinutes: 720, instant: false });
    // Thirteen hours later: one hour's sweep ends in the same place as thirteen.
    const sweep = clockSweep(600, 600 + 13 * 60);
    expect(sweep.spinMinutes).toBe(60);
    expect(handAngles(600 + 13 * 60 - sweep.spinMinutes)).toEqual(handAngles(600));
  });

  it('keeps the date line without the time', () => {
    expect(dateLine('Saturday 27 October 1962, 10:00')).toBe('Saturday 27 October 1962');
  });
});

describe('the seats round the table', () => {
  const places = placeSeats(SAMPLE_SEATS);
  const { cardHeight, chairHeight } = TABLE;

  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }, w: number, h: number) =>
    Math.abs(a.x - b.x) < w && Math.abs(a.y - b.y) < h;

  it('seats the President in the middle of the far side, State to his right and Defense to his left', () => {
    const at = (id: string) => places.find((p) => p.id === id);
    expect(at('jfk')).toMatchObject({ side: 'far', cardX: TABLE.centreX });
    // He faces the viewer: his right is the screen's left.
    expect(at('rusk')?.cardX).toBeLessThan(TABLE.centreX);
    expect(at('mcnamara')?.cardX).toBeGreaterThan(TABLE.centreX);
  });

  for (const count of [1, 2, 5, 9, 13, 14, 15, 18]) {
    it(`places ${count} cards and chairs without overlaps, inside the board`, () => {
      const layout = layoutSeats(count);
      expect(layout).toHaveLength(count);
      for (const [i, a] of layout.entries()) {
        const { cardWidth, chairWidth } = a;
        expect(cardWidth).toBeGreaterThan(60);
        expect(a.cardX - cardWidth / 2).toBeGreaterThanOrEqual(TABLE.region.x);
        expect(a.cardX + cardWidth / 2).toBeLessThanOrEqual(BOARD.right);
        expect(a.chairX + chairWidth / 2).toBeLessThanOrEqual(BOARD.right);
        expect(a.chairX - chairWidth / 2).toBeGreaterThanOrEqual(0);
        expect(a.cardY - cardHeight / 2).toBeGreaterThanOrEqual(TABLE.region.y);
        expect(a.cardY + cardHeight / 2).toBeLessThanOrEqual(TABLE.region.y + TABLE.region.height);
        expect(a.chairY - chairHeight / 2).toBeGreaterThanOrEqual(TABLE.region.y);
        expect(a.chairY + chairHeight / 2).toBeLessThanOrEqual(TABLE.region.y + TABLE.region.height);
        for (const b of layout.slice(i + 1)) {
          expect(overlaps({ x: a.cardX, y: a.cardY }, { x: b.cardX, y: b.cardY }, cardWidth, cardHeight)).toBe(false);
          expect(overlaps({ x: a.chairX, y: a.chairY }, { x: b.chairX, y: b.chairY }, chairWidth, chairHeight)).toBe(
            false,
          );
        }
      }
    });
  }

  it('puts every card on the table and every chair off it', () => {
    for (const p of places) {
      const depth = tableHalfDepth(TABLE, p.cardX - TABLE.centreX);
      expect(Math.abs(p.cardY - TABLE.centreY)).toBeLessThan(depth);
      expect(Math.abs(p.chairY - TABLE.centreY)).toBeGreaterThan(tableHalfDepth(TABLE, p.chairX - TABLE.centreX));
    }
  });

  it('writes surnames, with initials where two people share one', () => {
    expect(surname('General Maxwell D. Taylor')).toBe('Taylor');
    const names = cardNames(SAMPLE_SEATS);
    expect(names[0]).toBe('J. F. Kennedy');
    expect(names[3]).toBe('R. F. Kennedy');
    expect(names[1]).toBe('Rusk');
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every office a short form that fits a card', () => {
    expect(officeInitials('Secretary of State')).toBe('SECSTATE');
    expect(officeInitials('Under Secretary of State')).toBe('UNDERSEC');
    expect(officeInitials('Director of Central Intelligence')).toBe('DCI');
    expect(officeInitials('First Secretary of the Communist Party')).toBe('FSCP');
    for (const seat of SAMPLE_SEATS) expect(officeInitials(seat.office).length).toBeLessThanOrEqual(9);
  });
});

describe('the state-of-play gauges', () => {
  it('shows the visible tracks except escalation, which has the DEFCON board', () => {
    const shown = gaugeTracks([...SAMPLE_VIEW.tracks, { ...SAMPLE_VIEW.tracks[1], id: 'secret', hidden: true }]);
    expect(shown.map((t) => t.id)).not.toContain('escalation');
    expect(shown.map((t) => t.id)).not.toContain('secret');
    expect(shown).toHaveLength(SAMPLE_VIEW.tracks.length - 1);
  });

  it('reads fullness left to right and goodness from the better end', () => {
    const up = { value: 8, min: 0, max: 10, better: 'up' as const };
    expect(gaugeFraction(up)).toBeCloseTo(0.8);
    expect(gaugeGoodness(up)).toBeCloseTo(0.8);
    expect(gaugeGoodness({ ...up, better: 'down' })).toBeCloseTo(0.2);
    expect(gaugeFraction({ value: 14, min: 0, max: 10 })).toBe(1);
  });

  it('shortens labels to one line', () => {
    expect(shortLabel("Soviet face (Khrushchev's room to claim success)")).toBe('Soviet face');
    expect(shortLabel('NATO cohesion')).toBe('NATO cohesion');
  });

  it('fits the rows into the panel, pressing them when there are many', () => {
    const metrics = { plain: TRACKS.plainRow, level: TRACKS.levelRow };
    const available = TRACKS.height - TRACKS.rowTop - TRACKS.padding / 2;
    const { tops, scale } = gaugeRowTops(gaugeTracks(SAMPLE_VIEW.tracks), metrics, available);
    expect(scale).toBeGreaterThan(0.95);
    expect(tops[1] - tops[0]).toBeGreaterThan(tops[2] - tops[1]);
    const many = gaugeRowTops(
      Array.from({ length: 12 }, () => ({ level: 'x' })),
      metrics,
      available,
    );
    expect(many.tops[11] + (metrics.plain + metrics.level) * many.scale).toBeCloseTo(available);
  });
});

describe('the chart of the Caribbean', () => {
  const { rect } = caribbeanMap;
  const inside = (x: number, y: number) =>
    x >= rect.x - 0.05 && x <= rect.x + rect.width + 0.05 && y >= rect.y - 0.05 && y <= rect.y + rect.height + 0.05;

  it('was built for the rectangle the layout gives it, inside the board', () => {
    expect(rect).toEqual({ x: MAP.x, y: MAP.y, width: MAP.width, height: MAP.height });
    expect(rect.x + rect.width).toBeLessThanOrEqual(BOARD.right);
    expect(rect.y + rect.height).toBeLessThanOrEqual(GAME_HEIGHT);
  });

  it('keeps every coastline point inside the rectangle', () => {
    for (const country of caribbeanMap.land) {
      for (const ring of country.rings) {
        expect(ring.length % 2).toBe(0);
        expect(ring.length).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < ring.length; i += 2) expect(inside(ring[i], ring[i + 1])).toBe(true);
      }
    }
  });

  it('has Cuba, Florida and Hispaniola, with Havana on Cuba’s north-west', () => {
    const names = caribbeanMap.land.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Cuba', 'United States of America', 'Haiti', 'Dominican Rep.']));
    const cuba = caribbeanMap.land.find((c) => c.name === 'Cuba');
    const main = cuba?.rings.reduce((a, b) => (b.length > a.length ? b : a)) ?? [];
    const xs = main.filter((_, i) => i % 2 === 0);
    expect(main.length / 2).toBeGreaterThan(50);
    const havana = caribbeanMap.labels.find((l) => l.id === 'havana');
    expect(havana && havana.x < (Math.min(...xs) + Math.max(...xs)) / 2).toBe(true);
  });

  it('draws the quarantine arc, the labels and the ships on the chart', () => {
    const q = caribbeanMap.quarantine;
    expect(q.length).toBeGreaterThan(20);
    for (let i = 0; i < q.length; i += 2) expect(inside(q[i], q[i + 1])).toBe(true);
    const [cx, cy] = caribbeanMap.quarantineCentre;
    const radii = Array.from({ length: q.length / 2 }, (_, i) => Math.hypot(q[i * 2] - cx, q[i * 2 + 1] - cy));
    // Roughly a circle on the chart (Mercator stretches it a little northwards).
    expect(Math.max(...radii) / Math.min(...radii)).toBeLessThan(1.2);
    for (const item of [...caribbeanMap.labels, ...caribbeanMap.ships]) expect(inside(item.x, item.y)).toBe(true);
    expect(caribbeanMap.ships.filter((s) => s.kind === 'soviet').length).toBeGreaterThan(0);
    expect(caribbeanMap.ships.some((s) => s.kind === 'us')).toBe(true);
  });

  it('stays small: the browser ships only these points', () => {
    expect(JSON.stringify(caribbeanMap).length).toBeLessThan(40_000);
  });

  it('cuts the quarantine line into dashes along its length', () => {
    const dashes = dashSegments([0, 0, 30, 0, 30, 10], 4, 2);
    expect(dashes[0]).toEqual([0, 0, 4, 0]);
    expect(dashes[1]).toEqual([6, 0, 10, 0]);
    const drawn = dashes.reduce((sum, [x0, y0, x1, y1]) => sum + Math.hypot(x1 - x0, y1 - y0), 0);
    // 40 px of line in 6 px periods: six whole dashes, then a seventh in the last 4 px.
    expect(drawn).toBeCloseTo(7 * 4);
  });
});

describe('a gauge moving after a decision (#17)', () => {
  it('moves only the bars whose value changed since the last drawing', () => {
    const before = new Map([
      ['a', 3],
      ['b', 5],
    ]);
    const moved = movedGauges(before, [
      { id: 'a', value: 3 },
      { id: 'b', value: 2 },
      { id: 'c', value: 1 },
    ]);
    expect([...moved]).toEqual([['b', { from: 5, to: 2 }]]);
  });

  it('starts at the old value, lands on the new one, and moves the right way in between', () => {
    expect(gaugeValueAt(5, 2, 0)).toBe(5);
    expect(gaugeValueAt(5, 2, 1)).toBe(2);
    const mid = gaugeValueAt(5, 2, 0.5);
    expect(mid).toBeLessThan(5);
    expect(mid).toBeGreaterThan(2);
    expect(gaugeValueAt(1, 4, 2)).toBe(4);
  });
});

describe('whether the room hangs a DEFCON board', () => {
  it('hangs only for a scenario with a track it shows', () => {
    expect(showsDefconBoard({ view: SAMPLE_VIEW })).toBe(true);
    const gauges = SAMPLE_VIEW.tracks.filter((t) => t.id !== 'escalation');
    expect(showsDefconBoard({ view: { tracks: gauges } })).toBe(false);
    // A scenario may name its own track for the board.
    expect(showsDefconBoard({ view: { tracks: [{ ...gauges[0], display: 'defcon' as const }] } })).toBe(true);
    expect(showsDefconBoard(null)).toBe(false);
  });
});
