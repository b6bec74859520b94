/** New game: the side and mode (solo for now), and the seed that makes the game replayable. */
import { h, screenHeading } from '../dom';

export interface SetupChoice {
  seed: number;
  /** Classroom on one screen: the facilitator records the room's votes; minutes per debate. */
  classroom: { debateMinutes: number; teams: boolean } | null;
}

/** A seed people can read out to a class: four digits. The UI may use chance; the engine may not. */
export function suggestSeed(): number {
  return 1000 + Math.floor(Math.random() * 9000);
}

export function setupScreen(
  onBegin: (choice: SetupChoice) => void,
  onBack: () => void,
  seed = suggestSeed(),
): HTMLElement {
  const seedInput = h('input', {
    id: 'seed',
    type: 'number',
    inputmode: 'numeric',
    min: 0,
    max: 2147483647,
    value: seed,
    'aria-describedby': 'seed-help',
  });
  const error = h('p', { class: 'notice notice--warning', role: 'alert', hidden: true });
  const debateInput = h('input', {
    id: 'debate-minutes',
    type: 'number',
    min: 1,
    max: 60,
    value: 5,
    inputmode: 'numeric',
  });
  const form = h(
    'form',
    {
      class: 'card card--setup',
      'aria-labelledby': 'setup-heading',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const value = Number(seedInput.value);
        const minutes = Number(debateInput.value);
        const mode = (form.querySelector('input[name="mode"]:checked') as HTMLInputElement | null)?.value;
        const classroom = mode === 'classroom' || mode === 'teams';
        if (!Number.isInteger(value) || value < 0 || value > 2147483647) {
          error.textContent = 'The seed is a whole number from 0 to 2147483647.';
          error.hidden = false;
          seedInput.focus();
          return;
        }
        if (classroom && (!Number.isInteger(minutes) || minutes < 1 || minutes > 60)) {
          error.textContent = 'A debate lasts from 1 to 60 minutes.';
          error.hidden = false;
          debateInput.focus();
          return;
        }
        onBegin({ seed: value, classroom: classroom ? { debateMinutes: minutes, teams: mode === 'teams' } : null });
      },
    },
    h(
      'div',
      { class: 'card__body' },
      screenHeading(1, 'A new exercise', 'setup-heading'),
      h(
        'p',
        { class: 'card__text' },
        'You sit as the Executive Committee of the National Security Council (the ExComm) on Saturday 27 October 1962. The Soviet leadership answers through a model of its interests, with chance.',
      ),
      h(
        'fieldset',
        { class: 'setup-field' },
        h('legend', {}, 'Mode'),
        h(
          'label',
          { class: 'choice-line' },
          h('input', { type: 'radio', name: 'mode', value: 'solo', checked: true }),
          ' Solo: you are the ExComm, the Soviet side is played by the computer',
        ),
        h(
          'label',
          { class: 'choice-line' },
          h('input', { type: 'radio', name: 'mode', value: 'classroom' }),
          ' Classroom, one screen: a facilitator runs it, the room debates and votes on each decision',
        ),
        h(
          'label',
          { class: 'choice-line' },
          h('input', { type: 'radio', name: 'mode', value: 'teams' }),
          ' Classroom, two teams on one screen: an American team and a Soviet team, each with its own papers',
        ),
        h('label', { for: 'debate-minutes', class: 'setup-label' }, 'Minutes per debate (classroom)'),
        debateInput,
      ),
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
      h('button', { type: 'button', class: 'button button--quiet', onclick: onBack }, 'Back'),
    ),
  );
  return form;
}
