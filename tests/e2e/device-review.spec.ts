/**
 * After a class on devices (#16), in real Chromium against the real classroom server (started here
 * on a loopback port of its own, serving the built game): two students' memos (sent by
 * @colyseus/sdk clients, as the server tests do) are on the console's review under each name, in the
 * review's Markdown export and on paper (a student to a sheet, nothing else of the console); and the
 * teacher's Compare classes, on the page the server serves, adds the session's game from the server,
 * while a session whose key this browser does not hold is refused with the server's reason.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { SeatState } from '../../src/net/protocol';
import {
  type ClassroomServer,
  openClass,
  playToTheEnd,
  recordsPath,
  startClassroomProcess,
} from '../server/classroomFixture';
import { blackSaturday, createSession } from '../server/harness';
import { collectErrors } from './helpers';

const PORT = Number(process.env.DEVICE_REVIEW_PORT ?? 4412);
const DIST = process.env.E2E_DIST ?? 'dist';
const engine = blackSaturday();
const MEMOS = {
  'Ada Lind': 'Answer the first letter and leave the second unanswered in public.',
  'Bo Varga': 'Keep the allies informed before any word of the Jupiters reaches Moscow.',
};
let server: ClassroomServer | undefined;
let BASE = '';

test.beforeAll(async () => {
  test.setTimeout(60_000);
  server = await startClassroomProcess(PORT, 'device-review', DIST);
  BASE = server.base;
});

test.afterAll(() => server?.close());

test('the console’s review carries each student’s memos, exported and printed; Compare classes adds the session', async ({
  browser,
}, info) => {
  test.setTimeout(240_000);
  const setup = { scenario: { id: 'black-saturday' }, classSize: 6, seed: 31, debateMinutes: 5 };
  const room = await openClass(BASE, setup, { students: Object.keys(MEMOS) });
  const { created, facilitator } = room;
  // Another teacher's session: this browser will hold a wrong key for it.
  const other = await createSession(BASE, { ...setup, seed: 32 });
  for (const [i, text] of Object.values(MEMOS).entries()) {
    const student = room.students[i];
    const seat = await student.next<SeatState>('seat', (s) => (s.memos ?? []).some((m) => m.open));
    const prompt = seat.memos?.find((m) => m.open);
    if (!prompt) throw new Error(`no open memo prompt for student ${i + 1}`);
    student.room.send('memo', { decision: prompt.decision, text });
  }
  await facilitator.next('facilitator', (f: { memos?: unknown[] }) => (f.memos ?? []).length === 2);
  await playToTheEnd(engine, facilitator, recordsPath(engine));
  await room.leave();

  // The teacher's browser holds the key it was given when the session was created (and a wrong one).
  const context = await browser.newContext({ baseURL: BASE, acceptDownloads: true });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto('/');
  await page.evaluate(
    ([a, b]) => {
      localStorage.setItem(`eyes-only:net:secret:${a.code}`, a.secret);
      localStorage.setItem(`eyes-only:net:secret:${b}`, 'not-the-key-of-that-session-at-all');
    },
    [{ code: created.code, secret: created.secret }, other.code] as const,
  );
  await page.goto(`/?console=${created.code}`);
  const memos = page.locator('.memo-review');
  await expect(memos.locator('.memo-review__student')).toHaveCount(2, { timeout: 30_000 });
  for (const [name, text] of Object.entries(MEMOS)) {
    const student = memos.locator('.memo-review__student', { hasText: name });
    await expect(student.locator('blockquote')).toHaveText(text);
  }
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The review's Markdown, with both students' memos after it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the review and the memos (Markdown)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`black-saturday-${created.code}-review.md`);
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown).toMatch(/^# After-action review: /);
  for (const [name, text] of Object.entries(MEMOS)) {
    expect(markdown).toContain(`### ${name} (`);
    expect(markdown).toContain(`> ${text}`);
  }
  await info.attach('review.md', { body: markdown, contentType: 'text/markdown' });

  // On paper: the review and the memos only, each student's memos on a sheet of their own.
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.console__roster')).toBeHidden();
  await expect(page.locator('.join-panel')).toBeHidden();
  await expect(page.locator('.console__review-exports')).toBeHidden();
  await expect(page.locator('.device-review')).toBeVisible();
  await expect(memos).toBeVisible();
  const paper = await page.evaluate(() => ({
    breaks: [...document.querySelectorAll('.memo-review__student')].map((el) => getComputedStyle(el).breakBefore),
    overflow: [...document.querySelectorAll('.device-review *, .memo-review *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => el.tagName)
      .slice(0, 5),
  }));
  expect(paper.breaks).toEqual(['page', 'page']);
  expect(paper.overflow).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  await info.attach('review-with-memos.pdf', { body: pdf, contentType: 'application/pdf' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Compare classes on the server's page: the sessions this browser created, one added from the server.
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare classes' }).click();
  const offered = page.locator('.compare__server');
  await expect(offered.getByRole('heading', { name: 'Sessions you ran on this server' })).toBeVisible();
  await expect(offered.locator('.compare__sessions li')).toHaveCount(2);
  await offered.getByRole('button', { name: `Add session ${created.code}` }).click();
  await expect(page.locator('.compare__runs li strong')).toHaveText([`Session ${created.code}`]);
  const ending = page.locator('.compare__endings li').first();
  await expect(ending).toHaveAttribute('data-count', '1');
  await offered.getByRole('button', { name: `Add session ${other.code}` }).click();
  await expect(page.getByRole('alert')).toContainText(
    `Session ${other.code}: this browser's facilitator key is not the one that session was created with`,
  );
  await expect(page.locator('.compare__runs li')).toHaveCount(1);
  const compareAxe = await new AxeBuilder({ page })
    .include('.compare')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(compareAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The refused session's 403 is the only error the page logs (the browser reports a failed fetch).
  expect(errors.filter((e) => !/403/.test(e))).toEqual([]);
  await context.close();
});
