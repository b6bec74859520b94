import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { scenarioPlugin } from '../../../scripts/vite-scenario-plugin.ts';

// A page that shows only the decision map, for looking at it in a browser:
// npx vite --config tests/ui/map-harness/vite.config.ts tests/ui/map-harness --port 5198 --host 127.0.0.1
const repo = fileURLToPath(new URL('../../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [scenarioPlugin(`${repo}/scenarios/black-saturday`)],
  server: { host: '127.0.0.1', fs: { allow: [repo] } },
});
