/**
 * The title before the game's code has run.
 *
 * The build writes the title's markup into index.html (scripts/vite-prerender-title.ts), so the page
 * paints it with its first frame, before any module script has been fetched or compiled. Right after
 * that markup the build puts `earlyTitle`, serialised to source, as an inline script: it runs while the
 * page is still being parsed, so before the first paint. On the pages of the classroom's devices and
 * the facilitator's window (the same page) it takes the title away again. Elsewhere it drops the
 * buttons that need a saved game when there is none, and keeps, in order, the labels of the buttons
 * pressed (mouse, touch or keyboard) until the app's own title takes over (`takeEarlyTitle`) and
 * carries them out.
 *
 * `earlyTitle` must stay self-contained (no imports, no closures over module scope): the build inlines
 * its source text, not the module.
 */
export { SAVE_KEY_PREFIX } from '../session/saveKeys';
export { ROOMLESS_QUERY } from './roomPreload';

/** What the early script leaves on `window` for the app. */
export interface EarlyTitle {
  /** The labels of the title's buttons pressed before the app took over, oldest first. */
  readonly pressed: string[];
  /** Whether a saved game was found (the buttons marked `data-needs-save` were kept). */
  readonly hasSave: boolean;
}

/** The property of `window` the early script writes and `takeEarlyTitle` reads. */
export const EARLY_TITLE_KEY = '__eyesOnlyEarlyTitle';

/** Marks the title's buttons that only make sense with a saved game (Continue, Review the saved game). */
export const NEEDS_SAVE_ATTRIBUTE = 'data-needs-save';

/** Inlined into index.html by the build: see the header. Its arguments are written in as literals. */
export function earlyTitle(rootId: string, key: string, savePrefix: string, needsSave: string, roomless: string): void {
  const root = document.getElementById(rootId);
  if (!root) return;
  // A classroom device or the facilitator's window: not the game's title (their own code draws them).
  if (new RegExp(roomless).test(location.search)) {
    root.replaceChildren();
    root.dataset.screen = 'loading';
    return;
  }
  let hasSave = false;
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(savePrefix)) hasSave = true;
  } catch {
    // Storage unavailable: nothing to continue.
  }
  if (!hasSave) for (const button of root.querySelectorAll(`[${needsSave}]`)) button.remove();
  const pressed: string[] = [];
  const early = {
    pressed,
    hasSave,
    onPress: () => {},
    stop: () => root.removeEventListener('click', onClick),
  };
  function onClick(event: Event) {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button || !root?.contains(button)) return;
    pressed.push(button.textContent ?? '');
    // As the app's own buttons do while they wait for the game's code.
    root.setAttribute('aria-busy', 'true');
    early.onPress();
  }
  root.addEventListener('click', onClick);
  Object.defineProperty(window, key, { configurable: true, value: early });
}

/** What the early script keeps on `window` (its own shape; `EarlyTitle` is what the app gets). */
interface EarlyScript extends EarlyTitle {
  onPress(): void;
  stop(): void;
}

const earlyScript = (win: Window) => (win as unknown as Record<string, EarlyScript | undefined>)[EARLY_TITLE_KEY];

/** Whether the page was built with the title in it and its early script ran. */
export function hasEarlyTitle(win: Window = window): boolean {
  return earlyScript(win) !== undefined;
}

/**
 * Calls `act` at the first press on the early title (at once if there has been one): a player who
 * presses before the game's code has arrived wants it first.
 */
export function onEarlyPress(act: () => void, win: Window = window): void {
  const early = earlyScript(win);
  if (!early) return;
  if (early.pressed.length > 0) act();
  else early.onPress = act;
}

/**
 * Takes over from the early script, if the page had one: stops it recording and returns what it saw.
 * Undefined when the page was not built with the title in it (the dev server, a test page).
 */
export function takeEarlyTitle(win: Window = window): EarlyTitle | undefined {
  const early = earlyScript(win);
  if (!early) return undefined;
  early.stop();
  Reflect.deleteProperty(win, EARLY_TITLE_KEY);
  return { pressed: [...early.pressed], hasSave: early.hasSave };
}
