/**
 * New game: the mode (solo, a class on one screen, two teams), the lesson plan (how much of the game
 * the period holds), for a class the debate length and who holds which role, and the game number (the
 * seed) that makes the game replayable. The start button sits in a footer that stays in view. Drawn with lit-html from the set-up
 * view model (session/setupView.ts, built from the scenario in use, so a teacher's own scenario is
 * set up the same way) and from the draft of what is typed, which this screen owns: every change
 * redraws in place (inputs, focus and the caret survive) and is reported, to keep across a reload.
 */
import { html, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { Scenario } from '../../engine/schema/scenario';
import type { CreateSession } from '../../net/protocol';
import {
  debateLimitsFor,
  debateMinutesWith,
  type LessonFit,
  type LessonOffer,
  lessonFit,
  lessonOffers,
} from '../../session/lessonChoice';
import {
  checkSetup,
  DEFAULT_CLASS_SIZE,
  DEFAULT_DEBATE_MINUTES,
  lessonOf,
  onDevices,
  rosterView,
  type SetupDraft,
  type SetupField,
  type SetupMode,
  setupView,
  withMode,
} from '../../session/setupView';
import type { ClassroomConfig } from '../classroom/classroomSession';
import { rosterField } from '../classroom/rosterField';
import { createRequest, leadRole } from '../devices/createRequest';
import { h } from '../dom';

export { type SetupDraft, type SetupMode, setupIntro } from '../../session/setupView';

export interface SetupChoice {
  seed: number;
  /** The lesson plan the game follows (null: the scenario declares none and is played whole). */
  lesson: string | null;
  /** A class on one screen (or two teams): the facilitator records the room's votes. */
  classroom: ClassroomConfig | null;
}

export interface SetupActions {
  begin(choice: SetupChoice): void;
  back(): void;
  /** Opens the role packets for the class as set up (with its plan); `draft` restores the form afterwards. */
  packets(draft: SetupDraft, classroom: ClassroomConfig, lesson: string | null): void;
  /** The form was changed: what it holds now, to keep across a reload. */
  changed?(draft: SetupDraft): void;
  /** Every student on a device: creates the session on the classroom server; resolves to a refusal's words, or null. */
  devices?(request: CreateSession): Promise<string | null>;
}

export interface SetupOptions {
  /** Whether the page is served by the classroom server (`npm run server`): then the on-device modes are offered. */
  devices?: Promise<boolean>;
  /** The scenario in use is the teacher's own: the server needs its bundle file. */
  own?: boolean;
}

/** A seed people can read out to a class: four digits. The UI may use chance; the engine may not. */
export function suggestSeed(): number {
  return 1000 + Math.floor(Math.random() * 9000);
}

/** A fresh form: solo, a suggested seed, the default debate and class. */
export function freshSetupDraft(): SetupDraft {
  return {
    mode: 'solo',
    seed: suggestSeed(),
    debateMinutes: DEFAULT_DEBATE_MINUTES,
    roster: { classSize: DEFAULT_CLASS_SIZE, inPlay: null, names: {} },
  };
}

/** A number field as typed: NaN while it is empty (the check then says what to fix). */
const typedNumber = (event: Event) => {
  const text = (event.target as HTMLInputElement).value;
  return text === '' ? Number.NaN : Number(text);
};
/** The value a number field starts with (an attribute: lit never overwrites what is being typed). */
const shown = (n: number) => (Number.isNaN(n) ? '' : String(n));

/** A plan's line in the set-up: its name and length, then what the class plays. */
const planLabel = (plan: LessonOffer) =>
  html`<strong>${plan.name}</strong> (${plan.length})${plan.summary ? html`<span class="setup-plan__summary">${plan.summary}</span>` : ''}`;

/** The chosen plan's arithmetic at the debate minutes typed, and the longest debate it holds. */
function planTiming(plan: LessonOffer, fit: LessonFit, debateMinutes: number) {
  const within = Number.isInteger(debateMinutes) && fit.fits;
  return html`<p class=${within ? 'card__hint' : 'card__hint notice--warning'} id="plan-timing" aria-live="polite">
    ${plan.name} holds debates of up to ${fit.longestDebate} minute${fit.longestDebate === 1 ? '' : 's'}.
    ${Number.isInteger(debateMinutes) ? `With ${debateMinutes}-minute debates: ${fit.sums.join('; ')}.` : ''}</p>`;
}

export function setupScreen(
  scenario: Scenario,
  actions: SetupActions,
  initial?: SetupDraft,
  options: SetupOptions = {},
): HTMLElement {
  let served = false;
  let view = setupView(scenario);
  let draft: SetupDraft = structuredClone(initial ?? freshSetupDraft());
  if (!view.modes.some((m) => m.mode === draft.mode)) draft = withMode(draft, 'solo');
  // A draft without a plan of this scenario (a fresh one, or one kept from before plans were offered)
  // takes the default plan, and the debate minutes that plan holds.
  const lesson = lessonOf(scenario, draft);
  if (draft.lesson !== lesson) {
    draft = { ...draft, lesson, debateMinutes: debateMinutesWith(scenario, lesson, draft.debateMinutes) };
  }
  let error: { message: string; field: SetupField | 'own-bundle' } | null = null;
  let creating = false;
  /** A teacher's own scenario, as the bundle file they pick for the server. */
  let bundle: { name: string; text: string } | null = null;
  void options.devices?.then((yes) => {
    served = yes;
    view = setupView(scenario, { devices: yes });
    paint();
  });

  const change = (next: SetupDraft) => {
    draft = next;
    paint();
    actions.changed?.(structuredClone(draft));
  };
  const rosterChange = (change_: Partial<SetupDraft['roster']>) =>
    change({ ...draft, roster: { ...draft.roster, ...change_ } });

  /** The choice as it stands, or null after showing what to fix (and moving the focus there). */
  const choice = (): SetupChoice | null => {
    const checked = checkSetup(scenario, draft);
    error = checked.ok ? null : { message: checked.message, field: checked.field };
    paint();
    if (checked.ok) return { seed: checked.seed, lesson: checked.lesson, classroom: checked.classroom };
    const field =
      checked.field === 'roster'
        ? form.querySelector<HTMLElement>('.roster input')
        : form.querySelector<HTMLElement>(`#${checked.field}`);
    field?.focus();
    return null;
  };

  const form = h('form', {
    class: 'card card--setup',
    'aria-labelledby': 'setup-heading',
    // The form says what is wrong in its own words (and keeps focus on the field to fix).
    novalidate: true,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = choice();
    if (!chosen) return;
    if (onDevices(draft.mode) && chosen.classroom) void createOnServer(chosen.seed, chosen.classroom);
    else actions.begin(chosen);
  });
  /** The session on the classroom server; the app opens its console, or the refusal shows here. */
  const createOnServer = async (seed: number, classroom: NonNullable<SetupChoice['classroom']>) => {
    if (options.own && !bundle) {
      error = {
        message: 'Pick your scenario’s bundle file (.scenario.json): the server plays it from there.',
        field: 'own-bundle',
      };
      paint();
      form.querySelector<HTMLElement>('#own-bundle')?.focus();
      return;
    }
    creating = true;
    paint();
    const refused = await (actions.devices?.(
      createRequest(scenario, draft, { seed, classroom }, bundle?.text ?? null),
    ) ?? Promise.resolve('This page cannot create sessions.'));
    creating = false;
    error = refused ? { message: refused, field: 'seed' } : null;
    paint();
  };
  const pickBundle = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    bundle = file ? { name: file.name, text: await file.text() } : null;
    paint();
  };
  const packets = () => {
    const chosen = choice();
    if (chosen?.classroom) actions.packets(structuredClone(draft), chosen.classroom, chosen.lesson);
  };

  function paint(): void {
    const classroom = draft.mode !== 'solo';
    const devices = onDevices(draft.mode);
    const { seed } = view.limits;
    const plans = lessonOffers(scenario);
    const chosenPlan = plans.find((p) => p.id === draft.lesson);
    const debateMinutes = debateLimitsFor(scenario, draft.lesson ?? null, draft.debateMinutes);
    const roster = rosterView(scenario, draft.roster, draft.mode);
    const checked = devices ? checkSetup(scenario, draft) : null;
    const lead = checked?.ok && checked.classroom ? leadRole(scenario, checked.classroom) : null;
    render(
      html`<div class="card__body">
          <h1 class="screen-heading" id="setup-heading" tabindex="-1">A new exercise</h1>
          <p class="card__text">${view.intro}</p>
          <fieldset class="setup-field">
            <legend>Mode</legend>
            ${view.modes.map(
              (m) => html`<label class="choice-line"><input type="radio" name="mode" value=${m.mode}
                .checked=${live(draft.mode === m.mode)} @change=${() => change(withMode(draft, m.mode as SetupMode))}> ${m.label}</label>`,
            )}
          </fieldset>
          ${
            plans.length > 0
              ? html`<fieldset class="setup-field setup-plans">
              <legend>Lesson plan: how much the lesson plays</legend>
              ${plans.map(
                (plan) => html`<label class="choice-line setup-plan"><input type="radio" name="lesson" value=${plan.id}
                  .checked=${live(draft.lesson === plan.id)}
                  @change=${() => change({ ...draft, lesson: plan.id, debateMinutes: debateMinutesWith(scenario, plan.id, draft.debateMinutes) })}>
                  ${planLabel(plan)}</label>`,
              )}
              ${chosenPlan && classroom ? planTiming(chosenPlan, lessonFit(scenario, chosenPlan.id, draft.debateMinutes), draft.debateMinutes) : ''}
            </fieldset>`
              : ''
          }
          <p class="card__hint setup-devices-hint" ?hidden=${served}>Every student on their own device (phones, laptops): start the game with <code>npm run server</code> and open the address it prints; this choice then appears here.</p>
          <fieldset class="setup-field setup-field--devices" ?hidden=${!devices}>
            <legend>On devices</legend>
            <label class="choice-line"><input type="checkbox" .checked=${live(draft.leadDecides === true)}
              @change=${(e: Event) => change({ ...draft, leadDecides: (e.target as HTMLInputElement).checked })}>
              ${lead ? `The students holding ${lead.name} take the decisions and draft the reply on their device` : 'The lead role’s students take the decisions on their device'} (otherwise you decide by the vote, from your console)</label>
            ${
              options.own
                ? html`<label for="own-bundle" class="setup-label">Your scenario’s bundle file</label>
                  <input id="own-bundle" type="file" accept=".json,application/json" @change=${pickBundle}>
                  <p class="card__hint">${bundle ? `Picked: ${bundle.name}` : 'The server checks and plays your scenario from this file (npm run scenario -- bundle).'}</p>`
                : ''
            }
          </fieldset>
          <fieldset class="setup-field setup-field--class" ?hidden=${!classroom}>
            <legend>The class</legend>
            <label for="debate-minutes" class="setup-label">Minutes per debate (${debateMinutes.min}–${debateMinutes.max})</label>
            <input id="debate-minutes" type="number" min=${debateMinutes.min} max=${debateMinutes.max} inputmode="numeric"
              aria-describedby="debate-help"
              value=${shown(draft.debateMinutes)} @input=${(e: Event) => change({ ...draft, debateMinutes: typedNumber(e) })}>
            <p id="debate-help" class="card__hint">The debate timer at each decision starts from this. At the table,
              <em>Start the exercise</em> starts a second clock, a stopwatch for the whole lesson, so you can see how long
              the class has been at it; neither clock moves the game, which waits for the room's vote.</p>
            ${rosterField(roster, draft.roster, {
              size: (classSize) => rosterChange({ classSize }),
              pick: (inPlay) => rosterChange({ inPlay }),
              names: (role, text) => rosterChange({ names: { ...draft.roster.names, [role]: text } }),
              reset: () => rosterChange({ inPlay: null }),
            })}
          </fieldset>
          <label for="seed" class="setup-label">Game number (seed)</label>
          <input id="seed" type="number" inputmode="numeric" min=${seed.min} max=${seed.max} value=${shown(draft.seed)}
            aria-describedby="seed-help" @input=${(e: Event) => change({ ...draft, seed: typedNumber(e) })}>
          <p id="seed-help" class="card__hint">The same number replays the same game: with the same choices, the same papers,
            chances and answers come, so another class can play this game again and compare.</p>
          <p class="notice notice--warning" role="alert" ?hidden=${!error}>${error?.message ?? ''}</p>
        </div>
        <div class="card__actions setup__footer">
          <button type="submit" class="button button--primary" ?disabled=${creating}>${devices ? (creating ? 'Creating the session…' : 'Create the session') : 'Take your seat'}</button>
          <button type="button" class="button button--quiet" ?hidden=${!classroom} @click=${packets}>Role packets for this class</button>
          <button type="button" class="button button--quiet" @click=${actions.back}>Back</button>
        </div>`,
      form,
    );
  }
  paint();
  return form;
}
