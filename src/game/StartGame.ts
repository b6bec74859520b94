import Phaser from 'phaser';
import { Boot } from '../scenes/Boot';
import { Briefing } from '../scenes/Briefing';
import { GAME_HEIGHT, GAME_WIDTH } from '../scenes/layout';
import { Preloader } from '../scenes/Preloader';
import { cssColour, Palette } from '../scenes/palette';
import { Title } from '../scenes/Title';
import { findOverlayRoot, mountOverlay } from '../ui/overlay';

/**
 * Creates the game inside the element with id `parent`. Scenes are passed as instances so each
 * receives the HTML overlay it talks to, instead of reaching for a global.
 */
export function StartGame(parent: string): Phaser.Game {
  const overlay = mountOverlay(findOverlayRoot());
  overlay.showLoading();

  return new Phaser.Game({
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
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
    },
    scene: [new Boot(), new Preloader(overlay), new Title(overlay), new Briefing(overlay)],
  });
}
