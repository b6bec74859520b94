/**
 * The Colyseus room of one classroom session: a thin adapter around ClassSession. It checks who joins
 * (the code in onAuth, the facilitator's secret, a student's seat), validates every message against
 * the protocol's schemas before the session sees it, persists the session after every change, and
 * sends every client the message built for that client alone (`client.send`; no shared state, so no
 * secret can ride along to the wrong seat).
 */
import { type AuthContext, type Client, Room, ServerError } from '@colyseus/core';
import {
  CLOSE_REMOVED,
  ClientMessages,
  type ClientMessageType,
  JoinOptionsSchema,
  MESSAGES_PER_SECOND,
  maxMessageBytes,
  type Refused,
  type ServerMessage,
  type Welcome,
} from '../net/protocol';
import { ClassSession, MAX_SEATS, type Participant } from './classSession';
import { logLine } from './log';
import { failedJoins, TokenBucket } from './rateLimit';
import { engineOfRecord, type ServerContext, serverContext } from './serverContext';

/** Seconds a dropped student's seat waits for their device's automatic reconnection. */
export const RECONNECT_SECONDS = Number(process.env.RECONNECT_SECONDS ?? 120);
/**
 * Minutes an empty room stays open before it closes (its session stays in the store, and the next
 * join by code opens it again). Not Colyseus's auto-dispose: that closes a room the moment its last
 * client leaves, or before the teacher who created it has joined.
 */
export const IDLE_MINUTES = Number(process.env.IDLE_MINUTES ?? 15);

interface Joined {
  who: Participant;
  bucket: TokenBucket;
  /** When the last refusal for a flood was logged (one line a second at most). */
  floodLoggedAt: number;
  connected: boolean;
}

/** The address a join or message came from: the socket's own, unless a trusted proxy names another. */
export function addressOf(client: Client | undefined, context?: AuthContext): string {
  const socket = (client as unknown as { ref?: { _socket?: { remoteAddress?: string } } })?.ref?._socket;
  if (process.env.TRUST_PROXY === '1' && context?.ip) return context.ip;
  return socket?.remoteAddress ?? context?.ip ?? 'unknown';
}

const refusal = (reason: string, about?: string): Refused => ({ type: 'refused', reason, ...(about ? { about } : {}) });

export class ClassroomRoom extends Room {
  override maxClients = MAX_SEATS + 10;
  private session!: ClassSession;
  private ctx!: ServerContext;
  private joined = new Map<string, Joined>();
  /** Saves are chained so the store never sees an older record after a newer one. */
  private saving: Promise<void> = Promise.resolve();
  private lastSeen = Date.now();

  override async onCreate(options: { code?: string }) {
    this.ctx = serverContext();
    const code = String(options.code ?? '');
    const record = await this.ctx.store.load(code);
    if (!record) throw new Error(`no session has the code ${code}`);
    const engine = await engineOfRecord(this.ctx, record);
    this.session = new ClassSession(engine, record, this.ctx.joinUrl(code));
    await this.setMetadata({ code });
    this.onMessage('*', (client, type, payload) => this.onClientMessage(client, String(type), payload));
    this.autoDispose = false;
    this.clock.setInterval(() => {
      if (this.clients.length > 0) this.lastSeen = Date.now();
      else if (Date.now() - this.lastSeen > IDLE_MINUTES * 60_000) void this.disconnect();
    }, 30_000);
    logLine('session open', { code, room: this.roomId, commands: record.commands.length, seats: record.seats.length });
  }

