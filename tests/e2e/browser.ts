/**
 * Which Chromium the browser tests drive, and how. The tests use the system's Chromium
 * (Debian's `chromium` package), never a browser downloaded by Playwright, because these
 * machines can reach only the npm registry and Debian's archive.
 */

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that work for a headless Chromium running as root in a container without a GPU. */
export const CHROMIUM_LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
] as const;

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  return fromEnv ? fromEnv : DEFAULT_CHROMIUM_PATH;
}

export function missingChromiumMessage(path: string): string {
  return [
    `The browser tests need Chromium, but there is no browser at ${path}.`,
    'On Debian or Ubuntu install it with `apt-get update && apt-get install -y chromium`',
    `(it lands at ${DEFAULT_CHROMIUM_PATH}), or point the tests at another Chromium with`,
    '`CHROMIUM_PATH=/path/to/chromium npm test`.',
    'Playwright-downloaded browsers (`npx playwright install`) are not used by this project.',
  ].join(' ');
}
