/**
 * A class's projector (#15 items 2 and 4): the decision, its options, the vote and the debate timer
 * on one screen, readable from the back of the room, at the three projector resolutions and the
 * game's text sizes; the title reachable at 200%; what the room decided shown back to it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, HISTORICAL_PACKAGE, passInterludes, setUpClassroom } from './helpers';

const RESOLUTIONS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const TEXT_SIZES = ['100%', '150%', '200%'] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The game's own text-size setting, through the Settings dialog. */
async function textSize(page: Page, size: (typeof TEXT_SIZES)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${size}`) }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('dialog.settings')).toHaveCount(0);
}

/** A class of 25 at its first decision. */
async function classAtTheTable(page: Page, debateMinutes = 2): Promise<void> {
  await setUpClassroom(page, { debateMinutes, seed: 1962 });
  await page.getByLabel('Students in the class (6–35)').fill('25');
  await page.getByRole('button', { name: 'Take your seat' }).click();
  await passInterludes(page);
  await expect(page.locator('.desk--projector .decision')).toBeVisible();
}

/** What the projector shows, measured in the page: sizes, overflow, and what covers what. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) throw new Error('missing element');
      const r = el.getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
      };
    };
    /** Whether the element is what the screen shows at its centre (nothing lies over it there). */
    const onTop = (el: Element) => {
      const b = box(el);
      const hit = document.elementFromPoint(b.x, b.y);
      return hit !== null && (hit === el || el.contains(hit));
    };
    const prompt = document.querySelector('.decision__prompt') as HTMLElement;
    const timer = document.querySelector('[role="timer"]') as HTMLElement;
    const decide = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Decide by the vote');
    const main = document.querySelector('.desk__main') as HTMLElement;
    const room = document.querySelector('.desk__room') as HTMLElement;
    const board = document.querySelector('#game-container canvas') as HTMLElement;
    const options = [...document.querySelectorAll('.desk--projector .option')];
    // The board's own part (its left 700 of 1280 canvas pixels) is what must stay uncovered.
    const cb = board.getBoundingClientRect();
    const boardPoint = { x: cb.left + cb.width * (350 / 1280), y: cb.top + cb.height / 2 };
    const atBoard = document.elementFromPoint(boardPoint.x, boardPoint.y);
    return {
      width: innerWidth,
      height: innerHeight,
      scrollWidth: (document.scrollingElement as HTMLElement).scrollWidth,
      promptPx: Number.parseFloat(getComputedStyle(prompt).fontSize),
      optionPx: Math.min(
        ...options.map((o) =>
          Number.parseFloat(getComputedStyle(o.querySelector('.option__label') as Element).fontSize),
        ),
      ),
      timer: box(timer),
      timerOnTop: onTop(timer),
      decide: box(decide ?? null),
      decideOnTop: decide ? onTop(decide) : false,
      lastOption: box(options[options.length - 1]),
      mainOverflowX: main.scrollWidth - main.clientWidth,
      roomOverflowX: room.scrollWidth - room.clientWidth,
      mainRight: box(main).right,
      roomLeft: box(room).left,
      boardSeen: atBoard === board ? true : `${atBoard?.tagName}.${atBoard?.className}`,
    };
  });
}

test('the projector view: type sized to the screen, one screen, nothing covered, at three resolutions and three text sizes', async ({
  page,
}, info) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.setViewportSize(RESOLUTIONS[0]);
  await classAtTheTable(page);
  const rows: string[] = [];
  for (const size of TEXT_SIZES) {
    await textSize(page, size);
    for (const res of RESOLUTIONS) {
      await page.setViewportSize(res);
      // The board refits its column (a resize observer wakes the sleeping room).
      await expect
        .poll(() =>
          page.evaluate(() =>
            Math.round((document.querySelector('#game-container canvas') as HTMLElement).getBoundingClientRect().top),
          ),
        )
        .toBe(0);
      const m = await measure(page);
      const where = `${res.width}×${res.height} at ${size}`;
      rows.push(
        `${where}: prompt ${m.promptPx.toFixed(1)} px, last option ends at ${Math.round(m.lastOption.bottom)} px`,
      );
      // Legible from the back: 24 px on a 1024-pixel-wide screen, proportionally more on wider ones.
      expect(m.promptPx, where).toBeGreaterThanOrEqual((24 * res.width) / 1024 - 0.01);
      expect(m.optionPx, where).toBeGreaterThanOrEqual((24 * res.width) / 1024 - 0.01);
      // No sideways scroll, on the page or inside either column.
      expect(m.scrollWidth, where).toBeLessThanOrEqual(m.width);
      expect(m.mainOverflowX, where).toBeLessThanOrEqual(0);
      expect(m.roomOverflowX, where).toBeLessThanOrEqual(0);
      // The timer and the vote button in view and uncovered; the decision beside the room's column, not under it.
      for (const b of [m.timer, m.decide]) {
        expect(b.top, where).toBeGreaterThanOrEqual(0);
        expect(b.bottom, where).toBeLessThanOrEqual(m.height);
        expect(b.left, where).toBeGreaterThanOrEqual(0);
        expect(b.right, where).toBeLessThanOrEqual(m.width);
      }
      expect(m.timerOnTop, where).toBe(true);
      expect(m.decideOnTop, where).toBe(true);
      expect(m.mainRight, where).toBeLessThanOrEqual(m.roomLeft + 0.5);
      // The board's part of the canvas is not under the panel.
      expect(m.boardSeen, where).toBe(true);
      // At 100% the decision and all its options are on the one screen, without scrolling.
      if (size === '100%') expect(m.lastOption.bottom, where).toBeLessThanOrEqual(m.height);
      await page.screenshot({ path: info.outputPath(`projector-${res.width}x${res.height}-${size}.png`) });
    }
    expect(await axeViolations(page), size).toEqual([]);
  }
  console.log(rows.join('\n'));
  expect(errors).toEqual([]);
});

test('the room sees and hears what it decided: the timer at 0:00, the running total, the override’s message, the recap', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  // The debate's minute passes on a fake clock that otherwise runs as the real one.
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await classAtTheTable(page, 1);
  await page.getByRole('button', { name: 'Start the debate' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^[01]:\d\d$/);
  await expect(page.locator('.facilitator__caption')).toHaveText('');
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('timer')).toHaveText(/^−0:0\d$/);
  const caption = page.locator('.facilitator__caption');
  await expect(caption).toHaveText('Time: take the vote');
  await expect(caption).toBeInViewport();
  // Heard as well as read: the gavel's own caption, for a muted room too.
  await expect(page.locator('.audio-captions')).toContainText('[A gavel knocks twice: the debate’s time is up]');

  // The running total against the class.
  const total = page.locator('.vote__total');
  await expect(total).toHaveText('0 of 25 voted');
  const counts = page.locator('.vote__count');
  await counts.first().fill('14');
  await counts.nth(1).fill('4');
  await expect(total).toHaveText('18 of 25 voted');
  await expect(total).toBeInViewport();

  // An override without a reason: the message stands beside its button, in view.
  await page.getByRole('button', { name: 'Override the vote' }).click();
  const refusal = page.locator('.vote__override [role="status"]');
  await expect(refusal).toHaveText('An override needs a reason, for the debrief.');
  await expect(refusal).toBeInViewport({ ratio: 1 });
  const [button, message] = await Promise.all([
    page.getByRole('button', { name: 'Override the vote' }).boundingBox(),
    refusal.boundingBox(),
  ]);
  expect(message && button && message.y - (button.y + button.height)).toBeLessThan(40);
  await page.screenshot({ path: info.outputPath('vote.png') });

  // Decided by the vote: the recap card waits for the facilitator.
  const first = (await page.locator('.vote__list label').first().textContent()) ?? '';
  await page.getByRole('button', { name: 'Decide by the vote' }).click();
  const recapCard = page.locator('[data-recap]');
  await expect(recapCard).toBeVisible();
  await expect(recapCard.locator('.moment__decided')).toHaveText(`Decided: ${first} (14 of 25)`);
  await expect(recapCard.locator('.moment__moved')).toHaveText(/^The state of play (moved: .+|did not move)\.$/);
  await expect(page.locator('.decision')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath('recap.png') });
  await page.getByRole('button', { name: 'Go on' }).click();
  await expect(recapCard).toHaveCount(0);
  await passInterludes(page);
  await expect(page.locator('.decision')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Moscow’s answer and the ending are moments of their own, full screen, each waiting for the facilitator', async ({
  page,
}, info) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await classAtTheTable(page);
  let answers = 0;
  for (let step = 0; step < 40; step++) {
    const settled = page.locator('.interlude, .decision, .reply, .moment, [data-ending]').first();
    await expect(settled).toBeVisible();
    if ((await page.locator('[data-ending]').count()) > 0) break;
    const answer = page.locator('[data-answer]');
    if ((await answer.count()) > 0) {
      answers++;
      // Full screen: the card covers the whole viewport, and holds the answer's gist and its paper.
      const box = await answer.boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
      await expect(answer.locator('.moment__gist')).toHaveText(/^.+ answered: .+\.$/);
      await expect(answer.locator('.model-paper')).toBeVisible();
      if (answers === 1) {
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: info.outputPath('answer.png') });
      }
      await answer.getByRole('button', { name: 'Go on' }).click();
      continue;
    }
    const ending = page.locator('[data-ending-moment]');
    if ((await ending.count()) > 0) {
      await expect(ending.locator('.outcome__label')).toHaveText(/(HISTORICAL|COUNTERFACTUAL) ENDING/);
      expect(await ending.boundingBox()).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: info.outputPath('ending.png') });
      await ending.getByRole('button', { name: 'The whole ending' }).click();
      continue;
    }
    const next = page.locator('.interlude .button--primary, .moment__next');
    if ((await next.count()) > 0) {
      await next.first().click();
      continue;
    }
    if ((await page.locator('.reply').count()) > 0) {
      for (const item of HISTORICAL_PACKAGE) await page.locator(`#item-${item}`).check();
      await page.getByRole('button', { name: 'Send the reply' }).click();
      continue;
    }
    await page.locator('.vote__count').first().fill('14');
    await page.getByRole('button', { name: 'Decide by the vote' }).click();
  }
  await expect(page.locator('[data-ending]')).toBeVisible();
  expect(answers).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the title’s New game is reachable at 200% text on a 4:3 projector and on a phone held upright', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: /^200%/ }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  for (const size of [
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    const newGame = page.getByRole('button', { name: 'New game' });
    // Nothing of the card above the top of the screen, where no scrolling reaches.
    const card = await page.locator('.card--title').boundingBox();
    expect(card?.y, `${size.width}×${size.height}`).toBeGreaterThanOrEqual(0);
    await newGame.scrollIntoViewIfNeeded();
    await expect(newGame).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => (document.scrollingElement as HTMLElement).scrollWidth)).toBeLessThanOrEqual(
      size.width,
    );
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('#setup-heading')).toBeVisible();
});
