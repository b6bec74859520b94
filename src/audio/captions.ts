/**
 * The caption strip: what the game's sounds say, in words, for deaf players, muted classrooms and
 * anyone who missed it. A polite live region (screen readers announce each new line without
 * interrupting) at the bottom of the stage, showing the latest captions, at most two lines, each
 * for about four seconds.
 *
 *   const captions = mountCaptions(document.getElementById('stage')!);
 *   const sound = createSound({ ..., onCaption: showCaption });
 */
import './captions.css';

/** How long a caption stays on screen. */
export const CAPTION_MS = 4000;
/** How many captions are shown at once; an older one gives way to a newer one. */
export const CAPTION_LINES = 2;

export interface Captions {
  readonly element: HTMLElement;
  show(text: string): void;
  clear(): void;
  /** Removes the strip and cancels its timers. */
  destroy(): void;
}

let active: Captions | null = null;

/** Adds the caption strip to `root` (a positioned element, e.g. the stage) and makes it the target of `showCaption`. */
export function mountCaptions(root: HTMLElement, options: { durationMs?: number } = {}): Captions {
  const durationMs = options.durationMs ?? CAPTION_MS;
  const doc = root.ownerDocument;
  const strip = doc.createElement('div');
  strip.className = 'audio-captions';
  // A log: each new line is announced once, politely; lines that time out are removed silently.
  strip.setAttribute('role', 'log');
  strip.setAttribute('aria-live', 'polite');
  strip.setAttribute('aria-atomic', 'false');
  strip.setAttribute('aria-label', 'Sound captions');
  root.append(strip);

  const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

  function remove(line: HTMLElement): void {
    const timer = timers.get(line);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(line);
    line.remove();
  }

  const captions: Captions = {
    element: strip,

    show(text) {
      const trimmed = text.trim();
      if (trimmed === '') return;
      // The same caption again (a second cable) moves to the bottom rather than showing twice.
      for (const line of [...timers.keys()]) {
        if (line.textContent === trimmed) remove(line);
      }
      const line = doc.createElement('p');
      line.className = 'audio-captions__line';
      line.textContent = trimmed;
      strip.append(line);
      timers.set(
        line,
        setTimeout(() => remove(line), durationMs),
      );
      const lines = [...timers.keys()];
      for (const old of lines.slice(0, Math.max(0, lines.length - CAPTION_LINES))) remove(old);
    },

    clear() {
      for (const line of [...timers.keys()]) remove(line);
    },

    destroy() {
      captions.clear();
      strip.remove();
      if (active === captions) active = null;
    },
  };
  active = captions;
  return captions;
}

/** Shows a caption on the most recently mounted strip; does nothing if none is mounted. */
export function showCaption(text: string): void {
  active?.show(text);
}
