/**
 * What the projector window and the facilitator's window say to each other over their channel, and
 * the checks every message passes before either acts on it. The projector window owns the game; the
 * facilitator's window renders the state it is sent and sends back commands: the engine's own
 * facilitator commands (`facilitator.mark`, `facilitator.release`, `facilitator.hold`, and
 * `player.choose` with the room's vote) and the few the desk handles itself (undo, a clock, a count
 * typed). A message from another tab, an older build or a bug is not trusted: anything malformed is
 * dropped with one console line, never half-applied.
 */
import type { FacilitatorView, InjectView } from '../../engine/facilitatorView';

/** Raised whenever the protocol changes shape: a window of another build is ignored, not misread. */
export const PROTOCOL_VERSION = 1;

export type Peer = 'owner' | 'presenter';

export interface ClockReading {
  elapsedMs: number;
  running: boolean;
}

/** Everything the facilitator's window shows, as sent by the projector window. */
export interface PresenterState {
  /** The scenario's title (the window's heading). */
  title: string;
  /** False when the projector shows no class (the title, a solo game): nothing to facilitate. */
  classroom: boolean;
  /** The scenario's clock in words ("Saturday 27 October 1962, 10:00"); empty outside a game. */
  gameTime: string;
  /** The decision on the table, if any (its title: the facilitator view names it by id). */
  decisionTitle: string | null;
  facilitator: FacilitatorView | null;
  clocks: {
    debateMinutes: number;
    /** The decision the debate timer belongs to (none between decisions). */
    debateFor: string | null;
    exercise: ClockReading;
    debate: ClockReading;
  } | null;
  /** The counts and override typed so far for the open vote (kept by the projector window with its drafts). */
  draft: { votes: Record<string, number>; override: { option: string | null; note: string } } | null;
  classSize: number;
  ended: boolean;
}

export type PresenterCommand =
  | { type: 'facilitator.mark'; note: string }
  | { type: 'facilitator.release'; document: string }
  | { type: 'facilitator.hold'; document: string }
  | { type: 'facilitator.undo' }
  | {
      type: 'player.choose';
      /** The decision the facilitator's window was showing: a vote for a decision gone by is refused. */
      decision: string;
      option: string;
      vote: { counts: Record<string, number>; override?: string };
    }
  | { type: 'clock.toggle'; which: 'exercise' | 'debate' }
  | { type: 'vote.count'; decision: string; option: string; count: number }
  | { type: 'vote.override'; decision: string; option: string | null; note: string };

export type PresenterMessage =
  | { v: number; from: 'presenter'; kind: 'hello' | 'heartbeat' | 'bye' }
  | { v: number; from: 'presenter'; kind: 'command'; id: number; command: PresenterCommand }
  | { v: number; from: 'owner'; kind: 'heartbeat' | 'bye' }
  | { v: number; from: 'owner'; kind: 'state'; state: PresenterState }
  | { v: number; from: 'owner'; kind: 'result'; id: number; refusal: string | null };

/** A message's shape without the envelope's version (filled in when sent). */
export type Outgoing = PresenterMessage extends infer M ? (M extends PresenterMessage ? Omit<M, 'v'> : never) : never;

export type Parsed = { ok: true; message: PresenterMessage } | { ok: false; why: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isCounts = (v: unknown): v is Record<string, number> => isObj(v) && Object.values(v).every(isCount);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const isList = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);
/** Ids, counts and notes are short: a huge field is a bug or a hostile page, not a facilitator typing. */
const MAX_TEXT = 2000;
const isText = (v: unknown): v is string => isStr(v) && v.length <= MAX_TEXT;

function commandProblem(c: unknown): string | null {
  if (!isObj(c) || !isStr(c.type)) return 'a command needs a type';
  switch (c.type) {
    case 'facilitator.mark':
      return isText(c.note) ? null : 'facilitator.mark needs a note';
    case 'facilitator.release':
    case 'facilitator.hold':
      return isText(c.document) ? null : `${c.type} needs a document id`;
    case 'facilitator.undo':
      return null;
    case 'player.choose': {
      if (!isText(c.decision) || !isText(c.option)) return 'player.choose needs a decision and an option';
      const vote = c.vote;
      if (!isObj(vote) || !isCounts(vote.counts)) return 'player.choose needs the vote counts (whole numbers)';
      return vote.override === undefined || isText(vote.override) ? null : 'an override is a note';
    }
    case 'clock.toggle':
      return c.which === 'exercise' || c.which === 'debate' ? null : 'clock.toggle names "exercise" or "debate"';
    case 'vote.count':
      return isText(c.decision) && isText(c.option) && isCount(c.count)
        ? null
        : 'vote.count needs a decision, an option and a whole number';
    case 'vote.override':
      return isText(c.decision) && (c.option === null || isText(c.option)) && isText(c.note)
        ? null
        : 'vote.override needs a decision, an option (or null) and a note';
    default:
      return `unknown command "${c.type.slice(0, 40)}"`;
  }
}

