/**
 * The tracks over time as a small SVG line chart: one line per track, values scaled to its range,
 * with its axes and a legend in words (each track's name, its scale and where it started and ended),
 * so a printed copy reads without the screen.
 */
import './chart.css';
import { html, nothing, svg, type TemplateResult } from 'lit-html';
import type { Review } from '../../engine/review';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = 28;
/** Room left of the plot for the vertical axis's words, and under it for the horizontal axis's. */
const LEFT = 44;
const BOTTOM = 34;
/** Distinguishable without colour too: each line has its own dash pattern. */
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '1 2', '8 2', '4 4', '12 3', '3 6'];
const COLOURS = ['#1b2a44', '#8b1e1e', '#2e6b3a', '#7a4b0f', '#4b3a78', '#0f5f6b', '#6b0f4f', '#5a5a1a', '#333'];

const plotTop = PAD / 2;
const plotBottom = HEIGHT - PAD;
const plotLeft = PAD;
const plotRight = WIDTH - PAD;

/** A track's line as path data: evenly spaced in time, its range from the bottom to the top of the chart. */
export function seriesPath(values: readonly number[], range: { min: number; max: number }): string {
  const step = (plotRight - plotLeft) / (values.length - 1);
  const y = (v: number) => plotBottom - ((v - range.min) / (range.max - range.min)) * (plotBottom - plotTop);
  return values.map((v, j) => `${j === 0 ? 'M' : 'L'}${(plotLeft + j * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
}

const styleOf = (i: number) => ({ colour: COLOURS[i % COLOURS.length], dash: DASHES[i % DASHES.length] });

function axes(review: Review): TemplateResult {
  const points = review.series[0]?.points ?? [];
  const first = points[0]?.at ?? '';
  const last = points.at(-1)?.at ?? '';
  const mid = (plotTop + plotBottom) / 2;
  return svg`<g class="tracks-chart__axes" font-size="11" fill="#333">
    <line x1=${plotLeft} y1=${plotBottom} x2=${plotRight} y2=${plotBottom} stroke="#555"></line>
    <line x1=${plotLeft} y1=${plotTop} x2=${plotLeft} y2=${plotBottom} stroke="#555"></line>
    <line x1=${plotLeft} y1=${mid} x2=${plotRight} y2=${mid} stroke="#ccc" stroke-dasharray="2 4"></line>
    <text x=${plotLeft - 4} y=${plotTop + 4} text-anchor="end">max</text>
    <text x=${plotLeft - 4} y=${plotBottom} text-anchor="end">min</text>
    <text transform=${`translate(${plotLeft - LEFT / 2 - 6},${mid}) rotate(-90)`} text-anchor="middle">each track’s scale</text>
    <text x=${plotLeft} y=${plotBottom + 14} text-anchor="start">${first}</text>
    <text x=${plotRight} y=${plotBottom + 14} text-anchor="end">${last}</text>
    <text x=${(plotLeft + plotRight) / 2} y=${plotBottom + 27} text-anchor="middle">the start, then after each decision, in order</text>
  </g>`;
}

export function tracksChart(review: Review, ranges: Record<string, { min: number; max: number }>): TemplateResult {
  const drawn = review.series
    .map((series, i) => ({ series, i, range: ranges[series.track] }))
    .filter(({ series, range }) => range && series.points.length >= 2);
  const lines = drawn.map(({ series, i, range }) => {
    const values = series.points.map((p) => p.value);
    const { colour, dash } = styleOf(i);
    return svg`<path d=${seriesPath(values, range)} fill="none" stroke=${colour} stroke-width="2"
      stroke-dasharray=${dash || nothing} data-track=${series.track}><title>${series.label}${
        series.hidden ? ' (hidden during play)' : ''
      }: ${values.join(' → ')}</title></path>`;
  });
  const legend = drawn.map(({ series, i, range }) => {
    const { colour, dash } = styleOf(i);
    const first = series.points[0].value;
    const last = series.points[series.points.length - 1].value;
    return html`<li data-track=${series.track}><svg class="tracks-legend__key" viewBox="0 0 32 8" aria-hidden="true"><line
      x1="0" y1="4" x2="32" y2="4" stroke=${colour} stroke-width="2" stroke-dasharray=${dash || nothing}></line></svg>
      <strong>${series.label}</strong>${series.hidden ? ' (hidden during play)' : ''}: points on a scale of ${range.min}
      to ${range.max}; ${first} at the start, ${last} at the end.</li>`;
  });
  return html`<figure class="tracks-figure">
    <svg viewBox=${`${-LEFT + PAD} 0 ${WIDTH + LEFT - PAD} ${HEIGHT + BOTTOM - PAD}`} role="img" class="tracks-chart">
      <title>Tracks over the game, each scaled from its minimum (bottom) to its maximum (top); the legend below names them.</title>
      <rect x=${plotLeft} y=${plotTop} width=${plotRight - plotLeft} height=${plotBottom - plotTop} fill="none" stroke="#999"></rect>
      ${axes(review)}
      ${lines}
    </svg>
    <figcaption>
      Each line is one track, drawn on its own scale: its minimum at the bottom, its maximum at the top.
      Across: the start of the game, then the value after each decision.
      <ul class="tracks-legend">${legend}</ul>
    </figcaption>
  </figure>`;
}
