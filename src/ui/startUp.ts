/**
 * Start-up in the order a player feels it: the title first (written into index.html by the build, so
 * it is painted with the page and answers presses at once), then the Phaser room, then the game's
 * code, as separate chunks. A button pressed before the game's code has arrived simply waits for it.
 */
import { createStage } from '../game/stage';
import { hasEarlyTitle, onEarlyPress, SAVE_KEY_PREFIX, takeEarlyTitle } from './earlyTitle';
import { presenterSessionIn } from './facilitator/presenterRoute';
import { findOverlayRoot } from './overlay';
import { DEVICE_QUERY } from './roomPreload';
import { titleScreen } from './titleScreen';

export function bootApp(): void {
  const root = findOverlayRoot();
  // The facilitator's window (`?presenter=<session>`): no game, no room, only its own chunk.
  const presenter = presenterSessionIn(location.search);
  if (presenter) {
    void import('./facilitator/presenterWindow').then((m) => m.bootPresenterPage(root, presenter));
    return;
  }
  // A device of the classroom server (`?join=`, `?projector=`, `?console=`): its own screens, no room.
  if (DEVICE_QUERY.test(location.search)) {
    void import('./devices/deviceBoot').then((m) => {
      const route = m.deviceRoute(location.search);
      if (route) m.bootDevice(root, route);
    });
    return;
  }
  const stage = createStage();
  // The room first, then the game's code. On a two-core machine the two downloads, parsed side by
  // side, slowed each other so that the board appeared twice as late as a bare Phaser page's; so the
  // room's chunk, already asked for by index.html (roomPreload.ts), is started as soon as it has
  // arrived, and the game's code is asked for once the room has started (a room that fails to start
  // does not stop it). The room draws its first frames only when the game's code is ready
  // (StartGame.ts), so that Phaser's first frames, long in a software renderer, do not keep the game's
  // code from running. (`appReady`, below, exists by the time an import has resolved.)
  const roomStarted = import('../game/StartGame')
    .then(({ StartGame }) => {
      StartGame(
        'game-container',
        stage,
        appReady.then((app) => app.feed),
      );
    })
    .catch((error: unknown) => console.error('The room could not start:', error));
  // …unless a player presses a button of the title before: then the game's code is what they are
  // waiting for, and it is asked for at once.
  let wantApp = () => {};
  const appWanted = new Promise<void>((resolve) => {
    wantApp = resolve;
  });
  void roomStarted.then(wantApp);
  onEarlyPress(wantApp);
  const appReady = appWanted.then(() => import('./appMain')).then((m) => m.createApp(root, stage));
  // The title's buttons do not wait for anything to be shown: pressed, they wait for the game's code.
  const later = (act: (app: Awaited<typeof appReady>) => void) => () => {
    wantApp();
    root.setAttribute('aria-busy', 'true');
    void appReady.then(act);
  };
  const showTitle = () => {
    const early = takeEarlyTitle();
    const focused = focusedButtonLabel(root);
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
        { canContinue: early?.hasSave ?? hasSaveQuickly() },
      ),
    );
    if (focused !== undefined) buttonLabelled(root, focused)?.focus();
    for (const label of early?.pressed ?? []) buttonLabelled(root, label)?.click();
  };
  // A page built with the title in it (earlyTitle.ts) shows it already and keeps what is pressed:
  // this title, with its handlers, takes its place once the game's code is ready, keeping the focus
  // where it was and carrying out the presses made meanwhile. Not sooner: laying the title out a
  // second time came before the room's start and held it back. (The dev server's page has no title.)
  if (hasEarlyTitle()) void appReady.then(showTitle);
  else showTitle();
}

function focusedButtonLabel(root: HTMLElement): string | undefined {
  const active = document.activeElement;
  return active instanceof HTMLButtonElement && root.contains(active) ? (active.textContent ?? '') : undefined;
}

function buttonLabelled(root: HTMLElement, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => button.textContent === label);
}

/** Whether to offer Continue before the game's code has loaded: a look at storage that never throws. */
function hasSaveQuickly(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(SAVE_KEY_PREFIX)) return true;
  } catch {
    // Storage unavailable: nothing to continue.
  }
  return false;
}
