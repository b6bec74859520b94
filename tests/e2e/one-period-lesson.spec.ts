/**
 * A one-period lesson for a class of 25, as a teacher runs it (#15): set up with short debates, the
 * facilitator's window opened on the laptop while the projector shows only the room's part (no inject
 * list, no control), the first vote counted and decided from that window, the rest of the Saturday
 * played to Moscow's answer, then the stop screen, the review and the class handout.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { blackSaturday, collectErrors, HISTORICAL_PACKAGE } from './helpers';

const { scenario } = blackSaturday();
const RECORD_OPTION = Object.fromEntries(
  scenario.decisions.flatMap((d) => (d.kind === 'choice' && d.history?.option ? [[d.id, d.history.option]] : [])),
);
/** What only the facilitator may press: none of it on the projector while the facilitator's window is open. */
const CONTROL =
  /^(Start|Pause|Resume) the (exercise|debate)$|Decide by the vote|Override the vote|Release now|Hold back|^Mark$|Undo the last decision/;

async function roomOnly(projector: Page): Promise<void> {
  await expect(projector.locator('.facilitator__presented')).toBeVisible();
  await expect(projector.getByRole('button', { name: CONTROL })).toHaveCount(0);
  await expect(projector.locator('.facilitator__tools, #inject-document, [data-inject], .vote__count')).toHaveCount(0);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The record's choices through the automation hook, until the plan stops play. */
async function playToStop(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const halted = await page.evaluate(
      ({ options, reply }) => {
        const hook = window.eyesOnly;
        if (!hook) return false;
        const view = hook.view();
        if (view.lesson?.status === 'stopped' || view.status === 'ended') return true;
        if (view.status !== 'deciding' || !view.decision) return false;
        const result =
          view.decision.kind === 'reply'
            ? hook.send(reply)
            : hook.choose(options[view.decision.id] ?? (hook.choices()[0]?.id as string));
        if (!result.ok) throw new Error(result.errors.join('; '));
        return false;
      },
      { options: RECORD_OPTION, reply: HISTORICAL_PACKAGE },
    );
    if (halted) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the plan never stopped play');
}

test('one period for a class of 25: the facilitator’s window, the projector, the stop, the review and the handout', async ({
  page: projector,
  context,
}, info) => {
  test.setTimeout(240_000);
  const errors = collectErrors(projector);
  await projector.goto('/');
  await projector.getByRole('button', { name: 'New game' }).click();
  await projector.getByLabel(/Classroom, one screen/).check();
  await projector.getByRole('radio', { name: /^One period/ }).check();
  await projector.getByLabel(/Minutes per debate/).fill('2');
  await projector.getByLabel('Students in the class (6–35)').fill('25');
  await projector.getByRole('button', { name: 'Take your seat' }).click();
  const firstNext = projector.locator('.interlude .button--primary');
  await expect(projector.locator('.interlude, .decision').first()).toBeVisible();
  while ((await firstNext.count()) > 0) await firstNext.first().click();
  await expect(projector.locator('.decision').first()).toBeVisible();

  // The facilitator's window, opened from the tools behind their one button.
  await projector.locator('details.facilitator__tools summary').click();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    projector.getByRole('button', { name: "Open the facilitator's window" }).click(),
  ]);
  await expect(presenter.getByRole('heading', { name: "Facilitator's window", level: 1 })).toBeVisible();
  await roomOnly(projector);

  // The room votes 14 to 11; the count is typed in the facilitator's window and decided there.
  const counts = presenter.locator('.presenter__vote .vote__count');
  await counts.first().fill('14');
  await counts.nth(1).fill('11');
  await expect(projector.locator('.vote__total')).toHaveText('25 votes counted');
  await presenter.getByRole('button', { name: 'Decide by the vote' }).click();
  await expect(presenter.locator('.presenter > [role="status"]')).toHaveText('Decided by the vote.');
  // The room sees what it decided, with the heads behind it.
  await expect(projector.locator('.moment').first()).toContainText('(14 of 25)');
  await roomOnly(projector);
  await projector.screenshot({ path: info.outputPath('projector-recap.png') });

  // The rest of the Saturday, to Moscow's answer, where the plan stops.
  await playToStop(projector);
  const stop = projector.locator('.lesson-stop');
  const onward = projector.locator('.moment__next, .interlude .button--primary');
  for (let i = 0; i < 40 && !(await stop.isVisible()); i++) {
    if ((await onward.count()) > 0) await onward.first().click();
    else await projector.waitForTimeout(200);
  }
  await expect(stop).toHaveAttribute('data-lesson-status', 'stopped');
  expect(await axe(projector)).toEqual([]);

  await stop.getByRole('button', { name: 'After-action review' }).click();
  await expect(projector.locator('.review__lesson')).toContainText('Play stopped at the plan');
  await projector.getByRole('button', { name: 'Class handout' }).click();
  await expect(projector.getByRole('heading', { level: 1, name: /^Class handout/ })).toBeFocused();
  await expect(projector.locator('.handout__row').first()).toContainText('14');
  expect(await axe(projector)).toEqual([]);
  await projector.screenshot({ path: info.outputPath('handout.png'), fullPage: true });
  expect(errors).toEqual([]);
});
