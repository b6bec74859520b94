// @vitest-environment happy-dom
/**
 * The screen router: screens by name, rooms asked of the stage by name, and the scenario in use
 * replaced whole when a teacher loads one (and again on the way back to the bundled one).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import type { Stage } from '../../src/game/stage';
import { type KeyValueStore, memoryStore } from '../../src/session/storage';
import { App } from '../../src/ui/app';
import { loadFixture } from '../engine/helpers';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const blackSaturday = loaded.value.scenario;

function app(store: KeyValueStore = memoryStore()) {
  const root = document.createElement('div');
  document.body.append(root);
  const rooms: string[] = [];
  const stage = {
    showTitle: () => rooms.push('title'),
    showBoard: () => rooms.push('board'),
    show: () => {},
    wanted: () => 'title',
    attach: () => {},
    usePacer: () => {},
  } as unknown as Stage;
  return { root, rooms, store, app: new App({ root, scenario: blackSaturday, stage, sound: null, store }) };
}

const buttonNamed = (root: HTMLElement, text: RegExp) => {
  const button = [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
  if (!button) throw new Error(`no button ${text}`);
  return button;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('the screen router', () => {
  it('goes from the title to the set-up to the desk, with the title’s room and then the board', async () => {
    const { root, rooms, app: shell } = app();
    shell.showTitle();
    expect(root.dataset.screen).toBe('title');
    buttonNamed(root, /^New game$/).click();
    expect(root.dataset.screen).toBe('setup');
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    // A first solo game opens with the briefing, whose chunk may still be on its way: the desk follows it.
    await vi.waitFor(() => expect(root.dataset.screen).toBe('play'));
    expect(rooms).toEqual(['title', 'board']);
    expect(window.eyesOnly?.view().scenario.id).toBe('black-saturday');
  });

  it('says why a save is refused on the title, and still offers a new game', () => {
    const store = memoryStore();
    store.set('eyes-only:save:black-saturday', '{"format":"eyes-only-save"');
    const { root, app: shell } = app(store);
    shell.startContinue();
    expect(root.dataset.screen).toBe('title');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/damaged.*You can start a new game\.$/);
    expect(buttonNamed(root, /^New game$/)).toBeTruthy();
  });

  it('replaces the scenario in use whole for a teacher’s own, and again on the way back', () => {
    const { root, app: shell } = app();
    shell.startSetup();
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    const bundled = shell.session;
    bundled.choose(bundled.view().decision?.options[0].id ?? '');

    shell.useScenario(loadFixture('mini'));
    const own = shell.session;
    expect(own).not.toBe(bundled);
    expect(own.scenario.meta.id).toBe('mini');
    expect(window.eyesOnly?.view().scenario.id).toBe('mini');
    expect(root.dataset.screen).toBe('setup');
    // The bundled game's desk is gone with its record: a move in it no longer draws on this screen.
    bundled.choose(bundled.view().decision?.options[0].id ?? '');
    expect(root.dataset.screen).toBe('setup');
    // A teacher's own game is kept in memory only, never over the bundled game's save.
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(own.view().decision?.id).toBe('opening');

    shell.showTitle();
    expect(root.textContent).toContain('The Lighthouse Quarrel');
    buttonNamed(root, /^Back to /).click();
    expect(shell.session).not.toBe(own);
    expect(shell.session).not.toBe(bundled);
    expect(shell.session.scenario.meta.id).toBe('black-saturday');
    // The bundled game's save is where it was: Continue is offered and opens it.
    expect(buttonNamed(root, /^Continue$/)).toBeTruthy();
    shell.startContinue();
    expect(root.dataset.screen).toBe('play');
    expect(shell.session.moves).toBe(bundled.moves);
  });
});
