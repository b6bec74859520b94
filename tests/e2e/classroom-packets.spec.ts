/**
 * The classroom features in the built game: role packets and the facilitator's guide (on screen and
 * in print, one page per role), and loading a teacher's own scenario (a broken one refused with the
 * scenario tool's messages, a sound one played).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { DEFAULT_CLASS_SIZE, defaultRoles } from '../../src/engine/classroom/defaultRoles';
import { rolePackets } from '../../src/engine/classroom/packets';
import { collectErrors, holdRequests, passInterludes } from './helpers';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('Black Saturday does not load');
const scenario = loaded.value.scenario;

const BROKEN_BUNDLE = 'tests/fixtures/bundles/dangling-next.scenario.json';
const GOOD_BUNDLE = 'tests/fixtures/bundles/mini.scenario.json';
/** What `npm run scenario -- check tests/fixtures/broken/dangling-next` prints. */
const BROKEN_FILE = 'tests/fixtures/broken/dangling-next/decisions.yaml';
const BROKEN_PATH = 'decisions.south-answer.options[1].next';
const BROKEN_MESSAGE = `${BROKEN_FILE}: ${BROKEN_PATH}: no decision or ending "stanoff" (did you mean "standoff"?)`;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

async function openOwnScenario(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load your own scenario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Load your own scenario' })).toBeVisible();
}

