/** The decision map's size: natural size keeps the 16 px text; smaller is for taking in the whole map. */
import { html, nothing, type TemplateResult } from 'lit-html';

/** Zoom steps; 1 is natural size. Below 1 is for an overview: the text shrinks with it. */
export const ZOOMS = [0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5];
const clamp = (zoom: number) => Math.min(ZOOMS[ZOOMS.length - 1], Math.max(0.2, zoom));

/** The next step in or out from `zoom` (it stays where it is at either end). */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const next = direction > 0 ? ZOOMS.find((z) => z > zoom + 0.001) : [...ZOOMS].reverse().find((z) => z < zoom - 0.001);
  return clamp(next ?? zoom);
}

/** The zoom that shows the whole map in a viewport, never above natural size. */
export function fitZoom(viewport: { width: number; height: number }, map: { width: number; height: number }): number {
  const fit = Math.min(viewport.width / map.width, viewport.height / map.height);
  return clamp(Number.isFinite(fit) && fit > 0 ? Math.min(1, fit) : 1);
}

export function zoomToolbar(zoom: number, set: (zoom: number) => void, fit: () => void): TemplateResult {
  const button = (label: string, onclick: () => void, title?: string) =>
    html`<button type="button" class="button button--small" @click=${onclick} aria-label=${title ?? nothing}>${label}</button>`;
  return html`<div class="decision-map__zoom no-print" role="group" aria-label="Map size">
    ${button('−', () => set(stepZoom(zoom, -1)), 'Zoom out')}
    <span class="decision-map__zoom-level" aria-live="polite">${Math.round(zoom * 100)}%</span>
    ${button('+', () => set(stepZoom(zoom, 1)), 'Zoom in')}
    ${button('Actual size', () => set(1))}
    ${button('Whole map', fit)}
  </div>`;
}
