/**
 * The checks every message between the two windows passes: what each end may send is accepted
 * whole, anything else is refused with a reason, before it can reach the game.
 */
import { describe, expect, it } from 'vitest';
import type { FacilitatorView } from '../../src/engine/facilitatorView';
import {
  isSessionId,
  PROTOCOL_VERSION,
  type PresenterCommand,
  type PresenterState,
  parseMessage,
} from '../../src/ui/facilitator/presenterProtocol';
import { presenterSessionIn } from '../../src/ui/facilitator/presenterRoute';

const v = PROTOCOL_VERSION;
const command = (c: unknown) => ({ v, from: 'presenter', kind: 'command', id: 7, command: c });

const facilitator: FacilitatorView = {
  injects: [
    {
      id: 'letter',
      title: 'A letter',
      due: '1962-10-27 20:05',
      dueMinutes: 100,
      dueLong: 'Saturday 27 October 1962, 20:05',
      held: false,
      conditional: true,
      minutesEarly: 605,
      refused: null,
    },
  ],
  turn: { decision: 'second-letter', side: 'us', sideName: 'United States', people: true },
  handOverTo: null,
  vote: { open: { decision: 'second-letter', options: [{ id: 'a', label: 'A', description: 'd' }] }, recorded: [] },
};
const state: PresenterState = {
  title: 'Eyes Only',
  classroom: true,
  gameTime: 'Saturday 27 October 1962, 10:00',
  decisionTitle: 'The second letter',
  facilitator,
  clocks: {
    debateMinutes: 4,
    debateFor: 'second-letter',
    exercise: { elapsedMs: 0, running: false },
    debate: { elapsedMs: 1200, running: true },
  },
  draft: { votes: { a: 3 }, override: { option: null, note: '' } },
  classSize: 25,
  ended: false,
};

describe('messages from the facilitator’s window', () => {
  const good: PresenterCommand[] = [
    { type: 'facilitator.mark', note: 'Table B wanted the trade' },
    { type: 'facilitator.release', document: 'letter' },
    { type: 'facilitator.hold', document: 'letter' },
    { type: 'facilitator.undo' },
    { type: 'player.choose', decision: 'd', option: 'a', vote: { counts: { a: 3, b: 0 } } },
    { type: 'player.choose', decision: 'd', option: 'b', vote: { counts: { a: 3 }, override: 'The chair decides' } },
    { type: 'clock.toggle', which: 'debate' },
    { type: 'vote.count', decision: 'd', option: 'a', count: 0 },
    { type: 'vote.override', decision: 'd', option: null, note: '' },
  ];
  for (const c of good) {
    it(`accepts ${c.type}`, () => {
      expect(parseMessage(command(c), 'presenter')).toEqual({ ok: true, message: command(c) });
    });
  }

  const bad: [string, unknown, RegExp][] = [
    ['a command without a type', {}, /needs a type/],
    ['an unknown command', { type: 'player.sendReply', items: [] }, /unknown command "player.sendReply"/],
    ['a release without a document', { type: 'facilitator.release' }, /needs a document id/],
    ['a mark whose note is a number', { type: 'facilitator.mark', note: 7 }, /needs a note/],
    [
      'a vote with a negative count',
      { type: 'player.choose', decision: 'd', option: 'a', vote: { counts: { a: -1 } } },
      /whole numbers/,
    ],
    ['a vote with a fractional count', { type: 'vote.count', decision: 'd', option: 'a', count: 1.5 }, /whole number/],
    [
      'an override that is not a note',
      { type: 'player.choose', decision: 'd', option: 'a', vote: { counts: {}, override: 3 } },
      /override is a note/,
    ],
    ['a clock that does not exist', { type: 'clock.toggle', which: 'kitchen' }, /"exercise" or "debate"/],
    ['a note too long to be typed', { type: 'facilitator.mark', note: 'x'.repeat(5000) }, /needs a note/],
  ];
  for (const [what, c, why] of bad) {
    it(`refuses ${what}`, () => {
      const parsed = parseMessage(command(c), 'presenter');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.why).toMatch(why);
    });
  }

  it('refuses another version, another sender, a missing id, and what is not a message', () => {
    expect(parseMessage({ v: v + 1, from: 'presenter', kind: 'hello' }, 'presenter')).toMatchObject({
      ok: false,
      why: /version/,
    });
    expect(parseMessage({ v, from: 'owner', kind: 'hello' }, 'presenter')).toMatchObject({
      ok: false,
      why: /from "owner"/,
    });
    expect(parseMessage({ ...command({ type: 'facilitator.undo' }), id: 'x' }, 'presenter')).toMatchObject({
      ok: false,
    });
    expect(parseMessage([1, 2], 'presenter')).toMatchObject({ ok: false, why: 'not an object' });
    // The facilitator's window never sends state.
    expect(parseMessage({ v, from: 'presenter', kind: 'state', state }, 'presenter')).toMatchObject({ ok: false });
  });
});

