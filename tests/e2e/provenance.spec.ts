/**
 * Claim-level provenance in the built game: "Where this comes from" under an adviser's position, a
 * document, the ending and the review's history notes (pinpoint, the words to look for, the source's
 * link), opened by keyboard; positions marked as the project's words; packets and the guide printing
 * each basis. Played on tests/fixtures/scenarios/mini-sourced (a basis on every claim), loaded as a
 * teacher's own scenario, so the test does not wait on Black Saturday's data.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { collectErrors, passInterludes, playCommand } from './helpers';

const SOURCED = 'tests/fixtures/scenarios/mini-sourced';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

async function loadOwn(page: Page, folder: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load your own scenario' }).click();
  await page.getByLabel('A scenario folder').setInputFiles(folder);
  await expect(page.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
}

/** Opens a "Where this comes from" with the keyboard, as someone without a mouse would. */
async function openWhereFrom(scope: Locator): Promise<Locator> {
  const details = scope.locator('details.provenance').first();
  const summary = details.getByText('Where this comes from', { exact: true });
  await expect(summary).toBeVisible();
  await expect(details).not.toHaveAttribute('open', '');
  await summary.focus();
  await summary.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  return details;
}

test.describe('where each claim comes from', () => {
  test('an adviser’s position, a document, the ending and the review show their pinpoints', async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await loadOwn(page, SOURCED);
    // Every claim has a basis: the check has nothing to warn about.
    await expect(page.locator('.own-scenario__warnings')).toHaveCount(0);
    await page.getByRole('button', { name: 'Set up a game of it' }).click();
    await page.getByLabel('Seed').fill('3');
    await page.getByRole('button', { name: 'Take your seat' }).click();
    await passInterludes(page);
    await expect(page.getByRole('heading', { name: 'The first note' })).toBeVisible();

    // The adviser: a paraphrase, marked so, with its two pinpoints (one in another source).
    const adviser = page.locator('.adviser').first();
    await expect(adviser.locator('.adviser__position')).toHaveText('In the project’s words: Talk first.');
    const where = await openWhereFrom(adviser);
    const items = where.locator('li');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toHaveText(
      'para. 2 in Harbour minutes, 1 January. The words to look for: “talk before anything else”',
    );
    await expect(items.nth(0).getByRole('link', { name: /Harbour minutes, 1 January/ })).toHaveAttribute(
      'href',
      'https://example.org/minutes',
    );
    await expect(items.nth(1)).toHaveText('fol. 7 in Test fixture letter book. The words to look for: “no guns”');
    expect(await axeViolations(page)).toEqual([]);

    // The document the folder holds from the start.
    await page.getByRole('link', { name: /Briefing folder/ }).click();
    await page
      .locator('.desk__folder')
      .getByRole('button', { name: /Southport's claim/ })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const docWhere = await openWhereFrom(dialog);
    await expect(docWhere).toContainText('para. 1');
    await expect(docWhere).toContainText('The words to look for: “the lighthouse is theirs”');
    await expect(docWhere.getByRole('link', { name: /Test fixture claim/ })).toHaveAttribute(
      'href',
      'https://example.org/claim',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Play on to an ending: talk, then the package actually sent.
    await playCommand(page, { type: 'player.choose', side: 'north', option: 'talk' });
    await playCommand(page, { type: 'player.sendReply', side: 'north', items: ['fishing-rights', 'patience'] });
    await passInterludes(page);
    const outcome = page.locator('.outcome');
    await expect(outcome).toBeVisible();
    const endingWhere = await openWhereFrom(outcome);
    await expect(endingWhere).toContainText('The words to look for: “');

    // The review: the record's pinpoints, and the advisers heard, in the project's words.
    await page.getByRole('button', { name: 'After-action review' }).click();
    const opening = page.locator('.review__timeline tr[data-decision="opening"]');
    const recordWhere = await openWhereFrom(opening);
    await expect(recordWhere).toContainText(
      'p. 1 in Test fixture, history note. The words to look for: “as the record says”',
    );
    const heard = opening.locator('details.review__advisers');
    await heard.locator(':scope > summary').click();
    await expect(heard).toContainText('The Mayor: In the project’s words: Talk first.');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('packets label stances and objectives, and the guide prints each basis', async ({ page }) => {
    const errors = collectErrors(page);
    await loadOwn(page, SOURCED);
    await page.getByRole('button', { name: 'Its role packets and guide' }).click();
    const mayor = page.locator('.packet[data-role="mayor"]').first();
    await expect(mayor).toContainText('A recorded position, paraphrased in the project’s words.');
    await expect(mayor.locator('.provenance--printed')).toHaveText(
      'Where this comes from: p. 3 in Test fixture. The words to look for: “a quiet settlement”',
    );
    await expect(mayor).toContainText('Role-play guidance: aims to play toward in the game');
    await expect(page.locator('.packet[data-role="keeper"] .packet__none').first()).toHaveText(
      'No recorded position in the sources: role-play guidance only.',
    );
    const claims = page.locator('.guide__claims');
    await expect(claims.getByRole('heading', { name: 'Where the claims come from' })).toBeVisible();
    const opening = claims.locator('[data-decision="opening"]');
    await expect(opening.locator('.guide__claim[data-role="mayor"]')).toContainText(
      'In the project’s words: Talk first.',
    );
    await expect(opening.locator('.guide__claim[data-role="mayor"] .provenance--printed')).toContainText(
      '“talk before anything else”',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a scenario whose claims lack a basis still loads, its warnings listed', async ({ page }) => {
    const errors = collectErrors(page);
    await loadOwn(page, 'tests/fixtures/scenarios/mini');
    const warnings = page.locator('.own-scenario__warnings');
    await expect(warnings.locator('summary')).toHaveText('10 warnings: the scenario plays, but these are worth fixing');
    await warnings.locator('summary').click();
    await expect(warnings.locator('li').first()).toContainText('roles.mayor.stance.basis: no basis for The Mayor');
    await expect(page.getByRole('button', { name: 'Set up a game of it' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
