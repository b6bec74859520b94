/**
 * Vite plugin for the normal build: the title's stylesheet inline in index.html.
 *
 * The entry's stylesheet (the fonts' faces, the overlay and the title's rules, about 16 kB) goes into
 * a <style> instead of a <link> to a file. A module script waits for the page's stylesheets before it
 * runs, so the title (drawn by the entry script) waited for a second request after the page itself;
 * now it waits only for the entry script (`npm run bench:browser`: title usable 0.02–0.1× of the bare
 * Phaser page's first frame sooner). The lazy chunks' own stylesheets load with their chunks, as before.
 *
 * The sheet's `url(...)`s are relative to its folder (`assets/`); inline they are made relative to the
 * page. Chunks that import from the entry list its sheet among the files to preload before they run
 * (Vite's `__vite__mapDeps`), and Vite's preload helper would add a <link> for it, since no <link> has
 * it any more: the sheet would load a second time and its rules would move after the lazy chunks'
 * own. So the sheet is taken out of those lists (and the indices that point into them), and its file
 * out of the build. Left out of the single-file build, which inlines everything itself.
 *
 * Build-time code: lives in scripts/.
 */
import type { Plugin } from 'vite';

export const INLINE_TITLE_CSS_PLUGIN = 'eyes-only-inline-title-css';

/** The <link> Vite writes for the entry's stylesheet: `<link rel="stylesheet" crossorigin href="./assets/index-….css">`. */
const ENTRY_STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/g;

export function inlineTitleCssPlugin(): Plugin {
  return {
    name: INLINE_TITLE_CSS_PLUGIN,
    apply: 'build',
    generateBundle: {
      // After Vite has written index.html into the bundle (and before the service worker lists the files).
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        let html = String(page.source);

        const links = [...html.matchAll(ENTRY_STYLESHEET)];
        if (links.length === 0)
          this.error('inline title CSS: index.html links no stylesheet from assets/ (has Vite changed its markup?)');
        for (const [link, file] of links) {
          const sheet = bundle[file];
          if (sheet?.type !== 'asset')
            this.error(`inline title CSS: index.html links ${file}, which is not in the build`);
          html = html.replace(link, () => `<style>${pageRelative(String(sheet.source), file)}</style>`);
          const name = file.slice(file.lastIndexOf('/') + 1);
          for (const output of Object.values(bundle)) {
            if (output.type !== 'chunk' || !output.code.includes(name)) continue;
            output.code = withoutPreloadDep(output.code, `./${name}`);
            if (output.code.includes(name))
              this.error(`inline title CSS: ${output.fileName} refers to ${name} outside its preload list`);
          }
          delete bundle[file];
        }

        page.source = html;
      },
    },
  };
}

/**
 * Rewrites the sheet's relative `url(...)`s (relative to the sheet's folder) to be relative to the page
 * (which sits at the build's root). Absolute and data: URLs are left alone.
 */
export function pageRelative(css: string, sheetFile: string): string {
  const folder = sheetFile.includes('/') ? sheetFile.slice(0, sheetFile.lastIndexOf('/') + 1) : '';
  if (/<\/style/i.test(css))
    throw new Error(`inline title CSS: ${sheetFile} contains "</style", which would end the inline <style>`);
  return css.replace(
    /url\((['"]?)(?!data:|[a-z][a-z0-9+.-]*:|\/|#)(?:\.\/)?([^'")]+)\1\)/gi,
    (_m, quote: string, path: string) => `url(${quote}./${folder}${path}${quote})`,
  );
}

/**
 * Takes `dep` out of a chunk's preload list: `m.f=["./a.js","./b.css",…]` (the files) and every
 * `__vite__mapDeps([0,1,…])` (indices into it), renumbered so each index still names its file.
 */
export function withoutPreloadDep(code: string, dep: string): string {
  const list = /m\.f=\[([^\]]*)\]/.exec(code);
  if (!list) return code;
  const files = JSON.parse(`[${list[1]}]`) as string[];
  const gone = files.indexOf(dep);
  if (gone < 0) return code;
  const kept = files.filter((_, i) => i !== gone);
  return code
    .replace(list[0], () => `m.f=${JSON.stringify(kept)}`)
    .replace(/__vite__mapDeps\(\[([\d,]*)\]\)/g, (_m, indices: string) => {
      const renumbered = indices
        .split(',')
        .filter((i) => i !== '' && Number(i) !== gone)
        .map((i) => (Number(i) > gone ? Number(i) - 1 : Number(i)));
      return `__vite__mapDeps([${renumbered.join(',')}])`;
    });
}
