/**
 * Beside the reply builder's gauge: the package's contradictions and gaps, and the other side's likely
 * reading of it (the response model's inputs in words). Announced politely as the package changes.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { FeatureReading } from '../../engine/replyReading';

export function replyAdvice(warnings: readonly string[], reading: readonly FeatureReading[]): TemplateResult {
  return html`<section class="reply-advice" aria-labelledby="reply-advice-heading" aria-live="polite">
    <h3 id="reply-advice-heading">Before you send</h3>
    ${
      warnings.length
        ? html`<ul class="reply-advice__warnings">${warnings.map((w) => html`<li>${w}</li>`)}</ul>`
        : html`<p class="reply-advice__none">No contradiction found in the package.</p>`
    }
    ${
      reading.length
        ? html`<h4>How the other side is likely to read it (the game’s model)</h4>
          <dl class="reply-advice__reading">${reading.map(
            (r) =>
              html`<div data-feature=${r.feature}><dt>${r.label}</dt><dd>${r.words}${
                r.total === 0
                  ? nothing
                  : html` <span class="reply-advice__total">(${r.total > 0 ? '+' : ''}${r.total})</span>`
              }</dd></div>`,
          )}</dl>`
        : nothing
    }
  </section>`;
}
