/**
 * Browser benchmarks: `npm run bench:browser`.
 *
 * A benchmark, not a test: nothing here asserts a time. Each figure is measured against a baseline in
 * the same run (a bare Phaser page built the same way) and printed with the ratio or difference and
 * the issue's target beside it. It prints a table, then one JSON line (starting `{"bench":"browser"`)
 * with every figure.
 *
 * What it does
 * 1. Builds the game with the root vite.config.ts (`vite build --outDir <tmp>/eyes-only-bench/game
 *    --manifest`, a temporary folder so a test run serving `dist/` at the same time is not disturbed;
 *    the build is otherwise exactly `npx vite build`, plus the manifest the JS figures read), and
 *    the bare page with bench/bare/vite.config.ts, which copies the game's `base` and `build` options
 *    (same target, same Vite, the same Phaser package as published: the game builds Phaser from its source
 *    without physics, see scripts/vite-phaser-build.ts) into bench/bare/dist.
 * 2. JavaScript shipped: gzip (node:zlib level 9) of every .js file of each build's assets. The bare
 *    page's JS is Phaser itself. Target: a player's download (the entry, the chunks a player loads on
 *    the way to the review, PLAY_PATH_CHUNKS, and every chunk these import statically, followed through
 *    the build manifest) ≤ Phaser + 150 kB. Each game chunk is listed with its role: `entry` (the
 *    <script> in index.html, which takes over the title the page already shows), `preload` (named in
 *    index.html: the room's chunks, preloaded by the page's head) or `lazy` (loaded by dynamic import
 *    after the title is up), and whether it is in a player's download.
 * 3. Load: serves both builds with `vite preview` (game on 127.0.0.1:4191, bare on :4192), then loads
 *    each page BENCH_RUNS times (default 15, after one discarded warm-up of each), alternating which
 *    goes first, each load in a fresh browser context with the HTTP cache disabled (a cold-ish load
 *    from a local server: no network latency, so what is measured is parsing, compiling and running).
 *    All times are performance.now() in the page, i.e. milliseconds after the navigation's time origin.
 *    - game "interactive" (`title:frame`): an init script's MutationObserver sees a <button> whose text is
 *      "New game" that is connected, enabled, not inert, rendered (checkVisibility with opacity and
 *      visibility, non-empty box) and is the element hit at its own centre (nothing covers it), then the
 *      time of the next requestAnimationFrame callback (the frame that paints it). The title is part of
 *      index.html (scripts/vite-prerender-title.ts), and the page's inline script (src/ui/earlyTitle.ts)
 *      keeps every press from then on until the game's code carries it out, so from then on a click is
 *      handled.
 *    - bare "interactive" (`bare:first-frame`): the first Phaser POST_RENDER after the scene's create()
 *      (the frame with the rectangle has been drawn), marked by bench/bare/main.ts.
 *    Reported: median and p90 of each, and the ratio of medians (target ≤ 0.35×). Also: when each
 *    page's canvas is attached (Phaser has started: the game's "board drawn"), with the ratio of
 *    medians game/bare (target ≤ 1.5×); and, for context, first contentful paint of both, when the
 *    game's own code has run (`app:ready`: the app sets `window.eyesOnly`, seen through a setter the
 *    init script defines), and the longest main-thread long task from the title becoming interactive
 *    until 1 s after the game's canvas is attached (the worst delay a click on "New game" could meet
 *    while the lazy chunks are compiled and Phaser starts).
 * 4. Frames: requestAnimationFrame deltas for BENCH_FRAMES_MS (default 3000 ms), reported as p50, p95,
 *    max and the share of the recorded time spent in frames over 20 ms (p95 counts frames, so one
 *    frame of a second among 80 quick ones hides in it; the time share does not). Target: p95 < 20 ms
 *    for the game while documents open.
 *    - `game docs`: the real build, New game → Take your seat, board shown (plus 1.5 s for its fade-in),
 *      then repeatedly (at least 3 times, recording at most 20 s): click the first "Read" button of
 *      the interlude (`.interlude .button--small`) or the first button of the briefing folder
 *      (`.desk__folder button`), wait for the dialog, hold it open 0.6 s, close it with Escape;
 *    - `game idle`: the same board, nobody touching anything;
 *    - `bare idle`: the bare page, idle; the ratio game docs p95 / bare idle p95 is printed.
 *    Each in three browser set-ups: `webgl` (the flags below, software WebGL through SwiftShader),
 *    `webgl-gpu-flag` (the same without --disable-gpu) and `canvas` (the same flags, with Phaser's own
 *    `window.FORCE_CANVAS = true` set by an init script, so Phaser.AUTO picks the Canvas renderer;
 *    the game's code is not changed). The renderer each page really used is printed.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_RUNS (15), BENCH_FRAMES_MS (3000),
 * BENCH_SKIP_BUILD=1 (reuse the last builds), BENCH_OUT (temporary folder for the game build),
 * BENCH_PORT (4191: the game's port; the bare page uses the next one). Two checkouts running the
 * benchmark at once need their own BENCH_OUT and BENCH_PORT (bench/bare/dist is per checkout).
 *
 * Machine caveats: these machines have 2 cores and no GPU. WebGL is SwiftShader, a software
 * rasteriser, so frame times are far worse than on any real computer with a GPU, and the browser, the
 * two preview servers and Node share two cores (and, on a shared machine, with whatever else runs: the
 * 1-minute load average is printed, with a note when it exceeds the core count). Without a GPU,
 * Chromium also composites in software: every frame in which Phaser draws, the compositor reads the
 * WebGL canvas back (GLES2::ReadPixels, the "GPU stall due to ReadPixels" console warnings) and the
 * page's main thread waits for SwiftShader to finish drawing. In a trace that wait, not JavaScript, is
 * most of the main-thread time while the board draws; a machine with a GPU does not have it. Dropping
 * --disable-gpu changes nothing here (Chromium falls back to SwiftShader anyway); the Canvas renderer
 * avoids the readback but rasterises in software too. Absolute numbers are noisy: compare the
 * ratios, and run it twice. Headless Chromium paces requestAnimationFrame at 60 Hz, so a frame delta is a multiple
 * of about 16.7 ms: p95 < 20 ms means at most 5% of frames missed their vsync.
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS } from '../../tests/e2e/browser';
import { PROBE, READ_MARKS } from './probe';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = process.env.BENCH_OUT ?? join(tmpdir(), 'eyes-only-bench');
const GAME_DIST = join(OUT, 'game');
const BARE_CONFIG = 'bench/bare/vite.config.ts';
const BARE_DIST = join(ROOT, 'bench/bare/dist');
// BENCH_PORT lets two checkouts run the benchmark at once (the bare page uses the next port).
const GAME_PORT = positiveInt(process.env.BENCH_PORT, 4191);
const BARE_PORT = GAME_PORT + 1;
const GAME_URL = `http://127.0.0.1:${GAME_PORT}/`;
const BARE_URL = `http://127.0.0.1:${BARE_PORT}/`;
const RUNS = positiveInt(process.env.BENCH_RUNS, 15);
const WARMUP = 1;
const FRAMES_MS = positiveInt(process.env.BENCH_FRAMES_MS, 3000);
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
const CHROMIUM = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };
const BOARD_SETTLE_MS = 1500;
/** Game loads: how long after Phaser's canvas is attached long tasks are still collected. */
const AFTER_CANVAS_MS = 1000;
/** Document scenario: at least this many open/close cycles, recording for at most DOCS_CAP_MS. */
const MIN_OPENS = 3;
const DOCS_CAP_MS = 20_000;
/** A frame longer than this missed its vsync (60 Hz: 16.7 ms). */
const SLOW_FRAME_MS = 20;

