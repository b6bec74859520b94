/**
 * Offline play: the single-file build opened from disk (a USB stick in a classroom without a network),
 * and the normal build served once and then played with the network gone (its service worker).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { OFFLINE_DIR, OFFLINE_FILE } from '../../scripts/vite-single-file';
import { collectErrors, passInterludes, startNewGame } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SINGLE_FILE = join(ROOT, OFFLINE_DIR, OFFLINE_FILE);
/** What the single file is built from: rebuilt when any of it is newer than the file. */
const SOURCES = [
  'src',
  'scenarios',
  'assets',
  'scripts',
  'index.html',
  'vite.config.ts',
  'vite.offline.config.ts',
  'package-lock.json',
];
const GAME_NAME = 'Eyes Only: Black Saturday';
const SEED = 1962;
/** The reply package sent when the evening's reply is on the desk (item ids of scenario.yaml). */
const REPLY = ['halt-work', 'un-verified-removal', 'no-invasion-pledge', 'deadline', 'rfk-dobrynin'];

function newestSource(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

function singleFileIsStale(): boolean {
  if (!existsSync(SINGLE_FILE)) return true;
  const built = statSync(SINGLE_FILE).mtimeMs;
  return SOURCES.some((source) => newestSource(join(ROOT, source)) > built);
}

/** The folder the preview server serves (playwright.config.ts: E2E_DIST, `dist` unless set). */
const SERVED_DIST = process.env.E2E_DIST ?? 'dist';

/** The files of a build, relative to its folder. */
function builtFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** No network at all: offline, and every request that is not to a file on disk is refused. */
async function cutTheNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
}

/** Every request and every failed request of the page, to check that nothing went to a network. */
function watchRequests(page: Page): { network: string[]; failed: string[] } {
  const seen = { network: [] as string[], failed: [] as string[] };
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) seen.network.push(request.url());
  });
  page.on('requestfailed', (request) => {
    seen.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  return seen;
}

/** Plays from the first decision to an ending through `window.eyesOnly`: the first open choice each time. */
async function playToAnEnding(page: Page): Promise<void> {
  for (let step = 0; step < 60; step++) {
    await passInterludes(page);
    if ((await page.locator('[data-ending]').count()) > 0) return;
    const result = await page.evaluate((reply) => {
      const hook = window.eyesOnly;
      const decision = hook?.view().decision;
      if (!hook || !decision?.yours) return null;
      const step = decision.kind === 'reply' ? hook.send(reply) : hook.choose(hook.choices()[0].id);
      return step.ok ? { ok: true } : { ok: false, reason: step.errors[0] };
    }, REPLY);
    if (result) expect(result).toEqual({ ok: true });
    else await page.waitForTimeout(100);
  }
  throw new Error('no ending after 60 steps');
}

test.describe('offline play', () => {
  // One worker for the three: the single file is built once, into one folder, before them.
  test.describe.configure({ mode: 'default' });
  test.beforeAll(() => {
    // The single file is not part of `npm run build`: make it here if it is missing or out of date.
    test.setTimeout(300_000);
    if (!singleFileIsStale()) return;
    execSync('npx vite build --config vite.offline.config.ts', { cwd: ROOT, stdio: 'pipe', timeout: 280_000 });
  });

  test('the single HTML file plays to an ending from file:// with no network', async ({ page, context }) => {
    test.setTimeout(180_000);
    expect(readdirSync(join(ROOT, OFFLINE_DIR))).toEqual([OFFLINE_FILE]);
    await cutTheNetwork(context);
    const errors = collectErrors(page);
    const requests = watchRequests(page);

    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await expect(page).toHaveTitle(GAME_NAME);
    await expect(page.getByRole('heading', { level: 1, name: GAME_NAME })).toBeVisible();
    await expect(page.locator('#game-container canvas')).toBeVisible();
    // The fonts are inlined, not fetched: the faces are there.
    expect(await page.evaluate(() => document.fonts.check('16px "Special Elite"'))).toBe(true);

    // A returning player (the config's stored state is for the served origin, not for file://).
    await page.evaluate(() => localStorage.setItem('eyes-only:briefing-seen', 'black-saturday'));
    await startNewGame(page, SEED);
    await playToAnEnding(page);
    await passInterludes(page);
    await expect(page.locator('[data-ending]')).toBeVisible();
    expect(await page.evaluate(() => window.eyesOnly?.view().ending?.id)).toBeTruthy();

    // The sound cues played from data: URLs (Howler decodes them itself, no request).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const howler = (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler;
          return [...new Set((howler?._howls ?? []).map((howl) => howl.state()))];
        }),
      )
      .toEqual(['loaded']);

    // The review is a dynamic import() in the normal build; here it must come from the file itself.
    await page.getByRole('button', { name: 'After-action review' }).click();
    await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();

    expect(errors).toEqual([]);
    expect(requests).toEqual({ network: [], failed: [] });
  });

  test('the single file checks a teacher’s own scenario from file://, in its inlined worker', async ({
    page,
    context,
  }) => {
    await cutTheNetwork(context);
    const errors = collectErrors(page);
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await page.getByRole('button', { name: 'Load your own scenario' }).click();
    await page.getByLabel('A scenario bundle').setInputFiles('tests/fixtures/bundles/dangling-next.scenario.json');
    await expect(page.locator('.own-scenario__problems li').first()).toContainText(
      'decisions.south-answer.options[1].next: no decision or ending "stanoff"',
    );
    // The worker is inlined in the file and started from a blob: URL, which file:// allows.
    await expect(page.locator('.own-scenario__status')).toHaveAttribute('data-check', 'worker');
    await page.getByLabel('A scenario bundle').setInputFiles('tests/fixtures/bundles/mini.scenario.json');
    await expect(page.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the normal build works offline after its first visit (service worker)', async ({ page, context }) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: GAME_NAME })).toBeVisible();
    // Installed (every file precached), active and in control of the page.
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(worker).toMatch(/\/sw\.js$/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('eyes-only-black-saturday:'));
      return name ? (await (await caches.open(name)).keys()).length : 0;
    });
    expect(cached).toBe(builtFiles(join(ROOT, SERVED_DIST)).filter((file) => file !== 'sw.js').length);

    await cutTheNetwork(context);
    const requests = watchRequests(page);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: GAME_NAME })).toBeVisible();
    await expect(page.locator('#game-container canvas')).toBeVisible();
    await startNewGame(page, SEED);
    await passInterludes(page);
    await expect(page.locator('.decision, .reply').first()).toBeVisible();

    expect(errors).toEqual([]);
    expect(requests.failed).toEqual([]);
  });
});
