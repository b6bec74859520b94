/**
 * Projects the Caribbean once, at build time, into src/scenes/board/caribbean.json, so the browser
 * draws a real map (Natural Earth 1:50m, via world-atlas) without shipping world-atlas, topojson
 * or d3-geo. Run with `npm run assets:map` after changing MAP in src/scenes/board/layout.ts.
 *
 * Output: coordinates in canvas pixels inside the MAP rectangle, rounded to 0.1 px, as flat
 * [x0, y0, x1, y1, ...] arrays; the file is then formatted by Biome so `biome check` stays clean.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GeoProjection, type GeoStream, geoMercator, geoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP } from '../src/scenes/board/layout';
import type { CaribbeanMap, MapLabel, MapShip } from '../src/scenes/board/mapData';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/scenes/board/caribbean.json');
const require = createRequire(import.meta.url);

/** Points closer than this to the last kept one are dropped: finer than the eye sees at this size. */
const MIN_STEP_PX = 0.9;
/** Islets smaller than this (in square pixels) are left out. */
const MIN_AREA_PX2 = 1.5;
/** 500 nautical miles in metres, over the Earth's mean radius, in degrees of arc. */
const QUARANTINE_RADIUS_DEG = ((500 * 1852) / 6_371_008.8) * (180 / Math.PI);
/** Roughly Cape Maisí, Cuba's eastern tip: the centre the quarantine arc was measured from. */
const QUARANTINE_CENTRE: [number, number] = [-74.13, 20.21];
/** The arc from north-west round by the east to south (bearings in degrees from north). */
const QUARANTINE_BEARINGS = { from: -35, to: 175, step: 2.5 } as const;
/** How far outside the arc its label sits (degrees of arc). */
const QUARANTINE_LABEL_OFFSET_DEG = 0.6;

const GRATICULE_STEP = 5;

const round = (value: number) => Math.round(value * 10) / 10;
const RAD = Math.PI / 180;

/** The point `distance` degrees of arc from `start` along the great circle leaving on `bearing`. */
function geoDestination([lon, lat]: [number, number], bearing: number, distance: number): [number, number] {
  const [phi, lambda, theta, delta] = [lat * RAD, lon * RAD, bearing * RAD, distance * RAD];
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(delta) + Math.cos(phi) * Math.sin(delta) * Math.cos(theta));
  const lambda2 =
    lambda +
    Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi), Math.cos(delta) - Math.sin(phi) * Math.sin(phi2));
  return [lambda2 / RAD, phi2 / RAD];
}

function projection(): GeoProjection {
  // Corners as points (not a polygon, whose winding d3 would read as "everything but the box"):
  // Mercator draws parallels and meridians straight, so the corners bound the whole box.
  const box: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [MAP.lonMin, MAP.latMin],
        [MAP.lonMax, MAP.latMin],
        [MAP.lonMax, MAP.latMax],
        [MAP.lonMin, MAP.latMax],
      ],
    },
  };
  return geoMercator()
    .fitExtent(
      [
        [MAP.x, MAP.y],
        [MAP.x + MAP.width, MAP.y + MAP.height],
      ],
      box,
    )
    .clipExtent([
      [MAP.x, MAP.y],
      [MAP.x + MAP.width, MAP.y + MAP.height],
    ]);
}

/** Collects the projected, clipped rings of a geometry as flat pixel arrays. */
function rings(project: GeoProjection, geometry: Geometry): number[][] {
  const out: number[][] = [];
  let ring: number[] = [];
  const flush = () => {
    if (ring.length >= 6) out.push(ring);
    ring = [];
  };
  const sink: GeoStream = {
    point(x, y) {
      const px = round(x);
      const py = round(y);
      const n = ring.length;
      if (n >= 2 && Math.hypot(px - ring[n - 2], py - ring[n - 1]) < MIN_STEP_PX) return;
      ring.push(px, py);
    },
    lineStart() {
      ring = [];
    },
    lineEnd: flush,
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, project.stream(sink));
  return out.filter((r) => Math.abs(area(r)) >= MIN_AREA_PX2);
}

function area(flat: number[]): number {
  let sum = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const j = (i + 2) % flat.length;
    sum += flat[i] * flat[j + 1] - flat[j] * flat[i + 1];
  }
  return sum / 2;
}

