// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_OVERLAY, overlayWithTitle, renderTitle } from '../../scripts/vite-prerender-title';
import * as early from '../../src/ui/earlyTitle';
import { OVERLAY_ROOT_ID } from '../../src/ui/overlay';
import * as titles from '../../src/ui/titleScreen';

/** The page as the build writes it: the overlay with the title, then the early script, run as the parser would. */
function loadBuiltPage(): void {
  const overlay = overlayWithTitle(renderTitle(titles), early, OVERLAY_ROOT_ID);
  const [markup, script] = overlay.split('<script>');
  document.body.innerHTML = `<main id="stage">${markup}</main>`;
  // The inline script's text, run in this window as the browser runs it while parsing.
  new Function(script.replace('</script>', ''))();
}

const labels = () => [...document.querySelectorAll('button')].map((button) => button.textContent);

describe('the title written into index.html', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
    localStorage.clear();
    document.body.replaceChildren();
  });
  afterEach(() => {
    early.takeEarlyTitle();
  });

  it("is the app's own title, with every button a player with a saved game sees", () => {
    const markup = renderTitle(titles);
    document.body.innerHTML = markup;
    expect(document.querySelector('h1')?.textContent).toBe('Eyes Only: Black Saturday');
    expect(labels()).toEqual([
      'New game',
      'Continue',
      'Review the saved game',
      'Role packets and facilitator guide',
      'Load your own scenario',
      'Replay a saved game file',
      'Compare classes',
      'Settings',
      'Glossary',
      'Credits',
    ]);
    // Only the two that need a save are marked.
    expect(
      [...document.querySelectorAll(`[${early.NEEDS_SAVE_ATTRIBUTE}]`)].map((button) => button.textContent),
    ).toEqual(['Continue', 'Review the saved game']);
    // It renders in its own document: the test's stays untouched by the build's rendering.
    expect(renderTitle(titles)).toBe(markup);
  });

  it('replaces the empty overlay with the title and the script, and refuses a title that would end the script', () => {
    const overlay = overlayWithTitle('<section>t</section>', early, OVERLAY_ROOT_ID);
    expect(overlay.startsWith('<div id="ui-overlay" data-screen="title"><section>t</section></div><script>(')).toBe(
      true,
    );
    expect(overlay).toContain(
      '("ui-overlay", "__eyesOnlyEarlyTitle", "eyes-only:save:", "data-needs-save", "[?&](presenter|join|projector|console)=");</script>',
    );
    expect(EMPTY_OVERLAY).toBe('<div id="ui-overlay" data-screen="loading"></div>');
    expect(() => overlayWithTitle('<p>a</SCRIPT></p>', early, OVERLAY_ROOT_ID)).toThrow(/<\/script/);
  });

  it('offers Continue only when a game is saved', () => {
    loadBuiltPage();
    expect(labels()).not.toContain('Continue');
    expect(labels()).not.toContain('Review the saved game');
    expect(early.takeEarlyTitle()?.hasSave).toBe(false);

    localStorage.setItem('eyes-only:settings', '{}');
    localStorage.setItem(`${early.SAVE_KEY_PREFIX}black-saturday`, '{}');
    loadBuiltPage();
    expect(labels().slice(0, 3)).toEqual(['New game', 'Continue', 'Review the saved game']);
    expect(early.takeEarlyTitle()?.hasSave).toBe(true);
  });

  it('keeps the presses made before the app takes over, in order, and no more after it has', () => {
    loadBuiltPage();
    const press = (label: string) =>
      [...document.querySelectorAll('button')].find((button) => button.textContent === label)?.click();
    press('Settings');
    press('New game');
    // A click beside the buttons is no press.
    document.querySelector('h1')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(document.getElementById(OVERLAY_ROOT_ID)?.getAttribute('aria-busy')).toBe('true');
    expect(early.takeEarlyTitle()).toEqual({ pressed: ['Settings', 'New game'], hasSave: false });
    // Taken over: the app's own handlers answer from now on, and nothing is left on window.
    press('Credits');
    expect(early.takeEarlyTitle()).toBeUndefined();
  });

  it('tells the app of the first press, at once if it came before the app was listening', () => {
    loadBuiltPage();
    let calls = 0;
    early.onEarlyPress(() => calls++);
    expect(calls).toBe(0);
    document.querySelector('button')?.click();
    expect(calls).toBe(1);

    loadBuiltPage();
    document.querySelector('button')?.click();
    let late = 0;
    early.onEarlyPress(() => late++);
    expect(late).toBe(1);
    expect(early.hasEarlyTitle()).toBe(true);
    early.takeEarlyTitle();
    expect(early.hasEarlyTitle()).toBe(false);
  });

  it("takes the title away on a classroom device's page and the facilitator's window", () => {
    for (const query of ['?join=ABCD', '?projector=x', '?console=y', '?presenter=z']) {
      history.replaceState(null, '', query);
      loadBuiltPage();
      expect(labels()).toEqual([]);
      expect(document.getElementById(OVERLAY_ROOT_ID)?.dataset.screen).toBe('loading');
      expect(early.hasEarlyTitle()).toBe(false);
    }
    history.replaceState(null, '', '?seed=4');
    loadBuiltPage();
    expect(labels()).toContain('New game');
  });

  it('is not there on a page the build did not write (the dev server)', () => {
    document.body.innerHTML = EMPTY_OVERLAY;
    expect(early.takeEarlyTitle()).toBeUndefined();
  });
});
