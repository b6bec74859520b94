/**
 * Which Phaser the game ships: built from Phaser's own sources through a slimmer entry
 * (`scripts/phaser/phaser.cjs`: Phaser's `phaser-no-physics.js` without the parts the room never uses,
 * see the comment there), compiled with the build flags Phaser's webpack config sets, except that
 * Phaser's sound manager is left out too (the game plays sound through Howler and starts Phaser with
 * `audio: { noAudio: true }`). About 130 kB gzip less for every player than the prebuilt
 * `dist/phaser.js`, and less for the browser to compile before the room starts. Same Phaser release
 * and API; the types still come from the `phaser` package. Build-time code, beside the other Vite
 * plugins.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const PHASER_ENTRY = fileURLToPath(new URL('./phaser/phaser.cjs', import.meta.url));

/** Phaser's compile-time flags (webpack's DefinePlugin in its own build: `typeof FLAG` → a constant). */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const FLAG_TEST = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

/**
 * Replaces `typeof FLAG` in Phaser's sources by the flag's value, so the minifier drops what is off,
 * and the entry's `global.Phaser = Phaser` (webpack's `global`) by `globalThis`, as Phaser's own build
 * does.
 */
export function phaserFlagsPlugin(): Plugin {
  return {
    name: 'eyes-only-phaser-flags',
    transform: {
      filter: { id: /node_modules[\\/]phaser[\\/]src[\\/]/, code: /typeof |global\.Phaser/ },
      handler(code) {
        const replaced = code
          .replace(FLAG_TEST, (_, flag: string) => String(FLAGS[flag]))
          .replace(/^global\.Phaser = Phaser;/m, 'globalThis.Phaser = Phaser;');
        return replaced === code ? null : { code: replaced, map: null };
      },
    },
  };
}
