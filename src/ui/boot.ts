/**
 * Start-up in the order a player feels it: the HTML title first (interactive at once), then the
 * game's code and the Phaser room, loaded in parallel as separate chunks. A button pressed before
 * they arrive simply waits for them.
 */
import { createStage } from '../game/stage';
import { findOverlayRoot } from './overlay';
import { titleScreen } from './title';

/** At the latest, the room starts this long after the title, idle or not. */
const ROOM_START_TIMEOUT_MS = 1000;

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
        credits: later((app) => app.startCredits()),
        loadGame: later((app) => app.startLoad()),
      },
      { canContinue: hasSaveQuickly() },
    ),
  );
  // The room starts once the browser is idle, so its start-up does not delay a first click on the title.
  const startRoom = () => {
    void import('../game/StartGame').then(({ StartGame }) =>
      StartGame(
        'game-container',
        stage,
        appReady.then((app) => app.feed),
      ),
    );
  };
  if ('requestIdleCallback' in window) requestIdleCallback(startRoom, { timeout: ROOM_START_TIMEOUT_MS });
  else setTimeout(startRoom, 0);
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
