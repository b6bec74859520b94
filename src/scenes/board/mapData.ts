/**
 * The chart of the Caribbean, projected once by scripts/build-map.ts (Natural Earth via
 * world-atlas and d3-geo) into canvas pixels, so the game ships only these few points.
 */
import data from './caribbean.json';

/** A ring of a coastline as flat [x0, y0, x1, y1, ...] canvas pixels. */
export type FlatRing = number[];

export interface MapLabel {
  id: string;
  text: string;
  kind: 'country' | 'sea' | 'city';
  x: number;
  y: number;
  /** Where the text stands from the point: centred on it unless said (cities default to the right). */
  align?: 'left' | 'right' | 'below';
}

export interface MapShip {
  kind: 'soviet' | 'us';
  x: number;
  y: number;
  /** Course on screen, degrees clockwise from up. */
  heading: number;
}

export interface CaribbeanMap {
  source: string;
  rect: { x: number; y: number; width: number; height: number };
  land: { name: string; rings: FlatRing[] }[];
  /** The quarantine arc, 500 nautical miles from Cape Maisí, as a flat polyline. */
  quarantine: number[];
  /** Cape Maisí, the arc's centre, in canvas pixels. */
  quarantineCentre: [number, number];
  /** Where the arc's label is centred (outside its northern apex). */
  quarantineLabel: { x: number; y: number };
  /** Meridians (x) and parallels (y) every 5 degrees, in canvas pixels. */
  graticule: { meridians: { lon: number; x: number }[]; parallels: { lat: number; y: number }[] };
  labels: MapLabel[];
  ships: MapShip[];
  /** Where the arrow to Washington (off the chart, to the north) stands on the top edge. */
  washington: { x: number; y: number };
}

export const caribbeanMap = data as CaribbeanMap;
