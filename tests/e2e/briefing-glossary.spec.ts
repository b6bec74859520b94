/**
 * A first solo game: the one-minute briefing (shown once, closed by Esc, reopened from the desk),
 * glossary terms explained on keyboard focus, the Glossary page, and Historian's hints, off by
 * default, keeping the record's comparison out of the reply builder until the player turns them on.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { blackSaturday, collectErrors, passInterludes, playCommand, startNewGame } from './helpers';

const engine = blackSaturday();
const SEED = 1962;
const historical = playStrategy(engine, { seed: SEED }, historicalStrategy).snapshot;
const commands = historical.context.commands.filter((c) => c.type !== 'player.read');

// A browser that has never played: no "briefing seen" mark.
test.use({ storageState: { cookies: [], origins: [] } });

async function axeSerious(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a first solo game opens with the briefing; Esc closes it and the desk reopens it', async ({ page }, info) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await startNewGame(page, SEED);
  const briefing = page.getByRole('dialog', { name: /Your briefing/ });
  await expect(briefing).toBeVisible();
  await expect(briefing).toContainText('◆ better end');
  await expect(briefing).toContainText('The clock waits for you');
  await expect(briefing.locator('#briefing-heading')).toBeFocused();
  await page.screenshot({ path: info.outputPath('briefing.png') });
  expect(await axeSerious(page, '.briefing')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(briefing).toHaveCount(0);
  // Focus lands on the desk, not on the page's body.
  await expect(page.locator('.desk .screen-heading')).toBeFocused();

  // Shown once: a second new game starts at the table.
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await startNewGame(page, SEED);
  await expect(page.locator('.desk')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // ...and the desk opens it again; "To the table" closes it.
  await page.locator('.desk__tools').getByRole('button', { name: 'Briefing' }).click();
  await expect(briefing).toBeVisible();
  await briefing.getByRole('button', { name: 'To the table' }).click();
  await expect(briefing).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a glossary term shows its explanation on keyboard focus, and the Glossary lists every term', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/');
  // From the title first.
  await page.getByRole('button', { name: 'Glossary' }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await expect(glossary).toBeVisible();
  const terms = await glossary.locator('dt').allTextContents();
  for (const t of ['ExComm', 'MRBM', 'POL', 'U Thant', 'quarantine', 'FRUS']) {
    expect(terms.some((x) => x.startsWith(t))).toBe(true);
  }
  await page.screenshot({ path: info.outputPath('glossary.png') });
  expect(await axeSerious(page, '.glossary')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(glossary).toHaveCount(0);

  await startNewGame(page, SEED);
  await page.keyboard.press('Escape'); // the first game's briefing
  await playCommand(page, commands[0]);
  await passInterludes(page);
  // The 4 p.m. prompt: "U-2" is its first term. Tab from the heading reaches it.
  const heading = page.locator('#decision-heading');
  await expect(heading).toContainText('U-2');
  await heading.focus();
  await page.keyboard.press('Tab');
  const term = page.locator('.decision__prompt .term').first();
  await expect(term).toBeFocused();
  await expect(term).toHaveText('U-2');
  const tip = await term.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(tip).toContain('reconnaissance aircraft');
  await page.screenshot({ path: info.outputPath('term-tip.png') });
  // Its explanation is its accessible description.
  await expect(term).toHaveAccessibleDescription(/reconnaissance aircraft/);
  // Escape hides the tip and keeps the focus.
  await page.keyboard.press('Escape');
  await expect(term).toBeFocused();
  expect(await term.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');

  await page.locator('.desk__tools').getByRole('button', { name: 'Glossary' }).click();
  await expect(glossary.locator('dt', { hasText: 'U-2' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});

test("Historian's hints are off by default: the reply builder keeps the record's comparison until they are on", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await startNewGame(page, SEED);
  await page.keyboard.press('Escape');
  // The 4 p.m. table without hints: no 9 p.m. conclusion.
  await playCommand(page, commands[0]);
  await passInterludes(page);
  await expect(page.locator('.decision')).not.toContainText('his conclusion at 9 p.m.');
  for (const command of commands) {
    if (command.type === 'player.sendReply') break;
    if (command === commands[0]) continue;
    await playCommand(page, command);
  }
  await passInterludes(page);
  const gauge = page.locator('.posture');
  await expect(gauge).toContainText('Memo part (a)');
  await expect(gauge).not.toContainText('Beside the package actually sent');

  await page.locator('.desk__tools').getByRole('button', { name: 'Settings' }).click();
  const hints = page.getByRole('checkbox', { name: 'Historian’s hints' });
  await expect(hints).not.toBeChecked();
  await hints.check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('.posture')).toContainText('Beside the package actually sent');
  expect(errors).toEqual([]);
});
