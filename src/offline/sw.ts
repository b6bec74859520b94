/**
 * The service worker of the normal build (`dist/sw.js`): after the first visit the game runs with no
 * network at all, e.g. a classroom laptop that loses the school's Wi-Fi.
 *
 * - Install: fetches every file of the build (the list is injected at build time by
 *   `scripts/vite-service-worker-plugin.ts`) into a cache named after the build, so a new build never
 *   mixes with an old one.
 * - Fetch: same-origin GETs of those files are served from that cache first, the network only if
 *   the cache misses; a navigation to the worker's folder itself (any query) gets `index.html`.
 * - Activate: deletes the caches of older builds and takes control of open pages.
 *
 * No `skipWaiting`: a new build's worker waits until every tab of the old one is closed, so a page
 * never finds its lazily loaded chunks deleted under it. The new build shows on the next visit.
 *
 * It is compiled on its own (no imports) into a classic worker script and never bundled with the
 * game; the DOM library's types lack the worker's events, so the little it uses is declared here.
 */

interface Precache {
  /** Changes whenever any built file changes (the files' names carry content hashes). */
  readonly version: string;
  /** Paths relative to the worker's scope, e.g. `index.html`, `assets/index-abc123.js`. */
  readonly files: readonly string[];
}

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

interface WorkerScope {
  readonly location: { readonly href: string };
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  readonly caches: CacheStorage;
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

/** Replaced by the build with the list of built files (see `scripts/vite-service-worker-plugin.ts`). */
declare const __EYES_ONLY_PRECACHE__: Precache;

const CACHE_PREFIX = 'eyes-only-black-saturday:';
const INDEX = 'index.html';

const worker = self as unknown as WorkerScope;
const precache: Precache = __EYES_ONLY_PRECACHE__;
const cacheName = `${CACHE_PREFIX}${precache.version}`;

const scopeUrl = (path: string): string => new URL(path, worker.registration.scope).href;
const precached = new Set(precache.files.map(scopeUrl));
const indexUrl = scopeUrl(INDEX);

/** Fetches one file past the HTTP cache; a redirected response is stored as a plain one (navigations refuse redirects). */
async function store(cache: Cache, url: string): Promise<void> {
  const response = await worker.fetch(url, { cache: 'reload' });
  if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
  const clean = response.redirected
    ? new Response(await response.blob(), { status: response.status, headers: response.headers })
    : response;
  await cache.put(url, clean);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    worker.caches.open(cacheName).then((cache) => Promise.all([...precached].map((url) => store(cache, url)))),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    worker.caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName)
            .map((name) => worker.caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

/** The cached file a request stands for, or null to leave it to the network. */
function cachedUrlFor(request: Request): string | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    // A page of the game, whatever its query (`?seed=…`): the folder itself means index.html.
    url.search = '';
    if (url.href === worker.registration.scope) return indexUrl;
  }
  return precached.has(url.href) ? url.href : null;
}

worker.addEventListener('fetch', (event) => {
  const url = cachedUrlFor(event.request);
  if (url === null) return;
  event.respondWith(
    worker.caches
      .open(cacheName)
      .then((cache) => cache.match(url, { ignoreVary: true }))
      .then((hit) => hit ?? worker.fetch(event.request)),
  );
});

// A module for TypeScript (its names stay out of the game's global scope); the build strips this line.
export {};