const LAUNCH_ARGS = [...CHROMIUM_LAUNCH_ARGS];

const TARGETS = { loadRatio: 0.35, boardRatio: 1.5, jsOverPhaserKb: 150, frameP95Ms: 20 } as const;
/**
 * Chunks a player loads on the way from the title to the review (see the JS figures below), with the
 * entry and every chunk these import statically (shared chunks the bundler split out of them): the
 * app, the room, and the review (its screen, `reviewScreen`, and its model, `reviewModel`). Each name
 * must match a chunk of the build, or the figure says so (a renamed module would drop out silently).
 */
const PLAY_PATH_CHUNKS = ['appMain', 'StartGame', 'reviewScreen', 'reviewModel'] as const;
const PLAY_PATH_CHUNK = new RegExp(`^(${PLAY_PATH_CHUNKS.join('|')})-`);

function positiveInt(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

// ---------------------------------------------------------------------------------------------------
// Statistics

interface Summary {
  n: number;
  median: number;
  p90: number;
  p95: number;
  max: number;
  min: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? Number.NaN : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return {
    n,
    median,
    p90: percentile(sorted, 90),
    p95: percentile(sorted, 95),
    max: n ? sorted[n - 1] : Number.NaN,
    min: n ? sorted[0] : Number.NaN,
  };
}

/** The share of the recorded time spent in frames longer than SLOW_FRAME_MS. */
function slowShare(deltas: readonly number[]): number {
  const total = deltas.reduce((sum, d) => sum + d, 0);
  const slow = deltas.filter((d) => d > SLOW_FRAME_MS).reduce((sum, d) => sum + d, 0);
  return total > 0 ? slow / total : 0;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const kb = (bytes: number) => round1(bytes / 1000);

// ---------------------------------------------------------------------------------------------------
// Child processes: builds and preview servers (killed at the end, also on error or Ctrl-C)

const children = new Set<ChildProcess>();

function killChildren(): void {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        // The server was started in its own process group (npx → node vite): end the whole group.
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
  children.clear();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killChildren();
    process.exit(130);
  });
}
process.on('exit', killChildren);

