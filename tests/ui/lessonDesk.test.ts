// @vitest-environment happy-dom
/**
 * A game with a lesson plan on the play desk (the mini-lessons fixture): play halts at the plan's stop
 * with a screen that opens the review, or at a break with one that says how to resume next lesson and
 * resumes; the decisions a plan leaves out before its start are shown as taken from the record (an
 * interlude of their own, as the plan asks); the game file carries the class's set-up, and a file
 * taken up on another computer keeps it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Stage } from '../../src/game/stage';
import { createBoardFeed } from '../../src/session/boardFeed';
import { GameSession } from '../../src/session/session';
import { defaultSettings } from '../../src/session/settings';
import { memoryStore } from '../../src/session/storage';
import { type ClassroomConfig, loadClassroomConfig } from '../../src/ui/classroom/classroomSession';
import { classroomInFile, gameFileText } from '../../src/ui/classroom/gameFile';
import { openedFileCard } from '../../src/ui/classroom/openedFile';
import { PlayDesk } from '../../src/ui/play/playDesk';
import { scenarioInUse } from '../../src/ui/scenarioInUse';
import { loadFixture } from '../engine/helpers';

const scenario = loadFixture('mini-lessons');

function deskOnPage(store = memoryStore()) {
  const root = document.createElement('div');
  document.body.append(root);
  const inUse = scenarioInUse(scenario, store, false);
  const stage = {
    showTitle: () => {},
    showBoard: () => {},
    show: () => {},
    wanted: () => 'title',
    attach: () => {},
    usePacer: () => {},
  } as unknown as Stage;
  const go = { title: vi.fn(), setup: vi.fn(), review: vi.fn(), settings: vi.fn() };
  const desk = new PlayDesk(inUse, {
    show: (...children) => root.replaceChildren(...children),
    stage,
    sound: null,
    feed: createBoardFeed(),
    settings: () => defaultSettings(),
    store: memoryStore(),
    go,
  });
  return { root, inUse, desk, go, store };
}

const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? '');
const press = (root: HTMLElement, text: RegExp) => {
  const button = [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
  if (!button) throw new Error(`no button ${text} among ${buttons(root).join(' | ')}`);
  button.click();
};
/** Clicks through "the clock runs" to whatever comes next. */
const passInterlude = (root: HTMLElement) => {
  const next = root.querySelector<HTMLButtonElement>('.interlude .button--primary');
  next?.click();
};