describe('messages from the projector window', () => {
  it('accepts the state, a result, a heartbeat and a goodbye', () => {
    for (const m of [
      { v, from: 'owner', kind: 'state', state },
      {
        v,
        from: 'owner',
        kind: 'state',
        state: { ...state, classroom: false, facilitator: null, clocks: null, draft: null },
      },
      { v, from: 'owner', kind: 'result', id: 3, refusal: null },
      { v, from: 'owner', kind: 'result', id: 3, refusal: 'There is no decision to undo yet.' },
      { v, from: 'owner', kind: 'heartbeat' },
      { v, from: 'owner', kind: 'bye' },
    ]) {
      expect(parseMessage(m, 'owner')).toEqual({ ok: true, message: m });
    }
  });

  const broken: [string, unknown][] = [
    [
      'an inject without its early minutes',
      { ...facilitator, injects: [{ ...facilitator.injects[0], minutesEarly: undefined }] },
    ],
    ['an inject whose refusal is a number', { ...facilitator, injects: [{ ...facilitator.injects[0], refused: 1 }] }],
    ['options that are not a list', { ...facilitator, vote: { open: { decision: 'd', options: 'a' }, recorded: [] } }],
    ['a turn without its side’s name', { ...facilitator, turn: { decision: 'd', people: true } }],
  ];
  for (const [what, f] of broken) {
    it(`refuses a state with ${what}`, () => {
      expect(parseMessage({ v, from: 'owner', kind: 'state', state: { ...state, facilitator: f } }, 'owner').ok).toBe(
        false,
      );
    });
  }

  it('refuses a state with broken clocks or drafts, and a result without its id', () => {
    const clocks = { ...state.clocks, debate: { elapsedMs: 'soon', running: true } };
    expect(parseMessage({ v, from: 'owner', kind: 'state', state: { ...state, clocks } }, 'owner')).toMatchObject({
      ok: false,
      why: 'state.clocks is malformed',
    });
    const draft = { votes: { a: -2 }, override: { option: null, note: '' } };
    expect(parseMessage({ v, from: 'owner', kind: 'state', state: { ...state, draft } }, 'owner')).toMatchObject({
      ok: false,
      why: 'state.draft is malformed',
    });
    expect(parseMessage({ v, from: 'owner', kind: 'result', refusal: null }, 'owner').ok).toBe(false);
    expect(
      parseMessage({ v, from: 'owner', kind: 'command', id: 1, command: { type: 'facilitator.undo' } }, 'owner').ok,
    ).toBe(false);
  });
});

describe('the facilitator’s window’s address', () => {
  it('reads the session from ?presenter=, and only a plain id', () => {
    expect(presenterSessionIn('?presenter=0a1b2c3d4e5f60718293a4b5')).toBe('0a1b2c3d4e5f60718293a4b5');
    expect(presenterSessionIn('?seed=3')).toBeNull();
    expect(presenterSessionIn('?presenter=')).toBeNull();
    expect(presenterSessionIn('?presenter=%3Cscript%3E')).toBeNull();
    expect(isSessionId('x'.repeat(65))).toBe(false);
  });
});