  override onAuth(client: Client, options: unknown, context: AuthContext) {
    const address = addressOf(client, context);
    const now = Date.now();
    const wait = failedJoins.waitFor(address, now);
    const fail = (reason: string): never => {
      failedJoins.fail(address, now);
      logLine('join refused', { code: this.session.code, address, reason });
      throw new ServerError(403, reason);
    };
    if (wait > 0) {
      logLine('join refused', { code: this.session.code, address, reason: 'rate limit' });
      throw new ServerError(429, `Too many failed joins from your device: wait ${wait} seconds.`);
    }
    const parsed = JoinOptionsSchema.safeParse(options);
    if (!parsed.success) return fail(`Cannot join: ${parsed.error.issues[0]?.message ?? 'bad join options'}.`);
    const join = parsed.data;
    if (join.code !== this.session.code) return fail('That code is not this session’s: check it on the projector.');
    if ('secret' in join) {
      if (!this.session.isFacilitator(join.secret)) return fail('That is not this session’s facilitator key.');
      return { kind: 'facilitator' as const };
    }
    if ('projector' in join) return { kind: 'projector' as const };
    const admitted = this.session.admitStudent(join, (seat) => this.seatConnected(seat));
    if (typeof admitted === 'string') {
      logLine('join refused', { code: this.session.code, address, reason: admitted });
      throw new ServerError(409, admitted);
    }
    return { kind: 'student' as const, seat: admitted.seat.id, token: admitted.token, name: admitted.seat.name };
  }

  override onJoin(
    client: Client,
    _options: unknown,
    auth: { kind: Participant['kind']; seat?: string; token?: string; name?: string },
  ) {
    const who: Participant = auth.kind === 'student' ? { kind: 'student', seat: auth.seat ?? '' } : { kind: auth.kind };
    this.joined.set(client.sessionId, {
      who,
      bucket: new TokenBucket(MESSAGES_PER_SECOND, MESSAGES_PER_SECOND * 2, Date.now()),
      floodLoggedAt: 0,
      connected: true,
    });
    logLine('joined', { code: this.session.code, as: auth.kind, seat: auth.seat });
    if (who.kind === 'student' && auth.token) {
      const welcome: Welcome = {
        type: 'welcome',
        seat: who.seat,
        seatToken: auth.token,
        name: auth.name ?? '',
        code: this.session.code,
      };
      this.sendTo(client, welcome);
      // A new seat (or a token rotated by the name fallback) is part of the session: persist it.
      this.persist();
    }
    this.sendState(client);
    this.sendRoster();
  }

  override onDrop(client: Client) {
    const j = this.joined.get(client.sessionId);
    if (j) j.connected = false;
    this.sendRoster();
    // The facilitator's and the projector's screens may reload too: every seat waits for its device.
    this.allowReconnection(client, RECONNECT_SECONDS);
  }

  override onReconnect(client: Client) {
    const j = this.joined.get(client.sessionId);
    if (j) j.connected = true;
    this.sendState(client);
    this.sendRoster();
  }

  override onLeave(client: Client) {
    this.joined.delete(client.sessionId);
    this.sendRoster();
  }

  override async onDispose() {
    await this.saving;
    logLine('session closed', { code: this.session?.code, room: this.roomId });
  }

  // ─── Messages ────────────────────────────────────────────────────────────────────────────────

