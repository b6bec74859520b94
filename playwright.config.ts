import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS, chromiumPath } from './tests/e2e/browser';

// Not 4173, so a `npm start` left running does not collide with the test server. E2E_PORT and
// E2E_DIST let a second checkout of the work run its browser tests beside this one.
const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  // Tests, not spec files, are shared out between the workers: with whole files, the last long file
  // (classroom-packets alone is 13 tests) kept one worker busy while the other sat idle. A file whose
  // tests share one set-up says so itself (offline.spec.ts: `test.describe.configure({ mode: 'default' })`).
  fullyParallel: true,
  // CI (2 cores, a budget of 20 minutes for everything) runs two tests at once: about a third
  // faster than one. At a desk one worker keeps each test's timing as it was written.
  workers: process.env.CI ? 2 : 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Software WebGL on two cores is slow: a whole scene change can take seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_LAUNCH_ARGS],
    },
    // The one-minute briefing opens before a first solo game; specs start as a returning player.
    // (tests/e2e/briefing-glossary.spec.ts clears this to see the first game.)
    storageState: {
      cookies: [],
      origins: [{ origin: BASE_URL, localStorage: [{ name: 'eyes-only:briefing-seen', value: 'black-saturday' }] }],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  // Serves the built dist/ (npm run test:e2e builds first).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
