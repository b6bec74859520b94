import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, holdRequests } from './helpers';

const GAME_NAME = 'Eyes Only: Black Saturday';
const SETUP_HEADING = 'A new exercise';

test.describe('booting the game', () => {
  test('shows the title over the Phaser canvas with an accessible New game button', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto('/');

    await expect(page).toHaveTitle(GAME_NAME);
    await expect(page.locator('#game-container canvas')).toBeVisible();

    const heading = page.getByRole('heading', { level: 1, name: GAME_NAME });
    await expect(heading).toBeVisible();

    const start = page.getByRole('button', { name: 'New game' });
    await expect(start).toBeVisible();
    await expect(start).toHaveAccessibleName('New game');
    const fontSize = await start.evaluate((button) => Number.parseFloat(getComputedStyle(button).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);

    // Let the title's fade-in finish so the screenshot shows the room, not a black frame.
    await page.waitForTimeout(600);
    await page.screenshot({ path: testInfo.outputPath('title.png') });
    await page.screenshot({ path: 'test-results/title.png' });

    expect(errors).toEqual([]);
  });

  test('pressing New game from the keyboard opens the setup screen', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto('/');

    const start = page.getByRole('button', { name: 'New game' });
    await expect(start).toBeVisible();

    // New game is the first thing a keyboard user reaches.
    await page.keyboard.press('Tab');
    await expect(start).toBeFocused();
    const outline = await start.evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: testInfo.outputPath('start-focused.png') });

    await page.keyboard.press('Enter');

    const setup = page.getByRole('heading', { level: 1, name: SETUP_HEADING });
    await expect(setup).toBeVisible();
    await expect(setup).toBeFocused();
    await expect(page.getByLabel('Seed')).toBeVisible();
    await expect(page.getByRole('button', { name: 'New game' })).toHaveCount(0);
    await expect(page.locator('#ui-overlay')).toHaveAttribute('data-screen', 'setup');

    await page.waitForTimeout(600);
    await page.screenshot({ path: testInfo.outputPath('setup.png') });
    await page.screenshot({ path: 'test-results/setup.png' });

    expect(errors).toEqual([]);
  });

  test("the title's stylesheet is in the page: no request before the title, none again with the game's code", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const requested: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
    // The fonts' faces and the title's rules come with the page (scripts/vite-inline-title-css.ts):
    // it links no stylesheet, so nothing but the entry script stands between it and the title.
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(/<style>[^<]*@font-face/);
    expect(html).not.toMatch(/<link rel="stylesheet"/);

    await page.getByRole('button', { name: 'New game' }).click();
    await expect(page.getByRole('heading', { level: 1, name: SETUP_HEADING })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    // The faces' url()s, rewritten for the page, find their files.
    expect(requested.filter((path) => path.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    // The game's code brought its own stylesheets, each once, and not the title's again: one sheet
    // with the fonts' faces in the whole document.
    const css = requested.filter((path) => path.endsWith('.css'));
    expect(new Set(css).size).toBe(css.length);
    const sheetsWithFaces = await page.evaluate(
      () =>
        [...document.styleSheets].filter((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSFontFaceRule))
          .length,
    );
    expect(sheetsWithFaces).toBe(1);
    expect(errors).toEqual([]);
  });

  test.describe("before the game's code has arrived", () => {
    // Requests a service worker answers never reach page.route.
    test.use({ serviceWorkers: 'block' });

    /** Holds every script of the build until the returned function is called. */
    const holdScripts = (page: Page) => holdRequests(page, '**/assets/*.js');

    const tookOver = (page: Page) =>
      page.waitForFunction(() => !('__eyesOnlyEarlyTitle' in window) && document.querySelector('#ui-overlay button'));

    test('the title is painted from the page alone, and New game pressed then is carried out when the code arrives', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      const release = await holdScripts(page);
      // The page is answered; none of its scripts are.
      await page.goto('/', { waitUntil: 'commit' });
      const start = page.getByRole('button', { name: 'New game' });
      await expect(start).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: GAME_NAME })).toBeVisible();
      // Nothing saved: no Continue, and the title is the one the game draws (same buttons, same order).
      const before = await page.locator('#ui-overlay button').allTextContents();
      expect(before).not.toContain('Continue');
      await page.keyboard.press('Tab');
      await expect(start).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#ui-overlay')).toHaveAttribute('aria-busy', 'true');
      release();
      const setup = page.getByRole('heading', { level: 1, name: SETUP_HEADING });
      await expect(setup).toBeVisible();
      await expect(setup).toBeFocused();
      expect(errors).toEqual([]);
    });

    test("the keyboard focus stays where it was when the game's own title takes over", async ({ page }) => {
      const errors = collectErrors(page);
      const release = await holdScripts(page);
      await page.goto('/', { waitUntil: 'commit' });
      await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
      const before = await page.locator('#ui-overlay button').allTextContents();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const packets = page.getByRole('button', { name: 'Role packets and facilitator guide' });
      await expect(packets).toBeFocused();
      release();
      await tookOver(page);
      await expect(packets).toBeFocused();
      // The game's title has the page's buttons, in the page's order.
      expect(await page.locator('#ui-overlay button').allTextContents()).toEqual(before);
      await expect(page.locator('#ui-overlay')).not.toHaveAttribute('aria-busy', 'true');
      expect(errors).toEqual([]);
    });

    test('with a saved game, the title offers Continue before the code arrives', async ({ page }) => {
      const errors = collectErrors(page);
      await page.addInitScript(() => localStorage.setItem('eyes-only:save:black-saturday', '{}'));
      const release = await holdScripts(page);
      await page.goto('/', { waitUntil: 'commit' });
      await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Review the saved game' })).toBeVisible();
      release();
      await tookOver(page);
      await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  });

  test("the room is asked for by the page itself, before the game's code; a device's page never asks for it", async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
    await page.goto('/');
    await expect(page.locator('#game-container canvas')).toBeAttached();
    await page.waitForFunction(() => 'eyesOnly' in window);
    const room = requested.findIndex((file) => file.startsWith('StartGame-'));
    const code = requested.findIndex((file) => file.startsWith('appMain-'));
    expect(room).toBeGreaterThan(-1);
    expect(code).toBeGreaterThan(room);
    // The page's own script is not what asked for it: the preload is in the page's head.
    expect(await page.locator('link[rel="modulepreload"][href*="StartGame-"]').count()).toBe(1);
    expect(errors).toEqual([]);

    // A student's phone on the classroom server loads the same page: no room, no Phaser.
    requested.length = 0;
    await page.goto('/?join=ABCD');
    // Nor the game's title, which the page holds for everyone else.
    await expect(page.getByRole('button', { name: 'New game' })).toHaveCount(0);
    await expect(page.locator('#ui-overlay')).not.toBeEmpty();
    await expect(page.getByRole('button', { name: 'New game' })).toHaveCount(0);
    expect(requested.filter((file) => file.startsWith('StartGame-'))).toEqual([]);
    expect(await page.locator('link[rel="modulepreload"][href*="StartGame-"]').count()).toBe(0);
  });

  test('pressing New game with the space bar works too', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    const start = page.getByRole('button', { name: 'New game' });
    await start.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 1, name: SETUP_HEADING })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the title screen passes the axe accessibility checks', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
