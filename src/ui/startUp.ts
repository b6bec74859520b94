/**
 * Start-up in the order a player feels it: the HTML title first (interactive at once), then the
 * game's code and the Phaser room, loaded in parallel as separate chunks. A button pressed before
 * they arrive simply waits for them. The room's chunk is fetched as soon as the title is painted.
 */
import { createStage } from '../game/stage';
import { presenterSessionIn } from './facilitator/presenterRoute';
import { findOverlayRoot } from './overlay';
import { titleScreen } from './titleScreen';

/**
 * At the latest, the room starts this long after its code has arrived, idle or not (it was 1 s: on a
 * busy machine the board then waited most of that second behind the game's own code).
 */
const ROOM_START_TIMEOUT_MS = 250;

export function bootApp(): void {
  const root = findOverlayRoot();
  // The facilitator's window (`?presenter=<session>`): no game, no room, only its own chunk.
  const presenter = presenterSessionIn(location.search);
  if (presenter) {
    void import('./facilitator/presenterWindow').then((m) => m.bootPresenterPage(root, presenter));
    return;
  }
  // A device of the classroom server (`?join=`, `?projector=`, `?console=`): its own screens, no room.
  if (/[?&](join|projector|console)=/.test(location.search)) {
    void import('./devices/deviceBoot').then((m) => {
      const route = m.deviceRoute(location.search);
      if (route) m.bootDevice(root, route);
    });
    return;
  }
  const stage = createStage();
  // The game's code is asked for in the frame that paints the title, not before it: a chunk that
  // arrived and ran before that frame (a local server answers at once) held the title's first paint
  // back behind its evaluation.
  const appReady = new Promise<void>((resolve) => inTitleFrame(resolve))
    .then(() => import('./appMain'))
    .then((m) => m.createApp(root, stage));
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
        reviewSaved: later((app) => app.startReview()),
        settings: later((app) => app.startSettings()),
        glossary: later((app) => app.startGlossary()),
        credits: later((app) => app.startCredits()),
        loadGame: later((app) => app.startLoad()),
      },
      { canContinue: hasSaveQuickly() },
    ),
  );
  // The room's chunk (Phaser and the scenes) is the largest download: ask for it as the title is
  // painted, so it downloads while the player reads the title instead of after the first idle
  // moment (which made the board appear 2.4× later than a bare Phaser page).
  inTitleFrame(() => {
    const room = import('../game/StartGame');
    // Phaser's start-up is a long task: it waits for an idle moment, so a click on the title is not
    // held up behind it.
    void room.then(({ StartGame }) =>
      whenIdle(() =>
        StartGame(
          'game-container',
          stage,
          appReady.then((app) => app.feed),
        ),
      ),
    );
  });
}

/**
 * Runs `act` in the frame that paints the title (just before the paint). Starting a download there
 * costs the main thread nothing; waiting for a task after the paint instead was seen to wait for the
 * game's code to compile first. (A hidden tab paints nothing, so nothing starts until it is shown.)
 */
function inTitleFrame(act: () => void): void {
  requestAnimationFrame(() => act());
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
