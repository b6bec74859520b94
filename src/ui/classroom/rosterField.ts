/**
 * "The class" in the session set-up: how many students, which roles are in play (the default for the
 * class size, or the facilitator's own pick: roles may be left out, and students share the rest),
 * and, optionally, who holds each role. A lit-html template drawn from the set-up's view model
 * (session/setupView.ts: the shares are always computed there, so they add up to the class); it
 * updates in place, so a name being typed keeps its caret while the shares change around it.
 */
import './roster.css';
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { LIMITS, type RosterDraft, type RosterView } from '../../session/setupView';

export type { RosterDraft } from '../../session/setupView';

export interface RosterHandlers {
  /** The class size as typed (NaN while the field is empty). */
  size(classSize: number): void;
  /** The roles ticked now, after one was ticked or unticked. */
  pick(inPlay: string[]): void;
  names(role: string, text: string): void;
  /** Back to the default roles for the size. */
  reset(): void;
}

const typedNumber = (event: Event) => {
  const text = (event.target as HTMLInputElement).value;
  return text === '' ? Number.NaN : Number(text);
};

export function rosterField(view: RosterView, draft: RosterDraft, on: RosterHandlers): TemplateResult {
  const { min, max } = LIMITS.classSize;
  const tick = (role: string, checked: boolean) =>
    // From the first change on, the facilitator's pick replaces the default for the size.
    on.pick(view.rows.filter((r) => (r.role === role ? checked : r.inPlay)).map((r) => r.role));
  return html`<div class="roster-field">
    <label for="setup-class-size" class="setup-label">Students in the class (${min}–${max})</label>
    <input id="setup-class-size" type="number" inputmode="numeric" min=${min} max=${max}
      value=${Number.isNaN(draft.classSize) ? '' : String(draft.classSize)} aria-describedby="class-summary"
      @input=${(e: Event) => on.size(typedNumber(e))}>
    <p id="class-summary" class=${view.problem ? 'card__hint notice--warning' : 'card__hint'} aria-live="polite">${view.summary}</p>
    <div class="roster__wrap">
      <table class="roster">
        <caption class="visually-hidden">Roles in play, students per role and their names</caption>
        <thead><tr><th scope="col">In play</th><th scope="col">Students</th><th scope="col">Names (optional)</th></tr></thead>
        <tbody>${repeat(
          view.rows,
          (row) => row.role,
          (
            row,
          ) => html`<tr data-role=${row.role} class=${row.inPlay ? (row.names > row.students ? 'roster__crowded-row' : '') : 'roster__out'}>
            <td><label for=${`in-play-${row.role}`}><input type="checkbox" id=${`in-play-${row.role}`}
              .checked=${live(row.inPlay)} @change=${(e: Event) => tick(row.role, (e.target as HTMLInputElement).checked)}>
              <strong>${row.name}</strong><span class="roster__office">, ${row.office}</span>${
                row.voice ? html`<span class="roster__voice"> (speaks, does not vote)</span>` : ''
              }</label></td>
            <td class="num" data-students=${row.students}>${row.students ? String(row.students) : '—'}</td>
            <td><input type="text" id=${`names-${row.role}`} value=${draft.names[row.role] ?? ''} placeholder="e.g. Ana, Ben"
              aria-label=${`Names of the students who are ${row.name}`} ?disabled=${!row.inPlay}
              @input=${(e: Event) => on.names(row.role, (e.target as HTMLInputElement).value)}></td>
          </tr>`,
        )}</tbody>
      </table>
    </div>
    <div class="roster__crowded" aria-live="polite">${
      view.crowded.length > 0
        ? html`<p class="notice notice--warning">More names than places:</p><ul class="roster__crowded-list">${view.crowded.map(
            (line) => html`<li>${line}</li>`,
          )}</ul>`
        : ''
    }</div>
    <button type="button" class="button button--small" ?hidden=${!view.picked} @click=${on.reset}>Back to the default roles for this size</button>
  </div>`;
}
