import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { restoreSave } from '../../src/engine/save';
import { blackSaturday, collectErrors, passInterludes, startNewGame } from './helpers';

const engine = blackSaturday();
const SEED = 1962;
const commands = playStrategy(engine, { seed: SEED }, historicalStrategy).snapshot.context.commands.filter(
  (c) => c.type !== 'player.read',
);

/**
 * The record except that a summit is pressed for at the end: history's road, but not history (audit S4).
 * (A late departure that sours the settlement, such as the Jupiters delayed, ends in soured-settlement.)
 */
const pressed = playStrategy(engine, { seed: SEED }, (e, s) =>
  s.context.current === 'summit-agenda'
    ? { type: 'player.choose', side: 'us', option: 'press-for-summit' }
    : historicalStrategy(e, s),
).snapshot.context.commands.filter((c) => c.type !== 'player.read');

/** Plays the given commands through the automation hook (the UI follows). */
async function playThrough(page: Page, played: typeof commands): Promise<void> {
  await startNewGame(page, SEED);
  await passInterludes(page);
  for (const command of played) {
    const ok = await page.evaluate((c) => {
      const hook = window.eyesOnly;
      if (!hook) return false;
      return c.type === 'player.choose'
        ? hook.choose(c.option).ok
        : c.type === 'player.sendReply'
          ? hook.send(c.items).ok
          : false;
    }, command);
    expect(ok).toBe(true);
  }
  await passInterludes(page);
}

/** Plays the historical commands, then opens the review. */
async function finishAndReview(page: Page): Promise<void> {
  await playThrough(page, commands);
  await expect(page.locator('[data-ending="historical-settlement"]')).toBeVisible();
  await page.getByRole('button', { name: 'After-action review' }).click();
  await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();
}

test.describe('the after-action review and the decision map', () => {
  test('shows the record beside the game, the map with every node, and exports that replay', async ({ page }, info) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await finishAndReview(page);
    await expect(page.getByText('0 of your decisions diverged from the record.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The memo scorecard' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();

    // The map: every decision and ending of the scenario, and the endings found in this browser.
    await expect(page.getByText(`1 of ${engine.scenario.endings.length} endings found`)).toBeVisible();
    const list = page.locator('.decision-map__list');
    await list.locator('summary').click();
    const listed = await list.locator('li > strong').allTextContents();
    for (const d of engine.scenario.decisions) if (d.title) expect(listed).toContain(d.title);
    for (const e of engine.scenario.endings) expect(listed).toContain(e.title);
    await page.screenshot({ path: info.outputPath('review.png'), fullPage: true });

    // Exports: Markdown with the timeline, JSON that replays to the same ending.
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const mdText = readFileSync(await markdown.path(), 'utf8');
    expect(mdText).toContain('## Your decisions beside the record');
    expect(mdText).toContain('0 decision(s) diverged');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON (replayable)' }).click(),
    ]);
    const jsonPath = await json.path();
    const replayed = restoreSave(engine, readFileSync(jsonPath, 'utf8'));
    expect(replayed.ok && replayed.snapshot.context.ending).toBe('historical-settlement');

    // The same file opens from the title screen, straight into its review.
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Replay a saved game file' }).click();
    await (await chooser).setFiles(jsonPath);
    await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();
    await expect(page.getByText(/Ending: The settlement of 28 October/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a run that left the record ends counterfactual and names where, on the ending and in the review', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await playThrough(page, pressed);
    await expect(page.locator('[data-ending="near-settlement"]')).toBeVisible();
    await expect(page.getByText('COUNTERFACTUAL ENDING')).toBeVisible();
    const heading = 'Where your run left the record of “The settlement of 28 October”';
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.locator('.outcome__departures li[data-decision="summit-agenda"]')).toHaveText(
      "The memo's part (b): you: Press for a Kennedy–Khrushchev summit, as the memo recommended; the record: Pursue limited agreements: a hotline and a test ban",
    );
    await page.getByRole('button', { name: 'After-action review' }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.locator('.review li[data-decision="summit-agenda"]')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('prints on pages with nothing cut off at the sides', async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await finishAndReview(page);
    await page.emulateMedia({ media: 'print' });
    // In print the canvas and the buttons are gone and the report flows over pages.
    await expect(page.locator('#game-container')).toBeHidden();
    await expect(page.locator('.review__actions')).toBeHidden();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.review *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : ''))
        .slice(0, 5);
    });
    expect(overflow).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await info.attach('review.pdf', { body: pdf, contentType: 'application/pdf' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
  });
});
