import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, sources } from '../architecture/sourceFiles';

const ENGINE = join(__dirname, '..', '..', 'src', 'engine');

// The engine runs unchanged in the browser, in Node and on a server, and replays from seed + log.
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](phaser|howler)['"]/, 'imports Phaser or Howler'],
  [/from ['"]node:/, 'imports a Node built-in'],
  // (the lookbehind skips string literals and property chains)
  [/(?<!['".])\b(document|window|localStorage|navigator)\./, 'touches the DOM or the browser'],
  [/Math\.random/, 'uses Math.random (use rng.ts)'],
  [/Date\.now|new Date\(/, 'reads the clock'],
  [/\bset(Timeout|Interval)\(/, 'uses timers'],
];

describe('the engine is pure', () => {
  const files = sources(ENGINE);
  it('has source files to check', () => expect(files.length).toBeGreaterThan(10));
  for (const file of files) {
    it(file.slice(ENGINE.length + 1), () => {
      // Comments may say what the engine avoids; only code counts.
      const text = code(file);
      const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
      expect(found).toEqual([]);
    });
  }
});
