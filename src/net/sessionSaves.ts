/**
 * The sessions this browser ran on the classroom server, for Compare classes (#16): the codes whose
 * facilitator secret the browser kept when it created them (client.ts `keys.secret`), and each one's
 * replayable save, asked of the server with that secret (`SAVE_PATH`). Kept apart from client.ts so
 * the compare screen loads no Colyseus client.
 */
import { type Refused, SAVE_PATH, type SessionSave } from './protocol';

/** The part of Web Storage that lists its keys (localStorage; a stand-in in tests). */
export interface ListedValues {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
}

const SECRET_PREFIX = 'eyes-only:net:secret:';

/** Every session whose facilitator key this browser holds: its code and the key. */
export function keptSessions(storage: ListedValues): { code: string; secret: string }[] {
  const found: { code: string; secret: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(SECRET_PREFIX)) continue;
    const secret = storage.getItem(key);
    if (secret) found.push({ code: key.slice(SECRET_PREFIX.length), secret });
  }
  return found.sort((a, b) => a.code.localeCompare(b.code));
}

/** A session's save, or an error whose message is the server's reason. */
export async function fetchSessionSave(base: string, code: string, secret: string): Promise<SessionSave> {
  let res: Response;
  try {
    res = await fetch(`${base}${SAVE_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, secret }),
    });
  } catch {
    throw new Error(`Session ${code}: the classroom server could not be reached: is \`npm run server\` still running?`);
  }
  const answer = (await res.json().catch(() => null)) as SessionSave | Refused | null;
  if (answer?.type === 'save') return answer;
  throw new Error(answer?.reason ?? `Session ${code}: the server answered ${res.status} without a reason.`);
}
