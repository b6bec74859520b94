/**
 * The baseline for `npm run bench:browser`: Phaser alone, built by Vite with the game's build options
 * (see vite.config.ts beside this file), one empty scene that draws one rectangle.
 *
 * The game config mirrors src/game/StartGame.ts where it affects start-up cost (renderer choice, size,
 * scale mode, no multisampling, no banner, no audio), so the comparison is "the game" against "Phaser
 * doing the least it can". `window.FORCE_CANVAS = true` (Phaser's own switch, set by the benchmark through an
 * init script) makes it, like the game, use the Canvas renderer.
 *
 * Marks (performance.now(), relative to the navigation's time origin):
 * - `bare:create`: the scene's create() ran (the rectangle exists);
 * - `bare:first-frame`: the first Phaser POST_RENDER after create(): the frame with the rectangle has
 *   been drawn into the canvas. This is the bare page's "interactive".
 */
import Phaser from 'phaser';

const WIDTH = 1280;
const HEIGHT = 720;

declare global {
  interface Window {
    __bareMarks?: Record<string, number>;
  }
}

function mark(name: string): void {
  if (!window.__bareMarks) window.__bareMarks = {};
  const marks = window.__bareMarks;
  if (marks[name] === undefined) marks[name] = performance.now();
  performance.mark(name);
}

class Bare extends Phaser.Scene {
  constructor() {
    super('bare');
  }

  create(): void {
    this.add.rectangle(WIDTH / 2, HEIGHT / 2, 320, 180, 0xc8a040);
    mark('bare:create');
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => mark('bare:first-frame'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game-container',
  width: WIDTH,
  height: HEIGHT,
  backgroundColor: '#22150d',
  banner: false,
  antialiasGL: false,
  audio: { noAudio: true },
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
  },
  scene: [new Bare()],
});
