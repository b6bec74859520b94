import { describe, expect, it } from 'vitest';
import { pageRelative, withoutPreloadDep } from '../../scripts/vite-inline-title-css';

describe('the title stylesheet inlined into index.html', () => {
  it("makes the sheet's relative url()s relative to the page, in every quoting", () => {
    const css = [
      '@font-face{src:url(./plex-400.woff2) format("woff2"),url(plex-400.woff) format("woff")}',
      ".a{background:url('./paper.png')}",
      '.b{background:url("sub/grain.png")}',
    ].join('');
    expect(pageRelative(css, 'assets/index-abc.css')).toBe(
      [
        '@font-face{src:url(./assets/plex-400.woff2) format("woff2"),url(./assets/plex-400.woff) format("woff")}',
        ".a{background:url('./assets/paper.png')}",
        '.b{background:url("./assets/sub/grain.png")}',
      ].join(''),
    );
  });

  it('leaves data:, absolute, rooted and fragment URLs alone', () => {
    const css =
      '.a{background:url(data:image/png;base64,AAAA)}.b{background:url(https://example.org/x.png)}' +
      '.c{background:url(/x.png)}.d{filter:url(#grain)}';
    expect(pageRelative(css, 'assets/index-abc.css')).toBe(css);
  });

  it('refuses a sheet that would end the inline <style> early', () => {
    expect(() => pageRelative('.a::after{content:"</style>"}', 'assets/index-abc.css')).toThrow(/<\/style/);
  });

  it("takes the sheet out of a chunk's preload list and renumbers every index into it", () => {
    const files = [
      './reviewModel-1.js',
      './reply-2.js',
      './index-3.js',
      './index-4.css',
      './glossary-5.js',
      './reply-6.css',
    ];
    const code =
      `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(files)})))=>i.map(i=>d[i]);\n` +
      'a(()=>import("./review-7.js"),__vite__mapDeps([0,2]));b(()=>import("./x.js"),__vite__mapDeps([1,2,3,4,5]));' +
      'c(()=>import("./y.js"),__vite__mapDeps([3]));';
    const out = withoutPreloadDep(code, './index-4.css');

    const list = JSON.parse(/m\.f=(\[[^\]]*\])/.exec(out)?.[1] ?? '[]') as string[];
    expect(list).toEqual(files.filter((file) => file !== './index-4.css'));
    // Every call still names the same files, less the inlined sheet.
    const calls = [...out.matchAll(/__vite__mapDeps\(\[([\d,]*)\]\)/g)].map(([, indices]) =>
      indices === '' ? [] : indices.split(',').map((i) => list[Number(i)]),
    );
    expect(calls).toEqual([
      ['./reviewModel-1.js', './index-3.js'],
      ['./reply-2.js', './index-3.js', './glossary-5.js', './reply-6.css'],
      [],
    ]);
    expect(out).not.toContain('index-4.css');
  });

  it('leaves a chunk without the sheet in its list as it was', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./a.js"])))=>i.map(i=>d[i]);f(__vite__mapDeps([0]));';
    expect(withoutPreloadDep(code, './index-4.css')).toBe(code);
    expect(withoutPreloadDep('export const x = 1;', './index-4.css')).toBe('export const x = 1;');
  });
});
