/**
 * A page with only the board: the Table scene fed by a fake BoardFeed publishing a sample view.
 * Open it with the dev server (`npx vite`, then /tests/scenes/harness.html); query parameters:
 * `hc=1` high contrast, `rm=1` reduced motion, `speaking=<role id>`, `ghost=off` hides the panel
 * ghost. `window.board` lets a browser script publish further states.
 */
import '@fontsource/special-elite/400.css';
import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import scenario from 'virtual:scenario';
import Phaser from 'phaser';
import { CabinetRoomScene } from '../../src/scenes/board/CabinetRoomScene';
import { waitForCanvasFonts } from '../../src/scenes/fonts';
import { SceneKeys } from '../../src/scenes/keys';
import { cssColour, Palette } from '../../src/scenes/palette';
import { GAME_HEIGHT, GAME_WIDTH } from '../../src/scenes/screenLayout';
import { paintBootTexture, paintRoomTextures } from '../../src/scenes/textures';
import { type BoardState, createBoardFeed } from '../../src/session/boardFeed';
import { sampleBoardState } from './sampleBoard';

const params = new URLSearchParams(location.search);
document.body.dataset.ghost = params.get('ghost') ?? 'on';

const feed = createBoardFeed();
let state = sampleBoardState(scenario, {
  highContrast: params.get('hc') === '1',
  reducedMotion: params.get('rm') === '1',
  speaking: params.get('speaking') ?? 'rusk',
});
feed.publish(state);

/** Paints the room's textures as the Boot and Preloader scenes do, then starts the board. */
class HarnessLoader extends Phaser.Scene {
  constructor() {
    super('harness-loader');
  }

  preload(): void {
    const { key, canvas } = paintBootTexture();
    this.textures.addCanvas(key, canvas);
    for (const texture of paintRoomTextures()) this.load.image(texture.key, texture.dataUrl);
  }

  create(): void {
    void waitForCanvasFonts(3000).then(() => this.scene.start(SceneKeys.CabinetRoom));
  }
}

const game = new Phaser.Game({
  type: params.get('canvas') === '1' ? Phaser.CANVAS : Phaser.AUTO,
  parent: 'game-container',
  width: GAME_WIDTH,
  height: GAME_HEIGHT,
  backgroundColor: cssColour(Palette.woodDark),
  banner: false,
  antialiasGL: false,
  scene: [new HarnessLoader(), new CabinetRoomScene(feed)],
});

declare global {
  interface Window {
    board: {
      game: Phaser.Game;
      state: () => BoardState;
      publish: (patch: Partial<BoardState>) => void;
      ready: () => boolean;
    };
  }
}

window.board = {
  game,
  state: () => state,
  publish(patch) {
    state = { ...state, ...patch };
    feed.publish(state);
  },
  ready: () => game.scene.isActive(SceneKeys.CabinetRoom),
};
