// @vitest-environment happy-dom
/**
 * Compare classes on the mini scenario: files chosen, a damaged one named with its reason, the
 * game in this browser added on request, the counts read out in the map's text list, and a run
 * removed. (The browser test, tests/e2e/compare.spec.ts, checks the drawn counts and print.)
 */
import { describe, expect, it, vi } from 'vitest';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createSave } from '../../src/engine/save';
import { THIS_BROWSER } from '../../src/session/compareClasses';
import { GameSession } from '../../src/session/session';
import { memoryStore } from '../../src/session/storage';
import { compareScreen } from '../../src/ui/review/compareScreen';
import { miniEngine } from '../engine/helpers';

const engine = miniEngine();
const save = (seed: number) => createSave(engine, playRandomGame(engine, seed).final, true);

function chooseFiles(root: HTMLElement, files: { name: string; text: string }[]) {
  const input = root.querySelector<HTMLInputElement>('[data-compare-files]');
  if (!input) throw new Error('no file input');
  const list = files.map((f) => new File([f.text], f.name, { type: 'application/json' }));
  Object.defineProperty(input, 'files', { value: list, configurable: true });
  input.dispatchEvent(new Event('change'));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the Compare classes screen', () => {
  it('compares the files chosen, names a damaged one, and recounts when one is removed', async () => {
    const session = new GameSession(engine, memoryStore());
    const back = vi.fn();
    const root = compareScreen(session, { back });
    document.body.replaceChildren(root);
    expect(root.querySelector('.compare__empty')?.textContent).toContain('No game chosen yet');
    // A fresh session has played nothing: there is no game of this browser to add.
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
      'Add the game in this browser',
    );

    chooseFiles(root, [
      { name: 'a.json', text: save(3) },
      { name: 'b.json', text: save(4) },
      { name: 'torn.json', text: '{"format":' },
    ]);
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('torn.json: This save is damaged');
    expect(root.querySelectorAll('.compare__runs li')).toHaveLength(2);
    const firstDecision = engine.scenario.decisions[0];
    const listed = [...root.querySelectorAll('.decision-map__list li')].find((li) =>
      li.textContent?.includes(firstDecision.title ?? firstDecision.id),
    );
    expect(listed?.textContent).toContain('2 of 2 runs');

    // The same file twice keeps both, under names told apart.
    chooseFiles(root, [{ name: 'a.json', text: save(3) }]);
    await settle();
    expect([...root.querySelectorAll('.compare__runs li strong')].map((s) => s.textContent)).toEqual([
      'a',
      'b',
      'a (2)',
    ]);

    root.querySelector<HTMLButtonElement>('[data-run="b.json"] button')?.click();
    expect(root.querySelectorAll('.compare__runs li')).toHaveLength(2);
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Back')?.click();
    expect(back).toHaveBeenCalledOnce();
  });

  it('offers the game in this browser once a decision has been taken', () => {
    const session = new GameSession(engine, memoryStore());
    session.load(playRandomGame(engine, 5).final);
    const root = compareScreen(session, { back: () => {} });
    const add = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent === 'Add the game in this browser',
    );
    add?.click();
    expect(root.querySelector(`[data-run="${THIS_BROWSER}"]`)).not.toBeNull();
    // Once added, it is not offered again.
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
      'Add the game in this browser',
    );
  });
});
