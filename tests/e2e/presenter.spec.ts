import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { blackSaturday, collectErrors, passInterludes, setUpClassroom } from './helpers';

/**
 * The facilitator's window: a second window (same browser, same origin) with the clocks, the vote,
 * the injects and undo, while the projector shows only what the room may see; closing it brings the
 * tools back on the projector behind their one button.
 */
const { scenario } = blackSaturday();
const titleOf = (id: string) => scenario.documents.find((d) => d.id === id)?.title ?? id;
const EARLY = 'mongoose-16-oct';
const EVENING_LETTER = 'kennedy-letter-27';
/** Papers still to come on the record's road: none may be named on the projector while the window is open. */
const FUTURE = ['test-ban-treaty', 'jupiters-removed', 'hotline-agreement', EVENING_LETTER].map(titleOf);

/** The controls the facilitator uses: on the projector, none of these while the facilitator's window is open. */
const CONTROL =
  /^(Start|Pause|Resume) the (exercise|debate)$|Decide by the vote|Override the vote|Release now|Hold back|^Mark$|Undo the last decision|One more vote|Open the facilitator's window/;

async function noFacilitatorControls(projector: Page): Promise<void> {
  await expect(projector.locator('.facilitator__presented')).toBeVisible();
  await expect(projector.getByRole('button', { name: CONTROL })).toHaveCount(0);
  await expect(projector.locator('.facilitator__tools, #inject-document, .vote__count, #override-note')).toHaveCount(0);
  const text = (await projector.locator('body').textContent()) ?? '';
  for (const title of FUTURE) expect(text).not.toContain(title);
}

