/** Kept apart from client.ts so the set-up can ask without loading the Colyseus client. */

/** The mark the classroom server puts in the game's page as it serves it (src/server/httpApi.ts). */
export const SERVER_MARK = 'eyes-only-server';

/**
 * Whether the page is served by the classroom server. In the page itself: the server's mark in its
 * head, so a static host (vite preview, a plain web server, the single file) is never asked anything —
 * a request there would only fail, and log an error in the console. Given a `base` (another address,
 * as the tests ask): its API answers any unknown `/api/` call with a JSON refusal, a static host does not.
 */
export async function probeServer(base?: string): Promise<boolean> {
  if (base === undefined) {
    return typeof document !== 'undefined' && document.querySelector(`meta[name="${SERVER_MARK}"]`) !== null;
  }
  try {
    const res = await fetch(`${base}/api/hello`, { headers: { accept: 'application/json' } });
    if (!(res.headers.get('content-type') ?? '').includes('application/json')) return false;
    const body = (await res.json()) as { type?: string };
    return body.type === 'refused' || body.type === 'hello';
  } catch {
    return false;
  }
}
