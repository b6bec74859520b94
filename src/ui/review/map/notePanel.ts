/**
 * The note of the node last opened on the decision map: what happened there, the record or what is
 * invented, its sources with their pinpoints, and where it leads. Scenario text is interpolated as
 * text (lit-html makes it a text node), never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { MapModel, MapNode } from '../../../engine/analysis/mapModel';
import { resolveBases } from '../../../engine/provenance';
import type { Decision, Ending, Source } from '../../../engine/schema/scenario';
import type { ReviewModel } from '../../../session/reviewModel';
import { sourceLink } from '../../play/sources';
import { whereFrom } from '../../play/whereFrom';
import { statusWords } from './words';

export interface NoteContext {
  index: ReviewModel['index'];
  model: MapModel;
  counterfactual(id: string): boolean;
  /** The id of the panel's heading (it takes focus when a note is opened from the list). */
  headingId: string;
  /** Opens another node's note and moves the focus to its box. */
  goTo(id: string): void;
}

const sourcesList = (sources: Source[]) =>
  html`<div class="decision-map__sources">
    <h4>${sources.length > 1 ? 'Sources' : 'Source'}</h4>
    <ul>${sources.map((s) => html`<li>${sourceLink(s)}</li>`)}</ul>
  </div>`;

function leadsTo(c: NoteContext, id: string): TemplateResult | typeof nothing {
  const byId = new Map(c.model.nodes.map((n) => [n.id, n]));
  const next = c.model.edges.filter((e) => e.from === id && byId.has(e.to));
  if (next.length === 0) return nothing;
  return html`<div class="decision-map__next">
    <h4>Leads to</h4>
    <ul>${next.map(
      (e) =>
        html`<li><button type="button" class="decision-map__link" @click=${() => c.goTo(e.to)}>${
          byId.get(e.to)?.label ?? e.to
        }</button>${e.historical ? ' (history went this way)' : ''}${e.explored && !e.historical ? ' (you went this way)' : ''}</li>`,
    )}</ul>
  </div>`;
}

function decisionHistory(c: NoteContext, decision: Decision): TemplateResult {
  if (decision.kind === 'route') {
    return html`<p>Nobody chooses here: the game reads where the earlier decisions have left things and follows the first route that fits.</p>`;
  }
  const history = decision.history;
  if (!history) return html`<p>This decision has no historical note.</p>`;
  const optionLabel = (id: string) =>
    decision.kind === 'choice' ? (decision.options.find((o) => o.id === id)?.label ?? id) : id;
  const record = history.option
    ? html`<p><strong>What the real actors did: </strong>${optionLabel(history.option)}</p>`
    : history.package
      ? html`<p><strong>What was sent: </strong>${history.package
          .map((id) => c.index.items.get(id)?.label ?? id)
          .join('; ')}</p>`
      : history.plan
        ? html`<p><strong>Never arose. Planned in advance: </strong>${optionLabel(history.plan)}</p>`
        : html`<p><strong>Never arose historically.</strong></p>`;
  return html`${record}<p class="decision-map__when">${history.when}</p><p>${history.summary}</p>${sourcesList(
    history.sources,
  )}${whereFrom(resolveBases(history.basis, history.sources[0])) ?? nothing}`;
}

/** The note of one node; built once per opening, so a redraw of the map keeps its open parts open. */
export function noteFor(c: NoteContext, node: MapNode): TemplateResult {
  const status = html`<p class="decision-map__status">${statusWords(node, c.counterfactual(node.id)).join(' · ')}</p>`;
  const heading = html`<h3 id=${c.headingId} class="decision-map__panel-heading" tabindex="-1">${node.label}</h3>`;
  if (node.kind === 'ending') {
    const ending = c.index.endings.get(node.id) as Ending;
    const historical = node.endingKind === 'historical';
    return html`<p class="decision-map__phase">${historical ? 'Historical ending' : 'Counterfactual ending'}</p>
      ${heading}${status}<p>${ending.summary}</p>
      <h4>${historical ? 'The record' : 'What is history and what is invented'}</h4>
      <p>${ending.history}</p>${sourcesList(ending.sources)}${whereFrom(resolveBases(ending.basis, ending.sources[0])) ?? nothing}`;
  }
  const decision = c.index.decisions.get(node.id) as Decision;
  return html`<p class="decision-map__phase">${decision.phase}</p>${heading}${status}${decisionHistory(c, decision)}${leadsTo(
    c,
    node.id,
  )}`;
}

/** Before any node is opened: how to open one. */
export function noteHint(headingId: string): TemplateResult {
  return html`<h3 id=${headingId} class="decision-map__panel-heading" tabindex="-1">Historical notes</h3>
    <p class="decision-map__hint">Choose a box on the map (or press Tab to reach it and Enter to open it) to read what happened there and its sources.</p>`;
}
