/**
 * A teacher's own scenario with a hostile source link, or a file that is not UTF-8, is refused in the
 * browser with the scenario tool's own message (issue #12): the game never draws a `javascript:` link.
 */
import { expect, type Page, test } from '@playwright/test';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import { bundleText, createBundle } from '../../src/engine/loader/bundle';
import { collectErrors } from './helpers';

const REFUSAL =
  'endings.peace.sources[0].url: a source link must be a web address starting with http:// or https://, not "javascript:"';

async function openOwnScenario(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load your own scenario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Load your own scenario' })).toBeVisible();
}

test('a scenario folder with a javascript: source link is refused with the file and path', async ({ page }) => {
  const errors = collectErrors(page);
  await openOwnScenario(page);
  await page.getByLabel('A scenario folder').setInputFiles('tests/fixtures/broken/hostile-url');
  await expect(page.locator('.own-scenario__problems li')).toHaveText(`hostile-url/endings.yaml: ${REFUSAL}`);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a bundle with a javascript: source link is refused the same way', async ({ page }) => {
  const errors = collectErrors(page);
  await openOwnScenario(page);
  const files = readScenarioFiles('tests/fixtures/broken/hostile-url').map((f) => ({
    ...f,
    path: f.path.replace('tests/fixtures/broken/', ''),
  }));
  await page.getByLabel('A scenario bundle').setInputFiles({
    name: 'hostile.scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bundleText(createBundle(files))),
  });
  await expect(page.locator('.own-scenario__problems li')).toHaveText(`hostile-url/endings.yaml: ${REFUSAL}`);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a file that is not UTF-8 is named with its line, not quietly mended', async ({ page }) => {
  const errors = collectErrors(page);
  await openOwnScenario(page);
  await page
    .getByLabel('Scenario files')
    .setInputFiles([
      'tests/fixtures/broken/latin1-yaml/scenario.yaml',
      'tests/fixtures/broken/latin1-yaml/decisions.yaml',
    ]);
  await expect(page.locator('.own-scenario__problems li')).toHaveText(
    'scenario.yaml: line 7: not UTF-8 text (byte 269 is not valid UTF-8): save the file as UTF-8',
  );
  expect(errors).toEqual([]);
});
