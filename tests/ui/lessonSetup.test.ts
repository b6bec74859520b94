// @vitest-environment happy-dom
/**
 * The set-up and the lesson plans, on the real Black Saturday scenario: the plans offered with their
 * length and what is played, the debate timer's default and limits following the chosen plan (from
 * the lesson timetable, the one source of the arithmetic), a warning when more names are typed than a
 * role has places, and one default class size for the set-up and the packets.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { CLASS_SIZE, DEFAULT_CLASS_SIZE } from '../../src/engine/classroom/defaultRoles';
import { LONGEST_DEBATE_MINUTES, SHORTEST_DEBATE_MINUTES } from '../../src/engine/classroom/lessonTiming';
import { createEngine } from '../../src/engine/game';
import { debateLimitsFor, defaultLesson, lessonFit, lessonOffers } from '../../src/session/lessonChoice';
import { checkSetup, LIMITS, rosterView, type SetupDraft } from '../../src/session/setupView';
import { memoryStore } from '../../src/session/storage';
import { packetsScreen } from '../../src/ui/classroom/packetPages';
import { freshSetupDraft, type SetupActions, setupScreen } from '../../src/ui/play/setup';
import { loadSetupDraft } from '../../src/ui/play/setupDraft';
import { loadFixture } from '../engine/helpers';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;

const draft = (patch: Partial<SetupDraft> = {}): SetupDraft => ({
  mode: 'classroom',
  seed: 1962,
  debateMinutes: 2,
  roster: { classSize: 25, inPlay: null, names: {} },
  lesson: 'one-period',
  ...patch,
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
  const pick = (plan: string) => {
    const radio = $(`input[name="lesson"][value="${plan}"]`);
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const submit = () => form.dispatchEvent(new Event('submit', { cancelable: true }));
  const last = (): SetupDraft => actions.changed.mock.calls.at(-1)?.[0];
  return { form, actions, $, type, pick, submit, last };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the lesson plans offered at the set-up', () => {
  it('lists the scenario’s plans in its order, each with its length and what it plays', () => {
    const plans = lessonOffers(scenario);
    expect(plans.map((p) => p.id)).toEqual((scenario.lessons ?? []).map((p) => p.id));
    const one = plans.find((p) => p.id === 'one-period');
    expect(one).toMatchObject({ name: 'One period', length: '50 minutes', periods: 1 });
    expect(one?.summary).toContain('Moscow');
    expect(plans.find((p) => p.id === 'two-periods')?.length).toBe('2 periods of 50 minutes');
    // The arithmetic is the lesson timetable's own, per period.
    expect(lessonFit(scenario, 'one-period', 3).sums[0]).toMatch(
      /^The Saturday: briefing 8 \+ \d+ decisions \d+ \+ review 10 = \d+ of 50 minutes$/,
    );
    expect(lessonFit(scenario, 'two-periods', 3).sums).toHaveLength(2);
  });

  it('starts from the plan that plays the whole game, so a game set up without a look plays as before', () => {
    expect(defaultLesson(scenario)).toBe('double-period');
    const s = screen(freshSetupDraft());
    expect(s.$<HTMLInputElement>('input[name="lesson"][value="double-period"]').checked).toBe(true);
    // A scenario without plans offers none and starts a game played whole.
    const plain = loadFixture('mini');
    expect(defaultLesson(plain)).toBeNull();
    expect(lessonOffers(plain)).toEqual([]);
  });

  it('bounds the debate by what each plan holds, from the lesson timetable’s own limits', () => {
    expect(LIMITS.debateMinutes).toEqual({ min: SHORTEST_DEBATE_MINUTES, max: LONGEST_DEBATE_MINUTES });
    const engine = createEngine(scenario);
    for (const plan of lessonOffers(scenario)) {
      const limits = debateLimitsFor(scenario, plan.id);
      expect(limits.min).toBe(SHORTEST_DEBATE_MINUTES);
      // The longest debate fits; one minute more does not.
      expect(lessonFit(scenario, plan.id, limits.max).fits).toBe(true);
      expect(lessonFit(scenario, plan.id, limits.max + 1).fits).toBe(false);
      expect(engine.scenario.lessons?.some((p) => p.id === plan.id)).toBe(true);
    }
    const one = debateLimitsFor(scenario, 'one-period').max;
    const two = debateLimitsFor(scenario, 'two-periods').max;
    expect(one).toBeLessThan(two);
    expect(debateLimitsFor(scenario, null)).toEqual(LIMITS.debateMinutes);
  });

  it('refuses a debate longer than the chosen plan holds, naming the plan and the longest that fits', () => {
    const max = debateLimitsFor(scenario, 'one-period').max;
    expect(checkSetup(scenario, draft({ debateMinutes: max + 1 }))).toEqual({
      ok: false,
      field: 'debate-minutes',
      message: `“One period” holds debates of up to ${max} minutes: choose ${max} or fewer, or a longer lesson plan.`,
    });
    expect(checkSetup(scenario, draft({ debateMinutes: max }))).toMatchObject({ ok: true, lesson: 'one-period' });
    // Solo has no debates: any plan starts.
    expect(checkSetup(scenario, draft({ mode: 'solo', debateMinutes: 99 }))).toMatchObject({
      ok: true,
      lesson: 'one-period',
      classroom: null,
    });
  });

  it('moves the debate timer and its field’s limits with the plan chosen on the screen', () => {
    const s = screen(draft({ lesson: 'two-periods', debateMinutes: 5 }));
    const field = () => s.$('#debate-minutes');
    expect(field().max).toBe(String(debateLimitsFor(scenario, 'two-periods').max));
    s.pick('one-period');
    const oneMax = debateLimitsFor(scenario, 'one-period').max;
    expect(s.last()).toMatchObject({ lesson: 'one-period', debateMinutes: Math.min(5, oneMax) });
    expect(field().max).toBe(String(oneMax));
    expect(field().value).toBe(String(Math.min(5, oneMax)));
    expect(s.$('#plan-timing').textContent).toContain(`One period holds debates of up to ${oneMax} minutes`);
    // A shorter debate typed is kept when the plan changes and still holds it.
    s.type('#debate-minutes', '1');
    s.pick('two-periods');
    expect(s.last().debateMinutes).toBe(1);
    s.submit();
    expect(s.actions.begin).toHaveBeenCalledWith(
      expect.objectContaining({ lesson: 'two-periods', classroom: expect.objectContaining({ debateMinutes: 1 }) }),
    );
  });

  it('keeps the plan across a reload of the form, and a plan the scenario does not have gives way to the default', () => {
    const store = memoryStore();
    store.set('eyes-only:setup-draft:black-saturday', JSON.stringify(draft({ lesson: 'two-periods' })));
    expect(loadSetupDraft(store, 'black-saturday')?.lesson).toBe('two-periods');
    const s = screen(draft({ lesson: 'three-weeks' }));
    expect(s.$<HTMLInputElement>('input[name="lesson"][value="double-period"]').checked).toBe(true);
  });
});

describe('the names typed for a role', () => {
  it('warns when more names are typed than the role has places, and names the role', () => {
    const view = rosterView(scenario, { classSize: 6, inPlay: null, names: { jfk: 'Ana, Ben, Cy' } }, 'classroom');
    const jfk = view.rows.find((r) => r.role === 'jfk');
    expect(jfk).toMatchObject({ students: 1, names: 3 });
    expect(view.crowded).toEqual([
      'John F. Kennedy: 3 names for 1 place. Add students to the class, or move a name to another role.',
    ]);
    const fits = rosterView(scenario, { classSize: 6, inPlay: null, names: { jfk: 'Ana' } }, 'classroom');
    expect(fits.crowded).toEqual([]);
  });

  it('shows the warning on the screen as the names are typed, and still lets the game start', () => {
    const s = screen(draft({ roster: { classSize: 6, inPlay: null, names: {} } }));
    expect(s.$('.roster__crowded').textContent?.trim()).toBe('');
    s.type('#names-jfk', 'Ana, Ben, Cy');
    expect(s.$('.roster__crowded').textContent).toContain('John F. Kennedy: 3 names for 1 place');
    expect(s.$('tr[data-role="jfk"]').classList.contains('roster__crowded-row')).toBe(true);
    s.submit();
    expect(s.actions.begin).toHaveBeenCalled();
  });
});

describe('one default class size', () => {
  // The packets build every role's page: a budget for a busy machine, not a timing.
  it('is the same for a fresh set-up, a damaged kept draft and the title’s packets', { timeout: 60_000 }, () => {
    expect(DEFAULT_CLASS_SIZE).toBeGreaterThanOrEqual(CLASS_SIZE.min);
    expect(DEFAULT_CLASS_SIZE).toBeLessThanOrEqual(CLASS_SIZE.max);
    expect(freshSetupDraft().roster.classSize).toBe(DEFAULT_CLASS_SIZE);
    const store = memoryStore();
    store.set('eyes-only:setup-draft:black-saturday', JSON.stringify({ mode: 'classroom', roster: {} }));
    expect(loadSetupDraft(store, 'black-saturday')?.roster.classSize).toBe(DEFAULT_CLASS_SIZE);
    const packets = packetsScreen(scenario, { back: () => {} }, { engine: createEngine(scenario) });
    expect(packets.querySelector<HTMLInputElement>('#class-size')?.value).toBe(String(DEFAULT_CLASS_SIZE));
  });
});

describe('the set-up’s plain words', () => {
  it('calls the seed a game number and says what replaying it does, and explains the exercise stopwatch', () => {
    const s = screen(draft());
    expect(s.form.querySelector('label[for="seed"]')?.textContent).toBe('Game number (seed)');
    expect(s.$('#seed-help').textContent).toMatch(/The same number replays the same game/);
    expect(s.$('#debate-help').textContent?.replace(/\s+/g, ' ')).toMatch(
      /Start the exercise starts a second clock, a stopwatch for the whole lesson/,
    );
    // The buttons sit in the footer the style sheet pins in view.
    expect(s.$('.setup__footer button[type="submit"]').textContent).toBe('Take your seat');
  });
});
