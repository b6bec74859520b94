// @vitest-environment happy-dom
/**
 * The play desk controller and the classroom controller on the mini scenario: the desk is drawn from
 * the session's changes, a refusal stays on the desk through a redraw until the game moves on, and two
 * teams hand the screen over before either side's papers show.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Stage } from '../../src/game/stage';
import { createBoardFeed } from '../../src/session/boardFeed';
import { defaultSettings } from '../../src/session/settings';
import { memoryStore } from '../../src/session/storage';
import { PlayDesk } from '../../src/ui/play/playDesk';
import { scenarioInUse } from '../../src/ui/scenarioInUse';
import { loadFixture } from '../engine/helpers';

function fakeStage() {
  const asked: string[] = [];
  const stage = {
    showTitle: () => asked.push('title'),
    showBoard: () => asked.push('board'),
    show: () => {},
    wanted: () => 'title',
    attach: () => {},
    usePacer: () => {},
  } as unknown as Stage;
  return { stage, asked };
}

function deskOnPage() {
  const root = document.createElement('div');
  document.body.append(root);
  const inUse = scenarioInUse(loadFixture('mini'), memoryStore(), false);
  const { stage, asked } = fakeStage();
  const feed = createBoardFeed();
  const go = { title: vi.fn(), setup: vi.fn(), review: vi.fn(), settings: vi.fn() };
  const desk = new PlayDesk(inUse, {
    show: (...children) => root.replaceChildren(...children),
    stage,
    sound: null,
    feed,
    settings: () => defaultSettings(),
    store: memoryStore(),
    go,
  });
  return { root, inUse, desk, asked, feed, go };
}

const buttonNamed = (root: HTMLElement, text: RegExp) => {
  const button = [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
  if (!button) throw new Error(`no button ${text}`);
  return button;
};

/** Past the interlude that opens a game, to the table. */
function toTheTable(root: HTMLElement): void {
  const next = [...root.querySelectorAll('button')].find((b) => /^To the table/.test(b.textContent ?? ''));
  next?.click();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the play desk', () => {
  it('begins a game on the board, draws the decision and tells the room who sits', () => {
    const { root, inUse, desk, asked, feed } = deskOnPage();
    desk.begin(3, null);
    expect(asked).toEqual(['board']);
    toTheTable(root);
    expect(root.querySelector('.screen-heading')?.textContent).toContain('The first note');
    expect(root.querySelectorAll('.option').length).toBe(inUse.session.view().decision?.options.length);
    expect(feed.current()?.seats.map((s) => s.id)).toEqual(['mayor', 'keeper']);
  });

  it('keeps a refusal on the desk through a redraw, and drops it once the game moves on', () => {
    const { root, inUse, desk } = deskOnPage();
    desk.begin(3, null);
    toTheTable(root);
    const refuse = vi
      .spyOn(inUse.session, 'choose')
      .mockReturnValueOnce({ ok: false, errors: ['The lighthouse is closed for the night.'] });
    root.querySelector<HTMLButtonElement>('.option[data-option="talk"]')?.click();
    expect(refuse).toHaveBeenCalledWith('talk');
    const alert = () => root.querySelector('[role="alert"]')?.textContent ?? null;
    expect(alert()).toBe('The lighthouse is closed for the night.');
    // Drawn again (back from the review, a hand-over, the end of an interlude): still there.
    desk.show();
    expect(alert()).toBe('The lighthouse is closed for the night.');
    // Taken this time: the next decision's desk says nothing of the old refusal.
    root.querySelector<HTMLButtonElement>('.option[data-option="talk"]')?.click();
    expect(inUse.session.view().decision?.id).toBe('offer');
    desk.show();
    expect(alert()).toBeNull();
  });

  it('replays a decision from the review on the board (what if)', () => {
    const { desk, inUse, asked } = deskOnPage();
    desk.begin(3, null);
    inUse.session.choose('talk');
    desk.whatIf('opening');
    expect(asked).toEqual(['board', 'board']);
    expect(inUse.session.view().decision?.id).toBe('opening');
    expect(inUse.session.moves).toBe(0);
  });

  it('stops following the session once the scenario in use is replaced', () => {
    const { root, inUse, desk } = deskOnPage();
    desk.begin(3, null);
    desk.dispose();
    root.replaceChildren();
    inUse.session.choose('talk');
    expect(root.children.length).toBe(0);
  });
});

describe('the classroom controller', () => {
  const teams = { debateMinutes: 5, teams: true, classSize: 0, roster: [] };

  it('hands the screen over before the other team’s decision, with nothing of either folder on it', () => {
    const { root, inUse, desk } = deskOnPage();
    desk.begin(3, teams);
    toTheTable(root);
    expect(root.querySelector('.vote')).not.toBeNull();
    expect(desk.classroom.handlers.decide('seize', { counts: { seize: 4 } })).toBeNull();
    // The team that decided reads its recap first; then the screen is handed over.
    expect(root.querySelector('[data-recap]')).not.toBeNull();
    buttonNamed(root, /^Go on$/).click();
    expect(root.querySelector('#handover-heading')?.textContent).toBe('Pass the screen to: Southport');
    expect(root.querySelector('#briefing-folder')).toBeNull();
    buttonNamed(root, /We are Southport/).click();
    expect(inUse.session.side).toBe('south');
    expect(root.querySelector('#handover-heading')).toBeNull();
    expect(root.querySelector('.vote')?.getAttribute('data-decision')).toBe('south-answer');
  });

  it('keeps the class set-up beside the save, so Continue resumes the class', () => {
    const { inUse, desk } = deskOnPage();
    desk.begin(3, teams);
    inUse.session.choose('seize');
    const again = new PlayDesk(inUse, {
      show: () => {},
      stage: fakeStage().stage,
      sound: null,
      feed: createBoardFeed(),
      settings: () => defaultSettings(),
      store: memoryStore(),
      go: { title() {}, setup() {}, review() {}, settings() {} },
    });
    desk.dispose();
    expect(again.continueSaved()).toBeNull();
    expect(again.classroom.config?.teams).toBe(true);
    expect(again.classroom.handOverTo()).toEqual({ side: 'south', name: 'Southport' });
  });
});
