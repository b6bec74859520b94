import { expect, test } from '@playwright/test';
import { collectErrors, HISTORICAL_PACKAGE, passInterludes, playCommand } from './helpers';

test('a classroom session on one screen: votes, an override, an early inject and a marked moment reach the review', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByLabel(/Classroom, one screen/).check();
  await page.getByLabel('Minutes per debate (classroom)').fill('4');
  await page.getByLabel('Seed').fill('1962');
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(page);

  // The facilitator starts the clocks, releases an inject early and marks a moment.
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.getByRole('button', { name: 'Start the debate' }).click();
  await expect(page.getByRole('timer')).toContainText(/^[34]:\d\d$/);
  await page.locator('.facilitator__tools summary').click();
  const release = page.locator('#release-document');
  const released = await release.locator('option').first().textContent();
  await page.getByRole('button', { name: 'Release' }).click();
  await passInterludes(page);
  await expect(page.locator('.desk__folder')).toContainText(released ?? '');
  await page.locator('.facilitator__tools summary').click();
  await page.getByLabel('Mark a moment:').fill('Table B argued for the Turkey trade');
  await page.getByRole('button', { name: 'Mark', exact: true }).click();
  await page.screenshot({ path: info.outputPath('facilitator.png') });

  let overridden = false;
  for (let step = 0; step < 30; step++) {
    await passInterludes(page);
    if ((await page.locator('[data-ending]').count()) > 0) break;
    if ((await page.locator('.reply').count()) > 0) {
      await playCommand(page, { type: 'player.sendReply', side: 'us', items: HISTORICAL_PACKAGE });
      continue;
    }
    const counts = page.locator('.vote__count');
    await counts.first().fill('14');
    if ((await counts.count()) > 1) await counts.nth(1).fill('6');
    if (!overridden && (await counts.count()) > 1) {
      // The facilitator overrides the vote once, with a reason.
      await page.locator('#override-option').selectOption({ index: 1 });
      await page.locator('#override-note').fill('To show the class the hard line');
      await page.getByRole('button', { name: 'Override the vote' }).click();
      overridden = true;
      continue;
    }
    await page.getByRole('button', { name: 'Decide by the vote' }).click();
  }
  await expect(page.locator('[data-ending]')).toBeVisible();
  await page.getByRole('button', { name: 'After-action review' }).click();
  await expect(page.getByRole('heading', { name: 'Moments marked for the debrief' })).toBeVisible();
  await expect(page.getByText('Table B argued for the Turkey trade')).toBeVisible();
  await expect(page.locator('.review__vote').first()).toContainText('14');
  await expect(page.getByText(/Overridden by the facilitator: To show the class the hard line/)).toBeVisible();
  await page.screenshot({ path: info.outputPath('classroom-review.png') });
  expect(errors).toEqual([]);
});
