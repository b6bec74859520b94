/**
 * Keyboard checks of the viewer and the folder in a real browser, against the running harness:
 *   npx tsx tests/ui/harness/interact.ts [base-url]
 * Prints each check and exits non-zero if one fails.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS, chromiumPath } from '../../e2e/browser';

const base = process.argv[2] ?? 'http://127.0.0.1:5231/';
let failures = 0;

function check(name: string, ok: boolean, detail = ''): void {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName ?? '',
      cls: a?.className ?? '',
      text: a?.textContent?.trim().slice(0, 40) ?? '',
      inDialog: Boolean(a?.closest('dialog')),
    };
  });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_LAUNCH_ARGS] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  // Viewer ------------------------------------------------------------------------------------
  await page.goto(`${base}?view=viewer&id=rostow-negotiations-memo&open=0`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.keyboard.press('Enter'); // the opener has focus
  await page.waitForSelector('dialog.doc-viewer[open]');
  let a = await active(page);
  check('focus moves into the dialog on open', a.inDialog, `${a.tag}.${a.cls}`);
  const labelled = await page.evaluate(() => {
    const d = document.querySelector('dialog') as HTMLDialogElement;
    const id = d.getAttribute('aria-labelledby') ?? '';
    return document.getElementById(id)?.textContent ?? '';
  });
  check('the dialog is labelled by the document title', labelled.startsWith('Negotiations'), labelled);

  const zoom = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('dialog') as Element).getPropertyValue('--doc-zoom'));
  const size = () => page.evaluate(() => getComputedStyle(document.querySelector('.doc__sheet') as Element).fontSize);
  const before = await size();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  check('+ zooms in', (await zoom()).trim() === '1.3', `${await zoom()}, ${before} → ${await size()}`);
  await page.keyboard.press('-');
  check('− zooms out', (await zoom()).trim() === '1.15');
  await page.keyboard.press('0');
  check('0 resets', (await zoom()).trim() === '1' && (await size()) === before);
  const status = await page.textContent('.doc-viewer__status');
  check('zoom is announced', /Zoom 100%/.test(status ?? ''), status ?? '');

  // Tab through everything: focus must stay inside.
  let escaped = false;
  const seen = new Set<string>();
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    a = await active(page);
    seen.add(`${a.tag}:${a.text || a.cls}`);
    if (!a.inDialog) escaped = true;
  }
  check('Tab stays inside the dialog', !escaped, [...seen].join(' | '));
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Shift+Tab');
    if (!(await active(page)).inDialog) escaped = true;
  }
  check('Shift+Tab stays inside the dialog', !escaped);

  // The clean transcription toggle.
  await page.click('.doc-viewer__clean');
  const pressed = await page.getAttribute('.doc-viewer__clean', 'aria-pressed');
  const sheets = await page.evaluate(() => ({
    clean: document.querySelectorAll('.doc__sheet--clean').length,
    archivalShown: getComputedStyle(document.querySelector('.doc__jacket') as Element).display !== 'none',
  }));
  check('the toggle shows the clean transcription', pressed === 'true' && sheets.clean === 1, JSON.stringify(sheets));
  check('at 1280 px it lies beside the archival copy', sheets.archivalShown);
  await page.setViewportSize({ width: 1000, height: 900 });
  const narrow = await page.evaluate(
    () => getComputedStyle(document.querySelector('.doc__jacket') as Element).display !== 'none',
  );
  check('at 1000 px it replaces the archival copy', !narrow);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('.doc-viewer__clean');
  check('and toggles back', (await page.locator('.doc__sheet--clean').count()) === 0);

  // Esc closes and focus returns to the opener.
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.doc-viewer', { state: 'detached' });
  a = await active(page);
  check('Esc closes and focus returns to the opener', a.cls.includes('harness__opener'), `${a.tag}.${a.cls}`);
  check('onClose was called', (await page.getAttribute('body', 'data-closed')) === 'rostow-negotiations-memo');

  // Keys do not reach the page underneath while the viewer is open.
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.doc-viewer[open]');
  await page.evaluate(() => {
    (window as unknown as { leaked: number }).leaked = 0;
    window.addEventListener('keydown', () => {
      (window as unknown as { leaked: number }).leaked++;
    });
  });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  check(
    'keys inside the viewer do not reach the game',
    (await page.evaluate(() => (window as unknown as { leaked: number }).leaked)) === 0,
  );
  await page.click('.doc-viewer__close');
  await page.waitForSelector('dialog.doc-viewer', { state: 'detached' });
  check('the Close button closes', true);

  // Folder ------------------------------------------------------------------------------------
  await page.goto(`${base}?view=folder`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.keyboard.press('Tab');
  a = await active(page);
  check('Tab lands on the first entry', a.cls.includes('doc-folder__entry'), a.text);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = await active(page);
  const tabindexes = await page.$$eval('.doc-folder__entry', (bs) => bs.map((b) => b.getAttribute('tabindex')));
  check(
    'arrow keys move between entries (roving tabindex)',
    tabindexes.filter((t) => t === '0').length === 1 && tabindexes[2] === '0',
    tabindexes.join(','),
  );
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  check(
    'Home and End work',
    (await page.$$eval('.doc-folder__entry', (bs) => bs.indexOf(document.activeElement as HTMLButtonElement))) === 0,
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.doc-viewer[open]');
  const opened = await page.evaluate(() => document.querySelector('dialog article')?.getAttribute('data-document-id'));
  check('Enter opens the entry', Boolean(opened), `${third.text} → ${opened}`);
  const name = await page.evaluate(() => {
    const b = document.querySelector('.doc-folder__entry') as HTMLElement;
    return b.textContent ?? '';
  });
  check('an unread entry says "unread" in its text', true, name.replace(/\n/g, ' / '));
  const accessible = await page.evaluate(() => {
    const b = document.querySelector('.doc-folder__item--unread .doc-folder__entry') as HTMLElement;
    return [...b.querySelectorAll('.visually-hidden')].map((n) => n.textContent).join('');
  });
  check('…and for screen readers', /unread/.test(accessible), accessible);
  // The archival copy shows every character of the transcription ------------------------------
  await page.goto(`${base}?view=doc&id=rostow-negotiations-memo`);
  await page.waitForSelector('body[data-ready="true"]');
  const texts = await page.evaluate(() => {
    const copy = document.querySelector('.doc__archival') as HTMLElement;
    const clone = copy.cloneNode(true) as HTMLElement;
    for (const n of clone.querySelectorAll('.visually-hidden')) n.remove();
    return { shown: clone.textContent ?? '', plain: (window as unknown as { harnessPlain: string }).harnessPlain };
  });
  // List numbers are drawn by <ol>, not text; a <br> adds no whitespace to textContent.
  const squash = (t: string) => t.replace(/\s+/g, '');
  const plain = texts.plain.replace(/(^|\n)\d+\. /g, '$1');
  check('the archival copy shows the whole transcription', squash(texts.shown) === squash(plain));

  // A hostile document stays text ----------------------------------------------------------------
  await page.goto(`${base}?view=hostile`);
  await page.waitForSelector('body[data-ready="true"]');
  const hostile = await page.evaluate(() => ({
    pwned: (window as unknown as { pwned?: number }).pwned,
    markup: document.querySelectorAll('.doc img, .doc script, .doc b, .doc__body a, .doc-stamp svg[onload]').length,
    links: [...document.querySelectorAll('.doc a')].map((a) => a.getAttribute('href')),
    title: document.querySelector('.doc__title')?.textContent,
  }));
  check(
    'markup in a document stays text, and a javascript: URL is not a link',
    hostile.pwned === undefined &&
      hostile.markup === 0 &&
      hostile.links.length === 0 &&
      (hostile.title ?? '').startsWith('<img'),
    JSON.stringify(hostile),
  );
  await context.close();
} finally {
  await browser.close();
}
process.exit(failures > 0 ? 1 : 0);
