/**
 * Vite plugin: `import scenario from 'virtual:scenario'` gives the bundled scenario, loaded and
 * validated at build time. A broken scenario stops the build with the scenario tool's own messages,
 * and the browser receives plain JSON, so it needs neither the YAML parser nor the schema to start.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioFolder } from '../src/cli/scenarioFolder.ts';
import { formatIssue } from '../src/engine/result.ts';

const VIRTUAL_ID = 'virtual:scenario';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function scenarioPlugin(folder = process.env.SCENARIO ?? 'scenarios/black-saturday'): Plugin {
  const root = resolve(folder);
  return {
    name: 'eyes-only-scenario',
    // The filters let the bundler skip this plugin for the other 300 modules without calling into it.
    resolveId: {
      filter: { id: exactly(VIRTUAL_ID) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: exactly(RESOLVED_ID) },
      handler() {
        const loaded = loadScenarioFolder(folder);
        if (!loaded.ok) {
          throw new Error(`the scenario ${folder} does not load:\n${loaded.errors.map(formatIssue).join('\n')}`);
        }
        // A JSON string for JSON.parse, not an object literal: the browser parses a large JSON text
        // much faster than the same data as JavaScript (V8's own advice for data over 10 kB), and the
        // first chunk's evaluation is what the title's buttons and the board wait behind.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.value.scenario))});`;
      },
    },
    configureServer(server) {
      // Editing a scenario file in dev reloads the page with the new scenario.
      server.watcher.add(root);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(root)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

function exactly(id: string): RegExp {
  return new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
