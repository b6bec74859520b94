import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Unit and model tests only: Playwright specs (tests/e2e/*.spec.ts) never run under Vitest.
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    // `npm run test:unit -- --coverage`: every source file counts (an untested one at 0%), and the
    // summary prints each area's line coverage on its own line, the UI's among them.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.d.ts'],
      // A test that fails (or times out on a busy machine) still leaves the figures to read.
      reportOnFailure: true,
      reporter: [
        'text',
        'text-summary',
        [
          resolve(import.meta.dirname, 'scripts/coverageByArea.cjs'),
          {
            areas: ['src/ui', 'src/engine', 'src/session', 'src/scenes', 'src/game', 'src/audio', 'src/cli'],
            projectRoot: import.meta.dirname,
          },
        ],
      ],
    },
  },
});
