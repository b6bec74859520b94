/**
 * The room's vote as the facilitator types it: a number of heads per option, with a "+1" beside each.
 * The projector's vote panel (panel.ts) and the facilitator's window (presenterWindow.ts) draw the same
 * list; kept apart from both so the facilitator's window loads only what it draws.
 */
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { heads } from '../store/drafts';

export function voteCounts(
  options: readonly { id: string; label: string }[],
  idPrefix: string,
  count: (option: string) => number,
  setCount: (option: string, heads: number) => void,
): TemplateResult {
  return html`<ul class="vote__list">
    ${repeat(
      options,
      (o) => o.id,
      (o) => html`<li>
        <label for=${`${idPrefix}-${o.id}`}>${o.label}</label>
        <input type="number" min="0" id=${`${idPrefix}-${o.id}`} inputmode="numeric" class="vote__count"
          .value=${live(String(count(o.id)))}
          @input=${(e: Event) => setCount(o.id, heads((e.target as HTMLInputElement).value))}>
        <button type="button" class="button button--small vote__more" aria-label=${`One more vote for ${o.label}`}
          @click=${() => setCount(o.id, count(o.id) + 1)}>+1</button>
      </li>`,
    )}
  </ul>`;
}
