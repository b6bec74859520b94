/**
 * Deliberation at the table: the prompt, who argues what (paraphrased, with sources and where in them
 * each position rests), and the options with what each is known to risk. Options are real buttons;
 * focusing an adviser lights their seat on the board.
 */
import type { GlossaryEntry } from '../../engine/schema/scenario';
import type { DecisionView } from '../../engine/view';
import { TermMarker } from '../documents/glossaryTerms';
import { h, screenHeading } from '../dom';
import { sourceLink } from './sources';
import { paraphraseTag, whereFrom } from './whereFrom';

export interface DecisionHandlers {
  /** Absent in a classroom, where the room's vote decides (the options are listed, not pressed). */
  choose?(option: string): void;
  speaking(role: string | null): void;
  /** In a class, the students who hold a role (so the room knows who is to speak). */
  heldBy?(role: string): string[];
  /** Terms explained on hover and focus: the first occurrence of each in the prompt and the options. */
  glossary?: readonly GlossaryEntry[];
  /**
   * On a class's projector: the advisers open underneath the options (a disclosure), so the prompt,
   * the options and the vote share one screen.
   */
  foldAdvisers?: boolean;
}

/** The advisers under the options, closed until the room wants them. */
function foldedAdvisers(list: HTMLElement | null, count: number): HTMLElement | null {
  if (!list) return null;
  return h(
    'details',
    { class: 'advisers-fold' },
    h('summary', { class: 'advisers-fold__summary' }, `Around the table: who argued what (${count})`),
    list,
  );
}

export function advisersList(
  decision: DecisionView,
  speaking: (role: string | null) => void,
  heldBy: (role: string) => string[] = () => [],
): HTMLElement | null {
  if (decision.advisers.length === 0) return null;
  return h(
    'section',
    { class: 'advisers', 'aria-labelledby': `advisers-${decision.id}` },
    h('h3', { id: `advisers-${decision.id}` }, 'Around the table'),
    h(
      'ul',
      {},
      ...decision.advisers.map((a) => {
        const item = h(
          'li',
          {
            class: 'adviser',
            tabindex: 0,
            onmouseenter: () => speaking(a.role),
            onmouseleave: () => speaking(null),
            onfocus: () => speaking(a.role),
            onblur: () => speaking(null),
          },
          h('p', { class: 'adviser__name' }, h('strong', {}, a.name), `, ${a.office}`),
          // Shown only with Historian's hints on (see hints.ts): said after the moment of this decision.
          a.afterwards ? h('p', { class: 'adviser__hint' }, 'Historian’s hint: said later than this meeting.') : null,
          heldBy(a.role).length > 0
            ? h('p', { class: 'adviser__students' }, `Played by ${heldBy(a.role).join(', ')}`)
            : null,
          a.favoursLabel ? h('p', { class: 'adviser__favours' }, `Favours: ${a.favoursLabel}`) : null,
          // A paraphrase, not speech (m22): the tag says so before the words.
          h('p', { class: 'adviser__position' }, paraphraseTag(), a.position),
          h('p', { class: 'adviser__source' }, 'Source: ', sourceLink(a.source)),
          whereFrom(a.bases),
        );
        return item;
      }),
    ),
  );
}

export function decisionCard(decision: DecisionView, handlers: DecisionHandlers): HTMLElement {
  const terms = new TermMarker(handlers.glossary);
  return h(
    'section',
    { class: 'decision', 'aria-labelledby': 'decision-heading', 'data-decision': decision.id },
    h('p', { class: 'decision__phase' }, decision.phase),
    screenHeading(2, decision.title, 'decision-heading'),
    h('p', { class: 'decision__prompt' }, ...terms.text(decision.prompt)),
    handlers.foldAdvisers ? null : advisersList(decision, handlers.speaking, handlers.heldBy),
    h(
      'section',
      { class: 'options', 'aria-labelledby': `options-${decision.id}` },
      h('h3', { id: `options-${decision.id}` }, 'Your decision'),
      h(
        'ol',
        { class: 'options__list' },
        ...decision.options.map((o) => {
          // Inside a button the terms take no tab stop of their own (see TermMarker.text).
          const parts = [
            h('span', { class: 'option__label' }, ...terms.text(o.label, false)),
            // One block for what the option is and risks, so a projector can set it smaller than the label.
            h(
              'span',
              { class: 'option__details' },
              o.description ? h('span', { class: 'option__description' }, ...terms.text(o.description, false)) : null,
              o.risk ? h('span', { class: 'option__risk' }, 'Known risk: ', ...terms.text(o.risk, false)) : null,
            ),
            // Present only with Historian's hints on; the citation as text (no link inside a button).
            o.hindsight
              ? h(
                  'span',
                  { class: 'option__hint' },
                  `Historian’s hint: ${o.hindsight.text} (${typeof o.hindsight.source === 'string' ? o.hindsight.source : o.hindsight.source.cite})`,
                )
              : null,
          ];
          const choose = handlers.choose;
          return h(
            'li',
            {},
            choose
              ? h(
                  'button',
                  { type: 'button', class: 'option', 'data-option': o.id, onclick: () => choose(o.id) },
                  ...parts,
                )
              : h('div', { class: 'option option--listed', 'data-option': o.id }, ...parts),
          );
        }),
      ),
    ),
    handlers.foldAdvisers
      ? foldedAdvisers(advisersList(decision, handlers.speaking, handlers.heldBy), decision.advisers.length)
      : null,
    terms.notes,
  );
}
