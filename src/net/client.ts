/**
 * The browser's side of the classroom server, without any screen: find out whether this page is
 * served by `npm run server`, create a session, find one by code, and join its room as a student, the
 * projector or the facilitator, getting the same seat back after a reload (Colyseus's reconnection
 * token first, then the seat token the server gave, then the code and name). What a device must keep
 * (the seat token, the facilitator's secret) lives in the storage passed in, keyed by the session's
 * code; the screens (src/ui/devices) only render what `Connection` hands them.
 */
import { Client, type Room } from '@colyseus/sdk';
import {
  CLOSE_REMOVED,
  type ClientMessage,
  type ClientMessageType,
  CodeSchema,
  CREATE_PATH,
  type CreateSession,
  FIND_PATH,
  type JoinOptions,
  type Refused,
  type ServerMessage,
  type SessionCreated,
  type SessionFound,
} from './protocol';

/** The little of Web Storage this module uses (sessionStorage, localStorage or a Map in tests). */
export interface KeptValues {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Map-backed store for tests and for browsers that refuse storage. */
export function memoryKept(): KeptValues {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const KEY = 'eyes-only:net:';
export const keys = {
  secret: (code: string) => `${KEY}secret:${code}`,
  seat: (code: string) => `${KEY}seat:${code}`,
  name: (code: string) => `${KEY}name:${code}`,
  reconnect: (code: string, who: string) => `${KEY}reconnect:${who}:${code}`,
};

/** The words of a refusal, an HTTP error or a rejected join, to show on screen. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'string') return error;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && message.trim()) return message;
  return 'The server could not be reached: check the network and try again.';
}

/** Normalises a typed code (spaces, dashes, case), or says what is wrong with it. */
export function checkCode(typed: string): { ok: true; code: string } | { ok: false; reason: string } {
  const parsed = CodeSchema.safeParse(typed);
  return parsed.success
    ? { ok: true, code: parsed.data }
    : { ok: false, reason: 'A join code is 6 letters and digits, as the projector shows it.' };
}

async function postJson<T>(base: string, path: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error('The classroom server could not be reached: is `npm run server` still running?');
  }
  const answer = (await res.json().catch(() => null)) as (T & { type?: string }) | Refused | null;
  if (!answer) throw new Error(`The server answered ${res.status} without a reason: is this the classroom server?`);
  if ((answer as Refused).type === 'refused' || (answer as { type?: string }).type === 'error')
    throw new Error((answer as Refused).reason);
  return answer as T;
}

export { probeServer } from './probe';

export function createSession(base: string, setup: CreateSession): Promise<SessionCreated> {
  return postJson<SessionCreated>(base, CREATE_PATH, setup);
}

export async function findSession(base: string, code: string): Promise<string> {
  return (await postJson<SessionFound>(base, FIND_PATH, { code })).roomId;
}

export type Who = 'student' | 'projector' | 'facilitator';

export interface ConnectionEvents {
  /** Every message the server sends this device, in order. */
  message(message: ServerMessage): void;
  /** The connection dropped and the SDK is trying again (`true`), or it is back (`false`). */
  reconnecting(on: boolean): void;
  /** The seat is gone for good: removed by the teacher, or the connection could not be restored. */
  closed(reason: string): void;
}

export interface Connection {
  readonly room: Room;
  readonly code: string;
  send<T extends ClientMessageType>(type: T, payload: ClientMessage<T>): void;
  leave(): Promise<void>;
}

export interface JoinRequest {
  base: string;
  code: string;
  who: Who;
  /** A student's name (the fallback that finds their seat again without a token). */
  name?: string;
  /** With free choice: the role the student picks. */
  role?: string;
  kept: KeptValues;
}

/** The options this device joins with: the kept secret or seat token, when it has one. */
export function joinOptions(req: JoinRequest): JoinOptions {
  const { code, kept } = req;
  if (req.who === 'projector') return { code, projector: true };
  if (req.who === 'facilitator') {
    const secret = kept.getItem(keys.secret(code));
    if (!secret)
      throw new Error(
        'This device does not hold the facilitator’s key for that session: open the console on the device that created it.',
      );
    return { code, secret };
  }
  const seat = kept.getItem(keys.seat(code)) ?? undefined;
  return { code, name: req.name ?? '', ...(seat ? { seat } : {}), ...(req.role ? { role: req.role } : {}) };
}

/**
 * Joins (or rejoins) a session. A reload first tries Colyseus's reconnection token (the same client
 * slot, if the server still holds it), then a fresh join with the seat token or the facilitator's
 * secret; a refused join rejects with the server's reason.
 */
export async function connect(req: JoinRequest, events: ConnectionEvents): Promise<Connection> {
  const client = new Client(req.base || location.origin);
  const reconnectKey = keys.reconnect(req.code, req.who);
  const token = req.kept.getItem(reconnectKey);
  let room: Room | null = null;
  const listen = (r: Room) => {
    r.onMessage('*', (_type, message) => {
      const m = message as ServerMessage;
      if (m.type === 'welcome') {
        req.kept.setItem(keys.seat(req.code), m.seatToken);
        req.kept.setItem(keys.name(req.code), m.name);
      }
      events.message(m);
    });
    r.onDrop(() => events.reconnecting(true));
    r.onReconnect(() => {
      req.kept.setItem(reconnectKey, r.reconnectionToken);
      events.reconnecting(false);
    });
    r.onLeave((code) => {
      req.kept.removeItem(reconnectKey);
      events.closed(
        code === CLOSE_REMOVED
          ? 'Your teacher removed you from this session. Join again with the code if that was a mistake.'
          : 'The connection to the session was lost. Reload the page to join again.',
      );
    });
  };
  if (token) {
    try {
      room = await client.reconnect(token);
    } catch {
      // The server no longer holds that slot (too long away, or a restart): join afresh below.
      req.kept.removeItem(reconnectKey);
      room = null;
    }
  }
  if (!room) {
    const options = joinOptions(req);
    const roomId = await findSession(req.base, req.code);
    room = await client.joinById(roomId, options);
  }
  // Handlers go on in the same tick the join resolves: the server sends the first screen in onJoin.
  listen(room);
  req.kept.setItem(reconnectKey, room.reconnectionToken);
  const joined = room;
  return {
    room: joined,
    code: req.code,
    send: (type, payload) => joined.send(type, payload),
    leave: async () => {
      req.kept.removeItem(reconnectKey);
      await joined.leave(true);
    },
  };
}
