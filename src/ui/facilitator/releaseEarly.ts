/**
 * "Release now", asked before it is done: a paper handed out ahead of its time says how early, and
 * waits for a second press; a paper from a road the run has not taken is refused (the engine's rule,
 * shown here in the facilitator's words, with the paper's title and never its id). The same wording
 * serves the tools on the projector and the facilitator's window.
 */
import { html, type TemplateResult } from 'lit-html';
import type { InjectView } from '../../engine/facilitatorView';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * A span of scenario minutes in words, as precise as the facilitator needs: "45 minutes",
 * "10 hours 5 minutes", "1 day 23 hours", "12 days", "about 8 months".
 */
export function howEarly(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return plural(m, 'minute');
  const hours = Math.floor(m / 60);
  if (hours < 24) return m % 60 ? `${plural(hours, 'hour')} ${plural(m % 60, 'minute')}` : plural(hours, 'hour');
  const days = Math.floor(hours / 24);
  if (days < 3) return hours % 24 ? `${plural(days, 'day')} ${plural(hours % 24, 'hour')}` : plural(days, 'day');
  if (days < 60) return plural(days, 'day');
  return `about ${plural(Math.round(days / 30.44), 'month')}`;
}

/** Whether "Release now" must be confirmed: the paper is not yet due on the scenario's clock. */
export const releasesEarly = (inject: InjectView) => inject.refused === null && inject.minutesEarly > 0;

/** The warning before an early release. */
export const earlyWarning = (inject: InjectView) =>
  `“${inject.title}” is due ${inject.dueLong}: released now, it reaches the room ${howEarly(inject.minutesEarly)} early.`;

/** Why "Release now" is refused for this paper, in words (null: it may be released). */
export const releaseRefusal = (inject: InjectView) =>
  inject.refused === null
    ? null
    : `Not released: “${inject.title}” comes only on a branch this run has not taken, so it cannot reach the room.`;

/**
 * The confirm step: the warning and two buttons. `idPrefix` keeps the ids unique on the page that
 * shows it; the first button takes the focus when the step opens (see `focusConfirm`).
 */
export function confirmRelease(
  inject: InjectView,
  idPrefix: string,
  act: { confirm(): void; cancel(): void },
): TemplateResult {
  return html`<div class="release-confirm" role="group" aria-labelledby=${`${idPrefix}-warning`} data-confirm=${inject.id}>
    <p id=${`${idPrefix}-warning`} class="notice notice--warning">${earlyWarning(inject)}</p>
    <button type="button" class="button button--small release-confirm__go" @click=${act.confirm}>Release it early</button>
    <button type="button" class="button button--small" @click=${act.cancel}>Cancel</button>
  </div>`;
}

/** Moves the focus to the confirm step's first button once it is drawn (keyboard users land on it). */
export function focusConfirm(root: ParentNode): void {
  queueMicrotask(() => root.querySelector<HTMLButtonElement>('.release-confirm__go')?.focus());
}
