import { expect, test } from '@playwright/test';
import { blackSaturday, collectErrors, HISTORICAL_PACKAGE, passInterludes, playCommand } from './helpers';

const engine = blackSaturday();
/** The Soviet side's secret papers (some shared with Havana, none with Washington): title and first words. */
const secrets = engine.scenario.documents
  .filter((d) => d.audience.sides?.includes('ussr') && !d.audience.sides.includes('us') && !d.audience.roles)
  .map((d) => ({ title: d.title, words: d.body.replace(/\s+/g, ' ').slice(0, 60) }));

test('two teams on one screen: hand-over screens, and no Soviet secret ever in the American view', async ({
  page,
}, info) => {
  // Each decision now stops on its recap card as well (#15): one more screen per turn.
  test.setTimeout(360_000);
  expect(secrets.length).toBeGreaterThanOrEqual(2);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByLabel(/two teams on one screen/).check();
  await page.getByLabel('Seed').fill('1962');
  await page.getByRole('button', { name: 'Take your seat' }).click();

  let sovietTurns = 0;
  for (let step = 0; step < 40; step++) {
    await passInterludes(page).catch(() => undefined);
    if ((await page.locator('[data-ending]').count()) > 0) break;
    const handOver = page.getByRole('button', { name: /^We are/ });
    if ((await handOver.count()) > 0) {
      // While the screen waits to be handed over, neither team's papers are on it.
      await expect(page.locator('.desk__folder')).toHaveCount(0);
      await handOver.click();
      continue;
    }
    const seat = await page.evaluate(() => {
      const view = window.eyesOnly?.view();
      return view?.decision?.side ?? null;
    });
    // textContent, not innerText: hidden text counts too, since it is in the DOM all the same.
    const text = (await page.locator('body').textContent()) ?? '';
    if (seat === 'us') {
      for (const secret of secrets) {
        expect(text).not.toContain(secret.title);
        expect(text).not.toContain(secret.words);
      }
      // Also the documents the American seat's view lists.
      const held = await page.evaluate(() => window.eyesOnly?.view().documents.map((d) => d.title) ?? []);
      for (const secret of secrets) expect(held).not.toContain(secret.title);
    } else if (seat === 'ussr') {
      sovietTurns++;
      await expect(page.locator('.desk__folder')).toContainText(secrets[0].title);
      if (sovietTurns === 1) await page.screenshot({ path: info.outputPath('soviet-team.png') });
    }
    if ((await page.locator('.reply').count()) > 0) {
      await playCommand(page, { type: 'player.sendReply', side: 'us', items: HISTORICAL_PACKAGE });
      continue;
    }
    await page.locator('.vote__count').first().fill('9');
    await page.getByRole('button', { name: 'Decide by the vote' }).click();
  }
  expect(sovietTurns).toBeGreaterThan(0);
  await expect(page.locator('[data-ending]')).toBeVisible();
  expect(errors).toEqual([]);
});