const CLASS: ClassroomConfig = {
  debateMinutes: 2,
  teams: false,
  classSize: 6,
  roster: [{ role: 'mayor', students: 6, names: ['Ana', 'Ben'] }],
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('a lesson plan on the desk', () => {
  it('one period: play halts at the stop, with a screen that says so and opens the review', () => {
    const { root, inUse, desk, go } = deskOnPage();
    desk.begin(3, null, 'morning');
    passInterlude(root);
    inUse.session.choose('talk');
    // The papers that came with the stop are announced, then the stop screen.
    press(root, /^Where the lesson stops$/);
    const stop = root.querySelector<HTMLElement>('.lesson-stop');
    expect(stop?.dataset.lessonStatus).toBe('stopped');
    expect(stop?.querySelector('h2')?.textContent).toBe('Play stops here; the rest is told in the review');
    expect(stop?.textContent).toContain('what followed is told from the record in the review');
    expect(stop?.querySelector('.lesson-stop__papers')?.textContent).toContain('In at');
    expect(buttons(root)).toContain('After-action review');
    press(root, /^After-action review$/);
    expect(go.review).toHaveBeenCalled();
    // Nothing on the desk offers a decision any more.
    expect(root.querySelector('.decision, .reply')).toBeNull();
  });

  it('two periods: a break screen says how to resume, and Start period 2 plays on', () => {
    const { root, inUse, desk } = deskOnPage();
    desk.begin(3, CLASS, 'two-days');
    passInterlude(root);
    inUse.session.choose('talk');
    // The room's recap card comes first (the projector's, #15 item 4); then the stop.
    press(root, /^Go on$/);
    press(root, /^Where the lesson stops$/);
    const stop = root.querySelector<HTMLElement>('.lesson-stop');
    expect(stop?.dataset.lessonStatus).toBe('break');
    expect(stop?.querySelector('h2')?.textContent).toBe('Period 1 (The morning) ends here');
    const resume = stop?.querySelector('.lesson-stop__resume')?.textContent ?? '';
    expect(resume).toContain('Continue');
    expect(resume).toContain('Export the game file');
    expect(resume).toContain('The file keeps the class’s set-up');
    press(root, /^Start period 2$/);
    expect(inUse.session.view().lesson?.status).toBe('playing');
    expect(root.querySelector('.lesson-stop')).toBeNull();
    expect(root.querySelector('.reply')).not.toBeNull();
  });

  it('a plan that starts later summarises the decisions before it in an interlude, then goes to the table', () => {
    const { root, desk, inUse } = deskOnPage();
    desk.begin(3, null, 'afternoon');
    // The papers of the morning first, then what the record decided.
    passInterlude(root);
    const record = root.querySelector<HTMLElement>('.from-record');
    expect(record?.querySelector('h2')?.textContent).toBe('Before the lesson begins: from the record');
    expect(record?.querySelector('[data-decision="opening"]')?.textContent).toContain('Propose talks');
    expect(record?.textContent).toContain('They talked.');
    press(root, /^To the table: The offer$/);
    expect(root.querySelector('.from-record')).toBeNull();
    expect(root.querySelector('.reply')).not.toBeNull();
    expect(inUse.session.view().lesson?.fromRecord.map((f) => f.decision)).toEqual(['opening']);
  });
});

describe('the game file', () => {
  it('carries the class’s set-up beside the save, and is still a save the game reads', () => {
    const { inUse, desk } = deskOnPage();
    desk.begin(3, CLASS, 'two-days');
    inUse.session.choose('talk');
    const text = gameFileText(inUse.session.exportSave(), CLASS);
    expect(classroomInFile(text)).toEqual(CLASS);
    expect(inUse.session.fileName()).toBe('game-seed-3-two-days-period-1.json');
    // Another computer: a fresh session reads it, and it is at the break.
    const other = GameSession.forScenario(scenario, memoryStore());
    expect(other.openFile(text)).toEqual({ ok: true, value: null });
    expect(other.playable).toBe(true);
    expect(other.view().lesson?.status).toBe('break');
    // A solo game's file has no set-up; a file that is not JSON has none either.
    expect(classroomInFile(gameFileText(inUse.session.exportSave(), null))).toBeNull();
    expect(classroomInFile('not json')).toBeNull();
  });

  it('taken up on another computer, the game and its class’s set-up become that browser’s own', () => {
    const here = deskOnPage();
    here.desk.begin(3, CLASS, 'two-days');
    here.inUse.session.choose('talk');
    const text = gameFileText(here.inUse.session.exportSave(), CLASS);
    document.body.replaceChildren();

    const store = memoryStore();
    const there = deskOnPage(store);
    expect(there.inUse.session.openFile(text).ok).toBe(true);
    const card = openedFileCard(
      { name: 'game.json', view: there.inUse.session.view(), classroom: classroomInFile(text), replacesSave: false },
      { takeUp: () => there.desk.takeUpFile(classroomInFile(text)), review: vi.fn(), back: vi.fn() },
    );
    expect(card.textContent).toContain('end of period 1 of 2 of “Two short lessons”');
    expect(card.textContent).toContain('a class of 6, 1 role in play, 2 names, 2-minute debates');
    expect(card.querySelector('.notice--warning')).toBeNull();
    press(card, /^Take the game up here$/);
    expect(there.inUse.session.hasSave()).toBe(true);
    expect(loadClassroomConfig(store)).toEqual(CLASS);
    expect(there.root.querySelector<HTMLElement>('.lesson-stop')?.dataset.lessonStatus).toBe('break');
    press(there.root, /^Start period 2$/);
    expect(there.inUse.session.view().lesson).toMatchObject({ status: 'playing', period: 2 });
  });
});