const isInject = (v: unknown): v is InjectView =>
  isObj(v) &&
  isStr(v.id) &&
  isStr(v.title) &&
  isStr(v.due) &&
  isNum(v.dueMinutes) &&
  isStr(v.dueLong) &&
  isBool(v.held) &&
  isBool(v.conditional) &&
  isNum(v.minutesEarly) &&
  isStrOrNull(v.refused);

const isOption = (v: unknown) => isObj(v) && isStr(v.id) && isStr(v.label);
const isClock = (v: unknown): v is ClockReading => isObj(v) && isNum(v.elapsedMs) && isBool(v.running);

function facilitatorProblem(f: unknown): string | null {
  if (f === null) return null;
  if (!isObj(f)) return 'facilitator is not an object';
  if (!isList(f.injects, isInject)) return 'facilitator.injects is not a list of injects';
  const turn = f.turn;
  if (turn !== null && !(isObj(turn) && isStr(turn.decision) && isStr(turn.sideName) && isBool(turn.people)))
    return 'facilitator.turn is malformed';
  const hand = f.handOverTo;
  if (hand !== null && !(isObj(hand) && isStr(hand.side) && isStr(hand.name)))
    return 'facilitator.handOverTo is malformed';
  const vote = f.vote;
  if (!isObj(vote) || !Array.isArray(vote.recorded)) return 'facilitator.vote is malformed';
  const open = vote.open;
  if (
    open !== null &&
    !(isObj(open) && isStr(open.decision) && Array.isArray(open.options) && open.options.every(isOption))
  )
    return 'facilitator.vote.open is malformed';
  return null;
}

function stateProblem(s: unknown): string | null {
  if (!isObj(s)) return 'state is not an object';
  if (!isStr(s.title) || !isBool(s.classroom) || !isStr(s.gameTime) || !isStrOrNull(s.decisionTitle))
    return 'state lacks its title, classroom, gameTime or decisionTitle';
  if (!isCount(s.classSize) || !isBool(s.ended)) return 'state lacks its classSize or ended';
  const f = facilitatorProblem(s.facilitator);
  if (f) return f;
  const c = s.clocks;
  if (
    c !== null &&
    !(isObj(c) && isNum(c.debateMinutes) && isStrOrNull(c.debateFor) && isClock(c.exercise) && isClock(c.debate))
  )
    return 'state.clocks is malformed';
  const d = s.draft;
  if (
    d !== null &&
    !(isObj(d) && isCounts(d.votes) && isObj(d.override) && isStrOrNull(d.override.option) && isStr(d.override.note))
  )
    return 'state.draft is malformed';
  return null;
}

/**
 * Reads a message that arrived on the channel, as `expected` would send it (a window never acts on
 * its own kind's messages, nor on another build's). Returns the message, or why it was dropped.
 */
export function parseMessage(raw: unknown, expected: Peer): Parsed {
  const no = (why: string): Parsed => ({ ok: false, why });
  if (!isObj(raw)) return no('not an object');
  if (raw.v !== PROTOCOL_VERSION)
    return no(`protocol version ${String(raw.v).slice(0, 20)}, expected ${PROTOCOL_VERSION}`);
  if (raw.from !== expected) return no(`from "${String(raw.from).slice(0, 20)}", expected "${expected}"`);
  const kind = raw.kind;
  const message = raw as unknown as PresenterMessage;
  if (kind === 'heartbeat' || kind === 'bye') return { ok: true, message };
  if (expected === 'presenter') {
    if (kind === 'hello') return { ok: true, message };
    if (kind !== 'command') return no(`unknown kind "${String(kind).slice(0, 20)}" from the facilitator's window`);
    if (!isCount(raw.id)) return no('a command needs a whole-number id');
    const problem = commandProblem(raw.command);
    return problem ? no(problem) : { ok: true, message };
  }
  if (kind === 'result') {
    if (!isCount(raw.id) || !isStrOrNull(raw.refusal)) return no('a result needs an id and a refusal (or null)');
    return { ok: true, message };
  }
  if (kind !== 'state') return no(`unknown kind "${String(kind).slice(0, 20)}" from the projector window`);
  const problem = stateProblem(raw.state);
  return problem ? no(problem) : { ok: true, message };
}

/** The channel's name for one projector window's session: another projector's messages never cross. */
export const channelName = (session: string) => `eyes-only:presenter:${session}`;

/** A session id is what a URL can carry plainly: letters, digits and dashes, not too long. */
export const isSessionId = (v: string) => /^[A-Za-z0-9-]{8,64}$/.test(v);
