/**
 * `npm start`, `npm run build` and `npm run build:offline` must print no configuration warnings: a
 * teacher who runs them should not read a screen of yellow text that looks like an error. Vite 8
 * warns when a config (or any file it imports: the plugins in scripts/ and the scenario loader they
 * use) has an import that Node's own loader could not follow, such as one without a file extension.
 * Each config here is loaded the way the `vite` command loads it, and Vite's own check must stay silent.
 */
import { resolve } from 'node:path';
import { createLogger, type Logger, loadConfigFromFile } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIGS = [
  'vite.config.ts',
  'vite.offline.config.ts',
  'tests/ui/map-harness/vite.config.ts',
  'bench/bare/vite.config.ts',
];
const SUPPRESS = 'VITE_CONFIG_NATIVE_IGNORE_WARNING';

/** A logger that keeps every warning and error instead of printing it. */
function recordingLogger(): { logger: Logger; messages: string[] } {
  const messages: string[] = [];
  const record = (msg: string) => {
    messages.push(msg);
  };
  const logger: Logger = { ...createLogger('silent'), warn: record, warnOnce: record, error: record };
  return { logger, messages };
}

describe('the Vite configs load without warnings', () => {
  let suppressed: string | undefined;
  beforeEach(() => {
    // The environment variable would hide the warning this test looks for.
    suppressed = process.env[SUPPRESS];
    delete process.env[SUPPRESS];
  });
  afterEach(() => {
    if (suppressed !== undefined) process.env[SUPPRESS] = suppressed;
  });

  it.each(CONFIGS)('%s', async (file) => {
    const { logger, messages } = recordingLogger();
    const loaded = await loadConfigFromFile(
      { command: 'build', mode: 'production' },
      resolve(ROOT, file),
      ROOT,
      'warn',
      logger,
      'bundle',
    );
    expect(loaded?.path).toBe(resolve(ROOT, file));
    expect(messages).toEqual([]);
  });
});
