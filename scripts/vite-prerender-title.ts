/**
 * Vite plugin for the builds: the title screen written into index.html.
 *
 * The title was drawn by the entry script, so it could appear only once that script had been fetched,
 * compiled and run. Written into the page, it is painted with the page's first frame, and the game's
 * code, the room's chunk included, can be asked for at once without holding it back. The markup comes
 * from the app's own `titleScreen` (rendered here in happy-dom, with every button a player with a
 * saved game would see), so there is one source for it. After it comes `earlyTitle` (src/ui/earlyTitle.ts)
 * as an inline script: before the first paint it removes Continue when there is nothing to continue
 * (and the whole title on a classroom device's page), and it keeps the presses made before the app
 * takes over (see there).
 *
 * Not on the dev server: there the entry script draws the title as before (startUp.ts does both).
 * Build-time code: lives in scripts/.
 */
import { Window } from 'happy-dom';
import { type Plugin, runnerImport } from 'vite';

export const PRERENDER_TITLE_PLUGIN = 'eyes-only-prerender-title';

/** The overlay as index.html has it: empty until a script fills it. */
export const EMPTY_OVERLAY = '<div id="ui-overlay" data-screen="loading"></div>';

type TitleModule = typeof import('../src/ui/titleScreen');
type EarlyModule = typeof import('../src/ui/earlyTitle');
type OverlayModule = typeof import('../src/ui/overlay');

/** The page's overlay with the title in it, and the early script after it. */
export function overlayWithTitle(
  titleMarkup: string,
  early: Pick<
    EarlyModule,
    'earlyTitle' | 'EARLY_TITLE_KEY' | 'SAVE_KEY_PREFIX' | 'NEEDS_SAVE_ATTRIBUTE' | 'ROOMLESS_QUERY'
  >,
  rootId: string,
): string {
  if (titleMarkup.toLowerCase().includes('</script')) throw new Error('prerender title: the title holds "</script"');
  const args = [
    rootId,
    early.EARLY_TITLE_KEY,
    early.SAVE_KEY_PREFIX,
    early.NEEDS_SAVE_ATTRIBUTE,
    early.ROOMLESS_QUERY.source,
  ].map((arg) => JSON.stringify(arg));
  return (
    `<div id="${rootId}" data-screen="title">${titleMarkup}</div>` +
    `<script>(${early.earlyTitle.toString()})(${args.join(', ')});</script>`
  );
}

/** The title's markup as `titleScreen` builds it, with the buttons a saved game adds. */
export function renderTitle(titles: TitleModule): string {
  const window = new Window();
  const saved = globalThis.document;
  // `h()` builds with the global document, as it does in the browser.
  globalThis.document = window.document as unknown as Document;
  try {
    const none = () => {};
    const screen = titles.titleScreen(
      {
        newGame: none,
        continueGame: none,
        reviewSaved: none,
        settings: none,
        glossary: none,
        credits: none,
        loadGame: none,
      },
      { canContinue: true },
    );
    return screen.outerHTML;
  } finally {
    globalThis.document = saved;
    void window.happyDOM.close();
  }
}

/** The title's stylesheets play no part in its markup: every `.css` import is an empty module here. */
function noCss(): Plugin {
  const EMPTY = '\0prerender-title:no-css';
  return {
    name: 'eyes-only-prerender-title:no-css',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? EMPTY : undefined),
    load: (id) => (id === EMPTY ? 'export default undefined;' : undefined),
  };
}

export function prerenderTitlePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: PRERENDER_TITLE_PLUGIN,
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(EMPTY_OVERLAY)) throw new Error(`prerender title: index.html has no ${EMPTY_OVERLAY}`);
        // The app's modules, through Vite's module runner (they import CSS, which plain Node cannot).
        const load = async <T>(file: string) =>
          (await runnerImport<T>(`${root}/${file}`, { configFile: false, root, logLevel: 'error', plugins: [noCss()] }))
            .module;
        const [titles, early, overlay] = await Promise.all([
          load<TitleModule>('src/ui/titleScreen.ts'),
          load<EarlyModule>('src/ui/earlyTitle.ts'),
          load<OverlayModule>('src/ui/overlay.ts'),
        ]);
        return html.replace(EMPTY_OVERLAY, () => overlayWithTitle(renderTitle(titles), early, overlay.OVERLAY_ROOT_ID));
      },
    },
  };
}
