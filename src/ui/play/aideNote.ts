/**
 * "The game answers you": after each decision, an aide's note (what was done, each track that moved
 * with its change and the scenario's reason); after a model's move, its side's paper naming what
 * weighed most, marked on its face as the game's reconstruction (and as counterfactual when the move
 * is not the record's), never as a quotation. Built from the view's notes; the review reuses the parts.
 */
import type { ConsequenceNote, ModelPaper, TrackChange } from '../../engine/consequences';
import { h } from '../dom';

/** "+2", "−1": a change with its sign, the minus a real minus sign. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export function changeLine(c: TrackChange): HTMLElement {
  return h(
    'li',
    { class: 'aide-note__change', 'data-track': c.track, 'data-delta': String(c.delta) },
    h('span', { class: 'aide-note__track' }, `${c.label} ${signed(c.delta)}`),
    c.reason ? h('span', { class: 'aide-note__reason' }, ` — ${c.reason}`) : null,
  );
}

/** What a decision did and what it moved, in a line each. */
export function noteBody(note: ConsequenceNote): HTMLElement[] {
  const who = note.by === 'model' ? note.sideName : 'You';
  return [
    h('p', { class: 'aide-note__done' }, h('strong', {}, `${note.title}. `), `${who}: ${note.done.join('; ')}.`),
    note.changes.length
      ? h('ul', { class: 'aide-note__changes' }, ...note.changes.map(changeLine))
      : h('p', { class: 'aide-note__quiet' }, 'Nothing on the board moved.'),
  ];
}

const percent = (odds: number) => `${Math.round(odds * 100)}%`;
const factorList = (factors: ModelPaper['weighed']) => factors.map((f) => f.label).join('; ');

/** The other side's paper: typed like a document, stamped as the game's own reconstruction. */
export function modelPaperView(note: ConsequenceNote, headingLevel: 'h3' | 'h4' = 'h3'): HTMLElement | null {
  const paper = note.paper;
  if (!paper) return null;
  const id = `paper-${note.decision}-${note.at}`;
  return h(
    'article',
    { class: 'model-paper', 'aria-labelledby': id, 'data-on-record': String(paper.onRecord) },
    h(
      'p',
      { class: 'model-paper__stamp' },
      paper.onRecord
        ? 'Reconstructed by the game from its model: not a historical document'
        : 'Counterfactual: reconstructed by the game from its model, not a historical document',
    ),
    h(headingLevel, { id, class: 'model-paper__title' }, `${paper.from}: working note, ${note.title}`),
    h('p', {}, `Decided: ${note.done.join('; ')}.`),
    paper.weighed.length
      ? h('p', { class: 'model-paper__weighed' }, `What weighed most: ${factorList(paper.weighed)}.`)
      : null,
    paper.against.length
      ? h('p', { class: 'model-paper__against' }, `What weighed against it: ${factorList(paper.against)}.`)
      : null,
    paper.odds
      ? h(
          'table',
          { class: 'model-paper__odds' },
          h('caption', {}, 'The odds the model gave each answer on this run'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Answer'), h('th', { scope: 'col' }, 'Odds'))),
          h(
            'tbody',
            {},
            ...paper.odds.map((o) =>
              h(
                'tr',
                { class: o.picked ? 'model-paper__picked' : '', 'data-option': o.option },
                h('td', {}, o.label, o.picked ? h('strong', {}, ' (taken)') : null),
                h('td', {}, percent(o.odds)),
              ),
            ),
          ),
        )
      : null,
    paper.onRecord
      ? h('p', { class: 'model-paper__foot' }, 'The move is the record’s; the reasons given are the game’s reading.')
      : h('p', { class: 'model-paper__foot' }, 'This move did not happen; the reasons given are the game’s reading.'),
  );
}

/**
 * The strip on the desk after a decision: the notes of what just happened (the player's decision and
 * any moves the model made in reply). A status region, so a screen reader hears it without moving.
 */
export function aideNoteStrip(notes: readonly ConsequenceNote[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    'section',
    { class: 'aide-note', role: 'status', 'aria-labelledby': 'aide-note-heading' },
    h('h2', { id: 'aide-note-heading', class: 'aide-note__heading', tabindex: -1 }, 'Aide’s note'),
    ...notes.map((note) =>
      h('div', { class: 'aide-note__entry', 'data-note': note.decision }, ...noteBody(note), modelPaperView(note)),
    ),
  );
}

/** The notes the last change brought: those of the decisions it logged, matched by decision and time. */
export function freshNotes(
  notes: readonly ConsequenceNote[],
  entries: readonly { kind: string; decision?: string; at: number }[],
): ConsequenceNote[] {
  const taken = entries.filter((e) => e.kind === 'choice' || e.kind === 'reply');
  return notes.filter((n) => taken.some((e) => e.decision === n.decision && e.at === n.at));
}
