/** The tracks over time as a small SVG line chart: one line per track, values scaled to its range. */
import { html, nothing, svg, type TemplateResult } from 'lit-html';
import type { Review } from '../../engine/review';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = 28;
/** Distinguishable without colour too: each line has its own dash pattern. */
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '1 2', '8 2', '4 4', '12 3', '3 6'];
const COLOURS = ['#1b2a44', '#8b1e1e', '#2e6b3a', '#7a4b0f', '#4b3a78', '#0f5f6b', '#6b0f4f', '#5a5a1a', '#333'];

/** A track's line as path data: evenly spaced in time, its range from the bottom to the top of the chart. */
export function seriesPath(values: readonly number[], range: { min: number; max: number }): string {
  const step = (WIDTH - PAD * 2) / (values.length - 1);
  const y = (v: number) => HEIGHT - PAD - ((v - range.min) / (range.max - range.min)) * (HEIGHT - PAD * 1.5);
  return values.map((v, j) => `${j === 0 ? 'M' : 'L'}${(PAD + j * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

export function tracksChart(review: Review, ranges: Record<string, { min: number; max: number }>): TemplateResult {
  const lines = review.series.map((series, i) => {
    const range = ranges[series.track];
    if (!range || series.points.length < 2) return nothing;
    const values = series.points.map((p) => p.value);
    return svg`<path d=${seriesPath(values, range)} fill="none" stroke=${COLOURS[i % COLOURS.length]} stroke-width="2"
      stroke-dasharray=${DASHES[i % DASHES.length] || nothing} data-track=${series.track}><title>${series.label}${
        series.hidden ? ' (hidden during play)' : ''
      }: ${values.join(' → ')}</title></path>`;
  });
  return html`<svg viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="img" class="tracks-chart">
    <title>Tracks over the game, each scaled from its minimum (bottom) to its maximum (top).</title>
    <rect x=${PAD} y=${PAD / 2} width=${WIDTH - PAD * 2} height=${HEIGHT - PAD * 1.5} fill="none" stroke="#999"></rect>
    ${lines}
  </svg>`;
}
