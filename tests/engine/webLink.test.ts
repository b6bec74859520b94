import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/engine/reviewMarkdown';
import { Source } from '../../src/engine/schema/common';
import { sourceUrl, webUrl } from '../../src/engine/webLink';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/x',
  '//example.org/no-scheme',
  'not a url',
];

describe('one URL policy: only web addresses become links', () => {
  it.each(HOSTILE)('refuses %j everywhere: the helper and the schema', (url) => {
    expect(webUrl(url)).toBeUndefined();
    expect(sourceUrl({ url })).toBeUndefined();
    const parsed = Source.safeParse({ cite: 'FRUS', url });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['url']);
  });

  it('keeps http and https addresses, normalised', () => {
    expect(webUrl('https://history.state.gov/historicaldocuments/frus1961-63v11/d96')).toBe(
      'https://history.state.gov/historicaldocuments/frus1961-63v11/d96',
    );
    expect(webUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect(Source.safeParse({ cite: 'FRUS', url: 'https://history.state.gov/x' }).success).toBe(true);
  });

  it('names the scheme it refuses', () => {
    expect(Source.safeParse({ cite: 'x', url: 'data:text/plain,hi' }).error?.issues[0].message).toBe(
      'a source link must be a web address starting with http:// or https://, not "data:"',
    );
  });

  it('the Markdown export links only web addresses, even from a source that bypassed the schema', () => {
    expect(cite({ cite: 'Bad', url: 'javascript:alert(1)' })).toBe('Bad');
    expect(cite({ cite: 'Good [1]', url: 'https://a.example/(x)' })).toBe('[Good \\[1\\]](https://a.example/%28x%29)');
    expect(cite('Plain')).toBe('Plain');
  });
});

/** Every place in the UI that writes an href: each must take its URL from webLink (or be a fixed one). */
describe('every link builder goes through webLink', () => {
  const UI = join(__dirname, '..', '..', 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  // Links that are not a scenario's: a file handed to the browser (an object URL, ui/download.ts), an
  // in-page anchor, the console's link to the same session's projector page (this page's own origin),
  // and the room's chunks preloaded by the page (ui/roomPreload.ts: file names the build writes in).
  const FIXED = [
    /href: url, download: name/,
    /href: '#[a-z-]+'/,
    /href="#[a-z-]+"/,
    /href=\$\{projectorUrl\}/,
    /link\.href = file;/,
  ];
  for (const file of files(UI)) {
    const text = readFileSync(file, 'utf8');
    const hrefs = text
      .split('\n')
      .filter(
        (line) => /\bhref\b\s*[:=]/.test(line) && !/\.href\s*===|\.href\b\s*[;,)]|registration|location/.test(line),
      );
    if (hrefs.length === 0 || file.endsWith('webLink.ts')) continue;
    it(file.slice(UI.length + 1), () => {
      for (const line of hrefs) {
        if (FIXED.some((pattern) => pattern.test(line))) continue;
        expect(text, `${line.trim()} builds a link without webLink`).toMatch(
          /from '(\.\.\/)+engine\/webLink'|from '\.\/webLink'/,
        );
      }
    });
  }
});
