/**
 * The class handout, in the built game: after a class game whose room voted against the record at
 * the first decision and was overridden, the handout flags that decision, shows no internal id, and
 * prints to at most two A4 pages; the full review prints tighter than before; both pass axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { blackSaturday, collectErrors, passInterludes, setUpClassroom } from './helpers';

const engine = blackSaturday();
const SEED = 1962;
const commands = playStrategy(engine, { seed: SEED }, historicalStrategy).snapshot.context.commands.filter(
  (c) => c.type !== 'player.read',
);
const first = engine.index.decisions.get(engine.scenario.meta.firstDecision);
if (first?.kind !== 'choice' || !first.history?.option) throw new Error('the first decision has a recorded option');
const RECORD = first.history.option;
const OTHER = first.options.find((o) => o.id !== RECORD)?.id as string;
const A4_MARGINS = { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' };
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

test('the class handout flags the room that was overridden and prints to two A4 pages at most', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await setUpClassroom(page, { seed: SEED });
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(page);

  // The room votes 16–6 against the record; the facilitator overrides it, back to the record.
  await page.locator(`#vote-${OTHER}`).fill('16');
  await page.locator(`#vote-${RECORD}`).fill('6');
  await page.locator('#override-option').selectOption(RECORD);
  await page.locator('#override-note').fill('The record, to compare');
  await page.getByRole('button', { name: 'Override the vote' }).click();
  // The rest as the record had it, through the automation hook.
  for (const command of commands.slice(1)) {
    const ok = await page.evaluate(
      (c) =>
        c.type === 'player.choose'
          ? window.eyesOnly?.choose(c.option).ok
          : c.type === 'player.sendReply'
            ? window.eyesOnly?.send(c.items).ok
            : false,
      command,
    );
    expect(ok, JSON.stringify(command)).toBe(true);
  }
  await passInterludes(page);
  await page.getByRole('button', { name: 'After-action review' }).click();
  // The review's chunk and its decision map's layout load now: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible({ timeout: 60_000 });
  // The review no longer says that nothing diverged when the room did.
  await expect(page.locator('.review__timeline caption')).toHaveText(
    '0 of your decisions diverged from the record. The room’s majority voted against the record at 1 decision, and the facilitator overrode that vote.',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const reviewPages = pdfPages(await page.pdf({ format: 'A4', margin: A4_MARGINS }));
  info.annotations.push({ type: 'review pages (A4)', description: String(reviewPages) });
  console.log(`the full review prints to ${reviewPages} A4 pages`);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Class handout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Class handout/ })).toBeFocused();
  const row = page.locator(`.handout__decisions tr[data-decision="${first.id}"]`);
  await expect(row.locator('.handout__flag')).toHaveText(
    'The room’s majority differed from 1962; the facilitator overrode the vote.',
  );
  const label = (id: string) => first.options.find((o) => o.id === id)?.label;
  await expect(row.locator('td').first()).toHaveText(`16: ${label(OTHER)}; 6: ${label(RECORD)}`);
  await expect(row).toContainText('The facilitator overrode the vote: The record, to compare');
  await expect(page.locator('.handout .tracks-legend li')).toHaveCount(engine.scenario.tracks.length);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('handout-screen.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout .review__actions')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', margin: A4_MARGINS });
  await info.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pdfPages(pdf);
  info.annotations.push({ type: 'handout pages (A4)', description: String(pages) });
  console.log(`the class handout prints to ${pages} A4 pages`);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  // Nothing runs off the side of the paper.
  await page.setViewportSize({ width: 720, height: 1000 });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.handout *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : ''))
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Back to the review' }).click();
  await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();
  expect(errors).toEqual([]);
});