function build(label: string, args: string[]): { ok: boolean; message: string } {
  const started = performance.now();
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 0) return { ok: true, message: `${label} built in ${seconds} s` };
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
  return { ok: false, message: `${label} build failed (exit ${result.status}):\n${output}` };
}

async function startPreview(label: string, port: number, args: string[]): Promise<void> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...args],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} preview server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${label} preview server did not answer on ${url} within 30 s:\n${output}`);
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------------
// JavaScript shipped

interface Chunk {
  file: string;
  role: 'entry' | 'preload' | 'lazy';
  bytes: number;
  gzip: number;
}

function jsChunks(dist: string): Chunk[] {
  const assets = join(dist, 'assets');
  const html = existsSync(join(dist, 'index.html')) ? readFileSync(join(dist, 'index.html'), 'utf8') : '';
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(assets, file));
      const role: Chunk['role'] = new RegExp(`<script[^>]+src="[^"]*${escapeRegExp(file)}"`).test(html)
        ? 'entry'
        : html.includes(file)
          ? 'preload'
          : 'lazy';
      return { file, role, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * The chunks of a player's download: the entry and the PLAY_PATH_CHUNK chunks with everything they
 * import statically, read from the build's manifest (`--manifest`). Without one (an old
 * BENCH_SKIP_BUILD folder), only the entry and the named chunks.
 */
function playPath(dist: string, chunks: readonly Chunk[]): Set<string> {
  const named = (file: string) => PLAY_PATH_CHUNK.test(file);
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    return new Set(chunks.filter((c) => c.role === 'entry' || named(c.file)).map((c) => c.file));
  }
  type Entry = { file: string; isEntry?: boolean; imports?: string[] };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Entry>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    const file = entry ? basename(entry.file) : '';
    if (!entry || seen.has(file)) return;
    seen.add(file);
    for (const next of entry.imports ?? []) visit(next);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry || named(basename(entry.file))) visit(key);
  return seen;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------------
// In-page scripts (plain JavaScript strings, so no bundler helper leaks into the page)

const FORCE_CANVAS = 'window.FORCE_CANVAS = true;';

/** Which renderer the page's (first) canvas has: WebGL with its renderer string, or Canvas 2D. */
const RENDERER = `(() => {
  const c = document.querySelector('#game-container canvas') || document.querySelector('canvas');
  if (!c) return 'no canvas';
  const gl = c.getContext('webgl2') || c.getContext('webgl') || c.getContext('experimental-webgl');
  if (gl) {
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return 'WebGL: ' + String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  }
  return c.getContext('2d') ? 'Canvas 2D' : 'unknown';
})()`;