/** A4 with 12 mm margins is about 1033 CSS px of text a page (at the 720 px the print is laid out at). */
const A4_TEXT_HEIGHT = 1033;
const A4_MARGINS = { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' };
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** In print media at the paper's width: nothing runs off the side, and every packet fits one page. */
async function packetsOnPaper(
  page: Page,
): Promise<{ overflow: string[]; heights: { role: string; height: number }[] }> {
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = [...document.querySelectorAll('.classroom *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : ''))
      .slice(0, 5);
    const heights = [...document.querySelectorAll<HTMLElement>('.packet')].map((el) => ({
      role: el.dataset.role ?? '',
      height: el.getBoundingClientRect().height,
    }));
    return { overflow, heights };
  });
}

test.describe('role packets and the facilitator guide', () => {
  test('one page per student and the guide, on screen and in print', async ({ page }, info) => {
    test.setTimeout(240_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Role packets and facilitator guide' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Role packets and facilitator guide' })).toBeVisible();
    await expect(page.locator('#ui-overlay')).toHaveAttribute('data-screen', 'classroom');

    // The guide, then one packet per student of the default class, key roles first.
    await expect(page.locator('.guide')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Facilitator’s guide' })).toBeVisible();
    const packets = page.locator('.packet');
    await expect(page.getByLabel('Students (6–35)')).toHaveValue(String(DEFAULT_CLASS_SIZE));
    await expect(packets).toHaveCount(DEFAULT_CLASS_SIZE);
    const seating = defaultRoles(scenario, DEFAULT_CLASS_SIZE);
    expect(await packets.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.role))).toEqual(
      seating.seats.flatMap((s) => Array(s.students).fill(s.role)),
    );
    await expect(page.locator('.packet[data-role="jfk"] h2').first()).toHaveText('John F. Kennedy');
    // Each says how the lesson works and glosses its words; it lists only the papers at the start.
    const jfk = page.locator('.packet[data-role="jfk"]').first();
    await expect(jfk.locator('.packet__how li')).toHaveCount(6);
    await expect(jfk.locator('.packet__how')).toContainText('every student votes');
    await expect(jfk.locator('.packet__glossary dt', { hasText: 'ExComm' })).toHaveCount(1);
    const started = rolePackets(scenario).packets.find((p) => p.role.id === 'jfk');
    await expect(jfk.locator('.packet__papers tbody tr')).toHaveCount(started?.documents.length ?? -1);
    await expect(jfk.locator('.packet__more')).toHaveText('More papers will reach you during the lesson.');
    // No spoiler: Moscow's answer of Sunday is in no packet.
    await expect(page.locator('.packet [data-document="khrushchev-letter-28"]')).toHaveCount(0);
    await expect(page.locator('.packet[data-role="mccone"]').first()).toContainText(
      'No recorded position in the sources: role-play guidance only.',
    );
    await expect(page.locator('.packet[data-role="rusk"] .packet__stamp').first()).toHaveText('For your eyes only');
    await expect(page.locator('.packet[data-role="jfk"] .packet__seat').first()).toHaveText(
      `Copy 1 of 2: shared by 2 students in a class of ${DEFAULT_CLASS_SIZE}: you share this role, so agree among yourselves who speaks when.`,
    );
    // The guide: timing that fills the 90 minutes, the injects, the endings, the questions.
    await expect(page.locator('.guide')).toContainText('Recommended duration: 90 minutes.');
    await expect(page.locator('.guide .timing tbody tr')).toHaveCount(15);
    await expect(page.locator('.guide .injects tbody tr')).toHaveCount(scenario.documents.length);
    await expect(page.locator('.guide [data-ending]')).toHaveCount(scenario.endings.length);
    await expect(page.locator('.guide__questions li')).toHaveCount(scenario.meta.discussion?.length ?? 0);

    // The class size decides who is in play and how many pages each role gets.
    await page.getByLabel('Students (6–35)').fill('6');
    await expect(page.locator('.guide .seating tbody tr')).toHaveCount(6);
    await expect(packets).toHaveCount(6);
    await expect(page.locator('.packet[data-role="jfk"] .packet__seat')).toHaveText('For one student in a class of 6.');
    await expect(page.locator('.packet[data-role="nitze"]')).toHaveCount(0);
    await page.getByLabel('Students (6–35)').fill('30');
    await page.getByLabel('Teams').selectOption('two');
    // Every role of both teams (the ExComm's 14, Moscow's 4) and Havana's voice.
    await expect(page.locator('.guide .seating tbody tr')).toHaveCount(19);
    await expect(packets).toHaveCount(30);
    await expect(page.locator('.guide .seating tr[data-role="castro"]')).toContainText('speaks, does not vote');
    await expect(page.locator('.packet[data-role="khrushchev"] .packet__seat').first()).toContainText(
      'shared by 2 students',
    );
    await expect(page.locator('.packet[data-role="castro"] .packet__how')).toContainText('you do not');
    // Secret papers: Castro's letter is in Khrushchev's packet and not in the President's.
    await expect(
      page.locator('.packet[data-role="khrushchev"]').first().locator('[data-document="castro-letter-26"]'),
    ).toHaveCount(1);
    await expect(page.locator('.packet[data-role="jfk"] [data-document="castro-letter-26"]')).toHaveCount(0);

    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator('.packet[data-role="rusk"]')
      .first()
      .evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: info.outputPath('packet-rusk-screen.png') });

    // In print: the toolbar goes, each page but the first starts a sheet, nothing runs off the side.
    const paper = await packetsOnPaper(page);
    await expect(page.locator('.classroom__toolbar')).toBeHidden();
    await expect(page.locator('#game-container')).toBeHidden();
    const breaks = await page.evaluate(() => ({
      guide: getComputedStyle(document.querySelector('.guide') as Element).breakBefore,
      packets: [...document.querySelectorAll('.packet')].map((el) => getComputedStyle(el).breakBefore),
      after: [...document.querySelectorAll('.classroom-page')].map((el) => getComputedStyle(el).breakAfter),
    }));
    expect(breaks.guide).toBe('auto');
    expect(breaks.packets).toEqual(Array(30).fill('page'));
    expect(new Set(breaks.after)).toEqual(new Set(['auto']));
    await page
      .locator('.packet[data-role="jfk"]')
      .first()
      .screenshot({ path: info.outputPath('packet-jfk-print.png') });
    await page
      .locator('.packet[data-role="khrushchev"]')
      .first()
      .screenshot({ path: info.outputPath('packet-khrushchev-print.png') });
    expect(paper.overflow).toEqual([]);
    for (const { role, height } of paper.heights) expect(height, role).toBeLessThan(A4_TEXT_HEIGHT);
    const pdf = await page.pdf({ format: 'A4', margin: A4_MARGINS });
    await info.attach('packets.pdf', { body: pdf, contentType: 'application/pdf' });
    const guideHeight = await page.locator('.guide').evaluate((el) => el.getBoundingClientRect().height);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(30 + 1);
    // One page a packet, and the guide's pages: its rows and claim lists never split across a page,
    // which can leave the foot of a page or two empty, but no page is blank.
    expect(pdfPages(pdf)).toBeLessThanOrEqual(30 + Math.ceil(guideHeight / A4_TEXT_HEIGHT) + 2);
    // The guide alone: the packets leave the paper, and no blank page follows the guide.
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Print', { exact: true }).selectOption('guide');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.packet').first()).toBeHidden();
    const guideOnly = pdfPages(await page.pdf({ format: 'A4', margin: A4_MARGINS }));
    expect(guideOnly).toBeLessThanOrEqual(Math.ceil(guideHeight / A4_TEXT_HEIGHT) + 2);

    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a class set up with names prints one page per student, named, and no blank page', async ({ page }, info) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByLabel(/Classroom, one screen/).check();
    await page.getByLabel('Students in the class (6–35)').fill('25');
    await page.getByLabel('Names of the students who are John F. Kennedy').fill('Ana, Ben');
    await page.getByLabel('Names of the students who are Dean Rusk').fill('Cleo');
    await page.getByRole('button', { name: 'Role packets for this class' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Role packets and facilitator guide' })).toBeVisible();

    const packets = page.locator('.packet');
    await expect(packets).toHaveCount(25);
    await expect(page.locator('.packet[data-role="jfk"] .packet__seat')).toHaveText([
      'For Ana (with Ben): you share this role, so agree among yourselves who speaks when.',
      'For Ben (with Ana): you share this role, so agree among yourselves who speaks when.',
    ]);
    await expect(page.locator('.packet[data-role="rusk"] .packet__seat').first()).toHaveText(/^For Cleo/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Print', { exact: true }).selectOption('packets');
    const paper = await packetsOnPaper(page);
    await expect(page.locator('.guide')).toBeHidden();
    expect(paper.overflow).toEqual([]);
    expect(paper.heights).toHaveLength(25);
    for (const { role, height } of paper.heights) expect(height, role).toBeLessThan(A4_TEXT_HEIGHT);
    const pdf = await page.pdf({ format: 'A4', margin: A4_MARGINS });
    await info.attach('class-packets.pdf', { body: pdf, contentType: 'application/pdf' });
    // One sheet per student: no page cut in two, no blank page at the end.
    expect(pdfPages(pdf)).toBe(25);
    expect(errors).toEqual([]);
  });
});

