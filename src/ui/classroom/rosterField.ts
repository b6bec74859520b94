/**
 * "The class" in the session set-up: how many students, which roles are in play (the default for the
 * class size, or the facilitator's own pick: roles may be left out, and students share the rest),
 * and, optionally, who holds each role. The shares are always computed (`defaultRoles`), so they add
 * up to the class; the facilitator only chooses the size, the roles and the names.
 */
import './roster.css';
import {
  CLASS_SIZE,
  defaultRoles,
  type Roster,
  rosterOf,
  type Seating,
  seatingProblem,
  type Teams,
  voiceSides,
} from '../../engine/classroom/defaultRoles';
import type { Scenario } from '../../engine/schema/scenario';
import { h, plural } from '../dom';

export const DEFAULT_CLASS_SIZE = 20;

/** What the facilitator has entered so far; given back to the field to restore it. */
export interface RosterDraft {
  classSize: number;
  /** The roles ticked, or null while the default for the size applies. */
  inPlay: string[] | null;
  /** Names typed per role, as typed. */
  names: Record<string, string>;
}

export interface RosterField {
  element: HTMLElement;
  /** Shows the roles for one team or two. */
  setTeams(teams: Teams): void;
  draft(): RosterDraft;
  /** The class as set up, or why it cannot be used (and the field to fix). */
  result(): { ok: true; classSize: number; roster: Roster } | { ok: false; message: string; focus: HTMLElement };
}

export function rosterField(scenario: Scenario, initial?: RosterDraft, initialTeams: Teams = 'one'): RosterField {
  // Starting with the teams of a restored form keeps its ticks (changing teams resets them).
  let teams: Teams = initialTeams;
  let inPlay: Set<string> | null = initial?.inPlay ? new Set(initial.inPlay) : null;
  const names: Record<string, string> = { ...(initial?.names ?? {}) };

  const sizeInput = h('input', {
    id: 'setup-class-size',
    type: 'number',
    inputmode: 'numeric',
    min: CLASS_SIZE.min,
    max: CLASS_SIZE.max,
    value: initial?.classSize ?? DEFAULT_CLASS_SIZE,
    'aria-describedby': 'class-summary',
  });
  const summary = h('p', { id: 'class-summary', class: 'card__hint', 'aria-live': 'polite' });
  const body = h('tbody');
  const reset = h(
    'button',
    { type: 'button', class: 'button button--small', hidden: true },
    'Back to the default roles for this size',
  );
  const table = h(
    'table',
    { class: 'roster' },
    h('caption', { class: 'visually-hidden' }, 'Roles in play, students per role and their names'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'In play'),
        h('th', { scope: 'col' }, 'Students'),
        h('th', { scope: 'col' }, 'Names (optional)'),
      ),
    ),
    body,
  );

  const size = () => Number(sizeInput.value);
  const sizeOk = () => Number.isInteger(size()) && size() >= CLASS_SIZE.min && size() <= CLASS_SIZE.max;
  const options = () => ({ teams, ...(inPlay ? { inPlay: [...inPlay] } : {}) });
  const seating = (): Seating | null => {
    if (!sizeOk() || seatingProblem(scenario, size(), options())) return null;
    return defaultRoles(scenario, size(), options());
  };

  /** One row per role of the sides in play: built when the teams change, then updated in place. */
  let rows: { role: string; row: HTMLElement; check: HTMLInputElement; names: HTMLInputElement; share: HTMLElement }[] =
    [];
  const buildRows = () => {
    const sides = defaultRoles(scenario, 1, { teams }).sides;
    const voices = new Set(voiceSides(scenario, teams));
    rows = scenario.roles
      .filter((role) => sides.includes(role.side))
      .map((role) => {
        const check = h('input', { type: 'checkbox', id: `in-play-${role.id}` });
        check.addEventListener('change', () => {
          // From the first change on, the facilitator's pick replaces the default for the size.
          inPlay = new Set(rows.filter((r) => r.check.checked).map((r) => r.role));
          render();
        });
        const nameInput = h('input', {
          type: 'text',
          id: `names-${role.id}`,
          value: names[role.id] ?? '',
          placeholder: 'e.g. Ana, Ben',
          'aria-label': `Names of the students who are ${role.name}`,
        });
        nameInput.addEventListener('input', () => {
          names[role.id] = nameInput.value;
        });
        const share = h('td', { class: 'num' });
        const row = h(
          'tr',
          { 'data-role': role.id },
          h(
            'td',
            {},
            h(
              'label',
              { for: check.id },
              check,
              ' ',
              h('strong', {}, role.name),
              h('span', { class: 'roster__office' }, `, ${role.office}`),
              voices.has(role.side) ? h('span', { class: 'roster__voice' }, ' (speaks, does not vote)') : null,
            ),
          ),
          share,
          h('td', {}, nameInput),
        );
        return { role: role.id, row, check, names: nameInput, share };
      });
    body.replaceChildren(...rows.map((r) => r.row));
  };

  /** Ticks, shares and the summary for the size and the roles in play. */
  const render = () => {
    const seated = seating();
    const shares = new Map(seated?.seats.map((s) => [s.role, s.students]) ?? []);
    const ticked = inPlay ?? new Set(seated?.seats.map((s) => s.role) ?? []);
    for (const r of rows) {
      const on = ticked.has(r.role);
      r.check.checked = on;
      r.names.disabled = !on;
      r.row.classList.toggle('roster__out', !on);
      const share = shares.get(r.role) ?? 0;
      r.share.dataset.students = String(share);
      r.share.textContent = share ? String(share) : '—';
    }
    reset.hidden = inPlay === null;
    const problem = !sizeOk()
      ? `A class has ${CLASS_SIZE.min} to ${CLASS_SIZE.max} students.`
      : seatingProblem(scenario, size(), options());
    summary.textContent =
      problem ??
      (seated
        ? `${plural(seated.seats.length, 'role')} in play for ${plural(size(), 'student')}; ${plural(seated.reserve.length, 'role')} left out.`
        : '');
    summary.classList.toggle('notice--warning', Boolean(problem));
  };

  sizeInput.addEventListener('input', render);
  reset.addEventListener('click', () => {
    inPlay = null;
    render();
  });
  buildRows();
  render();

  return {
    element: h(
      'div',
      { class: 'roster-field' },
      h(
        'label',
        { for: 'setup-class-size', class: 'setup-label' },
        `Students in the class (${CLASS_SIZE.min}–${CLASS_SIZE.max})`,
      ),
      sizeInput,
      summary,
      h('div', { class: 'roster__scroll' }, table),
      reset,
    ),
    setTeams(next) {
      if (next === teams) return;
      teams = next;
      // The other team's roles join or leave: start again from the default for the size.
      inPlay = null;
      buildRows();
      render();
    },
    draft: () => ({ classSize: size(), inPlay: inPlay ? [...inPlay] : null, names: { ...names } }),
    result() {
      if (!sizeOk())
        return { ok: false, message: `A class has ${CLASS_SIZE.min} to ${CLASS_SIZE.max} students.`, focus: sizeInput };
      const problem = seatingProblem(scenario, size(), options());
      if (problem) return { ok: false, message: problem, focus: body.querySelector('input') ?? sizeInput };
      const seated = defaultRoles(scenario, size(), options());
      return { ok: true, classSize: size(), roster: rosterOf(seated, names) };
    },
  };
}