const FRAMES_START = `(() => {
  const s = { deltas: [], last: null, on: true };
  window.__frames = s;
  const tick = (t) => {
    if (!s.on) return;
    if (s.last !== null) s.deltas.push(t - s.last);
    s.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

const FRAMES_STOP = '(() => { window.__frames.on = false; return window.__frames.deltas; })()';

// ---------------------------------------------------------------------------------------------------
// Browser

interface Variant {
  name: 'webgl' | 'webgl-gpu-flag' | 'canvas';
  args: string[];
  forceCanvas: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'webgl', args: LAUNCH_ARGS, forceCanvas: false },
  { name: 'webgl-gpu-flag', args: LAUNCH_ARGS.filter((a) => a !== '--disable-gpu'), forceCanvas: false },
  { name: 'canvas', args: LAUNCH_ARGS, forceCanvas: true },
];

async function launch(variant: Variant): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: variant.args });
}

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function openPage(browser: Browser, variant: Variant, url: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (variant.forceCanvas) await page.addInitScript({ content: FORCE_CANVAS });
  await page.addInitScript({ content: PROBE });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, errors };
}

async function waitForMark(page: Page, name: string, timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      `(() => { const m = { ...(window.__bench ? window.__bench.marks : {}), ...(window.__bareMarks || {}) };
        return m[${JSON.stringify(name)}] !== undefined; })()`,
      undefined,
      { timeout, polling: 25 },
    );
    return true;
  } catch {
    return false;
  }
}

type Marks = Record<string, number | undefined> & { longTasks: [number, number][] };

interface LoadSample {
  interactive: number;
  fcp?: number;
  canvas?: number;
  appReady?: number;
  /**
   * Game only: the longest long task from the title becoming interactive until AFTER_CANVAS_MS after
   * Phaser's canvas is attached: the longest a click on "New game" could wait in that time.
   */
  longestTaskAfter?: number;
  /** Game only: the sum of long tasks before the title became interactive. */
  longTasksBefore?: number;
}

async function loadOnce(browser: Browser, which: 'game' | 'bare'): Promise<LoadSample> {
  const { context, page, errors } = await openPage(browser, VARIANTS[0], which === 'game' ? GAME_URL : BARE_URL);
  try {
    const key = which === 'game' ? 'title:frame' : 'bare:first-frame';
    if (!(await waitForMark(page, key, 30_000))) {
      throw new Error(`${which}: no ${key} within 30 s${errors.length ? ` (${errors.join('; ')})` : ''}`);
    }
    if (which === 'game') {
      // Let the lazy chunks arrive and Phaser start, so the long tasks a click could meet are seen.
      await waitForMark(page, 'app:ready', 15_000);
      await waitForMark(page, 'canvas', 15_000);
      await sleep(AFTER_CANVAS_MS);
    } else {
      await waitForMark(page, 'first-contentful-paint', 2_000);
    }
    const marks = (await page.evaluate(READ_MARKS)) as Marks;
    const interactive = marks[key] as number;
    const sample: LoadSample = {
      interactive,
      fcp: marks['first-contentful-paint'],
      canvas: marks.canvas,
      appReady: marks['app:ready'],
    };
    if (which === 'game') {
      const ready = marks['title:button'] ?? interactive;
      sample.longestTaskAfter = Math.max(0, ...marks.longTasks.filter(([s]) => s >= ready).map(([, d]) => d));
      sample.longTasksBefore = marks.longTasks.filter(([s]) => s < ready).reduce((sum, [, d]) => sum + d, 0);
    }
    if (errors.length) console.warn(`  (${which} load had errors: ${errors.slice(0, 3).join('; ')})`);
    return sample;
  } finally {
    await context.close();
  }
}

interface LoadResult {
  game: LoadSample[];
  bare: LoadSample[];
}

async function measureLoads(browser: Browser): Promise<LoadResult> {
  const result: LoadResult = { game: [], bare: [] };
  for (let i = -WARMUP; i < RUNS; i++) {
    const order: ('game' | 'bare')[] = i % 2 === 0 ? ['game', 'bare'] : ['bare', 'game'];
    for (const which of order) {
      const sample = await loadOnce(browser, which);
      if (i >= 0) result[which].push(sample);
    }
    process.stdout.write(i < 0 ? '  warm-up done\n' : `  load ${i + 1}/${RUNS}\r`);
  }
  process.stdout.write('\n');
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Frames

interface FrameResult {
  scenario: 'game docs' | 'game idle' | 'bare idle';
  renderer: string;
  summary: Summary | null;
  documentsOpened?: number;
  /** How long the recording lasted (ms). */
  durationMs: number;
  /** Share of that time spent in frames over SLOW_FRAME_MS. */
  slowShare: number;
  note?: string;
}

async function recordFrames(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(FRAMES_START);
  await during();
  return (await page.evaluate(FRAMES_STOP)) as number[];
}

/** Milliseconds covered by a recording (the frame deltas add up to it). */
const covered = (deltas: number[]) => deltas.reduce((sum, d) => sum + d, 0);

/** New game → Take your seat → the board, in the real build. */
async function openBoard(browser: Browser, variant: Variant): Promise<Opened> {
  const opened = await openPage(browser, variant, GAME_URL);
  const { page } = opened;
  // A returning player: the one-minute briefing of a first solo game would sit over the desk.
  await page.evaluate(() => localStorage.setItem('eyes-only:briefing-seen', 'black-saturday'));
  await page.getByRole('button', { name: 'New game' }).click({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Take your seat' }).click({ timeout: 15_000 });
  await page.locator('.desk').waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('#game-container canvas').waitFor({ state: 'attached', timeout: 15_000 });
  await sleep(BOARD_SETTLE_MS);
  return opened;
}

/** Opens a document (an interlude's "Read" or the folder's first one), holds it, closes it with Escape. */
async function exerciseDocuments(page: Page, ms: number): Promise<{ opened: number; note?: string }> {
  const end = Date.now() + ms;
  // At least MIN_OPENS cycles (a slow renderer gets through fewer in `ms`), but never past the cap.
  const cap = Date.now() + Math.max(ms, DOCS_CAP_MS);
  let opened = 0;
  let attempts = 0;
  let note: string | undefined;
  while ((Date.now() < end || attempts < MIN_OPENS) && Date.now() < cap) {
    attempts++;
    const opener = page.locator('.interlude .button--small, .desk__folder button').first();
    if ((await opener.count()) === 0) {
      note = 'no "Read" button in the interlude and no button in .desk__folder';
      await sleep(Math.max(0, end - Date.now()));
      break;
    }
    const dialog = page.locator('dialog[open], [role="dialog"]').first();
    try {
      // Generous: at a few frames a second Playwright's "stable for two frames" check alone is slow.
      await opener.click({ timeout: 15_000 });
      await dialog.waitFor({ state: 'visible', timeout: 5_000 });
      opened++;
      await sleep(600);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    } catch (error) {
      note = `document open/close failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      await page.keyboard.press('Escape').catch(() => {});
    }
    await sleep(300);
  }
  return { opened, note };
}

