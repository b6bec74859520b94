/**
 * Start-up in the order a player feels it: the HTML title first (interactive at once), then the
 * game's code and the Phaser room, loaded in parallel as separate chunks. A button pressed before
 * they arrive simply waits for them. The room's chunk is asked for as soon as the title is in the page.
 */
import { createStage } from '../game/stage';
import { findOverlayRoot } from './overlay';
import { titleScreen } from './titleScreen';

/** At the latest, the room starts this long after its code has arrived, idle or not. */
const ROOM_START_TIMEOUT_MS = 250;

export function bootApp(): void {
  const root = findOverlayRoot();
  const stage = createStage();
  const appReady = import('./appMain').then((m) => m.createApp(root, stage));
  // The first paint of the title does not wait for anything: its buttons wait instead.
  const later = (act: (app: Awaited<typeof appReady>) => void) => () => {
    root.setAttribute('aria-busy', 'true');
    void appReady.then(act);
  };
  root.dataset.screen = 'title';
  root.replaceChildren(
    titleScreen(
      {
        newGame: later((app) => app.startSetup()),
        continueGame: later((app) => app.startContinue()),
        settings: later((app) => app.startSettings()),
        glossary: later((app) => app.startGlossary()),
        credits: later((app) => app.startCredits()),
        loadGame: later((app) => app.startLoad()),
      },
      { canContinue: hasSaveQuickly() },
    ),
  );
  // The room's chunk (Phaser and the scenes) is the largest download: it is asked for as soon as the
  // title is in the page (its buttons already work), not in the title's first frame, which on a busy
  // machine came up to 2 s later behind the game's code being compiled. Fetching and compiling it
  // cost the title nothing, and it runs only once all of it has arrived (after the title has painted).
  performance.mark('room:requested');
  const room = import('../game/StartGame');
  // Phaser's start-up is a long task: it waits for an idle moment, so a click on the title is not
  // held up behind it, but not long (the board was drawn 2× later than a bare Phaser page's).
  void room.then(({ StartGame }) =>
    whenIdle(() => {
      performance.mark('room:start');
      StartGame(
        'game-container',
        stage,
        appReady.then((app) => app.feed),
      );
    }),
  );
}

function whenIdle(act: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(act, { timeout: ROOM_START_TIMEOUT_MS });
  else setTimeout(act, 0);
}

/** Whether to offer Continue before the game's code has loaded: a look at storage that never throws. */
function hasSaveQuickly(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith('eyes-only:save:')) return true;
  } catch {
    // Storage unavailable: nothing to continue.
  }
  return false;
}
