/**
 * New game: the mode (solo, a class on one screen, two teams), for a class the debate length and who
 * holds which role, and the seed that makes the game replayable. Everything comes from the scenario
 * in use, so a teacher's own scenario is set up the same way.
 */
import type { Scenario } from '../../engine/schema/scenario';
import type { ClassroomConfig } from '../classroom/classroomSession';
import { type RosterDraft, rosterField } from '../classroom/rosterField';
import { readerDate } from '../documents/dates';
import { h, screenHeading } from '../dom';

export type SetupMode = 'solo' | 'classroom' | 'teams';

export interface SetupChoice {
  seed: number;
  /** A class on one screen (or two teams): the facilitator records the room's votes. */
  classroom: ClassroomConfig | null;
}

/** The form as filled in so far, so leaving for the packets and coming back loses nothing. */
export interface SetupDraft {
  mode: SetupMode;
  seed: number;
  debateMinutes: number;
  roster: RosterDraft;
}

export interface SetupActions {
  begin(choice: SetupChoice): void;
  back(): void;
  /** Opens the role packets for the class as set up; `draft` restores the form afterwards. */
  packets(draft: SetupDraft, classroom: ClassroomConfig): void;
  /** The form was changed: what it holds now, to keep across a reload. */
  changed?(draft: SetupDraft): void;
}

/** A seed people can read out to a class: four digits. The UI may use chance; the engine may not. */
export function suggestSeed(): number {
  return 1000 + Math.floor(Math.random() * 9000);
}

/** Who the player is and who answers, in the scenario's own names. */
export function setupIntro(scenario: Scenario): string {
  const side = (id: string) => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const others = scenario.sides.filter((s) => s.modelPlayable && s.id !== scenario.meta.playerSide);
  const start = readerDate(scenario.meta.start);
  return [
    `${scenario.meta.title}. You sit as ${side(scenario.meta.playerSide)}, from ${start}.`,
    others.length
      ? ` ${others.map((s) => s.name).join(' and ')} ${others.length === 1 ? 'answers' : 'answer'} through a model of its interests, with chance, unless a second team plays it.`
      : '',
  ].join('');
}

export function setupScreen(scenario: Scenario, actions: SetupActions, draft?: SetupDraft): HTMLElement {
  const canTwoTeams = scenario.sides.some((s) => s.modelPlayable && s.id !== scenario.meta.playerSide);
  const seedInput = h('input', {
    id: 'seed',
    type: 'number',
    inputmode: 'numeric',
    min: 0,
    max: 2147483647,
    value: draft?.seed ?? suggestSeed(),
    'aria-describedby': 'seed-help',
  });
  const error = h('p', { class: 'notice notice--warning', role: 'alert', hidden: true });
  const debateInput = h('input', {
    id: 'debate-minutes',
    type: 'number',
    min: 1,
    max: 60,
    value: draft?.debateMinutes ?? 5,
    inputmode: 'numeric',
  });
  const roster = rosterField(scenario, draft?.roster, draft?.mode === 'teams' ? 'two' : 'one');
  const modeRadio = (value: SetupMode, label: string) =>
    h(
      'label',
      { class: 'choice-line' },
      h('input', { type: 'radio', name: 'mode', value, checked: (draft?.mode ?? 'solo') === value }),
      label,
    );
  const classFields = h(
    'fieldset',
    { class: 'setup-field setup-field--class' },
    h('legend', {}, 'The class'),
    h('label', { for: 'debate-minutes', class: 'setup-label' }, 'Minutes per debate'),
    debateInput,
    roster.element,
  );
  const packetsButton = h('button', { type: 'button', class: 'button button--quiet' }, 'Role packets for this class');

  const mode = (): SetupMode =>
    ((form.querySelector('input[name="mode"]:checked') as HTMLInputElement | null)?.value as SetupMode) ?? 'solo';
  const showMode = () => {
    const classroom = mode() !== 'solo';
    classFields.hidden = !classroom;
    packetsButton.hidden = !classroom;
    roster.setTeams(mode() === 'teams' ? 'two' : 'one');
  };
  const fail = (message: string, focus: HTMLElement) => {
    error.textContent = message;
    error.hidden = false;
    focus.focus();
    return null;
  };
  /** The choice as it stands, or null after showing what to fix. */
  const choice = (): SetupChoice | null => {
    const seed = Number(seedInput.value);
    if (!Number.isInteger(seed) || seed < 0 || seed > 2147483647) {
      return fail('The seed is a whole number from 0 to 2147483647.', seedInput);
    }
    if (mode() === 'solo') return { seed, classroom: null };
    const minutes = Number(debateInput.value);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60) {
      return fail('A debate lasts from 1 to 60 minutes.', debateInput);
    }
    const cls = roster.result();
    if (!cls.ok) return fail(cls.message, cls.focus);
    error.hidden = true;
    return {
      seed,
      classroom: { debateMinutes: minutes, teams: mode() === 'teams', classSize: cls.classSize, roster: cls.roster },
    };
  };
  packetsButton.addEventListener('click', () => {
    const chosen = choice();
    if (!chosen?.classroom) return;
    actions.packets(
      { mode: mode(), seed: chosen.seed, debateMinutes: chosen.classroom.debateMinutes, roster: roster.draft() },
      chosen.classroom,
    );
  });

  const form = h(
    'form',
    {
      class: 'card card--setup',
      'aria-labelledby': 'setup-heading',
      // The form says what is wrong in its own words (and keeps focus on the field to fix).
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        const chosen = choice();
        if (chosen) actions.begin(chosen);
      },
    },
    h(
      'div',
      { class: 'card__body' },
      screenHeading(1, 'A new exercise', 'setup-heading'),
      h('p', { class: 'card__text' }, setupIntro(scenario)),
      h(
        'fieldset',
        { class: 'setup-field' },
        h('legend', {}, 'Mode'),
        modeRadio('solo', ' Solo: you decide alone; the other side is played by the computer'),
        modeRadio(
          'classroom',
          ' Classroom, one screen: a facilitator runs it, the room debates and votes on each decision',
        ),
        canTwoTeams
          ? modeRadio(
              'teams',
              ' Classroom, two teams on one screen: each team has its own papers and decides for its side',
            )
          : null,
      ),
      classFields,
      h('label', { for: 'seed', class: 'setup-label' }, 'Seed'),
      seedInput,
      h(
        'p',
        { id: 'seed-help', class: 'card__hint' },
        'The same seed and the same choices always give the same game, so a class can compare runs.',
      ),
      error,
    ),
    h(
      'div',
      { class: 'card__actions' },
      h('button', { type: 'submit', class: 'button button--primary' }, 'Take your seat'),
      packetsButton,
      h('button', { type: 'button', class: 'button button--quiet', onclick: actions.back }, 'Back'),
    ),
  );
  const current = (): SetupDraft => ({
    mode: mode(),
    seed: Number(seedInput.value),
    debateMinutes: Number(debateInput.value),
    roster: roster.draft(),
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'mode') showMode();
    actions.changed?.(current());
  });
  form.addEventListener('input', () => actions.changed?.(current()));
  showMode();
  return form;
}
