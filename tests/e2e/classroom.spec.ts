import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, HISTORICAL_PACKAGE, passInterludes, playCommand, setUpClassroom } from './helpers';

/** The students seated in the set-up's roster table: the sum of its shares. */
async function seated(page: Page): Promise<number> {
  const shares = await page
    .locator('.roster td[data-students]')
    .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.students)));
  return shares.reduce((a, b) => a + b, 0);
}

const HELD = 'kennedy-letter-27';
const HELD_TITLE = "The President's letter of 27 October, as released at 8:05 p.m.";
const EARLY = 'mongoose-16-oct';
const EARLY_TITLE = 'Operation Mongoose, 16 October';
/** A paper of a branch this run has not taken (yet): Release now refuses it. */
const OFF_ROAD = 'hotline-agreement';

test('a classroom session for 20 students: names, votes, an override, injects held and released early, a marked moment, to the review', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await setUpClassroom(page, { debateMinutes: 4, seed: 1962 });

  // The class: 20 students. Every student has a role; one role is left out and the shares follow.
  await page.getByLabel('Students in the class (6–35)').fill('20');
  await expect(page.locator('#class-summary')).toContainText('for 20 students');
  expect(await seated(page)).toBe(20);
  const inPlayBefore = await page.locator('.roster input[type="checkbox"]:checked').count();
  // By id: the rows stay, but which box is "the last one ticked" changes as soon as it is unticked.
  const lastInPlay = await page.locator('.roster input[type="checkbox"]:checked').last().getAttribute('id');
  await page.locator(`#${lastInPlay}`).uncheck();
  await expect(page.locator('.roster input[type="checkbox"]:checked')).toHaveCount(inPlayBefore - 1);
  expect(await seated(page)).toBe(20);
  await page.getByLabel('Names of the students who are John F. Kennedy').fill('Ana, Ben');
  await page.getByLabel('Names of the students who are McGeorge Bundy').fill('Cleo');
  await page.screenshot({ path: info.outputPath('setup.png') });

  // Their packets name them; back at the set-up, nothing typed is lost.
  await page.getByRole('button', { name: 'Role packets for this class' }).click();
  await expect(page.locator('.packet[data-role="jfk"] .packet__seat').first()).toContainText('For Ana (with Ben)');
  await expect(page.locator('.guide__seating')).toContainText(`A class of 20`);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Names of the students who are John F. Kennedy')).toHaveValue('Ana, Ben');
  await expect(page.getByLabel('Students in the class (6–35)')).toHaveValue('20');
  await expect(page.locator('.roster input[type="checkbox"]:checked')).toHaveCount(inPlayBefore - 1);
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(page);

  // Around the table, the room sees who speaks for each adviser.
  const adviser = (name: string) =>
    page.locator('.adviser').filter({ has: page.locator('.adviser__name', { hasText: name }) });
  await expect(adviser('McGeorge Bundy').locator('.adviser__students')).toHaveText('Played by Cleo');
  await expect(adviser('John F. Kennedy').locator('.adviser__students')).toHaveText('Played by Ana, Ben');

  // The facilitator starts the clocks, holds one inject back, releases another early, marks a moment.
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.getByRole('button', { name: 'Start the debate' }).click();
  await expect(page.getByRole('timer')).toContainText(/^[34]:\d\d$/);
  await page.locator('.facilitator__tools summary').click();
  await page.locator('#inject-document').selectOption(HELD);
  await page.getByRole('button', { name: 'Hold back' }).click();
  await expect(page.locator(`#inject-document option[value="${HELD}"]`)).toContainText('(held back)');
  // A paper that comes on the clock only on some paths says so, and is not released off its road.
  await expect(page.locator(`#inject-document option[value="${OFF_ROAD}"]`)).toContainText('(only on some paths)');
  await page.locator('#inject-document').selectOption(OFF_ROAD);
  await page.getByRole('button', { name: 'Release now' }).click();
  await expect(page.locator('.facilitator__tools [role="status"]')).toContainText(
    'comes only on a branch this run has not taken',
  );
  // An early paper asks first, saying how early.
  await page.locator('#inject-document').selectOption(EARLY);
  await page.getByRole('button', { name: 'Release now' }).click();
  await expect(page.locator('.release-confirm')).toContainText('early');
  await page.getByRole('button', { name: 'Release it early' }).click();
  await passInterludes(page);
  await expect(page.locator('.desk__folder')).toContainText(EARLY_TITLE);
  // The released paper, shown to the room full screen; Esc leaves full screen, a second Esc closes it.
  await page.locator('.desk__folder').getByText(EARLY_TITLE).click();
  const viewer = page.locator('dialog.doc-viewer');
  await expect(viewer).toBeVisible();
  await viewer.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toBe('doc-viewer__panel');
  await expect(viewer.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(viewer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  // The release changed the folder and the tools, nothing else: the tools are still open, saying so.
  await expect(page.locator('.facilitator__tools')).toHaveAttribute('open', '');
  await expect(page.locator('.facilitator__tools [role="status"]')).toHaveText('Released to the room.');
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
    await counts.first().fill('13');
    // The last hand is counted with a click.
    await page.locator('.vote__more').first().click();
    await expect(counts.first()).toHaveValue('14');
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
  // Held back, the letter never reached the folder, whatever the clock did.
  await expect(page.locator('.desk__folder')).not.toContainText(HELD_TITLE);
  await page.getByRole('button', { name: 'After-action review' }).click();
  await expect(page.getByRole('heading', { name: 'Moments marked for the debrief' })).toBeVisible();
  await expect(page.getByText('Table B argued for the Turkey trade')).toBeVisible();
  await expect(page.locator('.review__vote').first()).toContainText('14');
  await expect(page.getByText(/Overridden by the facilitator: To show the class the hard line/)).toBeVisible();
  const injects = page.locator('section[aria-labelledby="injects-heading"]');
  await expect(injects).toContainText(`held back, ${HELD_TITLE}`);
  await expect(injects).toContainText(`released early, ${EARLY_TITLE}`);
  await expect(injects).toContainText(`Never released: ${HELD_TITLE}`);
  const roster = page.locator('.review__roster');
  await expect(roster).toContainText('20 students');
  await expect(roster.locator('[data-role="jfk"]')).toContainText('Ana, Ben');
  await page.screenshot({ path: info.outputPath('classroom-review.png') });
  expect(errors).toEqual([]);
});

test('a class that cannot be seated is refused with what to change, and the form keeps its values', async ({
  page,
}) => {
  await setUpClassroom(page);
  await page.getByLabel('Students in the class (6–35)').fill('6');
  // The set-up with its roster passes the same accessibility checks as the other screens.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Six students, and a seventh role ticked in: one too many.
  const firstOut = await page.locator('.roster input[type="checkbox"]:not(:checked)').first().getAttribute('id');
  await page.locator(`#${firstOut}`).check();
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await expect(page.getByRole('alert')).toHaveText('7 roles are in play for 6 students: leave 1 out, or add students.');
  await expect(page.locator('#setup-heading')).toBeVisible();
  await page.getByLabel('Students in the class (6–35)').fill('40');
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await expect(page.getByRole('alert')).toHaveText('A class has 6 to 35 students.');
  await expect(page.getByLabel('Students in the class (6–35)')).toBeFocused();
});

test('two teams: the roster holds both sides’ roles, and a visit to the packets keeps the facilitator’s picks', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByLabel(/two teams on one screen/).check();
  await page.getByLabel('Students in the class (6–35)').fill('12');
  await expect(page.locator('#in-play-khrushchev')).toBeChecked();
  await expect(page.locator('#in-play-jfk')).toBeChecked();
  // Leave out the last role in play, whichever it is (by id: see the first test).
  const last = await page.locator('.roster input[type="checkbox"]:checked').last().getAttribute('id');
  await page.locator(`#${last}`).uncheck();
  await page.getByLabel('Names of the students who are Nikita S. Khrushchev').fill('Dana');
  await page.getByRole('button', { name: 'Role packets for this class' }).click();
  await expect(page.locator('.packet[data-role="khrushchev"] .packet__seat')).toContainText('For Dana');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(/two teams on one screen/)).toBeChecked();
  await expect(page.locator(`#${last}`)).not.toBeChecked();
  await expect(page.locator('#in-play-khrushchev')).toBeChecked();
  await expect(page.getByLabel('Names of the students who are Nikita S. Khrushchev')).toHaveValue('Dana');

  // A reload loses nothing typed; starting the game clears the form for the next one.
  await page.reload();
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByLabel(/two teams on one screen/)).toBeChecked();
  await expect(page.getByLabel('Students in the class (6–35)')).toHaveValue('12');
  await expect(page.locator(`#${last}`)).not.toBeChecked();
  await expect(page.getByLabel('Names of the students who are Nikita S. Khrushchev')).toHaveValue('Dana');
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await expect(page.locator('#ui-overlay')).toHaveAttribute('data-screen', 'play');
  await page.getByRole('button', { name: 'Save and leave' }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByLabel(/^\s*Solo/)).toBeChecked();
});

