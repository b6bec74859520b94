/** The tracks over time as a small SVG line chart: one line per track, values scaled to its range. */
import type { Review } from '../../engine/review';
import { svg } from '../dom';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = 28;
/** Distinguishable without colour too: each line has its own dash pattern. */
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '1 2', '8 2', '4 4', '12 3', '3 6'];
const COLOURS = ['#1b2a44', '#8b1e1e', '#2e6b3a', '#7a4b0f', '#4b3a78', '#0f5f6b', '#6b0f4f', '#5a5a1a', '#333'];

export function tracksChart(review: Review, ranges: Record<string, { min: number; max: number }>): SVGSVGElement {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'tracks-chart' });
  const title = svg('title', {});
  title.textContent = 'Tracks over the game, each scaled from its minimum (bottom) to its maximum (top).';
  chart.append(
    title,
    svg('rect', {
      x: PAD,
      y: PAD / 2,
      width: WIDTH - PAD * 2,
      height: HEIGHT - PAD * 1.5,
      fill: 'none',
      stroke: '#999',
    }),
  );
  review.series.forEach((series, i) => {
    const range = ranges[series.track];
    if (!range || series.points.length < 2) return;
    const step = (WIDTH - PAD * 2) / (series.points.length - 1);
    const y = (v: number) => HEIGHT - PAD - ((v - range.min) / (range.max - range.min)) * (HEIGHT - PAD * 1.5);
    const d = series.points
      .map((p, j) => `${j === 0 ? 'M' : 'L'}${(PAD + j * step).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join(' ');
    const path = svg('path', {
      d,
      fill: 'none',
      stroke: COLOURS[i % COLOURS.length],
      'stroke-width': 2,
      'stroke-dasharray': DASHES[i % DASHES.length],
    });
    const label = svg('title', {});
    label.textContent = `${series.label}${series.hidden ? ' (hidden during play)' : ''}: ${series.points.map((p) => p.value).join(' → ')}`;
    path.append(label);
    chart.append(path);
  });
  return chart;
}
