/**
 * Vite plugin for the normal build: index.html asks for the room's chunk itself.
 *
 * The room (Phaser and the scenes, the largest chunk) is a dynamic import of the entry script, so
 * without this it was asked for only once the entry had been fetched, compiled and run. The page's
 * head gets `preloadRoom` (src/ui/roomPreload.ts) as an inline script with the room's chunk and the
 * chunks it imports written in: on pages that show the room it adds a `<link rel="modulepreload">`
 * for each while the page is parsed and the title painted (the page holds the title, see
 * vite-prerender-title.ts), and the entry's `import()` then finds them ready. Vite preloads only the
 * static imports of the entry, so the files are found here, in the bundle Vite gives the page's transform.
 *
 * Left out of the single-file build, which has no chunks to preload. Build-time code: lives in scripts/.
 */
import type { Plugin, Rolldown } from 'vite';
import { preloadRoom, ROOMLESS_QUERY } from '../src/ui/roomPreload.ts';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export const PRELOAD_ROOM_PLUGIN = 'eyes-only-preload-room';

/** The module whose chunk is the room (imported by src/ui/startUp.ts). */
export const ROOM_MODULE = /[\\/]src[\\/]game[\\/]StartGame\.ts$/;

/**
 * The room's fetch priority: "high", a modulepreload's default, beside the entry script and the fonts
 * (with the title in the page, neither waits for the room). "low" was no better in
 * `npm run bench:builds` (README, "Browser figures").
 */
export const ROOM_PRIORITY = 'high';

/** The room's chunk and every chunk it imports statically (but the entry), the room's first. */
export function roomChunks(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const room = chunks.find((chunk) => chunk.facadeModuleId !== null && ROOM_MODULE.test(chunk.facadeModuleId));
  if (!room) return [];
  const files: string[] = [];
  const visit = (file: string) => {
    const chunk = bundle[file];
    // The entry is the page's own <script>: already on its way.
    if (files.includes(file) || chunk?.type !== 'chunk' || chunk.isEntry) return;
    files.push(file);
    for (const imported of chunk.imports) visit(imported);
  };
  visit(room.fileName);
  return files;
}

/** index.html with the preloading script at the end of its head. */
export function withRoomPreload(html: string, files: readonly string[], priority = ROOM_PRIORITY): string {
  if (!html.includes('</head>')) throw new Error('preload room: index.html has no </head>');
  const args = [files.map((file) => `./${file}`), ROOMLESS_QUERY.source, priority].map((arg) => JSON.stringify(arg));
  const script = `<script>(${preloadRoom.toString()})(${args.join(', ')});</script>`;
  return html.replace('</head>', () => `  ${script}\n  </head>`);
}

export function preloadRoomPlugin(): Plugin {
  return {
    name: PRELOAD_ROOM_PLUGIN,
    apply: 'build',
    // Vite hands its page transforms the whole bundle at build time, lazy chunks included.
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const files = bundle ? roomChunks(bundle) : [];
        if (files.length === 0) throw new Error('preload room: no chunk of src/game/StartGame.ts in the build');
        return withRoomPreload(html, files);
      },
    },
  };
}
