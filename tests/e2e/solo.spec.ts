import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { blackSaturday, collectErrors, passInterludes, playCommand, startNewGame } from './helpers';

const engine = blackSaturday();
const SEED = 1962;
const historical = playStrategy(engine, { seed: SEED }, historicalStrategy).snapshot;
const historicalCommands = historical.context.commands.filter((c) => c.type !== 'player.read');

async function axeSerious(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('solo play', () => {
  test('the historical path, by keyboard and clicks, reaches the historical settlement', async ({ page }, info) => {
    test.setTimeout(120_000);
    expect(historical.context.ending).toBe('historical-settlement');
    const errors = collectErrors(page);
    await page.goto('/');
    await startNewGame(page, SEED);

    // The morning's briefing folder arrives first.
    await expect(page.getByRole('heading', { name: 'The clock runs' })).toBeVisible();
    await page.screenshot({ path: info.outputPath('briefing.png') });
    expect(await axeSerious(page)).toEqual([]);

    for (const [i, command] of historicalCommands.entries()) {
      await passInterludes(page);
      if (command.type === 'player.sendReply') {
        // The evening's central briefing: the seed memo, with its markings.
        await page.getByRole('link', { name: /Briefing folder/ }).click();
        await page
          .locator('.desk__folder')
          .getByRole('button', { name: /Negotiations/ })
          .click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog.getByText('SECRET EYES ONLY Attachments').first()).toBeVisible();
        await expect(dialog.getByText('BEST COPY AVAILABLE').first()).toBeVisible();
        await expect(dialog.getByText(/DECLASSIFIED/).first()).toBeVisible();
        await expect(dialog.getByText(/prompt elimination of Soviet offensive weapons/).first()).toBeVisible();
        await page.screenshot({ path: info.outputPath('seed-memo.png') });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await page.screenshot({ path: info.outputPath('reply-builder.png') });
        expect(await axeSerious(page)).toEqual([]);
      }
      if (i === 0) {
        await page.screenshot({ path: info.outputPath('decision.png') });
        expect(await axeSerious(page)).toEqual([]);
      }
      await playCommand(page, command, i % 2 === 0);
    }
    await passInterludes(page);
    const outcome = page.locator('[data-ending]');
    await expect(outcome).toHaveAttribute('data-ending', 'historical-settlement');
    await expect(page.getByText('HISTORICAL ENDING')).toBeVisible();
    await page.screenshot({ path: info.outputPath('outcome.png') });

    await page.getByRole('button', { name: 'After-action review' }).click();
    await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();
    await expect(page.getByText('0 of your decisions diverged from the record.')).toBeVisible();
    await page.screenshot({ path: info.outputPath('review.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('striking the SAM site leads to a counterfactual ending, labelled so', async ({ page }, info) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await startNewGame(page, 7);
    for (let step = 0; step < 40; step++) {
      await passInterludes(page);
      if ((await page.locator('[data-ending]').count()) > 0) break;
      const choices = await page.evaluate(() => window.eyesOnly?.choices() ?? []);
      const decision = await page.evaluate(() => window.eyesOnly?.view().decision?.id);
      if (decision === 'u2-loss') {
        await page.locator('.option[data-option="retaliate-sam"]').click();
      } else if (decision === 'evening-reply') {
        await playCommand(page, {
          type: 'player.sendReply',
          side: 'us',
          items: ['halt-work', 'prepare-strike', 'public-letter'],
        });
      } else {
        await page.locator(`.option[data-option="${choices[0].id}"]`).click();
      }
    }
    await passInterludes(page);
    await expect(page.getByText(/COUNTERFACTUAL ENDING/)).toBeVisible();
    await page.screenshot({ path: info.outputPath('counterfactual.png') });
    expect(errors).toEqual([]);
  });

  test('a game is saved after each decision and continues after a reload', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    await startNewGame(page, SEED);
    await playCommand(page, historicalCommands[0]);
    await playCommand(page, historicalCommands[1]);
    await passInterludes(page);
    const before = await page.evaluate(() => window.eyesOnly?.view().decision?.id);
    expect(before).toBe('turkey-meeting');
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('[data-decision="turkey-meeting"]')).toBeVisible();
    expect(await page.evaluate(() => window.eyesOnly?.seed())).toBe(SEED);
    expect(errors).toEqual([]);
  });

  test('a corrupted save is refused with a message and a new game still starts', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    await page.evaluate(() =>
      localStorage.setItem('eyes-only:save:black-saturday', '{"format":"eyes-only-save","saveVersion":1,"commands":[{'),
    );
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toContainText('This save is damaged or incomplete');
    await startNewGame(page, 3);
    await passInterludes(page);
    await expect(page.locator('[data-decision="second-letter"]')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
