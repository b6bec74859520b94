/**
 * The in-page probe of the browser benchmarks (`run.ts`, `compareBuilds.ts`): plain JavaScript
 * strings, so no bundler helper leaks into the page.
 */

/**
 * Installed before any page script. Records, in performance.now() milliseconds:
 * `title:button` / `title:frame` (see run.ts's header), `app:ready` (the game's code has run: the app set
 * `window.eyesOnly`), `canvas` (a <canvas> is attached: Phaser has arrived) and paint entries; keeps
 * long tasks. Stops observing the DOM once it has all it looks for.
 */
export const PROBE = `(() => {
  if (window.__bench) return;
  const b = { marks: {}, longTasks: [] };
  window.__bench = b;
  const mark = (name, t) => { if (b.marks[name] === undefined) b.marks[name] = t === undefined ? performance.now() : t; };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) mark(e.name, e.startTime); })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  let first = null;
  const ready = (el) => {
    if (!el.isConnected || el.disabled || el.closest('[inert]')) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !el.contains(hit)) return false;
    }
    return true;
  };
  // The game's code is ready when the app installs its automation hook (src/session/automation.ts).
  Object.defineProperty(window, 'eyesOnly', {
    configurable: true,
    get() { return undefined; },
    set(value) {
      mark('app:ready');
      Object.defineProperty(window, 'eyesOnly', { value, writable: true, configurable: true, enumerable: true });
    },
  });
  let observer = null;
  const scan = () => {
    if (b.marks.canvas === undefined && document.querySelector('canvas')) mark('canvas');
    for (const el of document.getElementsByTagName('button')) {
      if ((el.textContent || '').trim() !== 'New game') continue;
      if (first !== null || !ready(el)) continue;
      first = el;
      mark('title:button');
      requestAnimationFrame(() => mark('title:frame'));
    }
    if (observer && b.marks.canvas !== undefined && first !== null) observer.disconnect();
  };
  observer = new MutationObserver(scan);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'inert', 'class', 'style'] });
  // Stylesheets that arrive late can make the button visible without a DOM mutation.
  addEventListener('load', scan);
})();`;

/** Reads what the probe (and the bare page, `bench/bare/main.ts`) marked. */
export const READ_MARKS = `(() => ({ ...(window.__bench ? window.__bench.marks : {}), ...(window.__bareMarks || {}),
  longTasks: window.__bench ? window.__bench.longTasks : [] }))()`;
