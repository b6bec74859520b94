import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const GAME_NAME = 'Eyes Only: Black Saturday';
const BRIEFING_HEADING = 'Saturday, 27 October 1962';

/** SwiftShader's "GPU stall due to ReadPixels" and similar are warnings; only errors fail a test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.message}`);
  });
  return errors;
}

test.describe('booting the game', () => {
  test('shows the title over the Phaser canvas with an accessible Start button', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto('/');

    await expect(page).toHaveTitle(GAME_NAME);
    await expect(page.locator('#game-container canvas')).toBeVisible();

    const heading = page.getByRole('heading', { level: 1, name: GAME_NAME });
    await expect(heading).toBeVisible();

    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeVisible();
    await expect(start).toHaveAccessibleName('Start');
    const fontSize = await start.evaluate((button) => Number.parseFloat(getComputedStyle(button).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);

    // Let the title's fade-in finish so the screenshot shows the room, not a black frame.
    await page.waitForTimeout(600);
    await page.screenshot({ path: testInfo.outputPath('title.png') });
    await page.screenshot({ path: 'test-results/title.png' });

    expect(errors).toEqual([]);
  });

  test('pressing Start from the keyboard opens the briefing placeholder', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await page.goto('/');

    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeVisible();

    // Start is the first thing a keyboard user reaches.
    await page.keyboard.press('Tab');
    await expect(start).toBeFocused();
    const outline = await start.evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: testInfo.outputPath('start-focused.png') });

    await page.keyboard.press('Enter');

    const briefing = page.getByRole('heading', { level: 1, name: BRIEFING_HEADING });
    await expect(briefing).toBeVisible();
    await expect(briefing).toBeFocused();
    await expect(page.getByText('The briefing is being prepared.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await expect(page.locator('#ui-overlay')).toHaveAttribute('data-screen', 'briefing');

    await page.waitForTimeout(600);
    await page.screenshot({ path: testInfo.outputPath('briefing.png') });
    await page.screenshot({ path: 'test-results/briefing.png' });

    expect(errors).toEqual([]);
  });

  test('pressing Start with the space bar works too', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    const start = page.getByRole('button', { name: 'Start' });
    await start.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 1, name: BRIEFING_HEADING })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the title screen passes the axe accessibility checks', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