async function measureFrames(browser: Browser, variant: Variant): Promise<FrameResult[]> {
  const results: FrameResult[] = [];
  let board: Opened | null = null;
  try {
    board = await openBoard(browser, variant);
    const page = board.page;
    const renderer = (await page.evaluate(RENDERER)) as string;
    const idle = await recordFrames(page, () => sleep(FRAMES_MS));
    results.push({
      scenario: 'game idle',
      renderer,
      summary: summarise(idle),
      durationMs: covered(idle),
      slowShare: slowShare(idle),
    });
    let exercised: { opened: number; note?: string } = { opened: 0 };
    const docs = await recordFrames(page, async () => {
      exercised = await exerciseDocuments(page, FRAMES_MS);
    });
    results.push({
      scenario: 'game docs',
      renderer,
      summary: summarise(docs),
      durationMs: covered(docs),
      slowShare: slowShare(docs),
      documentsOpened: exercised.opened,
      note: exercised.note,
    });
    if (board.errors.length) {
      const last = results[results.length - 1];
      last.note = [last.note, `page errors: ${board.errors.slice(0, 3).join('; ')}`].filter(Boolean).join('; ');
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    results.push({
      scenario: 'game docs',
      renderer: '?',
      summary: null,
      durationMs: 0,
      slowShare: 0,
      note: `could not reach the board: ${message}`,
    });
  } finally {
    await board?.context.close();
  }

  const bare = await openPage(browser, variant, BARE_URL);
  try {
    await waitForMark(bare.page, 'bare:first-frame', 30_000);
    await sleep(1_000);
    const renderer = (await bare.page.evaluate(RENDERER)) as string;
    const idle = await recordFrames(bare.page, () => sleep(FRAMES_MS));
    results.push({
      scenario: 'bare idle',
      renderer,
      summary: summarise(idle),
      durationMs: covered(idle),
      slowShare: slowShare(idle),
    });
  } finally {
    await bare.context.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Report

function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(round1(cell)) : cell)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells
    .map((row) =>
      row.map((cell, i) => (i === 0 ? (cell ?? '').padEnd(widths[i]) : (cell ?? '').padStart(widths[i]))).join('  '),
    )
    .join('\n');
}

function pick(samples: LoadSample[], field: keyof LoadSample): number[] {
  return samples.map((s) => s[field]).filter((v): v is number => typeof v === 'number');
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  console.log(`Browser benchmarks (${RUNS} loads each, ${FRAMES_MS} ms of frames), Chromium at ${CHROMIUM}`);
  const loadBefore = loadavg()[0];
  console.log(`  load average (1 min) ${loadBefore.toFixed(1)} on ${availableParallelism()} cores`);

  let gameBuilt = true;
  const notes: string[] = [];
  if (!SKIP_BUILD) {
    const game = build('game', ['--outDir', GAME_DIST, '--emptyOutDir', '--manifest']);
    console.log(`  ${game.message}`);
    gameBuilt = game.ok;
    if (!game.ok) notes.push('the game did not build: only the bare page was measured');
    const bare = build('bare page', ['--config', BARE_CONFIG]);
    console.log(`  ${bare.message}`);
    if (!bare.ok) throw new Error('the bare Phaser page did not build');
  } else {
    gameBuilt = existsSync(join(GAME_DIST, 'index.html'));
  }

  // 2. JavaScript shipped
  const bareChunks = jsChunks(BARE_DIST);
  const gameChunks = gameBuilt ? jsChunks(GAME_DIST) : [];
  const bareGzip = bareChunks.reduce((sum, c) => sum + c.gzip, 0);
  const gameGzip = gameChunks.reduce((sum, c) => sum + c.gzip, 0);
  const entryGzip = gameChunks.filter((c) => c.role === 'entry').reduce((sum, c) => sum + c.gzip, 0);
  // What a player downloads from the title to the review; the rest (the teacher's scenario loader
  // with its schema and YAML libraries, role packets) loads only when a teacher opens those screens.
  const played = gameBuilt ? playPath(GAME_DIST, gameChunks) : new Set<string>();
  const playGzip = gameChunks.filter((c) => played.has(c.file)).reduce((sum, c) => sum + c.gzip, 0);
  const unmatched = PLAY_PATH_CHUNKS.filter((name) => !gameChunks.some((c) => c.file.startsWith(`${name}-`)));
  if (gameBuilt && unmatched.length) {
    notes.push(`no chunk named ${unmatched.join(', ')}: a player's download leaves it out (update PLAY_PATH_CHUNKS)`);
  }

  await startPreview('bare', BARE_PORT, ['--config', BARE_CONFIG]);
  if (gameBuilt) await startPreview('game', GAME_PORT, ['--outDir', GAME_DIST]);

  // 1. Load
  let loads: LoadResult = { game: [], bare: [] };
  const frames: Record<string, FrameResult[]> = {};
  const browser = await launch(VARIANTS[0]);
  try {
    console.log('Loading each page (fresh context, cache disabled):');
    if (gameBuilt) loads = await measureLoads(browser);
    else for (let i = 0; i < RUNS; i++) loads.bare.push(await loadOnce(browser, 'bare'));
  } finally {
    await browser.close();
  }

  // 3. Frames
  for (const variant of VARIANTS) {
    console.log(`Frames: ${variant.name}`);
    const b = await launch(variant);
    try {
      frames[variant.name] = gameBuilt
        ? await measureFrames(b, variant)
        : (await measureFrames(b, variant)).filter((r) => r.scenario === 'bare idle');
    } finally {
      await b.close();
    }
  }

  // ----- Print
  const loadAfter = loadavg()[0];
  if (Math.max(loadBefore, loadAfter) > availableParallelism()) {
    notes.push(
      `the machine was busy (1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ` +
        `${availableParallelism()} cores): absolute times are inflated, ratios less so`,
    );
  }
  const gameI = summarise(pick(loads.game, 'interactive'));
  const bareI = summarise(pick(loads.bare, 'interactive'));
  const loadRatio = gameI.median / bareI.median;
  const gameFcp = summarise(pick(loads.game, 'fcp'));
  const fcpRatio = gameFcp.median / bareI.median;
  const gameCanvas = summarise(pick(loads.game, 'canvas'));
  const bareCanvas = summarise(pick(loads.bare, 'canvas'));
  const boardRatio = gameCanvas.median / bareCanvas.median;
  console.log('\n== Load: navigation start → interactive (ms, performance.now()) ==');
  const loadRow = (label: string, s: Summary) => [label, s.n, s.median, s.p90, s.min, s.max];
  console.log(
    table([
      ['', 'n', 'median', 'p90', 'min', 'max'],
      loadRow('game: title "New game" usable', gameI),
      loadRow('bare Phaser: first frame', bareI),
      loadRow('game: first contentful paint', summarise(pick(loads.game, 'fcp'))),
      loadRow('bare: first contentful paint', summarise(pick(loads.bare, 'fcp'))),
      loadRow('game: app code ready (eyesOnly)', summarise(pick(loads.game, 'appReady'))),
      loadRow('game: Phaser canvas attached', gameCanvas),
      loadRow('bare: Phaser canvas attached', bareCanvas),
      loadRow('game: long tasks before title', summarise(pick(loads.game, 'longTasksBefore'))),
      loadRow('game: longest task after title', summarise(pick(loads.game, 'longestTaskAfter'))),
    ]),
  );
  console.log(
    `ratio of medians game/bare: ${round2(loadRatio)}× (target ≤ ${TARGETS.loadRatio}×) ${verdict(round2(loadRatio) <= TARGETS.loadRatio)}`,
  );
  console.log(
    `stricter, "title painted": game first contentful paint / bare first frame, medians: ${round2(fcpRatio)}× ${verdict(round2(fcpRatio) <= TARGETS.loadRatio)}`,
  );
  console.log(
    `board drawn (canvas attached), game/bare medians: ${round2(boardRatio)}× (target ≤ ${TARGETS.boardRatio}×) ${verdict(round2(boardRatio) <= TARGETS.boardRatio)}`,
  );

  console.log('\n== JavaScript shipped (gzip -9) ==');
  console.log(
    table([
      ['chunk', 'role', 'player', 'raw kB', 'gzip kB'],
      ...gameChunks.map((c) => [`game ${c.file}`, c.role, played.has(c.file) ? 'yes' : '', kb(c.bytes), kb(c.gzip)]),
      ...bareChunks.map((c) => [`bare ${c.file}`, c.role, '', kb(c.bytes), kb(c.gzip)]),
    ]),
  );
  const overKb = kb(playGzip - bareGzip);
  console.log(
    `game, a player's download (title to review) ${kb(playGzip)} kB (title needs only its entry: ${kb(entryGzip)} kB); ` +
      `Phaser (bare page) ${kb(bareGzip)} kB; difference ${overKb} kB (target ≤ ${TARGETS.jsOverPhaserKb} kB) ${verdict(overKb <= TARGETS.jsOverPhaserKb)}`,
  );
  console.log(
    `game, every chunk in the build (teacher-only screens included) ${kb(gameGzip)} kB: ${kb(gameGzip - bareGzip)} kB over Phaser`,
  );

  console.log(`\n== Frames: requestAnimationFrame deltas over ${FRAMES_MS} ms (ms) ==`);
  const frameRows: (string | number)[][] = [
    ['set-up / scenario', 'frames', 'ms', 'p50', 'p95', 'max', `% time >${SLOW_FRAME_MS}ms`, 'docs', 'renderer'],
  ];
  for (const [name, results] of Object.entries(frames)) {
    for (const r of results) {
      frameRows.push([
        `${name} / ${r.scenario}`,
        r.summary?.n ?? '-',
        Math.round(r.durationMs),
        r.summary?.median ?? '-',
        r.summary?.p95 ?? '-',
        r.summary?.max ?? '-',
        r.summary ? Math.round(r.slowShare * 100) : '-',
        r.documentsOpened ?? '',
        shortRenderer(r.renderer),
      ]);
    }
  }
  console.log(table(frameRows));
  for (const [name, results] of Object.entries(frames)) {
    const docs = results.find((r) => r.scenario === 'game docs');
    const bare = results.find((r) => r.scenario === 'bare idle');
    for (const r of results) if (r.note) console.log(`  note (${name} / ${r.scenario}): ${r.note}`);
    if (docs?.summary && bare?.summary) {
      console.log(
        `${name}: game docs p95 ${round1(docs.summary.p95)} ms (target < ${TARGETS.frameP95Ms} ms) ${verdict(docs.summary.p95 < TARGETS.frameP95Ms)}; ` +
          `× bare idle p95: ${round2(docs.summary.p95 / bare.summary.p95)}`,
      );
    }
  }
  for (const note of notes) console.log(`note: ${note}`);

  const json = {
    bench: 'browser',
    runs: RUNS,
    framesMs: FRAMES_MS,
    chromium: CHROMIUM,
    loadAverage: { before: round2(loadBefore), after: round2(loadAfter), cores: availableParallelism() },
    load: {
      game: gameI,
      bare: bareI,
      ratioOfMedians: round2(loadRatio),
      target: TARGETS.loadRatio,
      fcpRatioOfMedians: round2(fcpRatio),
      gameFcp,
      bareFcp: summarise(pick(loads.bare, 'fcp')),
      gameAppReady: summarise(pick(loads.game, 'appReady')),
      gameCanvas,
      bareCanvas,
      boardRatioOfMedians: round2(boardRatio),
      boardTarget: TARGETS.boardRatio,
      gameLongTasksBefore: summarise(pick(loads.game, 'longTasksBefore')),
      gameLongestTaskAfter: summarise(pick(loads.game, 'longestTaskAfter')),
      samples: { game: pick(loads.game, 'interactive').map(round1), bare: pick(loads.bare, 'interactive').map(round1) },
    },
    js: {
      gameGzipKb: kb(gameGzip),
      gameEntryGzipKb: kb(entryGzip),
      phaserGzipKb: kb(bareGzip),
      differenceKb: overKb,
      playPathGzipKb: kb(playGzip),
      buildDifferenceKb: kb(gameGzip - bareGzip),
      target: TARGETS.jsOverPhaserKb,
      chunks: gameChunks.map((c) => ({
        file: c.file,
        role: c.role,
        player: played.has(c.file),
        rawKb: kb(c.bytes),
        gzipKb: kb(c.gzip),
      })),
    },
    frames: Object.fromEntries(
      Object.entries(frames).map(([name, results]) => [
        name,
        results.map((r) => ({
          scenario: r.scenario,
          renderer: r.renderer,
          n: r.summary?.n ?? 0,
          p50: r.summary ? round1(r.summary.median) : null,
          p95: r.summary ? round1(r.summary.p95) : null,
          max: r.summary ? round1(r.summary.max) : null,
          slowTimePct: r.summary ? Math.round(r.slowShare * 100) : null,
          durationMs: Math.round(r.durationMs),
          documentsOpened: r.documentsOpened,
          note: r.note,
        })),
      ]),
    ),
    notes,
  };
  console.log(`\n${JSON.stringify(json, (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? round2(v) : v))}`);
}

/** "WebGL: ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device ...))" → "WebGL (SwiftShader)" for the table. */
function shortRenderer(renderer: string): string {
  if (!renderer.startsWith('WebGL')) return renderer;
  return /swiftshader/i.test(renderer) ? 'WebGL (SwiftShader)' : renderer.slice(0, 40);
}

/** Ratios are judged as printed (two decimals), so "1.5× (OVER target)" is never shown. */
function verdict(ok: boolean): string {
  return ok ? '(within target)' : '(OVER target)';
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(killChildren);
