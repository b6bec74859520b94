import { defineConfig } from 'vite';
import { inlineTitleCssPlugin } from './scripts/vite-inline-title-css.ts';
import { PHASER_ENTRY, phaserFlagsPlugin } from './scripts/vite-phaser-build.ts';
import { preloadRoomPlugin } from './scripts/vite-preload-room.ts';
import { prerenderTitlePlugin } from './scripts/vite-prerender-title.ts';
import { scenarioPlugin } from './scripts/vite-scenario-plugin.ts';
import { serviceWorkerPlugin } from './scripts/vite-service-worker-plugin.ts';

// Phaser alone is about 1.2 MB minified (about 360 kB gzip); the default 500 kB warning
// would fire on every build without telling us anything new.
const PHASER_CHUNK_WARNING_KB = 1600;

export default defineConfig({
  // Relative asset URLs: the built `dist/` runs from any folder of a school web server or a laptop.
  base: './',
  // The bundled scenario is validated at build time and shipped as JSON (see the plugin);
  // index.html carries the title itself, painted with the page, and its stylesheet inline (one request
  // fewer before the title);
  // the service worker (dist/sw.js) keeps the game playable offline after the first visit.
  plugins: [
    scenarioPlugin(),
    prerenderTitlePlugin(),
    inlineTitleCssPlugin(),
    preloadRoomPlugin(),
    serviceWorkerPlugin(),
    phaserFlagsPlugin(),
  ],
  resolve: {
    // Phaser built from its source without physics or its sound manager (see scripts/vite-phaser-build.ts).
    alias: [{ find: /^phaser$/, replacement: PHASER_ENTRY }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: PHASER_CHUNK_WARNING_KB,
    rolldownOptions: {
      // Rolldown's "[PLUGIN_TIMINGS]" report comes and goes with how busy the machine is (bundling the
      // scenario-check worker dominates it), so on a school laptop it would read like a fault. Build
      // speed is watched by `npm run bench:browser` instead.
      checks: { bundlerTimings: false },
    },
  },
  server: {
    host: '127.0.0.1',
  },
});
