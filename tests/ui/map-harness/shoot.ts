/**
 * Screenshots of the decision-map harness (start its Vite server first, see vite.config.ts):
 * npx tsx tests/ui/map-harness/shoot.ts [outDir]
 */
import { chromium } from 'playwright-core';

const BASE = process.env.MAP_HARNESS_URL ?? 'http://127.0.0.1:5198/';
const out = process.argv[2] ?? 'test-results/map-harness';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await page.goto(`${BASE}?full`);
  await page.waitForSelector('.decision-map__svg');
  await page.evaluate(() => document.fonts.ready);
  await page.click('[data-node="turkey-meeting"]');
  await page.screenshot({ path: `${out}/full.png`, fullPage: true });

  await page.goto(BASE);
  await page.waitForSelector('.decision-map__svg');
  await page.evaluate(() => document.fonts.ready);
  // Keyboard: Tab to the first node and open it with Enter.
  await page.focus('[data-node="second-letter"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.screenshot({ path: `${out}/stage.png` });
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  const panel = await page.textContent('.decision-map__panel h3');
  const count = await page.textContent('.decision-map__count');
  console.log(JSON.stringify({ focused, panel, count, errors }, null, 2));

  await page.goto(`${BASE}?full&fresh&contrast`);
  await page.waitForSelector('.decision-map__svg');
  await page.evaluate(() => document.fonts.ready);
  await page.click('[data-node="nuclear-war"]');
  await page.screenshot({ path: `${out}/fresh-contrast.png`, fullPage: true });

  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto(`${BASE}?full`);
  await page.waitForSelector('.decision-map__svg');
  await page.evaluate(() => document.fonts.ready);
  await page.click('[data-node="historical-settlement"]');
  await page.screenshot({ path: `${out}/narrow.png`, fullPage: true });

  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(`${BASE}?full`);
  await page.waitForSelector('.decision-map__svg');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/print.png`, fullPage: true });
  await page.pdf({ path: `${out}/print.pdf`, format: 'A4' });
} finally {
  await browser.close();
}