  private onClientMessage(client: Client, type: string, payload: unknown) {
    const j = this.joined.get(client.sessionId);
    if (!j) return;
    const now = Date.now();
    const refuse = (reason: string) => {
      this.sendTo(client, refusal(reason, type.slice(0, 40)));
      logLine('refused', { code: this.session.code, as: j.who.kind, message: type, reason });
    };
    if (!j.bucket.take(now)) {
      this.sendTo(client, refusal('Too many messages: wait a moment and try again.', type.slice(0, 40)));
      if (now - j.floodLoggedAt > 1000) {
        j.floodLoggedAt = now;
        logLine('refused', { code: this.session.code, as: j.who.kind, message: type, reason: 'flood' });
      }
      return;
    }
    const size = Buffer.byteLength(JSON.stringify(payload ?? null) ?? '');
    const cap = maxMessageBytes(type);
    if (size > cap) return refuse(`That message is too large (${size} bytes; at most ${cap}).`);
    if (!Object.hasOwn(ClientMessages, type)) return refuse(`Unknown message "${type.slice(0, 40)}".`);
    const parsed = ClientMessages[type as ClientMessageType].safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(`Malformed "${type}": ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}.`);
    }
    let outcome: ReturnType<ClassSession['handle']>;
    try {
      outcome = this.session.handle(j.who, type, parsed.data as Record<string, unknown>, now);
    } catch (error) {
      logLine('error', { code: this.session.code, message: type, error: (error as Error).message });
      this.sendTo(client, { type: 'error', reason: 'The server could not do that; the session goes on.' });
      return;
    }
    if (!outcome.ok) return refuse(outcome.reason);
    if (outcome.reply) this.sendTo(client, outcome.reply);
    if (outcome.resend) this.sendState(client);
    switch (outcome.change) {
      case 'vote':
        this.persistSoon();
        {
          const updateFor = this.session.voteUpdates();
          for (const c of this.clients) {
            const jc = this.joined.get(c.sessionId);
            if (jc) this.sendTo(c, updateFor(jc.who));
          }
        }
        return;
      case 'seats':
        this.persist();
        if (outcome.removed) this.dropSeat(outcome.removed);
        this.broadcastState();
        return;
      case 'game':
        logLine('command', { code: this.session.code, message: type, commands: this.session.record.commands.length });
        // Persisted before anyone hears of it: a command a client saw taken survives the process.
        void this.persist().then(() => this.broadcastState());
        return;
    }
  }

  private saveScheduled = false;

  /**
   * Votes come in bursts (a class of 30 in a few seconds): one save a quarter-second after the first
   * of a burst carries them all. A vote lost with a dying process is cast again; a command never is.
   */
  private persistSoon() {
    if (this.saveScheduled) return;
    this.saveScheduled = true;
    this.clock.setTimeout(() => {
      this.saveScheduled = false;
      void this.persist();
    }, 250);
  }

  /** Saves the session's record (chained; a failure is logged and the session goes on). */
  private persist(): Promise<void> {
    const record = this.session.record;
    const text = JSON.stringify(record);
    this.saving = this.saving
      .then(() => this.ctx.store.save(JSON.parse(text)))
      .catch((error) => logLine('error', { code: record.code, saving: (error as Error).message }));
    return this.saving;
  }

  private dropSeat(seat: string) {
    for (const c of this.clients) {
      const j = this.joined.get(c.sessionId);
      if (j?.who.kind === 'student' && j.who.seat === seat) {
        this.sendTo(c, { type: 'removed', reason: 'Your teacher removed you from this session.' });
        this.joined.delete(c.sessionId);
        c.leave(CLOSE_REMOVED);
      }
    }
  }

  private seatConnected(seat: string) {
    for (const j of this.joined.values())
      if (j.connected && j.who.kind === 'student' && j.who.seat === seat) return true;
    return false;
  }

  private present() {
    let n = 0;
    for (const j of this.joined.values()) if (j.connected && j.who.kind === 'student') n += 1;
    return n;
  }

  private sendTo(client: Client, message: ServerMessage) {
    client.send(message.type, message);
  }

  /** The whole screen for one client, built for its seat alone (and the review once the game has ended). */
  private sendState(client: Client, review = this.session.reviewState()) {
    const j = this.joined.get(client.sessionId);
    if (!j) return;
    const who = j.who;
    if (who.kind === 'student') {
      const state = this.session.seatState(who.seat);
      if (state) this.sendTo(client, state);
    } else if (who.kind === 'projector') {
      this.sendTo(client, this.session.projectorState(this.present()));
    } else {
      this.sendTo(
        client,
        this.session.facilitatorState((seat) => this.seatConnected(seat)),
      );
    }
    if (review) this.sendTo(client, review);
  }

  private broadcastState() {
    const review = this.session.reviewState();
    for (const c of this.clients) this.sendState(c, review);
  }

  /** Who is in changed: the facilitator's roster and the projector's head count. */
  private sendRoster() {
    for (const c of this.clients) {
      const j = this.joined.get(c.sessionId);
      if (j && j.who.kind !== 'student') this.sendState(c, null);
    }
  }
}
