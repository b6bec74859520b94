/**
 * The single-file build (`npm run build:offline`, `vite.offline.config.ts`): the whole game in one HTML
 * file that runs from a USB stick through `file://` with no network and no server. Every JavaScript
 * chunk (the dynamic `import()`s too), the CSS, the fonts and the sounds are inlined as code or
 * `data:` URLs; the Phaser room paints its textures in code already.
 */
import { mergeConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { INLINE_TITLE_CSS_PLUGIN } from './vite-inline-title-css.ts';
import { PRELOAD_ROOM_PLUGIN } from './vite-preload-room.ts';
import { SERVICE_WORKER_PLUGIN } from './vite-service-worker-plugin.ts';

export const OFFLINE_DIR = 'dist-offline';
export const OFFLINE_FILE = 'eyes-only-black-saturday.html';

/** The normal build's config, made into the single-file build. */
export function singleFileConfig(base: UserConfig): UserConfig {
  // No service worker: a file:// page cannot have one, and there is nothing to fetch anyway. Nor the
  // title's inline stylesheet or the room's preload: the single file inlines every stylesheet and every
  // chunk itself.
  const plugins = (base.plugins ?? []).filter(
    (plugin) =>
      !isNamed(plugin, SERVICE_WORKER_PLUGIN) &&
      !isNamed(plugin, INLINE_TITLE_CSS_PLUGIN) &&
      !isNamed(plugin, PRELOAD_ROOM_PLUGIN),
  );
  return mergeConfig({ ...base, plugins }, {
    plugins: [woff2Only(), viteSingleFile({ outputFileName: OFFLINE_FILE }), onlyOneFile()],
    build: {
      outDir: OFFLINE_DIR,
      emptyOutDir: true,
      // Every asset becomes a data: URL, whatever its size (the plugin sets this too; said here for the reader).
      assetsInlineLimit: () => true,
      // One chunk: no module preloading, so no polyfill that could look for <link rel=modulepreload>.
      modulePreload: false,
      // The single file is large by design; gzip-size reporting of it only slows the build.
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
    },
  } satisfies UserConfig);
}

function isNamed(plugin: PluginOption, name: string): boolean {
  return typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === name;
}

/**
 * Fontsource's faces list a WOFF2 file with a WOFF fallback; every browser that runs the game reads
 * WOFF2, so the single file carries only that (about 400 kB less).
 */
function woff2Only(): Plugin {
  return {
    name: 'eyes-only-offline-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return undefined;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

/** Fails the build unless exactly one file, the HTML, is left: nothing may be fetched beside it. */
function onlyOneFile(): Plugin {
  return {
    name: 'eyes-only-offline-one-file',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.keys(bundle);
        if (files.length !== 1 || files[0] !== OFFLINE_FILE) {
          this.error(`single-file build: expected only ${OFFLINE_FILE}, got ${files.join(', ')}`);
        }
      },
    },
  };
}