test('the facilitator’s window runs the vote and the injects; the projector shows only the room’s part', async ({
  page: projector,
  context,
}, info) => {
  test.setTimeout(180_000);
  const errors = collectErrors(projector);
  await setUpClassroom(projector, { debateMinutes: 4, seed: 1962 });
  await projector.getByLabel('Students in the class (6–35)').fill('25');
  await projector.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(projector);

  // Without a second window, the tools are behind one button, collapsed: the injects are not shown.
  const tools = projector.locator('details.facilitator__tools');
  await expect(tools).not.toHaveAttribute('open', '');
  await expect(tools.locator('summary')).toHaveText("Facilitator's tools");
  await expect(projector.locator('#inject-document')).toBeHidden();

  await tools.locator('summary').click();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    projector.getByRole('button', { name: "Open the facilitator's window" }).click(),
  ]);
  const presenterErrors = collectErrors(presenter);
  expect(new URL(presenter.url()).searchParams.get('presenter')).toMatch(/^[0-9a-f]{24}$/);
  await expect(presenter.getByRole('heading', { name: "Facilitator's window", level: 1 })).toBeVisible();
  const firstDecision = ((await projector.locator('#decision-heading').textContent()) ?? '').trim();
  await expect(presenter.locator('#presenter-decision')).toContainText(firstDecision);

  // The projector: no control, no inject list, no paper still to come.
  await noFacilitatorControls(projector);

  // The clocks run from the facilitator's window; the projector shows the time, read-only.
  await presenter.getByRole('button', { name: 'Start the debate' }).click();
  await expect(presenter.getByRole('button', { name: 'Pause the debate' })).toBeVisible();
  await expect(projector.getByRole('timer')).toHaveText(/^3:\d\d$/);

  // Votes typed in the facilitator's window appear on the projector's tally.
  const options = presenter.locator('.presenter__vote .vote__count');
  const firstOption = (
    await presenter.locator('.presenter__vote .vote__list li').first().locator('input').getAttribute('id')
  )?.replace(/^p-vote-/, '');
  await options.first().fill('13');
  await presenter.locator('.presenter__vote .vote__more').first().click();
  await options.nth(1).fill('6');
  await expect(presenter.locator('.presenter__vote .vote__total')).toHaveText('20 votes counted of 25 students.');
  const tally = projector.locator('.vote__tally');
  await expect(tally.locator(`li[data-option="${firstOption}"] .vote__heads`)).toHaveText('14');
  await expect(projector.locator('.vote__total')).toHaveText('20 votes counted');
  await projector.screenshot({ path: info.outputPath('projector.png') });

  // Release now: a paper whose branch this run has not taken cannot be released at all (the 8:05 p.m.
  // letter at 10 a.m.); one that is merely early asks first, saying how early.
  const letter = presenter.locator(`[data-inject="${EVENING_LETTER}"]`);
  await expect(letter).toContainText('cannot be released');
  await expect(letter.getByRole('button', { name: /^Release now/ })).toHaveCount(0);
  const early = presenter.locator(`[data-inject="${EARLY}"]`);
  await early.getByRole('button', { name: /^Release now/ }).click();
  const confirm = early.locator('.release-confirm');
  await expect(confirm).toContainText(`“${titleOf(EARLY)}” is due Monday 29 October 1962, 09:00`);
  await expect(confirm).toContainText('1 day 23 hours early');
  await expect(confirm.getByRole('button', { name: 'Release it early' })).toBeFocused();
  await presenter.screenshot({ path: info.outputPath('presenter.png'), fullPage: true });
  // Nothing is released until the second press.
  await expect(projector.locator('.desk__folder')).not.toContainText(titleOf(EARLY));
  await confirm.getByRole('button', { name: 'Release it early' }).click();
  await expect(presenter.locator('.presenter > [role="status"]')).toHaveText('Released to the room.');
  await expect(projector.locator('.desk__folder')).toContainText(titleOf(EARLY));
  await expect(early).toHaveCount(0);
  // The release redrew the projector's folder, and still no control came back.
  await noFacilitatorControls(projector);

  // A moment marked, and the vote decided, from the facilitator's window.
  await presenter.getByLabel('What happened, for the debrief:').fill('The room split on the Turkey trade');
  await presenter.getByRole('button', { name: 'Mark', exact: true }).click();
  await expect(presenter.locator('.presenter > [role="status"]')).toHaveText('Marked for the debrief.');
  await presenter.getByRole('button', { name: 'Decide by the vote' }).click();
  await expect(presenter.locator('.presenter > [role="status"]')).toHaveText('Decided by the vote.');
  await passInterludes(projector);
  await expect(presenter.locator('#presenter-decision')).not.toContainText(firstDecision);
  await noFacilitatorControls(projector);

  // The facilitator's window passes the same accessibility checks as the game's screens.
  const axe = await new AxeBuilder({ page: presenter })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  // Closed, the window gives the tools back to the projector, behind their button.
  await presenter.close();
  await expect(tools).toBeVisible({ timeout: 15_000 });
  await expect(tools).not.toHaveAttribute('open', '');
  await expect(projector.locator('.facilitator__presented')).toHaveCount(0);
  await expect(projector.locator('.vote .vote__count').first()).toBeVisible();
  await expect(projector.getByRole('button', { name: /^(Start|Pause|Resume) the debate$/ })).toBeVisible();
  expect(errors).toEqual([]);
  expect(presenterErrors).toEqual([]);
});

test('the facilitator’s window says so when the projector window closes', async ({ page: projector, context }) => {
  test.setTimeout(120_000);
  await setUpClassroom(projector, { debateMinutes: 3, seed: 7 });
  await projector.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(projector);
  await projector.locator('details.facilitator__tools summary').click();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    projector.getByRole('button', { name: "Open the facilitator's window" }).click(),
  ]);
  await expect(presenter.locator('#presenter-decision')).toBeVisible();
  await projector.close();
  await expect(presenter.getByRole('alert')).toContainText('Projector window closed', { timeout: 15_000 });
  // Nothing to press any more: the controls went with the projector.
  await expect(presenter.getByRole('button', { name: 'Decide by the vote' })).toHaveCount(0);
});
