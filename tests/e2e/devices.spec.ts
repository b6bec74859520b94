/**
 * Every student on a device (#14), in real Chromium against the real classroom server (`npm run
 * server`'s entry, started here on a loopback port of its own, serving the built game): the teacher
 * creates the session from the set-up, the projector and two phone-sized students join by code, a
 * student's memo reaches the console (#16), the class votes, the projector shows the tally, the
 * teacher decides and everyone sees the next decision; a student reloads and keeps the seat; axe on
 * each screen. Then the reply: the student whose role decides drafts it on a phone with the one-screen
 * builder (the server's warnings and Moscow's likely reading beside it) and sends it.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type ClassroomServer, facilitateToReply, startClassroomProcess } from '../server/classroomFixture';
import { createSession, join } from '../server/harness';

const PORT = Number(process.env.DEVICES_PORT ?? 2585);
const DIST = process.env.E2E_DIST ?? 'dist';

async function axe(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

test.describe('on the classroom server', () => {
  let server: ClassroomServer | undefined;
  let BASE = '';

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startClassroomProcess(PORT, 'devices-e2e', DIST);
    BASE = server.base;
  });

  test.afterAll(() => server?.close());

  async function phone(browser: Browser) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: BASE });
    return context.newPage();
  }

  test('a class plays a decision to its tally on devices, with a memo and a reload', async ({ browser }) => {
    test.setTimeout(240_000);
    const teacherContext = await browser.newContext({ baseURL: BASE });
    const teacher = await teacherContext.newPage();
    await teacher.goto('/');
    await teacher.getByRole('button', { name: 'New game' }).click();
    // Served by the classroom server: the set-up offers the on-device mode.
    await teacher.getByLabel(/Classroom, every student on a device/).check();
    await teacher.getByLabel(/Students in the class/).fill('6');
    await teacher.getByLabel('Seed').fill('11');
    await teacher.getByRole('button', { name: 'Create the session' }).click();
    // Creating a session is slow on a loaded machine (the scenarios themselves are read at start).
    await expect(teacher).toHaveURL(/\?console=[A-Z0-9]{6}$/, { timeout: 45_000 });
    const code = new URL(teacher.url()).searchParams.get('console') ?? '';
    await expect(teacher.locator('.join-panel__code')).toHaveAttribute('data-code', code);
    await axe(teacher, 'console');

    const projector = await (await browser.newContext({ baseURL: BASE })).newPage();
    await projector.goto(`/?projector=${code}`);
    const decisionOnProjector = projector.locator('.projector__decision');
    await expect(decisionOnProjector).toBeVisible();
    const firstDecision = await decisionOnProjector.getAttribute('data-decision');

    const students: Page[] = [];
    for (const name of ['Ana', 'Ben']) {
      const page = await phone(browser);
      await page.goto(`/?join=${code}`);
      await expect(page.getByLabel('Code')).toHaveValue(code);
      await page.getByLabel('Your name').fill(name);
      await page.getByRole('button', { name: 'Join' }).click();
      await expect(page.locator('#role-heading')).toBeVisible();
      students.push(page);
    }
    const [ana, ben] = students;
    await expect(projector.locator('.projector__present')).toContainText('2 of 2');
    await axe(ana, 'student');
    await axe(projector, 'projector');

    // A memo on the decision being debated reaches the console, with the student's name there only.
    const memo = ana
      .locator('.device-memo')
      .filter({ has: ana.locator('textarea:not([disabled])') })
      .first();
    await memo.locator('textarea').fill('Accept the trade in private and keep the quarantine firm.');
    await memo.getByRole('button', { name: 'Send my memo' }).click();
    await expect(memo).toContainText('sent to your teacher');
    const consoleMemo = teacher.locator('.console__memo').first();
    await expect(consoleMemo).toContainText('Ana');
    await expect(consoleMemo).toContainText('keep the quarantine firm');
    await consoleMemo.getByRole('button', { name: /Show on the projector/ }).click();
    await expect(projector.locator('.projector__memo')).toContainText('keep the quarantine firm');
    await expect(projector.locator('.projector__memo')).not.toContainText('Ana');

    // The class votes; the projector's tally counts heads, without names.
    let voters = 0;
    for (const page of students) {
      const option = page.locator('.device-vote__option').first();
      if ((await option.count()) === 0) continue;
      await option.click();
      await expect(option).toHaveAttribute('aria-pressed', 'true');
      voters += 1;
    }
    expect(voters).toBeGreaterThan(0);
    await expect(projector.locator('.tally__cast')).toContainText(`${voters} of`);
    await expect(teacher.locator('.tally__cast')).toContainText(`${voters} of`);

    // A student reloads: the same seat and role come back.
    const role = await ben.locator('#role-heading').textContent();
    await ben.reload();
    await expect(ben.locator('#role-heading')).toHaveText(role ?? '');
    await expect(ben.locator('.device__who')).toContainText('Ben');

    // The teacher decides by the vote: every screen moves on to the next decision.
    await teacher.getByRole('button', { name: 'Decide by the vote' }).click();
    await expect(decisionOnProjector).not.toHaveAttribute('data-decision', firstDecision ?? '');
    for (const page of [ana, ben])
      await expect(page.locator('.device-decision .decision')).not.toHaveAttribute(
        'data-decision',
        firstDecision ?? '',
      );
    await axe(ben, 'student after reload');
  });
});

test.describe('the reply on a phone', () => {
  // Its own server (the first block stops its own in afterAll), on the next port.
  let server: ClassroomServer | undefined;
  let base = '';

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startClassroomProcess(PORT + 1, 'devices-reply', DIST);
    base = server.base;
  });

  test.afterAll(() => server?.close());

  test('the President drafts the reply on a phone with the one-screen builder, and sends it', async ({ browser }) => {
    test.setTimeout(180_000);
    // The teacher's set-up by the API (the set-up form is the first test's): the President decides.
    const created = await createSession(base, {
      scenario: { id: 'black-saturday' },
      classSize: 6,
      seed: 11,
      debateMinutes: 5,
      deciders: ['jfk'],
    });
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: base })).newPage();
    await page.goto(`/?join=${created.code}`);
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Join' }).click();
    // The first student takes the set-up's first role: the President, who takes the decisions.
    await expect(page.locator('.device-role__office')).toContainText('takes the decisions');

    // The facilitator (a client of the server's own protocol) takes the first option of each choice,
    // and nothing more once the reply is open: the next decision is the student's to see.
    const facilitator = await join(base, { code: created.code, secret: created.secret });
    await facilitateToReply(facilitator);

    const builder = page.locator('.device-decision form.reply');
    await expect(builder).toBeVisible();
    for (const item of ['halt-work', 'no-invasion-pledge', 'prepare-invasion', 'private-letter'])
      await page.locator(`#item-${item}`).check();
    // The server's advice, in the one-screen builder's words: the contradiction and Moscow's reading.
    await expect(page.locator('.reply-advice__warnings')).toContainText('invasion being readied in plain sight');
    await expect(page.locator('.reply-advice__reading [data-feature]').first()).toBeVisible();
    await expect(page.locator('#reply-problem')).toContainText('It can be sent, but it has a problem');
    // Phone-sized: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await axe(page, 'student drafting the reply');
    await builder.getByRole('button', { name: 'Send the reply' }).click();
    await expect(builder).toHaveCount(0);
    await expect(page.locator('.device-decision .decision')).not.toHaveAttribute('data-decision', 'evening-reply');
    await facilitator.room.leave();
  });
});

test('the set-up explains how to get the on-device mode when no classroom server serves the page', async ({ page }) => {
  // Playwright's own preview server (vite preview) has no classroom API.
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('.setup-devices-hint')).toContainText('npm run server');
  await expect(page.getByLabel(/every student on a device/)).toHaveCount(0);
});
