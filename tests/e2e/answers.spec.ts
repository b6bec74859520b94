/**
 * "A game that answers you" (#17) in a real browser: the aide's note after the first decision, the
 * other side's paper after a model move, the review's notes and odds, and the review's bottom edge.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { blackSaturday, collectErrors, passInterludes, startNewGame } from './helpers';

const engine = blackSaturday();
const SEED = 1962;
const commands = playStrategy(engine, { seed: SEED }, historicalStrategy).snapshot.context.commands.filter(
  (c) => c.type !== 'player.read',
);

async function axeViolations(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function hook(page: Page, command: (typeof commands)[number]): Promise<void> {
  const ok = await page.evaluate((c) => {
    const h = window.eyesOnly;
    if (!h) return false;
    return c.type === 'player.choose'
      ? h.choose(c.option).ok
      : c.type === 'player.sendReply'
        ? h.send(c.items).ok
        : false;
  }, command);
  expect(ok).toBe(true);
}

test.describe('the game answers the player', () => {
  test('a note after the first decision, Moscow’s paper after its move, and the review’s notes and odds', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await startNewGame(page, SEED);
    await passInterludes(page);

    // The first decision, taken with the keyboard like any option.
    const first = commands[0];
    if (first.type !== 'player.choose') throw new Error('the record starts with a choice');
    const option = page.locator(`.option[data-option="${first.option}"]`);
    await option.focus();
    await page.keyboard.press('Enter');
    const note = page.getByRole('status').filter({ hasText: 'Aide’s note' });
    await expect(note).toBeVisible();
    const decision = engine.index.decisions.get('second-letter');
    const chosen = decision?.kind === 'choice' ? decision.options.find((o) => o.id === first.option) : undefined;
    expect(chosen?.label).toBeTruthy();
    await expect(note).toContainText(chosen?.label ?? '');
    for (const reason of Object.values(chosen?.effects?.reasons ?? {})) await expect(note).toContainText(reason);
    expect(await axeViolations(page, '.aide-note')).toEqual([]);

    // On to the US decision after which Moscow answers at once, by the model.
    const replyAt = commands.findIndex((_, i) =>
      engine
        .replay({ seed: SEED }, commands.slice(0, i + 1))
        .context.log.some((e) => e.kind === 'choice' && e.by === 'model'),
    );
    expect(replyAt).toBeGreaterThan(0);
    for (const c of commands.slice(1, replyAt + 1)) await hook(page, c);
    const paper = page.locator('.aide-note .model-paper');
    await expect(paper).toBeVisible();
    await expect(paper.locator('.model-paper__stamp')).toContainText(/reconstructed by the game/i);
    await expect(paper).toContainText('What weighed most:');
    await expect(paper.locator('.model-paper__odds')).toHaveCount(0);
    expect(await axeViolations(page, '.aide-note')).toEqual([]);

    // The rest of the record, then the review.
    for (const c of commands.slice(replyAt + 1)) await hook(page, c);
    await passInterludes(page);
    await page.getByRole('button', { name: 'After-action review' }).click();
    const notes = page.locator('.review__notes');
    await expect(notes.getByRole('heading', { name: 'What each decision moved, and why' })).toBeVisible();
    await expect(notes.locator('[data-note="second-letter"]')).toContainText(chosen?.label ?? '');
    const odds = notes.locator('[data-note="soviet-answer"] .model-paper__odds');
    await expect(odds).toBeVisible();
    expect(await odds.locator('tbody tr').count()).toBeGreaterThan(1);
    await expect(odds.locator('.model-paper__picked')).toHaveCount(1);
    expect(await axeViolations(page, '.review__notes')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the review’s bottom has no band: scrolled to its end, nothing outside it scrolls', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await startNewGame(page, SEED);
    await passInterludes(page);
    for (const c of commands) await hook(page, c);
    await passInterludes(page);
    await page.getByRole('button', { name: 'After-action review' }).click();
    await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();
    const review = page.locator('.review');
    await review.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    // A wheel at the very end must not chain into the overlay and slide the review up.
    await review.hover();
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    const layout = await page.evaluate(() => {
      const overlay = document.querySelector('#ui-overlay') as HTMLElement;
      const r = (document.querySelector('.review') as HTMLElement).getBoundingClientRect();
      return {
        overlayOverflow: overlay.scrollHeight - overlay.clientHeight,
        overlayScrolled: overlay.scrollTop,
        reviewTop: r.top,
        reviewBottom: r.bottom,
        viewport: window.innerHeight,
        page: document.documentElement.scrollHeight,
      };
    });
    expect(layout.overlayOverflow).toBe(0);
    expect(layout.overlayScrolled).toBe(0);
    expect(layout.page).toBe(layout.viewport);
    expect(Math.round(layout.reviewTop)).toBeGreaterThanOrEqual(0);
    // The review reaches the stage's bottom edge: no band of the page below it.
    const stageBottom = await page.locator('#stage').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(Math.round(layout.reviewBottom)).toBe(Math.round(stageBottom));
  });
});
