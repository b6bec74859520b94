/**
 * A one-screen class prints its position memo forms with its packets (#16): set up with named
 * students and a lesson plan, the packets screen prints one page per student and per prompted
 * decision the plan plays, each naming the student, the role and the decision's question, none cut
 * off at the foot of the sheet, and no blank page after the last.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { defaultRoles } from '../../src/engine/classroom/defaultRoles';
import { memoFormsFor } from '../../src/engine/classroom/memoForms';
import { facilitatorGuide } from '../../src/engine/classroom/packets';
import { collectErrors } from './helpers';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('Black Saturday does not load');
const scenario = loaded.value.scenario;

const CLASS_SIZE = 25;
const DEBATE_MINUTES = 3;
const PLAN = 'one-period';
const NAMES: Record<string, string[]> = { jfk: ['Ana', 'Ben'], rusk: ['Cleo'] };

/** A4 with 12 mm margins is about 1033 CSS px of text a page (at the 720 px the print is laid out at). */
const A4_TEXT_HEIGHT = 1033;
const A4_MARGINS = { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' };
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** What the plan plays, and the forms each student of the class should get, in print order. */
function expectedForms() {
  const guide = facilitatorGuide(scenario, undefined, { lesson: PLAN, debateMinutes: DEBATE_MINUTES });
  const played = new Set(guide.timing.flatMap((row) => (row.decision ? [row.decision] : [])));
  const seating = defaultRoles(scenario, CLASS_SIZE);
  const forms = seating.seats.flatMap((seat) =>
    Array.from({ length: seat.students }, (_, i) =>
      memoFormsFor(scenario, seat.role, played).map((form) => ({
        role: seat.role,
        roleName: seat.name,
        student: NAMES[seat.role]?.[i] ?? null,
        decision: form.decision,
        question: form.question,
      })),
    ).flat(),
  );
  return { played, forms };
}

test('a class set up with names prints a memo form per student and played decision, named and whole', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const { played, forms } = expectedForms();
  // The plan leaves some prompted decisions out (the aftermath's): their forms must not print.
  const prompted = new Set(scenario.memos?.prompts.map((p) => p.decision));
  const unplayed = [...prompted].filter((d) => !played.has(d));
  expect(unplayed.length).toBeGreaterThan(0);
  expect(forms.length).toBeGreaterThan(CLASS_SIZE);

  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByLabel(/Classroom, one screen/).check();
  await page.getByRole('radio', { name: /One period/ }).check();
  await page.getByLabel(/Minutes per debate/).fill(String(DEBATE_MINUTES));
  await page.getByLabel('Students in the class (6–35)').fill(String(CLASS_SIZE));
  await page.getByLabel('Names of the students who are John F. Kennedy').fill(NAMES.jfk.join(', '));
  await page.getByLabel('Names of the students who are Dean Rusk').fill(NAMES.rusk.join(', '));
  await page.getByRole('button', { name: 'Role packets for this class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Role packets and facilitator guide' })).toBeVisible();

  await page.getByLabel('Print', { exact: true }).selectOption('memos');
  const pages = page.locator('.memo-form');
  await expect(pages).toHaveCount(forms.length);
  for (const decision of unplayed) await expect(page.locator(`.memo-form[data-decision="${decision}"]`)).toHaveCount(0);

  // Each page: the student (by name where one was typed, else a line to write it on), the role, the question.
  const printed = await pages.evaluateAll((els) =>
    els.map((el) => ({
      decision: (el as HTMLElement).dataset.decision ?? '',
      role: el.querySelector('h3')?.textContent ?? '',
      student: el.querySelector('.memo-form__student')?.textContent ?? '',
      question: el.querySelector('.memo-form__question')?.textContent ?? '',
    })),
  );
  expect(printed.map((p) => p.decision)).toEqual(forms.map((f) => f.decision));
  printed.forEach((p, i) => {
    const form = forms[i];
    expect(p.role, `page ${i + 1}`).toMatch(new RegExp(`^${form.roleName}, `));
    expect(p.student, `page ${i + 1}`).toBe(
      form.student ? `Student: ${form.student}` : 'Student: ____________________________',
    );
    expect(p.question, `page ${i + 1}`).toBe(`The question: ${form.question}`);
  });
  // The named students each get every form of their role.
  for (const name of [...NAMES.jfk, ...NAMES.rusk])
    await expect(page.locator('.memo-form__student', { hasText: `Student: ${name}` })).toHaveCount(
      forms.filter((f) => f.student === name).length,
    );
  expect(forms.filter((f) => f.student === 'Ana').length).toBeGreaterThan(0);

  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
      (v) => `${v.id}: ${v.help}`,
    ),
  ).toEqual([]);

  // On paper: only the forms, each a sheet of its own, nothing off the side or the foot.
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.guide')).toBeHidden();
  await expect(page.locator('.packet').first()).toBeHidden();
  const paper = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const forms = [...document.querySelectorAll<HTMLElement>('.memo-form')];
    return {
      overflow: forms
        .flatMap((form) => [form, ...form.querySelectorAll<HTMLElement>('*')])
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : ''))
        .slice(0, 5),
      heights: forms.map((el) => el.getBoundingClientRect().height),
      breaks: forms.map((el) => getComputedStyle(el).breakBefore),
    };
  });
  expect(paper.overflow).toEqual([]);
  for (const [i, height] of paper.heights.entries()) expect(height, `form ${i + 1}`).toBeLessThan(A4_TEXT_HEIGHT);
  expect(paper.breaks).toEqual(['auto', ...Array(forms.length - 1).fill('page')]);
  await page
    .locator('.memo-form')
    .first()
    .screenshot({ path: info.outputPath('memo-form-print.png') });
  const pdf = await page.pdf({ format: 'A4', margin: A4_MARGINS });
  await info.attach('memo-forms.pdf', { body: pdf, contentType: 'application/pdf' });
  // One sheet per form: none split over two, no blank page at the end.
  expect(pdfPages(pdf)).toBe(forms.length);
  expect(errors).toEqual([]);
});
