/**
 * Compare classes (#16): three classes' exported games (one on the record's path, two not) and a
 * damaged file are chosen on the title's "Compare classes"; the damaged one is refused by name, the
 * map's counts are those of the three runs, and the page prints without anything cut off; the
 * facilitator's guide printed afterwards asks the last comparison's debrief questions.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { debriefQuestions } from '../../src/engine/analysis/compareDebrief';
import { compareRuns } from '../../src/engine/analysis/compareRuns';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createSave } from '../../src/engine/save';
import { blackSaturday, collectErrors } from './helpers';

const engine = blackSaturday();
const history = playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot;
const runs = [
  { name: 'class-a.json', snapshot: history },
  { name: 'class-b.json', snapshot: playRandomGame(engine, 11).final },
  { name: 'class-c.json', snapshot: playRandomGame(engine, 29).final },
].map(({ name, snapshot }) => ({ name, text: createSave(engine, snapshot, true) }));
// What the page must show, from the same model the page uses (its own test checks the counting).
const expected = compareRuns(engine, runs);

test('three classes compared on the map, a damaged file refused by name, printed without cut-offs', async ({
  page,
}, info) => {
  // Three games on the map, a PDF and the guide: past the default minute on a loaded machine (66 s seen).
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Compare classes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare classes' })).toBeVisible();
  await page
    .locator('[data-compare-files]')
    .setInputFiles([
      ...runs.map((r) => ({ name: r.name, mimeType: 'application/json', buffer: Buffer.from(r.text) })),
      { name: 'spilled-coffee.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "eyes-only-sa') },
    ]);

  await expect(page.getByRole('alert')).toContainText('spilled-coffee.json: This save is damaged or incomplete');
  await expect(page.locator('.compare__runs li')).toHaveCount(3);

  // The counts on the map: each node and each step as many runs as took it.
  const first = expected.historicalPath[0];
  await expect(page.locator(`.decision-map [data-node="${first}"]`)).toHaveAttribute('data-count', '3');
  for (const edge of expected.edgeCounts) {
    await expect(page.locator(`[data-step="${edge.from} ${edge.to}"]`)).toHaveAttribute(
      'data-count',
      String(edge.count),
    );
  }
  const drawnSteps = await page.locator('[data-step]').count();
  expect(drawnSteps).toBe(expected.edgeCounts.length);
  for (const [id, count] of Object.entries(expected.nodeCounts)) {
    await expect(page.locator(`.decision-map [data-node="${id}"]`)).toHaveAttribute('data-count', String(count));
  }
  // The endings, and a decision where the runs parted.
  for (const ending of expected.endings.filter((e) => e.runs.length > 0)) {
    await expect(page.locator(`[data-ending="${ending.id}"]`)).toHaveAttribute(
      'data-count',
      String(ending.runs.length),
    );
  }
  await expect(page.locator('.compare__table tbody tr')).toHaveCount(expected.decisions.length);
  await expect(page.locator('.compare__chart')).toHaveCount(engine.scenario.tracks.length);
  // The debrief asks about these runs' differences, in the comparison's own words.
  const questions = debriefQuestions(expected);
  expect(questions.length).toBeGreaterThan(0);
  await expect(page.locator('.compare__questions li')).toHaveText(questions.map((q) => q.text));

  const axe = await new AxeBuilder({ page })
    .include('.compare')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Removing a run recounts at once.
  await page.getByRole('button', { name: 'Remove class-c' }).click();
  await expect(page.locator('.compare__runs li')).toHaveCount(2);
  await expect(page.locator(`.decision-map [data-node="${first}"]`)).toHaveAttribute('data-count', '2');

  // On paper: the controls go, nothing runs off the side of an A4 page.
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.compare__actions')).toBeHidden();
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.compare > :not(.decision-map) *, .compare__table *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : ''))
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  await info.attach('compare.pdf', { body: pdf, contentType: 'application/pdf' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();

  // The guide printed afterwards asks the last comparison's questions (the two runs left).
  const last = debriefQuestions(compareRuns(engine, runs.slice(0, 2)));
  expect(last.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Role packets and facilitator guide' }).click();
  const compared = page.locator('.guide .guide__compared');
  await expect(compared.getByRole('heading', { name: 'Questions from your classes’ runs' })).toBeVisible();
  await expect(compared.locator('li')).toHaveText(last.map((q) => q.text));
  await page.getByLabel('Print', { exact: true }).selectOption('guide');
  await page.emulateMedia({ media: 'print' });
  await expect(compared.locator('li').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});
