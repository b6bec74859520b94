/**
 * The teacher's "Create the session": the set-up's request goes to the classroom server, the
 * facilitator's secret it answers with is kept in this browser only (localStorage, by the session's
 * code, so a reload or another tab of it opens the console again), and the page becomes the console.
 */
import { createSession, keys, reasonOf } from '../../net/client';
import type { CreateSession } from '../../net/protocol';

export async function createForClass(request: CreateSession): Promise<string | null> {
  try {
    const created = await createSession(location.origin, request);
    try {
      localStorage.setItem(keys.secret(created.code), created.secret);
    } catch {
      return 'This browser refuses to keep the facilitator’s key (private mode?): allow site storage and create the session again.';
    }
    location.assign(`${location.pathname}?console=${created.code}`);
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}
