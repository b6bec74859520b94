/**
 * Cuts a polyline into dashes, for the quarantine line: the chart's black dashes. Pure.
 * Returns segments [x0, y0, x1, y1]; the pattern carries on round corners.
 */
export function dashSegments(flat: readonly number[], dash: number, gap: number): [number, number, number, number][] {
  const segments: [number, number, number, number][] = [];
  const period = dash + gap;
  let travelled = 0;
  for (let i = 0; i + 3 < flat.length; i += 2) {
    const [x0, y0, x1, y1] = [flat[i], flat[i + 1], flat[i + 2], flat[i + 3]];
    const length = Math.hypot(x1 - x0, y1 - y0);
    let at = 0;
    while (at < length) {
      const phase = (travelled + at) % period;
      const drawing = phase < dash;
      const step = Math.min(length - at, drawing ? dash - phase : period - phase);
      if (drawing) {
        const t0 = at / length;
        const t1 = (at + step) / length;
        segments.push([x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1]);
      }
      at += step;
    }
    travelled += length;
  }
  return segments;
}
