/**
 * Screenshots of the documents harness, for a person to look at (not an assertion suite):
 *   npx vite tests/ui/harness --port 5231 --host 127.0.0.1 &
 *   npx tsx tests/ui/harness/shoot.ts [base-url] [out-dir]
 * Also runs axe-core on each page and prints serious and critical violations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS, chromiumPath } from '../../e2e/browser';

const base = process.argv[2] ?? 'http://127.0.0.1:5231/';
const out = process.argv[3] ?? 'tests/ui/harness/screenshots';
mkdirSync(out, { recursive: true });

interface Shot {
  name: string;
  query: string;
  width?: number;
  height?: number;
  fullPage?: boolean;
  print?: boolean;
  selector?: string;
  clip?: { x: number; y: number; width: number; height: number };
}

const shots: Shot[] = (
  process.env.SHOTS
    ? JSON.parse(process.env.SHOTS)
    : [
        { name: 'seed-archival', query: 'view=doc&id=rostow-negotiations-memo', fullPage: true },
        { name: 'seed-clean', query: 'view=doc&id=rostow-negotiations-memo&clean=1', fullPage: true },
        {
          name: 'seed-viewer-side-by-side',
          query: 'view=viewer&id=rostow-negotiations-memo&clean=1',
          width: 1600,
          height: 1000,
        },
        { name: 'seed-viewer', query: 'view=viewer&id=rostow-negotiations-memo', width: 1280, height: 900 },
        { name: 'cable-dobrynin', query: 'view=doc&id=dobrynin-cable-27', fullPage: true },
        { name: 'cable-ankara', query: 'view=doc&id=ankara-rome-jupiters', fullPage: true },
        { name: 'letter-khrushchev', query: 'view=doc&id=khrushchev-letter-26', fullPage: true },
        { name: 'letter-kennedy', query: 'view=doc&id=kennedy-letter-27', fullPage: true },
        { name: 'radio-moscow', query: 'view=doc&id=moscow-radio-27', fullPage: true },
        { name: 'intel-u2', query: 'view=doc&id=u2-shot-down', fullPage: true },
        { name: 'minutes-reserve', query: 'view=doc&id=reserve-callup', fullPage: true },
        { name: 'memo-bundy', query: 'view=doc&id=bundy-open-issues', fullPage: true },
        { name: 'folder', query: 'view=folder&current=moscow-radio-27', width: 900, height: 900 },
        { name: 'folder-high-contrast', query: 'view=folder&hc=1', width: 900, height: 900 },
        { name: 'seed-high-contrast', query: 'view=doc&id=rostow-negotiations-memo&hc=1', fullPage: true },
        { name: 'viewer-print', query: 'view=viewer&id=khrushchev-letter-26', print: true, fullPage: true },
      ]
) as Shot[];

for (const shot of shots) {
  // A browser per shot: a crash (or another process's clean-up) costs one picture, not the run.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_LAUNCH_ARGS] });
  try {
    const context = await browser.newContext({ viewport: { width: shot.width ?? 1100, height: shot.height ?? 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${base}?${shot.query}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    if (shot.print) {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(out, `${shot.name}.pdf`), format: 'A4', printBackground: true });
    }
    await page.waitForTimeout(250);
    const file = join(out, `${shot.name}.png`);
    if (shot.selector) await page.locator(shot.selector).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: shot.fullPage ?? false, clip: shot.clip });
    const axe = await new AxeBuilder({ page }).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const other = axe.violations.filter((v) => !(v.impact === 'serious' || v.impact === 'critical'));
    console.log(
      `${file}: axe ${bad.length} serious/critical, ${other.length} other${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`,
    );
    for (const v of [...bad, ...other]) {
      console.log(
        `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ')}`,
      );
    }
    await context.close();
  } catch (error) {
    console.log(`${shot.name}: failed: ${String(error).split('\n')[0]}`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}