test('Havana’s voice: with every ExComm role taken, Castro joins the class, and his packet says how he takes part', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await setUpClassroom(page);
  await page.getByLabel('Students in the class (6–35)').fill('14');
  await expect(page.locator('#in-play-castro')).not.toBeChecked();
  await page.getByLabel('Students in the class (6–35)').fill('16');
  await expect(page.locator('#in-play-castro')).toBeChecked();
  await expect(page.locator('.roster tr[data-role="castro"]')).toContainText('(speaks, does not vote)');
  expect(await seated(page)).toBe(16);
  await page.getByLabel('Names of the students who are Fidel Castro').fill('Eva');

  await page.getByRole('button', { name: 'Role packets for this class' }).click();
  const castro = page.locator('.packet[data-role="castro"]');
  await expect(castro.locator('.packet__seat')).toContainText('For Eva');
  await expect(castro.locator('.packet__voice')).toContainText('you do not vote');
  // Only the papers held when play starts; the later ones (Jeune Afrique, the five points) are announced.
  await expect(castro).toContainText("Fidel Castro's letter to Khrushchev, 26 October");
  await expect(castro).not.toContainText('Castro to Jeune Afrique');
  await expect(castro.locator('.packet__more')).toBeVisible();
  await expect(page.locator('.packet[data-role="jfk"]').first()).not.toContainText(
    "Fidel Castro's letter to Khrushchev",
  );
  await expect(page.locator('.guide__seating tr[data-role="castro"]')).toContainText('speaks, does not vote');
  expect(errors).toEqual([]);
});
