// @vitest-environment happy-dom
/**
 * The static screens around the game, fed by the real engine and view: the title, settings, the
 * credits, the clock running between decisions, the desk's fixed parts, the ending, and the role
 * packets with the facilitator's guide. Each asserts what a player or a teacher relies on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { defaultRoles } from '../../src/engine/classroom/defaultRoles';
import { createEngine } from '../../src/engine/game';
import { interludeLines } from '../../src/engine/interludeView';
import { toView } from '../../src/engine/view';
import { defaultSettings } from '../../src/session/settings';
import { checkSetup } from '../../src/session/setupView';
import { packetsScreen } from '../../src/ui/classroom/packetPages';
import { creditsScreen } from '../../src/ui/credits';
import { deskHeader, storageWarning, tracksList } from '../../src/ui/play/deskParts';
import { interludeScreen } from '../../src/ui/play/interlude';
import { outcomeScreen } from '../../src/ui/play/outcome';
import { applySettings, openSettings } from '../../src/ui/settingsDialog';
import { titleScreen } from '../../src/ui/titleScreen';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('Black Saturday does not load');
const scenario = loaded.value.scenario;
const engine = createEngine(scenario);
const history = playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot;
const us = { side: scenario.meta.playerSide };
const ended = toView(engine, history, us);

const buttons = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('button')];
const byText = (root: ParentNode, text: string) => {
  const found = buttons(root).find((b) => b.textContent?.startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  document.documentElement.className = '';
});

describe('the title screen', () => {
  const actions = () => ({
    newGame: vi.fn(),
    continueGame: vi.fn(),
    settings: vi.fn(),
    credits: vi.fn(),
    loadGame: vi.fn(),
    bundledScenario: vi.fn(),
  });

  it('offers Continue only when there is a saved game, and each button does its one thing', () => {
    const a = actions();
    const without = titleScreen(a, { canContinue: false });
    expect(buttons(without).map((b) => b.textContent)).not.toContain('Continue');
    const screen = titleScreen(a, { canContinue: true });
    for (const [label, action] of [
      ['New game', a.newGame],
      ['Continue', a.continueGame],
      ['Settings', a.settings],
      ['Credits', a.credits],
      ['Replay a saved game file', a.loadGame],
    ] as const) {
      byText(screen, label).click();
      expect(action).toHaveBeenCalledTimes(1);
    }
  });

  it('says when a teacher’s own scenario is in use, and offers the way back', () => {
    const a = actions();
    const screen = titleScreen(a, {
      canContinue: false,
      ownScenario: 'My <b>crisis</b>',
      notice: 'Saved game unreadable.',
    });
    expect(screen.querySelector('[role="alert"]')?.textContent).toBe('Saved game unreadable.');
    expect(screen.querySelector('.title__own')?.textContent).toContain('My <b>crisis</b>');
    expect(screen.querySelector('b')).toBeNull();
    byText(screen, 'Back to').click();
    expect(a.bundledScenario).toHaveBeenCalled();
  });
});

describe('settings', () => {
  it('applies text size, contrast and motion to the page', () => {
    const root = document.documentElement;
    applySettings(root, { ...defaultSettings(), textScale: 1.5, highContrast: true, reducedMotion: true });
    expect(root.style.getPropertyValue('--text-scale')).toBe('1.5');
    expect(root.classList.contains('high-contrast')).toBe(true);
    expect(root.classList.contains('reduced-motion')).toBe(true);
  });

  it('reports every change at once and gives the focus back on Done', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onChange = vi.fn();
    openSettings(document.body, defaultSettings(), onChange);
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    const scale = dialog.querySelector<HTMLInputElement>('input[name="text-scale"][value="2"]') as HTMLInputElement;
    scale.checked = true;
    scale.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ textScale: 2 }));
    const contrast = [...dialog.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('High contrast'))
      ?.querySelector('input') as HTMLInputElement;
    contrast.checked = true;
    contrast.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ textScale: 2, highContrast: true }));
    byText(dialog, 'Done').click();
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('the credits', () => {
  it('name the memo’s archival source and lead back', () => {
    const back = vi.fn();
    const screen = creditsScreen(back);
    expect(screen.textContent).toContain('FRUS 1961–1963');
    byText(screen, 'Back').click();
    expect(back).toHaveBeenCalled();
  });
});

describe('the clock running between decisions', () => {
  it('lists what happened in order, with a Read button for each paper', () => {
    const lines = interludeLines(engine, history.context.log, scenario.meta.playerSide);
    const documents = history.context.log.filter((e) => e.kind === 'document');
    expect(lines.filter((l) => l.kind === 'document').length).toBe(documents.length);
    expect(lines.some((l) => l.kind === 'move')).toBe(true);
    const open = vi.fn();
    const next = vi.fn();
    const screen = interludeScreen(lines.slice(0, 5), { open, next, nextLabel: 'To the table' });
    expect(screen.querySelectorAll('.interlude__line').length).toBe(5);
    const read = screen.querySelector<HTMLButtonElement>('.interlude__line--document button');
    read?.click();
    expect(open).toHaveBeenCalledWith(lines.find((l) => l.kind === 'document')?.document);
    byText(screen, 'To the table').click();
    expect(next).toHaveBeenCalled();
  });
});

describe('the desk’s fixed parts', () => {
  it('show the clock, the tracks in words and the way out', () => {
    const start = toView(engine, engine.start({ seed: 1962 }), us);
    const actions = { settings: vi.fn(), leave: vi.fn() };
    const header = deskHeader(start, 'Briefing folder (3)', actions);
    expect(header.querySelector('.desk__clock')?.textContent).toContain(start.clock.long);
    expect(header.querySelector('a')?.getAttribute('href')).toBe('#briefing-folder');
    byText(header, 'Save and leave').click();
    expect(actions.leave).toHaveBeenCalled();
    const tracks = tracksList(start);
    expect(tracks.querySelectorAll('li').length).toBe(start.tracks.length);
    expect(tracks.querySelector('li')?.textContent).toBe(
      `${start.tracks[0].label}: ${start.tracks[0].value} of ${start.tracks[0].max}${start.tracks[0].level ? ` (${start.tracks[0].level})` : ''}`,
    );
    expect(storageWarning().getAttribute('role')).toBe('status');
  });
});

describe('the ending', () => {
  it('says whether it is history, with its record, its sources and the way on', () => {
    const ending = ended.ending;
    if (!ending) throw new Error('the record’s path has no ending');
    const handlers = { review: vi.fn(), newGame: vi.fn(), title: vi.fn() };
    const screen = outcomeScreen(ended, handlers);
    expect(screen.dataset.ending).toBe(ending.id);
    expect(screen.querySelector('.outcome__label')?.textContent).toBe(
      ending.kind === 'historical'
        ? 'HISTORICAL ENDING — this is what happened'
        : 'COUNTERFACTUAL ENDING — this did not happen',
    );
    expect(screen.querySelector('h2')?.textContent).toBe(ending.title);
    expect(screen.querySelectorAll('.outcome__sources cite').length).toBe(ending.sources.length);
    byText(screen, 'After-action review').click();
    expect(handlers.review).toHaveBeenCalled();
  });

  it('is refused without an ending (a bug, not a screen)', () => {
    const running = toView(engine, engine.start({ seed: 1962 }), us);
    expect(() => outcomeScreen(running, { review() {}, newGame() {}, title() {} })).toThrow(/needs an ending/);
  });
});

describe('role packets and the facilitator’s guide', { timeout: 60_000 }, () => {
  it('give one page per student, sharing the class among the roles in play, as the class size changes', () => {
    const screen = packetsScreen(scenario, { back: vi.fn() }, { engine, classSize: 24 });
    document.body.append(screen);
    const pages = () => [...screen.querySelectorAll<HTMLElement>('.packet')];
    const seating = defaultRoles(scenario, 24);
    expect(pages().map((p) => p.dataset.role)).toEqual(seating.seats.flatMap((s) => Array(s.students).fill(s.role)));
    const seats = () => pages().map((p) => p.querySelector('.packet__seat')?.textContent ?? '');
    expect(seats().every((s) => /class of 24/.test(s))).toBe(true);
    const size = screen.querySelector<HTMLInputElement>('#class-size') as HTMLInputElement;
    size.value = '6';
    size.dispatchEvent(new Event('input'));
    expect(pages()).toHaveLength(6);
    expect(seats().every((s) => s === 'For one student in a class of 6.')).toBe(true);
    // Only the first page printed starts without a page break; the choice of what to print moves it.
    expect(screen.querySelector('.guide')?.classList.contains('classroom-page--first')).toBe(true);
    const print = screen.querySelector<HTMLSelectElement>('#print-what') as HTMLSelectElement;
    print.value = 'packets';
    print.dispatchEvent(new Event('change'));
    expect(screen.dataset.print).toBe('packets');
    expect(screen.querySelectorAll('.classroom-page--first')).toHaveLength(1);
    expect(pages()[0].classList.contains('classroom-page--first')).toBe(true);
  });

  it('for a class set up for a session, give each named student a page and ask no size', () => {
    // The class as the set-up makes it: six students, two roles picked, names for one.
    const checked = checkSetup(scenario, {
      mode: 'classroom',
      seed: 1962,
      debateMinutes: 5,
      roster: { classSize: 6, inPlay: ['jfk', 'rusk'], names: { jfk: 'Ana, Ben' } },
    });
    if (!checked.ok || !checked.classroom) throw new Error('the class cannot be seated');
    const classroom = checked.classroom;
    const shares = new Map(classroom.roster.map((seat) => [seat.role, seat.students]));
    const back = vi.fn();
    const screen = packetsScreen(scenario, { back }, { engine, classroom });
    expect(screen.querySelector('#class-size')).toBeNull();
    const seats = (role: string) =>
      [...screen.querySelectorAll(`.packet[data-role="${role}"] .packet__seat`)].map((p) => p.textContent);
    const jfk = shares.get('jfk') ?? 0;
    const share = jfk > 1 ? ': you share this role, so agree among yourselves who speaks when' : '';
    expect(seats('jfk').slice(0, 2)).toEqual([`For Ana (with Ben)${share}.`, `For Ben (with Ana)${share}.`]);
    const rusk = shares.get('rusk') ?? 0;
    expect(seats('rusk')).toEqual(
      Array.from(
        { length: rusk },
        (_, i) =>
          `Copy ${i + 1} of ${rusk}: shared by ${rusk} students in a class of 6: you share this role, so agree among yourselves who speaks when.`,
      ),
    );
    expect(seats('mcnamara')).toEqual([]);
    expect(screen.querySelectorAll('.packet')).toHaveLength(6);
    byText(screen, 'Back').click();
    expect(back).toHaveBeenCalled();
  });
});
