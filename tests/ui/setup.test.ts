// @vitest-environment happy-dom
/**
 * The set-up of a new game on the real Black Saturday scenario: the view model (modes, limits,
 * shares, what to fix) without a DOM, then the screen drawn from it with lit-html: what is typed
 * survives every redraw (the same input elements, the focus), errors name the field and move the
 * focus there, and the draft goes out with every change and comes back as it was.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { CLASS_SIZE } from '../../src/engine/classroom/defaultRoles';
import { checkSetup, rosterView, type SetupDraft, setupView, withMode } from '../../src/session/setupView';
import { memoryStore } from '../../src/session/storage';
import { type SetupActions, setupScreen } from '../../src/ui/play/setup';
import { loadSetupDraft, saveSetupDraft } from '../../src/ui/play/setupDraft';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;

const draft = (patch: Partial<SetupDraft> = {}): SetupDraft => ({
  mode: 'classroom',
  seed: 1962,
  debateMinutes: 5,
  roster: { classSize: 20, inPlay: null, names: {} },
  ...patch,
});

describe('the set-up view model', () => {
  it('offers the modes the scenario allows, with its own words and the limits of each field', () => {
    const view = setupView(scenario);
    expect(view.modes.map((m) => m.mode)).toEqual(['solo', 'classroom', 'teams']);
    expect(view.intro).toContain(scenario.meta.title);
    expect(view.intro).toContain('answers through a model of its interests');
    expect(view.limits.classSize).toEqual(CLASS_SIZE);
    const noTeams = { ...scenario, sides: scenario.sides.map((s) => ({ ...s, modelPlayable: false })) };
    expect(setupView(noTeams).modes.map((m) => m.mode)).toEqual(['solo', 'classroom']);
  });

  it('shares the class among the roles in play, and the shares add up to the class', () => {
    for (const size of [CLASS_SIZE.min, 20, CLASS_SIZE.max]) {
      const view = rosterView(scenario, { classSize: size, inPlay: null, names: {} }, 'classroom');
      expect(view.problem).toBeNull();
      expect(view.rows.reduce((n, r) => n + r.students, 0)).toBe(size);
      expect(view.rows.filter((r) => r.inPlay).every((r) => r.students > 0)).toBe(true);
      expect(view.summary).toMatch(new RegExp(`in play for ${size} students`));
    }
  });

  it('shows only the player’s side in a one-team class (the other as voices) and both sides for two teams', () => {
    const one = rosterView(scenario, draft().roster, 'classroom');
    const two = rosterView(scenario, draft().roster, 'teams');
    expect(two.rows.length).toBeGreaterThanOrEqual(one.rows.length);
    expect(two.rows.some((r) => r.role === 'khrushchev')).toBe(true);
    expect(two.rows.find((r) => r.role === 'khrushchev')?.voice).toBe(false);
  });

  it('says what to fix first, and in which field', () => {
    expect(checkSetup(scenario, draft({ seed: -1 }))).toMatchObject({ ok: false, field: 'seed' });
    expect(checkSetup(scenario, draft({ seed: Number.NaN }))).toMatchObject({ ok: false, field: 'seed' });
    expect(checkSetup(scenario, draft({ debateMinutes: 61 }))).toMatchObject({ ok: false, field: 'debate-minutes' });
    expect(checkSetup(scenario, draft({ roster: { classSize: 3, inPlay: null, names: {} } }))).toMatchObject({
      ok: false,
      field: 'setup-class-size',
      message: `A class has ${CLASS_SIZE.min} to ${CLASS_SIZE.max} students.`,
    });
    expect(checkSetup(scenario, draft({ roster: { classSize: 20, inPlay: [], names: {} } }))).toMatchObject({
      ok: false,
      field: 'roster',
      message: 'Put at least one role in play.',
    });
    // Solo needs only a seed: a broken class is not its problem.
    expect(checkSetup(scenario, draft({ mode: 'solo', debateMinutes: 0 }))).toEqual({
      ok: true,
      seed: 1962,
      lesson: 'double-period',
      classroom: null,
    });
  });

  it('turns names as typed into the roster of the class', () => {
    const checked = checkSetup(
      scenario,
      draft({ roster: { classSize: 12, inPlay: null, names: { jfk: ' Ana ,Ben;' } } }),
    );
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.classroom?.classSize).toBe(12);
    expect(checked.classroom?.roster.find((s) => s.role === 'jfk')?.names).toEqual(['Ana', 'Ben']);
  });

  it('starts the pick again when the teams change, and keeps it when they do not', () => {
    const picked = draft({ roster: { classSize: 20, inPlay: ['jfk'], names: { jfk: 'Ana' } } });
    expect(withMode(picked, 'teams').roster).toEqual({ classSize: 20, inPlay: null, names: { jfk: 'Ana' } });
    expect(withMode(picked, 'solo').roster.inPlay).toEqual(['jfk']);
  });
});

function screen(initial?: SetupDraft) {
  const actions = { begin: vi.fn(), back: vi.fn(), packets: vi.fn(), changed: vi.fn() } satisfies SetupActions;
  const form = setupScreen(scenario, actions, initial);
  document.body.append(form);
  const $ = <T extends Element = HTMLInputElement>(selector: string) => {
    const found = form.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  const type = (selector: string, value: string) => {
    const input = $(selector);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const click = (selector: string) => $<HTMLElement>(selector).click();
  const submit = () => form.dispatchEvent(new Event('submit', { cancelable: true }));
  const alert = () => $<HTMLElement>('[role="alert"]');
  const last = (): SetupDraft => actions.changed.mock.calls.at(-1)?.[0];
  return { form, actions, $, type, click, submit, alert, last };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the set-up screen', () => {
  it('starts solo with the class hidden, and begins a solo game with the seed typed', () => {
    const s = screen(draft({ mode: 'solo' }));
    expect(s.$<HTMLFieldSetElement>('.setup-field--class').hidden).toBe(true);
    expect(s.$('#seed').value).toBe('1962');
    s.type('#seed', '42');
    s.submit();
    expect(s.actions.begin).toHaveBeenCalledWith({ seed: 42, lesson: 'double-period', classroom: null });
  });

  it('refuses a seed out of range, says why and puts the focus on the seed', () => {
    const s = screen(draft({ mode: 'solo' }));
    s.type('#seed', '-5');
    s.submit();
    expect(s.actions.begin).not.toHaveBeenCalled();
    expect(s.alert().hidden).toBe(false);
    expect(s.alert().textContent).toBe('The game number (seed) is a whole number from 0 to 2147483647.');
    expect(document.activeElement?.id).toBe('seed');
    s.type('#seed', '');
    expect(s.last().seed).toBeNaN();
    s.type('#seed', '7');
    s.submit();
    expect(s.alert().hidden).toBe(true);
    expect(s.actions.begin).toHaveBeenCalledWith({ seed: 7, lesson: 'double-period', classroom: null });
  });

  it('shows the class for a classroom and checks the debate length and the class size', () => {
    const s = screen(draft({ mode: 'solo' }));
    s.click('input[name="mode"][value="classroom"]');
    expect(s.$<HTMLFieldSetElement>('.setup-field--class').hidden).toBe(false);
    expect(s.last().mode).toBe('classroom');
    s.type('#debate-minutes', '90');
    s.submit();
    expect(s.alert().textContent).toBe('A debate lasts from 1 to 60 minutes.');
    expect(document.activeElement?.id).toBe('debate-minutes');
    s.type('#debate-minutes', '4');
    s.type('#setup-class-size', '99');
    expect(s.$('#class-summary').textContent).toBe(`A class has ${CLASS_SIZE.min} to ${CLASS_SIZE.max} students.`);
    expect(s.$('#class-summary').classList.contains('notice--warning')).toBe(true);
    s.submit();
    expect(document.activeElement?.id).toBe('setup-class-size');
    s.type('#setup-class-size', '10');
    s.submit();
    const chosen = s.actions.begin.mock.calls[0][0];
    expect(chosen.classroom).toMatchObject({ debateMinutes: 4, teams: false, classSize: 10 });
    expect(chosen.classroom.roster.reduce((n: number, seat: { students: number }) => n + seat.students, 0)).toBe(10);
  });

  it('keeps the same inputs, the focus and what is typed while the shares change around them', () => {
    const s = screen(draft());
    const names = s.$('#names-jfk');
    names.focus();
    s.type('#names-jfk', 'Ana, Ben');
    s.type('#setup-class-size', '30');
    // Another redraw from a tick elsewhere.
    const rusk = s.$('#in-play-rusk');
    rusk.checked = !rusk.checked;
    rusk.dispatchEvent(new Event('change', { bubbles: true }));
    expect(s.$('#names-jfk')).toBe(names);
    expect(document.activeElement).toBe(names);
    expect(names.value).toBe('Ana, Ben');
    expect(s.last().roster.names.jfk).toBe('Ana, Ben');
    expect(s.last().roster.classSize).toBe(30);
  });

  it('lets the facilitator leave roles out, says when none is left, and goes back to the default', () => {
    const s = screen(draft({ roster: { classSize: 20, inPlay: null, names: {} } }));
    const reset = () => s.$<HTMLButtonElement>('.roster-field button');
    expect(reset().hidden).toBe(true);
    const ticked = () =>
      [...s.form.querySelectorAll<HTMLInputElement>('.roster input[type="checkbox"]')].filter((c) => c.checked);
    const before = ticked().length;
    for (const box of ticked()) {
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(ticked()).toEqual([]);
    expect(s.$('#class-summary').textContent).toBe('Put at least one role in play.');
    expect(s.last().roster.inPlay).toEqual([]);
    expect(s.$<HTMLInputElement>('#names-jfk').disabled).toBe(true);
    expect(s.$<HTMLTableRowElement>('tr[data-role="jfk"]').classList.contains('roster__out')).toBe(true);
    s.submit();
    expect(s.alert().textContent).toBe('Put at least one role in play.');
    expect((document.activeElement as HTMLInputElement).type).toBe('checkbox');
    expect(reset().hidden).toBe(false);
    reset().click();
    expect(ticked().length).toBe(before);
    expect(s.last().roster.inPlay).toBeNull();
  });

  it('shows the other side’s roles for two teams and starts the pick again', () => {
    const s = screen(draft({ roster: { classSize: 20, inPlay: ['jfk', 'rusk'], names: {} } }));
    expect(s.form.querySelector('tr[data-role="khrushchev"]')).toBeNull();
    s.click('input[name="mode"][value="teams"]');
    expect(s.form.querySelector('tr[data-role="khrushchev"]')).not.toBeNull();
    expect(s.last().roster.inPlay).toBeNull();
    expect(s.$<HTMLInputElement>('#in-play-khrushchev').checked).toBe(true);
  });

  it('opens the packets with the class as set up and the draft to come back to', () => {
    const s = screen(draft({ roster: { classSize: 8, inPlay: null, names: { jfk: 'Ana' } } }));
    s.click('.card__actions button.button--quiet:not([hidden])');
    const [kept, classroom] = s.actions.packets.mock.calls[0];
    // The draft took the default plan, and the debate minutes that plan holds.
    expect(kept).toEqual(
      draft({
        roster: { classSize: 8, inPlay: null, names: { jfk: 'Ana' } },
        lesson: 'double-period',
        debateMinutes: 4,
      }),
    );
    expect(classroom.classSize).toBe(8);
    s.click('.card__actions button:last-child');
    expect(s.actions.back).toHaveBeenCalled();
  });

  it('comes back from a reload as it was typed', () => {
    const store = memoryStore();
    const first = screen(draft({ mode: 'teams' }));
    first.type('#names-khrushchev', 'Vera');
    first.type('#debate-minutes', '7');
    saveSetupDraft(store, scenario.meta.id, first.last());
    document.body.replaceChildren();
    const again = screen(loadSetupDraft(store, scenario.meta.id));
    expect(again.$('#names-khrushchev').value).toBe('Vera');
    expect(again.$('#debate-minutes').value).toBe('7');
    expect(again.$('input[name="mode"][value="teams"]').checked).toBe(true);
  });

  it('draws the scenario’s text as text', () => {
    const hostile = { ...scenario, meta: { ...scenario.meta, title: '<img src=x onerror=alert(1)>' } };
    const form = setupScreen(hostile, { begin() {}, back() {}, packets() {} });
    expect(form.querySelector('img')).toBeNull();
    expect(form.querySelector('.card__text')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