function point(project: GeoProjection, lon: number, lat: number): [number, number] {
  const p = project([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon}, ${lat}`);
  return [round(p[0]), round(p[1])];
}

/** Screen heading (degrees clockwise from screen-up) of a course over ground from a position. */
function heading(project: GeoProjection, lon: number, lat: number, bearing: number): number {
  const [x0, y0] = point(project, lon, lat);
  const [lon1, lat1] = geoDestination([lon, lat], bearing, 0.5);
  const [x1, y1] = point(project, lon1, lat1);
  return Math.round((Math.atan2(x1 - x0, -(y1 - y0)) * 180) / Math.PI);
}

function main(): void {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const project = projection();

  const land = countries.features
    .map((country) => ({ name: country.properties.name, rings: rings(project, country.geometry) }))
    .filter((country) => country.rings.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));

  const quarantine: number[] = [];
  for (let b = QUARANTINE_BEARINGS.from; b <= QUARANTINE_BEARINGS.to; b += QUARANTINE_BEARINGS.step) {
    const [lon, lat] = geoDestination(QUARANTINE_CENTRE, b, QUARANTINE_RADIUS_DEG);
    quarantine.push(...point(project, lon, lat));
  }

  const place = (
    id: string,
    text: string,
    lon: number,
    lat: number,
    kind: MapLabel['kind'],
    align?: MapLabel['align'],
  ): MapLabel => {
    const [x, y] = point(project, lon, lat);
    return align ? { id, text, kind, x, y, align } : { id, text, kind, x, y };
  };
  // Placed by eye to sit in open sea or clear of coastlines at this scale.
  const labels: MapLabel[] = [
    place('cuba', 'CUBA', -80.2, 20.35, 'country'),
    place('florida', 'FLORIDA', -82.9, 27.7, 'country', 'right'),
    place('bahamas', 'BAHAMAS', -74.3, 26.75, 'country'),
    place('hispaniola', 'HISPANIOLA', -70.3, 16.9, 'country'),
    place('jamaica', 'JAMAICA', -78.1, 16.75, 'country'),
    place('mexico', 'MEXICO', -89.8, 18.3, 'country', 'left'),
    place('gulf', 'Gulf of\nMexico', -86.6, 25.2, 'sea'),
    place('caribbean', 'Caribbean Sea', -73.0, 14.2, 'sea'),
    place('atlantic', 'Atlantic Ocean', -65.6, 30.9, 'sea'),
    place('havana', 'Havana', -82.38, 23.13, 'city', 'left'),
    place('miami', 'Miami', -80.19, 25.76, 'city', 'left'),
    place('guantanamo', 'Guantánamo', -75.15, 19.9, 'city', 'below'),
  ];

  // The arc's label, just outside its northern apex, where the line runs level: the label reads
  // along it without being turned (turned text tears in Phaser 4.2.1's WebGL batches, issue #7372).
  const [labelLon, labelLat] = geoDestination(
    QUARANTINE_CENTRE,
    0,
    QUARANTINE_RADIUS_DEG + QUARANTINE_LABEL_OFFSET_DEG,
  );
  const [qx, qy] = point(project, labelLon, labelLat);
  const quarantineLabel = { x: qx, y: qy };

  const ship = (kind: MapShip['kind'], lon: number, lat: number, bearing: number): MapShip => {
    const [x, y] = point(project, lon, lat);
    return { kind, x, y, heading: heading(project, lon, lat, bearing) };
  };
  // Illustrative positions, not a plot of any one hour: Soviet ships out in the Atlantic heading
  // for Cuba, and a US destroyer on the line.
  const [onLineLon, onLineLat] = geoDestination(QUARANTINE_CENTRE, 52, QUARANTINE_RADIUS_DEG);
  const ships: MapShip[] = [
    ship('soviet', -62.2, 24.6, 250),
    ship('soviet', -61.4, 22.2, 262),
    ship('soviet', -63.6, 26.7, 240),
    ship('us', onLineLon, onLineLat, 142),
  ];

  // The graticule every 5 degrees: Mercator draws meridians and parallels as straight lines.
  const graticule = {
    meridians: [] as { lon: number; x: number }[],
    parallels: [] as { lat: number; y: number }[],
  };
  for (let lon = MAP.lonMin; lon <= MAP.lonMax; lon += GRATICULE_STEP) {
    graticule.meridians.push({ lon, x: point(project, lon, MAP.latMin)[0] });
  }
  for (let lat = MAP.latMin; lat <= MAP.latMax; lat += GRATICULE_STEP) {
    graticule.parallels.push({ lat, y: point(project, MAP.lonMin, lat)[1] });
  }

  // Washington lies north of the chart: an arrow at the top edge on its meridian.
  const [washingtonX] = point(project, -77.04, MAP.latMin);

  const map: CaribbeanMap = {
    source: 'Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2 (ISC); Mercator',
    rect: { x: MAP.x, y: MAP.y, width: MAP.width, height: MAP.height },
    land,
    quarantine,
    quarantineCentre: point(project, ...QUARANTINE_CENTRE),
    quarantineLabel,
    graticule,
    labels,
    ships,
    washington: { x: washingtonX, y: MAP.y },
  };
  writeFileSync(outFile, `${JSON.stringify(map)}\n`);
  execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', outFile], { stdio: 'ignore' });

  const points = land.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
  const kb = (statSync(outFile).size / 1024).toFixed(1);
  console.log(`caribbean.json: ${land.length} countries, ${points} points, ${kb} kB`);
}

main();
