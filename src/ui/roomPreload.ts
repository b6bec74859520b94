/**
 * Which pages show the room, and the script that asks for the room's code early on those.
 *
 * The build writes `preloadRoom`, serialised to source, into index.html's head
 * (scripts/vite-preload-room.ts), with the room's chunk files written in: while the page is still
 * being parsed it adds a `<link rel="modulepreload">` for each, so the browser fetches and compiles
 * the room (Phaser, the largest download) beside the title instead of after the entry script has run.
 * It is a script rather than plain links because the classroom server's devices and the facilitator's
 * window load the same page and never show the room: thirty phones should not download Phaser.
 *
 * `preloadRoom` must stay self-contained (no imports, no closures over module scope): the build inlines
 * its source text, not the module.
 */

/** A query naming any of these parameters. */
const queryNaming = (names: readonly string[]) => new RegExp(`[?&](${names.join('|')})=`);

/** The parameters of a classroom server's device pages (student, projector, console). */
const DEVICE_PARAMETERS = ['join', 'projector', 'console'];

/** The queries of a classroom server's device pages: startUp.ts routes them. */
export const DEVICE_QUERY = queryNaming(DEVICE_PARAMETERS);

/** Pages that never show the room: the devices and the facilitator's window (`?presenter=`). */
export const ROOMLESS_QUERY = queryNaming(['presenter', ...DEVICE_PARAMETERS]);

/** Inlined into index.html by the build: see the header. Its arguments are written in as literals. */
export function preloadRoom(files: readonly string[], roomless: string, priority: string): void {
  if (new RegExp(roomless).test(location.search)) return;
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = file;
    link.setAttribute('fetchpriority', priority);
    document.head.append(link);
  }
}
