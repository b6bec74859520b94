/*
 * The Phaser the game ships: Phaser 4's own entry (phaser/src/phaser-no-physics.js) with only the
 * parts the room uses. Left out: physics and the sound manager (Howler plays the sound), tilemaps,
 * curves, geometry helpers, actions, filters' controllers, animations, the data manager, the input
 * plugin (every click goes to the HTML layer above the canvas), the plugin namespace, timers, and most
 * game objects (see gameObjects.cjs). Modules Phaser's core requires by path stay in whatever this
 * leaves out. About 90 kB gzip less for every player than phaser-no-physics.js, and less to compile
 * before the board is drawn.
 *
 * The order of the remaining entries is Phaser's: its modules require each other in cycles, and with
 * DOM or Renderer later the page fails with "Object prototype may only be an Object or null".
 * Checked by tests/architecture/phaserSlim.test.ts (every scene.add/make kind and Phaser.<name> the
 * code uses is here) and by the browser tests, which draw the board with both renderers.
 */
require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

var Phaser = {
  BlendModes: require('../../node_modules/phaser/src/renderer/BlendModes'),
  Cameras: require('../../node_modules/phaser/src/cameras'),
  Core: require('../../node_modules/phaser/src/core'),
  Class: require('../../node_modules/phaser/src/utils/Class'),
  DOM: require('../../node_modules/phaser/src/dom'),
  Events: require('../../node_modules/phaser/src/events'),
  Game: require('../../node_modules/phaser/src/core/Game'),
  GameObjects: require('./gameObjects.cjs'),
  Loader: require('../../node_modules/phaser/src/loader'),
  Math: require('../../node_modules/phaser/src/math'),
  Renderer: require('../../node_modules/phaser/src/renderer'),
  Scale: require('../../node_modules/phaser/src/scale'),
  ScaleModes: require('../../node_modules/phaser/src/renderer/ScaleModes'),
  Scene: require('../../node_modules/phaser/src/scene/Scene'),
  Scenes: require('../../node_modules/phaser/src/scene'),
  Textures: require('../../node_modules/phaser/src/textures'),
  Tweens: require('../../node_modules/phaser/src/tweens'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;

// As Phaser's own build does (webpack's `global` there).
globalThis.Phaser = Phaser;