test.describe('loading your own scenario', () => {
  test('a broken bundle is refused with the scenario tool’s message, naming the file and the path', async ({
    page,
  }, info) => {
    const errors = collectErrors(page);
    await openOwnScenario(page);
    await page.getByLabel('A scenario bundle').setInputFiles(BROKEN_BUNDLE);
    await expect(page.getByRole('heading', { name: 'This scenario cannot be played' })).toBeVisible();
    const problems = page.locator('.own-scenario__problems li');
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toHaveText(BROKEN_MESSAGE);
    await expect(problems.first().locator('.issue__file')).toHaveText(BROKEN_FILE);
    await expect(problems.first().locator('.issue__path')).toHaveText(BROKEN_PATH);
    await expect(page.getByRole('button', { name: 'Set up a game of it' })).toHaveCount(0);
    await page.locator('.own-scenario').screenshot({ path: info.outputPath('broken-bundle.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Nothing else changes: the game is still Black Saturday.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
    expect(await page.evaluate(() => window.eyesOnly?.view().scenario.id)).toBe('black-saturday');
    expect(errors).toEqual([]);
  });

  test('a file that is not a bundle says so', async ({ page }) => {
    const errors = collectErrors(page);
    await openOwnScenario(page);
    await page.getByLabel('A scenario bundle').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(page.locator('.own-scenario__problems li')).toHaveText(
      'notes.json: format: not a scenario bundle: expected format "eyes-only-scenario-bundle" (made by npm run scenario -- bundle <folder>)',
    );
    expect(errors).toEqual([]);
  });

  test('loose files and a folder are read as the scenario tool reads them', async ({ page }) => {
    const errors = collectErrors(page);
    await openOwnScenario(page);
    const folder = 'tests/fixtures/scenarios/mini';
    const names = ['scenario.yaml', 'roles.yaml', 'decisions.yaml', 'events.yaml', 'endings.yaml'];
    const docs = ['briefing.md', 'claim.md', 'governor-orders.md', 'storm-report.md'];
    await page
      .getByLabel('Scenario files')
      .setInputFiles([...names.map((n) => `${folder}/${n}`), ...docs.map((d) => `${folder}/documents/${d}`)]);
    await expect(page.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
    await expect(page.locator('.own-scenario__counts')).toContainText('4 documents');

    // A folder whose decisions point nowhere: the same message as the CLI, with the folder's own path.
    await page.getByLabel('A scenario folder').setInputFiles('tests/fixtures/broken/dangling-next');
    await expect(page.locator('.own-scenario__problems li')).toHaveText(
      `dangling-next/decisions.yaml: ${BROKEN_PATH}: no decision or ending "stanoff" (did you mean "standoff"?)`,
    );
    await page.getByLabel('A scenario folder').setInputFiles(folder);
    await expect(page.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a good bundle is shown with its title and counts, set up for a class and played', async ({ page }, info) => {
    const errors = collectErrors(page);
    await openOwnScenario(page);
    await page.getByLabel('A scenario bundle').setInputFiles(GOOD_BUNDLE);
    const ready = page.locator('.own-scenario__ready');
    await expect(ready.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
    await expect(ready).toContainText('A test scenario with every feature of the format and nothing else.');
    await expect(ready.locator('.own-scenario__counts')).toContainText('3 roles');
    await page.locator('.own-scenario').screenshot({ path: info.outputPath('good-bundle.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Set up like the bundled scenario: here for a class of 6 on one screen, with its own roles.
    await page.getByRole('button', { name: 'Set up a game of it' }).click();
    await expect(page.locator('.card--setup')).toContainText('The Lighthouse Quarrel. You sit as');
    await page.getByLabel(/Classroom, one screen/).check();
    await page.getByLabel('Students in the class (6–35)').fill('6');
    const miniLoaded = loadScenarioFolder('tests/fixtures/scenarios/mini');
    if (!miniLoaded.ok) throw new Error('mini does not load');
    const mini = miniLoaded.value.scenario;
    const theirs = mini.roles.filter((r) => r.side === mini.meta.playerSide);
    await expect(page.locator('.roster tbody tr')).toHaveCount(theirs.length);
    await page.getByLabel('Seed').fill('7');
    await page.getByRole('button', { name: 'Take your seat' }).click();
    await expect(page.locator('#ui-overlay')).toHaveAttribute('data-screen', 'play');
    await expect(page.locator('.facilitator')).toBeVisible();
    await passInterludes(page);
    await expect(page.getByRole('heading', { name: 'The first note' })).toBeVisible();
    const view = await page.evaluate(() => window.eyesOnly?.view());
    expect(view?.scenario.id).toBe('mini');
    // A seat's view never carries the seed during play (it would tell what chance has in store);
    // the game itself was started from the one typed.
    expect(view?.seed).toBeNull();
    expect(await page.evaluate(() => window.eyesOnly?.seed())).toBe(7);
    // The board hangs a sheet with this scenario's title, not the chart of 1962.
    expect(await page.evaluate(() => window.eyesOnly?.chart())).toEqual({
      kind: 'plain',
      scenario: 'mini',
      title: 'The Lighthouse Quarrel',
    });
    await page.screenshot({ path: info.outputPath('playing-mini.png') });

    // Back at the title, it says which scenario is in use, and a new game sets that one up.
    await page.getByRole('button', { name: 'Save and leave' }).click();
    await expect(page.locator('.title__own')).toContainText('Your own scenario is in use: The Lighthouse Quarrel');
    await page.getByRole('button', { name: 'New game' }).click();
    await expect(page.locator('.card--setup')).toContainText('The Lighthouse Quarrel. You sit as');
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    // Back to the bundled scenario: the title, the set-up and the board are Black Saturday's again.
    await page.getByRole('button', { name: 'Back to Black Saturday' }).click();
    await expect(page.locator('.title__own')).toHaveCount(0);
    await page.getByRole('button', { name: 'New game' }).click();
    await expect(page.locator('.card--setup')).toContainText(`${scenario.meta.title}. You sit as`);
    await page.getByRole('button', { name: 'Take your seat' }).click();
    await passInterludes(page);
    expect(await page.evaluate(() => window.eyesOnly?.view().scenario.id)).toBe(scenario.meta.id);
    expect(await page.evaluate(() => window.eyesOnly?.chart())).toEqual({ kind: 'caribbean' });
    expect(errors).toEqual([]);
  });
});

/**
 * Words of Black Saturday that a teacher's own scenario must never show: the game's content comes from
 * the scenario, not the code (issue #13 item 5). Case-sensitive where a word could be ordinary English.
 */
const BLACK_SATURDAY_WORDS = [
  /Rostow/,
  /Jupiter/,
  /Khrushchev/,
  /Kennedy/,
  /Bundy/,
  /Dobrynin/,
  /ExComm/,
  /Cuba/,
  /DEFCON/,
  /1962/,
  /Washington/,
  /Moscow/,
  /Soviet/,
  /\bmemo’s\b|\bthe memo\b|memo scorecard/i,
  /\bED?T\b|\bEST\b/,
];

test.describe('a teacher’s own scenario is all its own', () => {
  test('no Black Saturday text anywhere in its game, its papers, its review or the review’s Markdown', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors = collectErrors(page);
    const seen: { where: string; text: string }[] = [];
    // All the page's text, shown or for screen readers alone (scripts and styles are not text).
    const look = async (where: string) =>
      seen.push({
        where,
        text: await page.evaluate(() => {
          const copy = document.body.cloneNode(true) as HTMLElement;
          for (const node of copy.querySelectorAll('script, style')) node.remove();
          return copy.textContent ?? '';
        }),
      });

    await page.goto('/');
    await page.getByRole('button', { name: 'Load your own scenario' }).click();
    await page.getByLabel('A scenario folder').setInputFiles('tests/fixtures/scenarios/mini');
    await expect(page.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
    await look('loaded');
    await page.getByRole('button', { name: 'Set up a game of it' }).click();
    await look('set-up');
    await page.getByLabel('Seed').fill('5');
    await page.getByRole('button', { name: 'Take your seat' }).click();

    const opened = new Set<string>();
    for (let turn = 0; turn < 20; turn++) {
      const desk = page.locator('.interlude, .decision, .reply, [data-ending]').first();
      await expect(desk).toBeVisible();
      await look(`turn ${turn}`);
      // Each paper as it arrives, in its viewer.
      const entries = page.locator('.desk__folder .doc-folder__entry');
      for (const id of await entries.evaluateAll((els) =>
        els.map((el) => (el as HTMLElement).dataset.documentId ?? ''),
      )) {
        if (opened.has(id)) continue;
        opened.add(id);
        // Opened by a DOM click: this test reads text, and the folder may still be settling on the desk.
        await page
          .locator(`.desk__folder .doc-folder__entry[data-document-id="${id}"]`)
          .evaluate((el) => (el as HTMLElement).click());
        await expect(page.locator('dialog.doc-viewer')).toBeVisible();
        await look(`document ${id}`);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog.doc-viewer')).toHaveCount(0);
      }
      if (await page.locator('[data-ending]').isVisible()) break;
      const interlude = page.locator('.interlude .button--primary');
      if (await interlude.isVisible()) {
        await interlude.click();
      } else if (await page.locator('.reply').isVisible()) {
        await page.locator('#item-fishing-rights').check();
        await page.locator('#item-patience').check();
        await look(`turn ${turn}, the reply built`);
        await page.getByRole('button', { name: 'Send the reply' }).click();
      } else {
        await page.locator('.option').first().click();
      }
    }
    await expect(page.locator('[data-ending]')).toBeVisible();
    expect(opened.size).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'After-action review' }).click();
    await expect(page.getByRole('heading', { name: 'After-action review' })).toBeVisible();
    // Without a reference posture in the scenario, there is no scorecard.
    await expect(page.locator('.review__memo')).toHaveCount(0);
    await look('review');
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const mdText = readFileSync(await markdown.path(), 'utf8');
    expect(mdText).toContain('# After-action review: The Lighthouse Quarrel');
    seen.push({ where: 'review Markdown', text: mdText });

    const found = seen.flatMap(({ where, text }) =>
      BLACK_SATURDAY_WORDS.filter((word) => word.test(text)).map((word) => `${where}: ${text.match(word)?.[0]}`),
    );
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * The check runs in a Web Worker, so the page stays responsive during the seconds a full scenario
 * takes; where no worker can run it, it runs on the main thread as before, with the same answers.
 */
test.describe('the own-scenario check off the main thread', () => {
  const status = (page: Page) => page.locator('.own-scenario__status');
  const CHECKING = /^Checking \d+ files: /;

  /**
   * Picks Black Saturday's folder (the slowest check there is) and counts, in the page, the ticks of
   * a 20 ms timer while the status line says the check is running. On the main thread the check
   * holds the page, so the timer first runs after it: one tick. In a worker, it ticks throughout.
   * (Ticks, not a time limit: how long a pause lasts depends on the machine's load.)
   */
  async function checkBlackSaturday(page: Page): Promise<number> {
    await page.getByLabel('A scenario folder').setInputFiles('scenarios/black-saturday');
    await expect(status(page)).toHaveText(CHECKING);
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const line = document.querySelector('.own-scenario__status') as HTMLElement;
          let ticks = 0;
          const timer = setInterval(() => {
            ticks++;
            if (!line.textContent?.startsWith('Checking')) {
              clearInterval(timer);
              resolve(ticks);
            }
          }, 20);
        }),
    );
  }

  test('a full scenario is checked in a worker while the page stays responsive', async ({ page }) => {
    const errors = collectErrors(page);
    await openOwnScenario(page);
    const ticks = await checkBlackSaturday(page);
    await expect(page.getByRole('heading', { level: 2, name: scenario.meta.title })).toBeVisible();
    await expect(status(page)).toHaveAttribute('data-check', 'worker');
    await expect(status(page)).toHaveText(`The scenario is sound: ${scenario.meta.title}.`);
    // The scenario the scenario tool loads from the same folder.
    const counts = page.locator('.own-scenario__counts');
    await expect(counts).toContainText(`${scenario.endings.length} endings`);
    await expect(counts).toContainText(`${scenario.documents.length} documents`);
    // The main thread kept running timers through the check (about 2 s in a worker here).
    expect(ticks).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  /** Records, in `window.checks`, for each worker started, whether it answered and whether it was stopped. */
  async function recordWorkers(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const Real = window.Worker;
      const checks: { answered: boolean; terminated: boolean }[] = [];
      Object.assign(window, { checks });
      window.Worker = class extends Real {
        readonly check = { answered: false, terminated: false };
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          checks.push(this.check);
          this.addEventListener('message', () => {
            this.check.answered = true;
          });
        }
        override terminate() {
          this.check.terminated = true;
          super.terminate();
        }
      };
    });
  }

  const workersSeen = (page: Page) => page.evaluate(() => (window as unknown as { checks: unknown[] }).checks);

  test('a second pick while a check runs shows only the second result', async ({ page }) => {
    const errors = collectErrors(page);
    await recordWorkers(page);
    await openOwnScenario(page);
    await page.getByLabel('A scenario folder').setInputFiles('scenarios/black-saturday');
    await expect(status(page)).toHaveText(CHECKING);
    // The status line is set before the worker's chunk is imported; a pick in between never starts
    // the first worker at all (CI once did so under load). Pick again only once it runs.
    await expect.poll(() => workersSeen(page)).toHaveLength(1);
    await page.getByLabel('A scenario bundle').setInputFiles(BROKEN_BUNDLE);
    await expect(page.locator('.own-scenario__problems li')).toHaveText(BROKEN_MESSAGE);
    // The first check's worker was stopped before it answered; the second's answered, then was let go.
    expect(await workersSeen(page)).toEqual([
      { answered: false, terminated: true },
      { answered: true, terminated: true },
    ]);
    // About as long as the first check would have taken, had it not been stopped: nothing changes.
    await page.waitForTimeout(3000);
    await expect(page.locator('.own-scenario__problems li')).toHaveText(BROKEN_MESSAGE);
    await expect(page.locator('.own-scenario__ready')).toHaveCount(0);
    await expect(status(page)).toHaveText('1 problem found; the scenario was not loaded.');
    await expect(page.locator('.classroom-host')).not.toHaveAttribute('aria-busy', 'true');
    expect(errors).toEqual([]);
  });

  test.describe('with the service worker kept out, so that the page sees the chunk requests', () => {
    // Requests a service worker answers never reach page.route.
    test.use({ serviceWorkers: 'block' });

    test('a second pick before the first check has started its worker never starts that worker', async ({ page }) => {
      const errors = collectErrors(page);
      await recordWorkers(page);
      // Hold the worker's chunk, as a slow network or a busy machine would, until both picks are made.
      const release = await holdRequests(page, '**/assets/validate.worker-*.js');
      await openOwnScenario(page);
      await page.getByLabel('A scenario folder').setInputFiles('scenarios/black-saturday');
      await expect(status(page)).toHaveText(CHECKING);
      await page.getByLabel('A scenario bundle').setInputFiles(BROKEN_BUNDLE);
      release();
      await expect(page.locator('.own-scenario__problems li')).toHaveText(BROKEN_MESSAGE);
      // Only the second pick's worker ever ran: the first check stopped as soon as its chunk arrived.
      expect(await workersSeen(page)).toEqual([{ answered: true, terminated: true }]);
      await expect(status(page)).toHaveText('1 problem found; the scenario was not loaded.');
      await expect(page.locator('.own-scenario__ready')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  });

  test('a scenario whose routes go round without end is checked, and refused with the loop named', async ({ page }) => {
    const errors = collectErrors(page);
    await openOwnScenario(page);
    await page.getByLabel('A scenario folder').setInputFiles('tests/fixtures/broken/route-cycle');
    await expect(page.locator('.own-scenario__problems li')).toHaveText(
      /^route-cycle\/decisions\.yaml: decisions\.final-check: an endless loop: "final-check" → "final-check-again" → "final-check" go round/,
    );
    await expect(status(page)).toHaveAttribute('data-check', 'worker');
    expect(errors).toEqual([]);
  });

  test('a check that does not finish within the time limit is stopped, and the teacher is told what to do', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors = collectErrors(page);
    // A worker that takes the files and never answers: a check that would run for ever.
    await page.addInitScript(() => {
      const Real = window.Worker;
      const checks: { terminated: boolean }[] = [];
      Object.assign(window, { checks });
      window.Worker = class extends Real {
        readonly check = { terminated: false };
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          checks.push(this.check);
        }
        override postMessage() {}
        override terminate() {
          this.check.terminated = true;
          super.terminate();
        }
      } as typeof Worker;
    });
    await openOwnScenario(page);
    await page.getByLabel('A scenario bundle').setInputFiles(GOOD_BUNDLE);
    await expect(status(page)).toHaveText(CHECKING);
    // The limit is CHECK_TIME_LIMIT_MS, 20 s: the real one, not one shortened for the test.
    await expect(page.getByRole('heading', { level: 2, name: 'The check took too long' })).toBeVisible({
      timeout: 40_000,
    });
    await expect(page.locator('.own-scenario__problems li')).toHaveText(
      'mini.scenario.json: the check did not finish within 20 seconds and was stopped, so the scenario was not loaded. ' +
        'Pick the files again to retry (close other tabs first on a slow computer); if it stops again, run npm run ' +
        'scenario -- check on the folder, which names what makes the check endless (such as a loop of routes with no ' +
        'way out), fix it and pick the files again.',
    );
    await expect(status(page)).toHaveText('1 problem found; the scenario was not loaded.');
    // Stopped, and not tried again on the main thread, where nothing could stop it.
    expect(await page.evaluate(() => (window as unknown as { checks: unknown[] }).checks)).toEqual([
      { terminated: true },
    ]);
    await expect(status(page)).not.toHaveAttribute('data-check');
    await expect(page.locator('.classroom-host')).not.toHaveAttribute('aria-busy', 'true');
    expect(errors).toEqual([]);
  });

  const brokenWorkers = {
    // A browser without module or blob workers, or one that forbids them.
    'no Worker can be made': () => {
      window.Worker = class {
        constructor() {
          throw new Error('workers are off');
        }
      } as unknown as typeof Worker;
    },
    // A worker whose script fails as it starts.
    'the worker fails': () => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super('data:text/javascript,throw new Error("broken worker")', options);
        }
      };
    },
  };
  for (const [name, breakWorkers] of Object.entries(brokenWorkers)) {
    test(`when ${name}, the check runs on the main thread with the same answers`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.addInitScript(breakWorkers);
      await openOwnScenario(page);
      await page.getByLabel('A scenario bundle').setInputFiles(BROKEN_BUNDLE);
      const problems = page.locator('.own-scenario__problems li');
      await expect(problems).toHaveText(BROKEN_MESSAGE);
      await expect(problems.first().locator('.issue__path')).toHaveText(BROKEN_PATH);
      await expect(status(page)).toHaveAttribute('data-check', 'main-thread');
      await page.getByLabel('A scenario bundle').setInputFiles(GOOD_BUNDLE);
      await expect(page.getByRole('heading', { level: 2, name: 'The Lighthouse Quarrel' })).toBeVisible();
      await expect(status(page)).toHaveAttribute('data-check', 'main-thread');
      expect(errors).toEqual([]);
    });
  }
});
