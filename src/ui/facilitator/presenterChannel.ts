/**
 * One end of the link between the projector window and the facilitator's window: a
 * `BroadcastChannel` between two windows of the same origin (no server), with a heartbeat so each
 * end knows whether the other is still there. A window that closes says goodbye on its way out; one
 * that crashes, or is closed before it can, falls silent, and after a few missed beats the other end
 * counts it gone (the facilitator's window says "Projector window closed"; the projector shows its
 * tools again). Every message is checked (presenterProtocol.ts) before it reaches the handlers.
 */
import {
  type Outgoing,
  type Parsed,
  type Peer,
  PROTOCOL_VERSION,
  type PresenterMessage,
  parseMessage,
} from './presenterProtocol';

/** What the link needs of a channel: a BroadcastChannel, or a fake one in a test. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** Repeats `act` every `ms` until the returned function is called (setInterval, or a test's fake timers). */
export type Every = (ms: number, act: () => void) => () => void;

export const realEvery: Every = (ms, act) => {
  const timer = setInterval(act, ms);
  return () => clearInterval(timer);
};

export interface LinkOptions {
  /** How often this end says it is there. */
  beatMs: number;
  /**
   * How many of its own beats may pass without a word from the other end before it is counted gone
   * (within one beat: the two ends' beats interleave).
   */
  missedBeats: number;
  every: Every;
  /** Where a dropped message is reported (one line each). */
  warn(line: string): void;
}

/**
 * A beat a second. A window that closes says goodbye (see `leaving`), so missed beats only catch a
 * crash. The facilitator's window counts the projector gone after four: the projector is on show,
 * and its timers run on time. The projector waits over a minute for the facilitator's window: that
 * one may sit hidden behind other windows on the laptop, and the browser then wakes a hidden page's
 * timers about once a minute; counting it gone sooner would bring the tools back onto the projector
 * every minute while the facilitator works elsewhere.
 */
export const DEFAULT_LINK: LinkOptions = {
  beatMs: 1000,
  missedBeats: 4,
  every: realEvery,
  warn: (line) => console.warn(line),
};

/** How many missed beats the projector allows the facilitator's window (see DEFAULT_LINK). */
export const OWNER_MISSED_BEATS = 75;

export interface LinkHandlers {
  /** A checked message from the other end (heartbeats and goodbyes are the link's own business). */
  message(message: PresenterMessage): void;
  /** The other end appeared (true) or went away (false). */
  peer(present: boolean): void;
  /** This end's own beat, once a beat period (after the heartbeat is sent). */
  beat?(): void;
}

export class PresenterLink {
  private silentBeats = 0;
  private present = false;
  private stop: (() => void) | null = null;
  private readonly options: LinkOptions;

  constructor(
    private readonly channel: ChannelLike,
    private readonly self: Peer,
    private readonly handlers: LinkHandlers,
    options: Partial<LinkOptions> = {},
  ) {
    this.options = { ...DEFAULT_LINK, ...(self === 'owner' ? { missedBeats: OWNER_MISSED_BEATS } : {}), ...options };
    channel.onmessage = (event) => this.receive(event.data);
  }

  private get other(): Peer {
    return this.self === 'owner' ? 'presenter' : 'owner';
  }

  /** Whether the other end has been heard recently (and has not said goodbye). */
  get peerPresent(): boolean {
    return this.present;
  }

  /** Starts the heartbeat; the facilitator's window also asks for the state at once. */
  start(): void {
    if (this.stop) return;
    if (this.self === 'presenter') this.send({ from: 'presenter', kind: 'hello' });
    else this.send({ from: 'owner', kind: 'heartbeat' });
    this.stop = this.options.every(this.options.beatMs, () => this.beat());
  }

  send(message: Outgoing): void {
    try {
      this.channel.postMessage({ v: PROTOCOL_VERSION, ...message });
    } catch (error) {
      // A closed channel (the window is going away) or a value that cannot be cloned: a bug to see.
      this.options.warn(
        `Eyes Only: a message to the ${this.other === 'owner' ? 'projector' : "facilitator's"} window was not sent (${String(error)})`,
      );
    }
  }

  /**
   * The page is being hidden for good (or put in the back/forward cache): the other end is told at
   * once, and this end beats no more (a last beat after the goodbye would undo it). Should the page
   * come back, `start` again makes it present.
   */
  leaving(): void {
    this.stop?.();
    this.stop = null;
    this.send({ from: this.self, kind: 'bye' } as Outgoing);
  }

  /** This end is going away: the other is told at once, not after its missed beats. */
  dispose(): void {
    this.stop?.();
    this.stop = null;
    this.send({ from: this.self, kind: 'bye' } as Outgoing);
    this.channel.onmessage = null;
    this.channel.close();
    // Said to no one: the owner of this end is going away and draws nothing more.
    this.present = false;
  }

  private beat(): void {
    this.send({ from: this.self, kind: 'heartbeat' } as Outgoing);
    this.handlers.beat?.();
    if (!this.present) return;
    this.silentBeats += 1;
    if (this.silentBeats > this.options.missedBeats) this.setPresent(false);
  }

  private receive(raw: unknown): void {
    const parsed: Parsed = parseMessage(raw, this.other);
    if (!parsed.ok) {
      this.options.warn(`Eyes Only: ignored a message on the facilitator's channel: ${parsed.why}`);
      return;
    }
    const { message } = parsed;
    if (message.kind === 'bye') {
      this.setPresent(false);
      return;
    }
    this.silentBeats = 0;
    this.setPresent(true);
    if (message.kind !== 'heartbeat') this.handlers.message(message);
  }

  private setPresent(present: boolean): void {
    if (this.present === present) return;
    this.present = present;
    this.silentBeats = 0;
    this.handlers.peer(present);
  }
}
