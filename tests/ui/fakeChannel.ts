/**
 * BroadcastChannel's behaviour for unit tests, without a browser: every channel of one name hears
 * what the others post (never its own), as a structured clone; delivery is synchronous so a test
 * steps through a conversation message by message. `cut` silences one end as a crash would.
 */
import type { ChannelLike } from '../../src/ui/facilitator/presenterChannel';

export class FakeChannel implements ChannelLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;
  /** Everything this end posted, as posted. */
  readonly sent: unknown[] = [];
  /** A crashed window: it neither sends nor hears anything any more (and says no goodbye). */
  cut = false;

  constructor(private readonly hub: Set<FakeChannel>) {
    hub.add(this);
  }

  postMessage(message: unknown): void {
    if (this.closed) throw new Error('InvalidStateError: the channel is closed');
    if (this.cut) return;
    this.sent.push(message);
    for (const other of this.hub) {
      if (other === this || other.closed || other.cut) continue;
      other.onmessage?.({ data: structuredClone(message) } as MessageEvent);
    }
  }

  close(): void {
    this.closed = true;
    this.hub.delete(this);
  }

  /** What a stranger on the same channel (another tab, another build) would post. */
  static stranger(hub: Set<FakeChannel>, message: unknown): void {
    const s = new FakeChannel(hub);
    s.postMessage(message);
    s.close();
  }
}

/** A factory of channels by name, sharing a hub per name like BroadcastChannel. */
export function fakeChannels() {
  const hubs = new Map<string, Set<FakeChannel>>();
  const hub = (name: string) => {
    const h = hubs.get(name) ?? new Set<FakeChannel>();
    hubs.set(name, h);
    return h;
  };
  return { hub, open: (name: string) => new FakeChannel(hub(name)) };
}
