/**
 * The reply builder: the evening's central decision as a package (demands, offers, pressure,
 * channel). As the player builds it, a gauge shows how far it departs from the scenario's reference
 * posture (`replyBuilder.reference`; for Black Saturday the Rostow memo), if it has one, and from
 * (with Historian's hints on) what was actually sent; Send is enabled only for a valid package.
 */

import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { type PackageAssessment, partVerdict } from '../../engine/posture';
import type { PackageReading } from '../../engine/replyReading';
import type { DecisionView } from '../../engine/view';
import type { Drafts } from '../store/drafts';
import { advisersList } from './decision';
import { replyAdvice } from './replyAdvice';

export interface ReplyHandlers {
  assess(items: string[]): PackageAssessment;
  problem(items: string[]): string | null;
  send(items: string[]): void;
  speaking(role: string | null): void;
  labelOf(item: string): string;
  /** Contradictions and gaps in the package (they warn; they do not stop it being sent). */
  warnings?(items: string[]): string[];
  /** How Moscow is likely to read the package, in the response model's own terms. */
  reading?(items: string[]): PackageReading;
  /** In a class, the students who hold a role. */
  heldBy?(role: string): string[];
  /** Historian's hints: only then does the gauge compare the package with what was actually sent. */
  hints?: boolean;
}

/**
 * Drawn from the decision's draft into `host`: the items picked stay picked through a release, a
 * hold, a visit to the review or a reload, and a redraw keeps the focus where it was.
 */
export function replyBuilder(
  host: HTMLElement,
  decision: DecisionView,
  drafts: Drafts,
  handlers: ReplyHandlers,
): HTMLElement {
  const builder = decision.replyBuilder;
  if (!builder) throw new Error('bug: a reply decision without a reply builder');
  const id = decision.id;
  // The advisers' list is plain DOM built once for this showing; the template places it.
  const advisers = advisersList(decision, handlers.speaking, handlers.heldBy);
  const list = (ids: string[]) => (ids.length ? ids.map(handlers.labelOf).join('; ') : 'none');
  const reference = builder.reference;
  /** "In the memo’s terms: a demand." under an item, in the reference's own words; nothing without one. */
  const terms = (tag: string | undefined) => {
    const label = reference?.tags.find((t) => t.id === tag)?.label;
    return reference && label ? html`<span class="reply-item__memo"> ${reference.terms}: ${label}.</span>` : '';
  };

  const pick = (group: { id: string; pick: string }, item: string, checked: boolean) => {
    const inGroup = new Set(builder.items.filter((i) => i.group === group.id).map((i) => i.id));
    drafts.update(id, (d) => {
      let items = d.reply.filter((x) => x !== item);
      if (group.pick === 'one' && checked) items = items.filter((x) => !inGroup.has(x));
      if (checked) items.push(item);
      d.reply = items;
    });
    paint();
  };

  const paint = () => {
    const items = [...drafts.decision(id).reply];
    const chosen = new Set(items);
    const a = handlers.assess(items);
    const why = handlers.problem(items);
    const warnings = handlers.warnings?.(items) ?? [];
    const reading = handlers.reading?.(items) ?? null;
    const groups = builder.groups.map((group) => {
      const inGroup = builder.items.filter((i) => i.group === group.id);
      const inputType = group.pick === 'one' ? 'radio' : 'checkbox';
      return html`<fieldset class="reply-group" data-group=${group.id}>
        <legend>${group.label}<span class="reply-group__pick">${group.pick === 'one' ? ' (choose one)' : ' (any)'}</span></legend>
        ${repeat(
          inGroup,
          (item) => item.id,
          (item) => html`<div class="reply-item">
            <input type=${inputType} id=${`item-${item.id}`} name=${`group-${group.id}`} value=${item.id}
              aria-describedby=${`item-${item.id}-desc`} .checked=${live(chosen.has(item.id))}
              @change=${(e: Event) => pick(group, item.id, (e.target as HTMLInputElement).checked)}>
            <label for=${`item-${item.id}`}>${item.label}</label>
            <p class="reply-item__desc" id=${`item-${item.id}-desc`}>${item.description ?? ''}${terms(item.memo)}</p>
          </div>`,
        )}
      </fieldset>`;
    });
    const submit = (event: Event) => {
      event.preventDefault();
      const now = [...drafts.decision(id).reply];
      if (handlers.problem(now)) {
        host.querySelector<HTMLElement>('#reply-problem')?.focus();
        return;
      }
      handlers.send(now);
    };
    render(
      html`<form class="reply" aria-labelledby="decision-heading" data-decision=${id} @submit=${submit}>
        <p class="decision__phase">${decision.phase}</p>
        <h2 class="screen-heading" id="decision-heading" tabindex="-1">${decision.title}</h2>
        <p class="decision__prompt">${decision.prompt}</p>
        ${advisers}
        ${groups}
        <section class="posture" aria-labelledby="posture-heading" aria-live="polite">
          <h3 id="posture-heading">How this package stands</h3>
          <dl>
            ${(reference?.parts ?? []).map(
              (part, i) => html`<dt>${part.label}</dt>
                <dd data-part=${part.id} data-follows=${String(a.parts[i].follows)}>${partVerdict(part, a.parts[i], list)}</dd>`,
            )}
            ${
              handlers.hints
                ? html`<dt>Beside the package actually sent</dt>
            <dd data-same=${String(a.historical.same)}>${
              a.historical.same
                ? 'The same package'
                : `Adds: ${list(a.historical.added)}. Leaves out: ${list(a.historical.missing)}.`
            }</dd>`
                : nothing
            }
          </dl>
        </section>
        ${replyAdvice(warnings, reading)}
        <p class=${why || warnings.length ? 'notice notice--warning' : 'notice notice--ok'} id="reply-problem" tabindex="-1">${
          why
            ? `Not ready to send: ${why}.`
            : warnings.length
              ? `It can be sent, but it has ${warnings.length === 1 ? 'a problem' : `${warnings.length} problems`}: see “Before you send”.`
              : 'Ready to send.'
        }</p>
        <button type="submit" class="button button--primary" aria-describedby="reply-problem"
          aria-disabled=${String(Boolean(why))}>Send the reply</button>
      </form>`,
      host,
    );
  };
  paint();
  return host;
}
