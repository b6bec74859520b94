/**
 * The reply builder: the evening's central decision as a package (demands, offers, pressure,
 * channel). As the player builds it, a gauge shows how far it departs from the Rostow memo's
 * posture and from what the ExComm actually sent; Send is enabled only for a valid package.
 */
import type { PackageAssessment } from '../../engine/posture';
import type { DecisionView } from '../../engine/view';
import { h, screenHeading } from '../dom';
import { advisersList } from './decision';

export interface ReplyHandlers {
  assess(items: string[]): PackageAssessment;
  problem(items: string[]): string | null;
  send(items: string[]): void;
  speaking(role: string | null): void;
  labelOf(item: string): string;
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

export function replyBuilder(decision: DecisionView, handlers: ReplyHandlers): HTMLElement {
  const builder = decision.replyBuilder;
  if (!builder) throw new Error('bug: a reply decision without a reply builder');
  const chosen = new Set<string>();
  const gauge = h('section', { class: 'posture', 'aria-labelledby': 'posture-heading', 'aria-live': 'polite' });
  const problem = h('p', { class: 'notice notice--warning', id: 'reply-problem' });
  const send = h(
    'button',
    { type: 'submit', class: 'button button--primary', 'aria-describedby': 'reply-problem' },
    'Send the reply',
  );

  const list = (ids: string[]) => (ids.length ? ids.map(handlers.labelOf).join('; ') : 'none');
  const refresh = () => {
    const items = [...chosen];
    const a = handlers.assess(items);
    gauge.replaceChildren(
      h('h3', { id: 'posture-heading' }, 'How this package stands'),
      h(
        'dl',
        {},
        h('dt', {}, 'Memo part (a): removal, no concession beyond atmospherics'),
        h(
          'dd',
          { 'data-follows': String(a.partA.follows) },
          a.partA.follows ? 'Follows the memo' : 'Departs from the memo',
          a.partA.concessions.length ? ` — concessions: ${list(a.partA.concessions)}` : '',
          a.partA.demands.length ? '' : ' — no demand for removal',
        ),
        h('dt', {}, 'Memo part (b): arms control and a summit after Cuba'),
        h(
          'dd',
          { 'data-follows': String(a.partB.follows) },
          a.partB.follows ? `Follows: ${list(a.partB.summit)}` : 'Not offered',
        ),
        h('dt', {}, 'Beside what the ExComm actually sent'),
        h(
          'dd',
          { 'data-same': String(a.historical.same) },
          a.historical.same
            ? 'The same package'
            : `Adds: ${list(a.historical.added)}. Leaves out: ${list(a.historical.missing)}.`,
        ),
      ),
    );
    const why = handlers.problem(items);
    problem.textContent = why ? `Not ready to send: ${why}.` : 'Ready to send.';
    problem.className = why ? 'notice notice--warning' : 'notice notice--ok';
    send.setAttribute('aria-disabled', String(Boolean(why)));
  };

  const groups = builder.groups.map((group) => {
    const items = builder.items.filter((i) => i.group === group.id);
    const inputType = group.pick === 'one' ? 'radio' : 'checkbox';
    return h(
      'fieldset',
      { class: 'reply-group', 'data-group': group.id },
      h(
        'legend',
        {},
        group.label,
        h('span', { class: 'reply-group__pick' }, group.pick === 'one' ? ' (choose one)' : ' (any)'),
      ),
      ...items.map((item) => {
        const id = `item-${item.id}`;
        const input = h('input', {
          type: inputType,
          id,
          name: `group-${group.id}`,
          value: item.id,
          'aria-describedby': `${id}-desc`,
          onchange: (event: Event) => {
            const target = event.target as HTMLInputElement;
            if (group.pick === 'one') for (const other of items) chosen.delete(other.id);
            if (target.checked) chosen.add(item.id);
            else chosen.delete(item.id);
            refresh();
          },
        });
        return h(
          'div',
          { class: 'reply-item' },
          input,
          h('label', { for: id }, item.label),
          h(
            'p',
            { class: 'reply-item__desc', id: `${id}-desc` },
            item.description ?? '',
            h('span', { class: 'reply-item__memo' }, ` In the memo’s terms: ${MEMO_TAG_TEXT[item.memo] ?? item.memo}.`),
          ),
        );
      }),
    );
  });

  const form = h(
    'form',
    {
      class: 'reply',
      'aria-labelledby': 'decision-heading',
      'data-decision': decision.id,
      onsubmit: (event: Event) => {
        event.preventDefault();
        const items = [...chosen];
        const why = handlers.problem(items);
        if (why) {
          problem.focus();
          return;
        }
        handlers.send(items);
      },
    },
    h('p', { class: 'decision__phase' }, decision.phase),
    screenHeading(2, decision.title, 'decision-heading'),
    h('p', { class: 'decision__prompt' }, decision.prompt),
    advisersList(decision, handlers.speaking, handlers.heldBy),
    ...groups,
    gauge,
    problem,
    send,
  );
  problem.tabIndex = -1;
  refresh();
  return form;
}
