/**
 * The facilitator's window's address: the game's own page with `?presenter=<session>`, where the
 * session names the projector window's channel. Read before anything else boots, so that window
 * loads neither the game nor the room.
 */
import { isSessionId } from './presenterProtocol';

/** The projector session a page's query asks for, or null (an ordinary page, or an id that is not one). */
export function presenterSessionIn(search: string): string | null {
  const id = new URLSearchParams(search).get('presenter');
  return id !== null && isSessionId(id) ? id : null;
}
