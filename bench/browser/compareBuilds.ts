/**
 * Start-up of several builds of the game, each beside the bare Phaser page, loaded in turn:
 * `npm run bench:builds -- <dist> [<dist> …]` (built folders, e.g. `npx vite build --outDir /tmp/a`).
 *
 * A benchmark, not a test. For trying a change to the start-up order: `bench:browser` measures one
 * build, and on a two-core machine the spread between its runs is as wide as most changes, so the
 * builds are compared within one run here, loads interleaved round by round (the order rotating), so
 * that a busy moment falls on all of them. Same probe as `bench:browser` (`probe.ts`): title usable
 * (`title:frame`; the bare page's first frame), canvas attached, the game's code ready
 * (`app:ready`). Prints medians and each one's ratio to the bare page. The bare page is
 * `bench/bare/dist`, built by `npm run bench:browser` (or `npx vite build --config bench/bare/vite.config.ts`).
 *
 * Environment: BENCH_RUNS (12 rounds), CHROMIUM_PATH, BENCH_PORT (4391: the bare page; builds on the next ports).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS } from '../../tests/e2e/browser';
import { PROBE, READ_MARKS } from './probe';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BARE_DIST = join(ROOT, 'bench/bare/dist');
const RUNS = Number(process.env.BENCH_RUNS) > 0 ? Number(process.env.BENCH_RUNS) : 12;
const PORT = Number(process.env.BENCH_PORT) > 0 ? Number(process.env.BENCH_PORT) : 4391;
const CHROMIUM = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

interface Sample {
  title?: number;
  canvas?: number;
  app?: number;
}

/** A static server for one built folder (the bench measures the page, not the server). */
function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : Number.NaN;
}

async function main(): Promise<void> {
  const builds = process.argv.slice(2).map((dir) => resolve(dir));
  if (builds.length === 0) throw new Error('Name at least one built folder: npm run bench:builds -- /tmp/a /tmp/b');
  for (const dir of [BARE_DIST, ...builds])
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(`${dir} has no index.html: build it first (the bare page: npm run bench:browser once).`);
  const dirs = [BARE_DIST, ...builds];
  const servers = await Promise.all(dirs.map((dir, i) => serve(dir, PORT + i)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_LAUNCH_ARGS] });
  console.log(
    `Start-up of ${builds.length} build(s) beside the bare page, ${RUNS} rounds; load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
  const load = async (i: number): Promise<Sample> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.addInitScript({ content: PROBE });
      await page.goto(`http://127.0.0.1:${PORT + i}/`, { waitUntil: 'commit' });
      const wanted = i === 0 ? ['bare:first-frame', 'canvas'] : ['title:frame', 'canvas', 'app:ready'];
      await page.waitForFunction(
        `(() => { const m = ${READ_MARKS}; return ${JSON.stringify(wanted)}.every((k) => m[k] !== undefined); })()`,
        undefined,
        { timeout: 30_000, polling: 25 },
      );
      const marks = (await page.evaluate(READ_MARKS)) as Record<string, number | undefined>;
      return {
        title: marks[i === 0 ? 'bare:first-frame' : 'title:frame'],
        canvas: marks.canvas,
        app: marks['app:ready'],
      };
    } finally {
      await context.close();
    }
  };
  const samples: Sample[][] = dirs.map(() => []);
  try {
    for (let i = 0; i < dirs.length; i++) await load(i); // warm-up, discarded
    for (let round = 0; round < RUNS; round++) {
      for (let k = 0; k < dirs.length; k++) {
        const i = (round + k) % dirs.length;
        samples[i].push(await load(i));
      }
      process.stdout.write(`  round ${round + 1}/${RUNS}\r`);
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  const of = (i: number, key: keyof Sample) =>
    median(samples[i].flatMap((s) => (s[key] === undefined ? [] : [s[key]])));
  const bare = { title: of(0, 'title'), canvas: of(0, 'canvas') };
  console.log(
    `\n${'build'.padEnd(28)} ${'title'.padStart(7)} ${'×bare'.padStart(6)} ${'canvas'.padStart(7)} ${'×bare'.padStart(6)} ${'code'.padStart(7)}`,
  );
  dirs.forEach((dir, i) => {
    const title = of(i, 'title');
    const canvas = of(i, 'canvas');
    const name = i === 0 ? 'bare Phaser page' : basename(dir);
    console.log(
      `${name.padEnd(28)} ${title.toFixed(0).padStart(7)} ${(title / bare.title).toFixed(2).padStart(6)} ${canvas.toFixed(0).padStart(7)} ${(canvas / bare.canvas).toFixed(2).padStart(6)} ${i === 0 ? '-'.padStart(7) : of(i, 'app').toFixed(0).padStart(7)}`,
    );
  });
  console.log(
    '(medians in ms after navigation start; "title" is the bare page\'s first frame for the bare page; targets: title ≤ 0.35×, canvas ≤ 1.5×)',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
