import { expect, type Page, test } from '@playwright/test';
import { collectErrors, HISTORICAL_PACKAGE, passInterludes, setUpClassroom } from './helpers';

/**
 * Nothing a person typed is lost: the facilitator's counts and the reply being built survive the
 * facilitator's releases and holds, a paper opened, leaving the desk and coming back, and a reload.
 */
const HELD = 'kennedy-letter-27';
const EARLY = 'mongoose-16-oct';
const EARLY_TITLE = 'Operation Mongoose, 16 October';

/** Leaves the desk for the title (the game is saved), then comes back to it with Continue. */
async function leaveAndComeBack(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.decision, .reply').first()).toBeVisible();
}

async function reloadAndContinue(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.decision, .reply').first()).toBeVisible();
}

/** Counts the desk bell's captions from now on (the caption is shown whether the sound plays or not). */
async function countBells(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { bells: number };
    w.bells = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n.textContent?.includes('A desk bell rings')) w.bells += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const bells = (page: Page) => page.evaluate(() => (window as unknown as { bells: number }).bells);

async function openAndClosePaper(page: Page, title: string): Promise<void> {
  await page.locator('.desk__folder').getByText(title).first().click();
  const viewer = page.locator('dialog.doc-viewer');
  await expect(viewer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
}

test('votes typed and a reply half built survive releases, holds, a paper, leaving the desk and a reload', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await setUpClassroom(page, { debateMinutes: 4, seed: 1962 });
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(page);

  // The bell announced this decision; nothing below but a new decision rings it again.
  await countBells(page);
  // The room's first vote: counts typed, one hand added with +1, an override's reason half written.
  const counts = page.locator('.vote__count');
  await counts.nth(0).fill('5');
  await counts.nth(1).fill('6');
  await page.locator('.vote__more').nth(1).click();
  await page.locator('#override-note').fill('Half a reason');
  const typed = async () => {
    await expect(counts.nth(0)).toHaveValue('5');
    await expect(counts.nth(1)).toHaveValue('7');
    await expect(page.locator('#override-note')).toHaveValue('Half a reason');
  };

  // The facilitator holds one inject back and releases another: the desk stays as it was.
  await page.locator('.facilitator__tools summary').click();
  await page.locator('#inject-document').selectOption(HELD);
  await page.getByRole('button', { name: 'Hold back' }).click();
  await expect(page.locator(`#inject-document option[value="${HELD}"]`)).toContainText('(held back)');
  await typed();
  await page.locator('#inject-document').selectOption(EARLY);
  await page.getByRole('button', { name: 'Release now' }).click();
  // Ahead of its time: released only on the second press.
  await page.getByRole('button', { name: 'Release it early' }).click();
  await expect(page.locator('.facilitator__tools [role="status"]')).toHaveText('Released to the room.');
  await expect(page.locator('.facilitator__tools')).toHaveAttribute('open', '');
  await expect(page.locator('.desk__folder')).toContainText(EARLY_TITLE);
  await typed();

  // A paper opened and closed, the desk left and come back to, the page reloaded: all still there.
  await openAndClosePaper(page, EARLY_TITLE);
  await typed();
  await leaveAndComeBack(page);
  await typed();
  expect(await bells(page)).toBe(0);
  await expect(page.locator('.facilitator__tools')).toHaveAttribute('open', '');
  await expect(page.locator('.facilitator__tools [role="status"]')).toHaveText('Released to the room.');
  await reloadAndContinue(page);
  await typed();

  // Decided, the vote is the game's: the next decision starts from empty counts, with the bell.
  await countBells(page);
  await page.getByRole('button', { name: 'Decide by the vote' }).click();
  await passInterludes(page);
  await expect.poll(() => bells(page)).toBe(1);
  for (let step = 0; step < 10 && (await page.locator('.reply').count()) === 0; step++) {
    await passInterludes(page);
    if ((await page.locator('.reply').count()) > 0) break;
    await expect(counts.nth(0)).toHaveValue('0');
    await counts.nth(1).fill('3');
    await page.getByRole('button', { name: 'Decide by the vote' }).click();
    await passInterludes(page);
  }

  // The evening's reply, half built.
  await expect(page.locator('.reply')).toBeVisible();
  const half = HISTORICAL_PACKAGE.slice(0, 2);
  for (const item of half) await page.locator(`#item-${item}`).check();
  const built = async () => {
    for (const item of half) await expect(page.locator(`#item-${item}`)).toBeChecked();
    await expect(page.locator('.reply input:checked')).toHaveCount(half.length);
  };
  const tools = page.locator('.facilitator__tools');
  if ((await tools.getAttribute('open')) === null) await tools.locator('summary').click();
  // The letter held back at the first vote is released now; another is held.
  await page.locator('#inject-document').selectOption(HELD);
  await page.getByRole('button', { name: 'Release now' }).click();
  // The 8:05 p.m. letter, its branch now taken, is still early at the reply: asked first.
  await page.getByRole('button', { name: 'Release it early' }).click();
  await expect(page.locator('.facilitator__tools [role="status"]')).toHaveText('Released to the room.');
  await built();
  const other = page.locator('#inject-document option').first();
  if ((await other.count()) > 0) {
    await page.locator('#inject-document').selectOption((await other.getAttribute('value')) ?? '');
    await page.getByRole('button', { name: 'Hold back' }).click();
    await expect(page.locator('.facilitator__tools [role="status"]')).toContainText('Held back');
    await built();
  }
  await openAndClosePaper(page, EARLY_TITLE);
  await built();
  await leaveAndComeBack(page);
  await built();
  await reloadAndContinue(page);
  await built();
  expect(errors).toEqual([]);
});
