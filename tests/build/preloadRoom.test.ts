// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOM_MODULE, roomChunks, withRoomPreload } from '../../scripts/vite-preload-room';
import { DEVICE_QUERY, ROOMLESS_QUERY } from '../../src/ui/roomPreload';

type Bundle = Parameters<typeof roomChunks>[0];

/** A bundle as Vite hands it to generateBundle, with only the fields the plugin reads. */
function bundleOf(chunks: { file: string; facade?: string; imports?: string[]; entry?: boolean }[]): Bundle {
  const bundle: Record<string, unknown> = { 'index.html': { type: 'asset', fileName: 'index.html', source: '' } };
  for (const chunk of chunks)
    bundle[chunk.file] = {
      type: 'chunk',
      fileName: chunk.file,
      facadeModuleId: chunk.facade ?? null,
      imports: chunk.imports ?? [],
      isEntry: chunk.entry ?? false,
    };
  return bundle as unknown as Bundle;
}

const BUILT = bundleOf([
  { file: 'assets/index-a.js', facade: '/p/index.html', entry: true },
  {
    file: 'assets/StartGame-b.js',
    facade: '/p/src/game/StartGame.ts',
    imports: ['assets/runtime-c.js', 'assets/index-a.js', 'assets/settings-d.js'],
  },
  { file: 'assets/runtime-c.js' },
  { file: 'assets/settings-d.js', imports: ['assets/runtime-c.js'] },
  { file: 'assets/appMain-e.js', facade: '/p/src/ui/appMain.ts', imports: ['assets/settings-d.js'] },
]);

describe("the room's chunks preloaded by index.html", () => {
  beforeEach(() => {
    document.head.replaceChildren();
    history.replaceState(null, '', '/');
  });

  it('lists the room and what it imports, once each, the room first, without the entry or the rest of the game', () => {
    expect(roomChunks(BUILT)).toEqual(['assets/StartGame-b.js', 'assets/runtime-c.js', 'assets/settings-d.js']);
    expect(ROOM_MODULE.test('C:\\p\\src\\game\\StartGame.ts')).toBe(true);
    expect(roomChunks(bundleOf([{ file: 'assets/index-a.js', entry: true }]))).toEqual([]);
  });

  it('writes a script at the end of the head that adds the links on a page that shows the room', () => {
    const html = withRoomPreload('<html><head><title>t</title></head><body></body></html>', roomChunks(BUILT), 'high');
    expect(html.indexOf('<script>(')).toBeGreaterThan(html.indexOf('<title>'));
    expect(html.indexOf('</script>')).toBeLessThan(html.indexOf('</head>'));
    const script = html.slice(html.indexOf('<script>') + 8, html.indexOf('</script>'));
    new Function(script)();
    const links = [...document.head.querySelectorAll('link')];
    expect(links.map((link) => [link.rel, link.getAttribute('href'), link.getAttribute('fetchpriority')])).toEqual([
      ['modulepreload', './assets/StartGame-b.js', 'high'],
      ['modulepreload', './assets/runtime-c.js', 'high'],
      ['modulepreload', './assets/settings-d.js', 'high'],
    ]);
    // Same credentials mode as the module scripts Vite writes (`crossorigin`), so the preload is used.
    expect(links.every((link) => link.getAttribute('crossorigin') === '')).toBe(true);

    // A classroom device's page, or the facilitator's window: nothing is preloaded.
    for (const query of ['?join=ABCD', '?projector=x', '?console=y', '?presenter=z']) {
      document.head.replaceChildren();
      history.replaceState(null, '', query);
      new Function(script)();
      expect(document.head.querySelectorAll('link')).toHaveLength(0);
    }
  });

  it('refuses a page without a head, and keeps the device rule inside the roomless one', () => {
    expect(() => withRoomPreload('<body></body>', ['assets/x.js'])).toThrow(/<\/head>/);
    for (const query of ['?join=A', '?a=1&projector=B', '?console=C']) {
      expect(DEVICE_QUERY.test(query)).toBe(true);
      expect(ROOMLESS_QUERY.test(query)).toBe(true);
    }
    expect(ROOMLESS_QUERY.test('?presenter=p')).toBe(true);
    expect(DEVICE_QUERY.test('?presenter=p')).toBe(false);
    expect(ROOMLESS_QUERY.test('?seed=4&joiner=1')).toBe(false);
  });
});
