import { defineConfig } from 'vite';
import { scenarioPlugin } from '../../../scripts/vite-scenario-plugin';

// The documents harness keeps its own dependency cache, so running it never disturbs the game's
// dev server (they would otherwise share node_modules/.vite and re-optimise each other's deps).
export default defineConfig({
  cacheDir: '../../../node_modules/.vite-ui-harness',
  server: { host: '127.0.0.1' },
  // The bundled scenario, so the folder's summaries come from the real engine and view.
  plugins: [scenarioPlugin()],
});
