/**
 * The decision map of the after-action review: the scenario's decisions and endings laid out by
 * dagre (map/layout.ts, pure), the historical path drawn through them, the paths played in this
 * browser marked, and each node a control that opens its historical note. A text list says the
 * same for screen readers. The map's state (the note open, the zoom) lives here; lit-html draws
 * from it and updates in place, so the focus and anything opened inside a note survive each change.
 */
import { html, render, type TemplateResult } from 'lit-html';
import type { MapModel } from '../../engine/analysis/mapModel';
import type { ReviewModel } from '../../session/reviewModel';
import { canvasMeasure, drawing, type MapCounts, runsWords, stepKey } from './map/drawing';
import { layoutMap } from './map/layout';
import { legend } from './map/legend';
import { type NoteContext, noteFor, noteHint } from './map/notePanel';
import { isCounterfactualDecision, statusWords } from './map/words';
import { fitZoom, zoomToolbar } from './map/zoom';
import './decisionMap.css';

export interface DecisionMapOptions {
  /** Called whenever a node's note is opened (by pointer, keyboard or the text list). */
  onOpenNode?(id: string): void;
  /** Compare classes: draw how many runs passed each node and took each step, and say so. */
  counts?: MapCounts;
}

let instances = 0;

/** `index`: the scenario's look-ups by id (the review model's), for the notes. */
export function renderDecisionMap(
  index: ReviewModel['index'],
  model: MapModel,
  options: DecisionMapOptions = {},
): HTMLElement {
  const prefix = `decision-map-${++instances}`;
  const counterfactual = (id: string) => isCounterfactualDecision(index.decisions.get(id));
  const layout = layoutMap(model, counterfactual, canvasMeasure());
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const panelId = `${prefix}-panel`;
  const headingId = `${prefix}-panel-heading`;

  const state: { selected: string | null; zoom: number; note: TemplateResult } = {
    selected: null,
    zoom: 1,
    note: noteHint(headingId),
  };
  const host = document.createElement('section');
  host.className = 'decision-map';
  host.setAttribute('aria-labelledby', `${prefix}-heading`);

  const context: NoteContext = { index, model, counterfactual, headingId, goTo: (id) => open(id, 'node') };
  function open(id: string, focus: 'none' | 'panel' | 'node' = 'none'): void {
    const node = byId.get(id);
    if (!node) return;
    state.selected = id;
    // Built once per opening: redraws (a zoom) reuse it, so a "Where this comes from" opened stays open.
    state.note = noteFor(context, node);
    paint();
    if (focus === 'panel') host.querySelector<HTMLElement>(`#${headingId}`)?.focus();
    if (focus === 'node') {
      const control = host.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"]`);
      control?.focus();
      control?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    options.onOpenNode?.(id);
  }
  const setZoom = (zoom: number) => {
    state.zoom = zoom;
    paint();
  };
  const viewport = () => host.querySelector<HTMLElement>('.decision-map__viewport') as HTMLElement;
  const fit = () => setZoom(fitZoom({ width: viewport().clientWidth, height: viewport().clientHeight }, layout));

  const stepWords = (from: string, to: string) => {
    const count = options.counts?.steps.get(stepKey(from, to));
    return options.counts && count ? ` (${runsWords(count, options.counts.runs)})` : '';
  };
  const textList = () => html`<details class="decision-map__list">
    <summary>The map as a list</summary>
    <ol>${model.nodes.map((node) => {
      const next = model.edges.filter((e) => e.from === node.id && byId.has(e.to));
      const leads = next.length
        ? ` Leads to: ${next
            .map(
              (e) =>
                `${byId.get(e.to)?.label}${e.historical ? ' (historical)' : e.explored ? ' (explored)' : ''}${stepWords(e.from, e.to)}`,
            )
            .join('; ')}.`
        : '';
      const counted = options.counts ? ` ${runsWords(options.counts.nodes[node.id] ?? 0, options.counts.runs)}.` : '';
      return html`<li><strong>${node.label}</strong> — ${statusWords(node, counterfactual(node.id)).join(', ')}.${counted}${leads}
        <button type="button" class="decision-map__link" @click=${() => open(node.id, 'panel')}>Read the note<span
          class="visually-hidden"> on ${node.label}</span></button></li>`;
    })}</ol>
  </details>`;

  const found = model.endingsFound;
  function paint(): void {
    render(
      html`<h2 id=${`${prefix}-heading`}>The decision map</h2>
        <p class="decision-map__count"><strong>${found} of ${model.endingsTotal} endings ${options.counts ? 'reached' : 'found'}</strong>${
          options.counts
            ? ` by the ${options.counts.runs === 1 ? 'run' : `${options.counts.runs} runs`} compared. A number on a box or a line: how many runs went that way.`
            : found === 0
              ? ' — finish a game to start marking your paths.'
              : ' in this browser.'
        }</p>
        ${legend(Boolean(options.counts))}
        ${zoomToolbar(state.zoom, setZoom, fit)}
        <div class="decision-map__body">
          <div class="decision-map__viewport">${drawing(layout, { prefix, selected: state.selected, zoom: state.zoom, open, counts: options.counts })}</div>
          <section class="decision-map__panel" id=${panelId} aria-live="polite" aria-labelledby=${headingId}>${state.note}</section>
        </div>
        ${textList()}`,
      host,
    );
  }
  paint();

  // Once on screen, bring the first decision into view: on a narrow screen it may lie off to one side.
  const first = layout.byId.get(model.nodes[0]?.id ?? '');
  if (first && typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => {
      const view = viewport();
      if (view.clientWidth === 0) return;
      observer.disconnect();
      const right = (first.box.x + first.box.width / 2 + 24) * state.zoom;
      if (right > view.clientWidth) view.scrollLeft = right - view.clientWidth;
    });
    observer.observe(viewport());
  }
  return host;
}
