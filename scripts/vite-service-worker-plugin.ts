/**
 * Vite plugin for the normal build: emits the service worker `sw.js` (compiled from `src/offline/sw.ts`)
 * beside `index.html`, with the list of every file of the build injected, and tells the game's code
 * (through `import.meta.env.VITE_SERVICE_WORKER`) that there is a worker to register. Build only: the
 * dev server and the single-file build (`vite.offline.config.ts`, which leaves this plugin out) have no
 * worker. Build-time code, so it lives in scripts/ beside the scenario plugin, not in src/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin, transformWithOxc } from 'vite';

export const SERVICE_WORKER_PLUGIN = 'eyes-only-service-worker';
/** The worker's file name, beside index.html; its folder is its scope. */
export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = 'src/offline/sw.ts';
const PLACEHOLDER = '__EYES_ONLY_PRECACHE__';

export function serviceWorkerPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: SERVICE_WORKER_PLUGIN,
    apply: 'build',
    config: () => ({
      define: { 'import.meta.env.VITE_SERVICE_WORKER': JSON.stringify(SERVICE_WORKER_FILE) },
    }),
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After index.html and every asset are in the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const files = Object.keys(bundle)
          .filter((file) => !file.endsWith('.map') && file !== SERVICE_WORKER_FILE)
          .sort();
        if (!files.includes('index.html')) this.error('service worker: the build has no index.html to precache');
        const hash = createHash('sha256');
        for (const file of files) {
          const output = bundle[file];
          hash.update(file).update(output.type === 'chunk' ? output.code : output.source);
        }
        const precache = { version: hash.digest('hex').slice(0, 16), files };
        const path = resolve(root, SOURCE);
        const { code } = await transformWithOxc(readFileSync(path, 'utf8'), path, { lang: 'ts', target: 'es2022' });
        if (!code.includes(PLACEHOLDER)) this.error(`service worker: ${SOURCE} no longer reads ${PLACEHOLDER}`);
        // A classic worker script (module workers are not everywhere yet): drop the `export {}` marker.
        const script = code.replace(/^export\s*\{\s*\};?\s*$/m, '').replaceAll(PLACEHOLDER, JSON.stringify(precache));
        if (/^\s*(import|export)\b/m.test(script))
          this.error(`service worker: ${SOURCE} must have no imports or exports`);
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: script });
      },
    },
  };
}
