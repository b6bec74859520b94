/**
 * The link between the projector window and the facilitator's window: checked messages only, a
 * heartbeat each way, a goodbye heard at once, and silence counted as gone after the missed beats.
 * Time is fake (vi.useFakeTimers); nothing here waits for a real clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LinkHandlers, PresenterLink } from '../../src/ui/facilitator/presenterChannel';
import { PROTOCOL_VERSION, type PresenterMessage } from '../../src/ui/facilitator/presenterProtocol';
import { FakeChannel } from './fakeChannel';

function end(hub: Set<FakeChannel>, self: 'owner' | 'presenter', missedBeats = 4) {
  const channel = new FakeChannel(hub);
  const heard: PresenterMessage[] = [];
  const peer: boolean[] = [];
  const warnings: string[] = [];
  const handlers: LinkHandlers = { message: (m) => heard.push(m), peer: (p) => peer.push(p) };
  const link = new PresenterLink(channel, self, handlers, { beatMs: 1000, missedBeats, warn: (w) => warnings.push(w) });
  return { channel, link, heard, peer, warnings };
}

describe('the facilitator’s window link', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('each end finds the other: the facilitator’s window says hello, the projector hears it and beats back', () => {
    const hub = new Set<FakeChannel>();
    const owner = end(hub, 'owner');
    const presenter = end(hub, 'presenter');
    expect(presenter.link.peerPresent).toBe(false);
    owner.link.start();
    // The projector's first beat is heard by a window already listening; the projector has heard nothing yet.
    expect(presenter.peer).toEqual([true]);
    expect(owner.link.peerPresent).toBe(false);
    presenter.link.start();
    // The hello reaches the owner as a message (so it can send the state) and makes the presenter present.
    expect(owner.peer).toEqual([true]);
    expect(owner.heard.map((m) => m.kind)).toEqual(['hello']);
    // Heartbeats are the link's own business: they never reach the handlers.
    vi.advanceTimersByTime(10_000);
    expect(owner.heard.map((m) => m.kind)).toEqual(['hello']);
    expect(presenter.heard).toEqual([]);
    expect(owner.peer).toEqual([true]);
    expect(presenter.peer).toEqual([true]);
  });

  it('a window that falls silent is counted gone after the missed beats, and back when it beats again', () => {
    const hub = new Set<FakeChannel>();
    const owner = end(hub, 'owner', 4);
    const presenter = end(hub, 'presenter', 4);
    owner.link.start();
    presenter.link.start();
    vi.advanceTimersByTime(1000);
    expect(presenter.link.peerPresent).toBe(true);
    // The projector window crashes: no goodbye, no beat. Three silent beats are not yet a closed
    // window; by the fifth it is (the beats of the two ends interleave, so within one beat).
    owner.channel.cut = true;
    vi.advanceTimersByTime(3000);
    expect(presenter.link.peerPresent).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(presenter.link.peerPresent).toBe(false);
    expect(presenter.peer).toEqual([true, false]);
    // It comes back (a reload of the same tab): the next beat makes it present again.
    owner.channel.cut = false;
    vi.advanceTimersByTime(1000);
    expect(presenter.peer).toEqual([true, false, true]);
  });

  it('a goodbye is heard at once, without waiting for missed beats', () => {
    const hub = new Set<FakeChannel>();
    const owner = end(hub, 'owner');
    const presenter = end(hub, 'presenter');
    owner.link.start();
    presenter.link.start();
    expect(owner.link.peerPresent).toBe(true);
    presenter.link.dispose();
    expect(owner.link.peerPresent).toBe(false);
    expect(owner.peer).toEqual([true, false]);
    expect(presenter.channel.closed).toBe(true);
    // Disposed, the presenter's end beats no more.
    const sent = presenter.channel.sent.length;
    vi.advanceTimersByTime(5000);
    expect(presenter.channel.sent.length).toBe(sent);
  });

  it('leaving (the page hidden for good) says goodbye and beats no more; a page that comes back starts again', () => {
    const hub = new Set<FakeChannel>();
    const owner = end(hub, 'owner');
    const presenter = end(hub, 'presenter');
    owner.link.start();
    presenter.link.start();
    vi.advanceTimersByTime(1000);
    owner.link.leaving();
    expect(presenter.link.peerPresent).toBe(false);
    // No beat after the goodbye undoes it.
    vi.advanceTimersByTime(3000);
    expect(presenter.peer).toEqual([true, false]);
    owner.link.start();
    expect(presenter.peer).toEqual([true, false, true]);
  });

  it('the projector allows a hidden facilitator’s window over a minute of silence; that window allows the projector four beats', () => {
    const hub = new Set<FakeChannel>();
    const owner = new PresenterLink(new FakeChannel(hub), 'owner', { message: () => {}, peer: () => {} });
    const presenter = new PresenterLink(new FakeChannel(hub), 'presenter', { message: () => {}, peer: () => {} });
    owner.start();
    presenter.start();
    vi.advanceTimersByTime(1000);
    // Both fall silent at once (as if each were frozen): the facilitator's window gives up first.
    for (const c of [...hub]) c.cut = true;
    vi.advanceTimersByTime(6000);
    expect(presenter.peerPresent).toBe(false);
    expect(owner.peerPresent).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(owner.peerPresent).toBe(true);
    vi.advanceTimersByTime(15_000);
    expect(owner.peerPresent).toBe(false);
    owner.dispose();
    presenter.dispose();
  });

  it('ignores malformed messages and messages of its own kind, with one console line each', () => {
    const hub = new Set<FakeChannel>();
    const owner = end(hub, 'owner');
    owner.link.start();
    const bad: unknown[] = [
      'hello',
      null,
      { v: PROTOCOL_VERSION + 1, from: 'presenter', kind: 'hello' },
      { v: PROTOCOL_VERSION, from: 'owner', kind: 'heartbeat' },
      { v: PROTOCOL_VERSION, from: 'presenter', kind: 'dance' },
      { v: PROTOCOL_VERSION, from: 'presenter', kind: 'command', id: 1, command: { type: 'facilitator.release' } },
      { v: PROTOCOL_VERSION, from: 'presenter', kind: 'command', id: -1, command: { type: 'facilitator.undo' } },
    ];
    for (const message of bad) FakeChannel.stranger(hub, message);
    expect(owner.warnings).toHaveLength(bad.length);
    for (const w of owner.warnings) expect(w).toMatch(/^Eyes Only: ignored a message on the facilitator's channel: /);
    expect(owner.heard).toEqual([]);
    // A malformed message is not a sign of life either.
    expect(owner.peer).toEqual([]);
    FakeChannel.stranger(hub, {
      v: PROTOCOL_VERSION,
      from: 'presenter',
      kind: 'command',
      id: 3,
      command: { type: 'facilitator.undo' },
    });
    expect(owner.heard).toEqual([
      { v: PROTOCOL_VERSION, from: 'presenter', kind: 'command', id: 3, command: { type: 'facilitator.undo' } },
    ]);
  });
});
