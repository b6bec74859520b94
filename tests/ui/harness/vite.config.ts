import { defineConfig } from 'vite';

// The documents harness keeps its own dependency cache, so running it never disturbs the game's
// dev server (they would otherwise share node_modules/.vite and re-optimise each other's deps).
export default defineConfig({
  cacheDir: '../../../node_modules/.vite-ui-harness',
  server: { host: '127.0.0.1' },
});
