/** Kept apart from client.ts so the set-up can ask without loading the Colyseus client. */

/**
 * Whether the page is served by the classroom server: its API answers any unknown `/api/` call with a
 * JSON refusal, where a static host (vite preview, a plain web server) has no such answer.
 */
export async function probeServer(base = ''): Promise<boolean> {
  try {
    const res = await fetch(`${base}/api/hello`, { headers: { accept: 'application/json' } });
    if (!(res.headers.get('content-type') ?? '').includes('application/json')) return false;
    const body = (await res.json()) as { type?: string };
    return body.type === 'refused' || body.type === 'hello';
  } catch {
    return false;
  }
}
