/**
 * The reply builder: the evening's central decision as a package (demands, offers, pressure,
 * channel). As the player builds it, a gauge shows how far it departs from the Rostow memo's
 * posture and from what the ExComm actually sent; Send is enabled only for a valid package.
 */

import { html, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { PackageAssessment } from '../../engine/posture';
import type { FeatureReading } from '../../engine/replyReading';
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
  reading?(items: string[]): FeatureReading[];
  /** In a class, the students who hold a role. */
  heldBy?(role: string): string[];
}

const MEMO_TAG_TEXT: Record<string, string> = {
  demand: 'a demand',
  atmospherics: 'atmospherics (the memo allows these)',
  concession: 'an offsetting concession (the memo advises against)',
  summit: 'the memo’s part (b): talks and a summit',
  pressure: 'pressure',
  channel: 'channel',
};

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
    const reading = handlers.reading?.(items) ?? [];
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
            <p class="reply-item__desc" id=${`item-${item.id}-desc`}>${item.description ?? ''}<span
              class="reply-item__memo"> In the memo’s terms: ${MEMO_TAG_TEXT[item.memo] ?? item.memo}.</span></p>
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
            <dt>Memo part (a): removal, no concession beyond atmospherics</dt>
            <dd data-follows=${String(a.partA.follows)}>${a.partA.follows ? 'Follows the memo' : 'Departs from the memo'}${
              a.partA.concessions.length ? ` — concessions: ${list(a.partA.concessions)}` : ''
            }${a.partA.demands.length ? '' : ' — no demand for removal'}</dd>
            <dt>Memo part (b): arms control and a summit after Cuba</dt>
            <dd data-follows=${String(a.partB.follows)}>${a.partB.follows ? `Follows: ${list(a.partB.summit)}` : 'Not offered'}</dd>
            <dt>Beside what the ExComm actually sent</dt>
            <dd data-same=${String(a.historical.same)}>${
              a.historical.same
                ? 'The same package'
                : `Adds: ${list(a.historical.added)}. Leaves out: ${list(a.historical.missing)}.`
            }</dd>
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
