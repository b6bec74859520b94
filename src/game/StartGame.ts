import Phaser from 'phaser';
import { BootScene } from '../scenes/BootScene';
import { CabinetRoomScene } from '../scenes/board/CabinetRoomScene';
import { PreloaderScene } from '../scenes/PreloaderScene';
import { cssColour, Palette } from '../scenes/palette';
import { GAME_HEIGHT, GAME_WIDTH } from '../scenes/screenLayout';
import { TitleScene } from '../scenes/TitleScene';
import type { BoardFeed } from '../session/boardFeed';
import { lazyFeed } from '../session/lazyFeed';
import { createPacer } from './pacer';
import type { Stage } from './stage';

/**
 * Creates the room inside the element with id `parent`. The scenes only draw: the app shell says
 * which one to show through `stage`, and the board draws what the app publishes on the feed.
 */
export function StartGame(parent: string, stage: Stage, feed: Promise<BoardFeed>): Phaser.Game {
  let fed = false;
  const game = new Phaser.Game({
    // WebGL where available (SwiftShader in headless test browsers), Canvas otherwise.
    type: Phaser.AUTO,
    parent,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    backgroundColor: cssColour(Palette.woodDark),
    banner: false,
    // No multisampling: the board is textured quads, which it does not smooth, and on software
    // WebGL (SwiftShader in headless test browsers) it halved the frame rate.
    antialiasGL: false,
    // The room plays no sound (Howler does, in the app): without this Phaser opens a second
    // AudioContext before the canvas exists, a long wait on a busy machine.
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
    },
    // The canvas is in the page from here on, but the loop sleeps until the game's code has arrived
    // (the feed): Phaser's first frames paint the room's textures and compile its shaders, long
    // tasks in a software renderer that would otherwise hold the game's code back by seconds.
    // (postBoot runs just before the loop starts, in the same task; the microtask comes after it.)
    callbacks: {
      postBoot: (booted) =>
        queueMicrotask(() => {
          if (!fed) booted.loop.sleep();
        }),
    },
    scene: [new BootScene(), new PreloaderScene(stage), new TitleScene(), new CabinetRoomScene(lazyFeed(feed))],
  });
  const pacer = createPacer(game);
  stage.usePacer(pacer);
  void feed.then((f) => {
    fed = true;
    pacer.poke();
    f.subscribe(() => pacer.poke());
  });
  game.scale.on('resize', () => pacer.poke());
  // The room's box can change with no window resize (a class's projector puts the board in a column
  // of its own): the sleeping loop would not notice, so the change itself refits the room.
  const box = document.getElementById(parent);
  if (box && typeof ResizeObserver !== 'undefined')
    new ResizeObserver(() => {
      pacer.poke();
      game.scale.getParentBounds();
      game.scale.refresh();
    }).observe(box);
  return game;
}
