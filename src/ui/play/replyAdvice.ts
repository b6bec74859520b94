/**
 * Beside the reply builder's gauge: the package's contradictions and gaps, and the other side's likely
 * reading of it: each factor the response model reads, as a number (the package's value) and, on this
 * run, what the model adds for it to the weight of each answer, with the scale of both explained.
 * Announced politely as the package changes.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { FeatureReading, PackageReading } from '../../engine/replyReading';

/** A signed number as the reading shows it: +3, −0.6, 0 (a true minus sign, two decimals at most). */
export function signedNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}

function factor(r: FeatureReading): TemplateResult {
  return html`<div data-feature=${r.feature}><dt>${r.label}</dt><dd>
    <span class="reply-advice__total" data-total=${String(r.total)}>${signedNumber(r.total)}</span>
    <span class="reply-advice__words">(${r.words})</span>
    ${
      r.pulls.length
        ? html`<ul class="reply-advice__pulls" aria-label=${`What the model adds for ${r.label.toLowerCase()}`}>${r.pulls.map(
            (p) =>
              html`<li data-option=${p.option} data-value=${String(p.value)}>${p.label}: <span class="reply-advice__pull">${signedNumber(p.value)}</span></li>`,
          )}</ul>`
        : nothing
    }
  </dd></div>`;
}

export function replyAdvice(warnings: readonly string[], reading: PackageReading | null): TemplateResult {
  return html`<section class="reply-advice" aria-labelledby="reply-advice-heading" aria-live="polite">
    <h3 id="reply-advice-heading">Before you send</h3>
    ${
      warnings.length
        ? html`<ul class="reply-advice__warnings">${warnings.map((w) => html`<li>${w}</li>`)}</ul>`
        : html`<p class="reply-advice__none">No contradiction found in the package.</p>`
    }
    ${
      reading?.factors.length
        ? html`<h4>How the other side is likely to read it (the game’s model)</h4>
          <p class="reply-advice__scale">${reading.scale}</p>
          <dl class="reply-advice__reading">${reading.factors.map(factor)}</dl>`
        : nothing
    }
  </section>`;
}
