/**
 * The classroom's wire protocol, shared by the server (src/server) and the browser screens: the room's
 * name, the HTTP calls that create and find a session, the options a client joins with, every message
 * a client may send (zod schemas: the server validates each one before it reaches the engine) and every
 * message the server sends (types only: the server builds them, the client renders them).
 *
 * Secrets: every game view a client receives is projected on the server for that client's seat
 * (`toView(snapshot, { role })` for a student, a seat with no papers for the projector), and sent to
 * that client alone (`client.send`), never through shared room state.
 *
 * Stability: this file is read by the client and the server built on separate branches; change it only
 * by adding (a new optional field, a new message), never by renaming or removing.
 */
import { z } from 'zod';
import type { FacilitatorView } from '../engine/facilitatorView';
import type { PackageAssessment } from '../engine/posture';
import type { PackageReading } from '../engine/replyReading';
import type { Review } from '../engine/review';
import type { GameCommand, VoteRecord } from '../engine/state';
import type { DocumentView, GameView } from '../engine/view';

// ─── Names and limits ────────────────────────────────────────────────────────────────────────────

/** The Colyseus room type every session is an instance of. */
export const ROOM_NAME = 'classroom';

/** The default address of `npm run server` (HOST and PORT change it). */
export const DEFAULT_PORT = 2567;

/**
 * Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), drawn
 * with crypto randomness: 24^6 ≈ 190 million codes, and failed joins are rate-limited per address.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467';
export const CODE_LENGTH = 6;
export const CodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), 'a join code is 6 letters and digits'));

/** A student's name as typed on their phone: trimmed, spaces collapsed, 1–40 characters. */
export const StudentNameSchema = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'type your name').max(40, 'a name of at most 40 characters'));

/**
 * The most bytes one message from a client may have (its payload as JSON, UTF-8), unless its type has
 * a cap of its own (`maxMessageBytes`); a longer one is refused, unread, with the reason.
 */
export const MAX_MESSAGE_BYTES = 8 * 1024;
/** The most bytes of a create-session request (an own scenario's bundle rides in it). */
export const MAX_CREATE_BYTES = 4 * 1024 * 1024;
/**
 * The longest position memo a student may send, in characters as a browser's `maxlength` and a string's
 * `length` count them (UTF-16 units: an emoji outside the basic plane counts two): about 500 words.
 */
export const MEMO_MAX_CHARS = 3000;
/**
 * A memo's cap in bytes, from its limit in characters: a memo the form accepts must never be refused for
 * its size. In JSON as UTF-8 one UTF-16 unit takes at most 6 bytes (a control character escaped as
 * `\u001f`; Devanagari or Chinese take 3, an emoji 4 for its 2 units), so 3,000 units take at most
 * 18,000 bytes, plus the message's other fields. The 8 KB of other messages would refuse a memo of
 * 3,000 characters in a non-Latin script (about 9,000 bytes).
 */
export const MEMO_MAX_BYTES = MEMO_MAX_CHARS * 6 + 512;
/** The size cap of a message type: the memo's own, the common one for every other type. */
export const maxMessageBytes = (type: string): number => (type === 'memo' ? MEMO_MAX_BYTES : MAX_MESSAGE_BYTES);
/** Messages a client may send per second (a short burst of twice that is allowed); more are refused. */
export const MESSAGES_PER_SECOND = 10;

// ─── HTTP: create a session, find one by code ─────────────────────────────────────────────────────

/**
 * `POST /api/sessions` with a `CreateSession` body: creates a session (a room) and answers
 * `SessionCreated` once, holding the facilitator's secret, or `Refused` (status 400/413/429).
 */
export const CREATE_PATH = '/api/sessions';
/**
 * `POST /api/sessions/find` with `{ code }`: answers `SessionFound` (the room to `joinById`), restoring
 * a session whose process died from its persisted log first, or `Refused` (status 404/429). Wrong codes
 * count against the caller's address (rate limit).
 */
export const FIND_PATH = '/api/sessions/find';

/** A scenario: one bundled with the server by id, or the teacher's own as a bundle file's text. */
export const ScenarioChoiceSchema = z.union([
  z.strictObject({ id: z.string().min(1).max(80) }),
  /** The text of an `<id>.scenario.json` bundle (`npm run scenario -- bundle`), as the set-up read it. */
  z.strictObject({ bundle: z.string().min(1).max(MAX_CREATE_BYTES) }),
]);
export type ScenarioChoice = z.infer<typeof ScenarioChoiceSchema>;

/** The teacher's set-up, as the one-screen classroom's set-up asks it. */
export const CreateSessionSchema = z.strictObject({
  scenario: ScenarioChoiceSchema,
  /** The sides played by students (a team each); other sides are played by the scenario's model. Omitted: the player's side. */
  sides: z.array(z.string().min(1).max(80)).min(1).max(8).optional(),
  /** The roles in play (`defaultRoles` decides how many students share each). Omitted: the default for the class size. */
  roles: z.array(z.string().min(1).max(80)).min(1).max(64).optional(),
  /** Students expected (6–35 in the set-up; the server accepts 1–60). */
  classSize: z.number().int().min(1).max(60),
  /** The game's seed: the same seed and commands give the same game (replayable export). */
  seed: z.number().int().min(0).max(0xffffffff),
  debateMinutes: z.number().int().min(1).max(60),
  /** A lesson plan's id from the scenario (play starts and stops where the plan says). */
  lesson: z.string().min(1).max(80).optional(),
  /** Students may pick a free role themselves when they join (else the server seats them by the set-up). */
  freeChoice: z.boolean().optional(),
  /**
   * Roles whose student may take their side's decisions (choose, send the reply) from their device;
   * omitted or empty: only the facilitator takes decisions (by the vote, or an override).
   */
  deciders: z.array(z.string().min(1).max(80)).max(64).optional(),
});
export type CreateSession = z.infer<typeof CreateSessionSchema>;

/** The answer to a create: shown to the teacher once. Keep `secret` on the teacher's device only. */
export interface SessionCreated {
  type: 'created';
  code: string;
  /** The facilitator's secret: joining with it gives control of the session. Not shown again. */
  secret: string;
  roomId: string;
  /** The page students open (`/?join=CODE`), for the projector's QR code. */
  joinUrl: string;
}

export const FindSessionSchema = z.strictObject({ code: CodeSchema });
export interface SessionFound {
  type: 'found';
  roomId: string;
}

/**
 * `POST /api/sessions/save` with `{ code, secret }` (#16, Compare classes): the session's replayable
 * save, the one-screen game's format (`createSave`), for the browser that created it (the secret it
 * kept). Answers `SessionSave`, or `Refused` (403 for a wrong secret, 404 for no such session). The
 * save carries no student's name or memo.
 */
export const SAVE_PATH = '/api/sessions/save';
export const SessionSaveRequestSchema = z.strictObject({ code: CodeSchema, secret: z.string().min(16).max(128) });
export interface SessionSave {
  type: 'save';
  code: string;
  /** The scenario's id, and when the session was created (ms since epoch). */
  scenario: string;
  createdAt: number;
  /** Whether the game has reached its ending. */
  ended: boolean;
  save: string;
}

// ─── Joining the room ─────────────────────────────────────────────────────────────────────────────

/**
 * Options of `client.joinById(roomId, options)`; the code is checked again in `onAuth`. One of:
 * - a student: `code` and `name`, plus the `seat` token from an earlier `welcome` when they have it
 *   (then they get that seat back whatever name they type; without it, the same name in the same
 *   session gets its seat back when that seat is not connected);
 * - the projector: `code` and `projector: true`;
 * - the facilitator: `code` and `secret` (from `SessionCreated`).
 */
export const JoinOptionsSchema = z.union([
  z.strictObject({ code: CodeSchema, secret: z.string().min(16).max(128) }),
  z.strictObject({ code: CodeSchema, projector: z.literal(true) }),
  z.strictObject({
    code: CodeSchema,
    name: StudentNameSchema,
    seat: z.string().min(16).max(128).optional(),
    /** With free choice on: the role the student picks (refused if full or not in play). */
    role: z.string().min(1).max(80).optional(),
  }),
]);
export type JoinOptions = z.input<typeof JoinOptionsSchema>;

// ─── Client → server messages (`room.send(type, payload)`) ────────────────────────────────────────

const Id = z.string().min(1).max(80);

/** The GameCommand the one-screen game uses, checked for shape (the engine's `whyNot` checks the rest). */
export const GameCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('player.choose'),
    side: Id,
    option: Id,
    vote: z
      .strictObject({
        counts: z.record(Id, z.number().int().min(0).max(1000)),
        override: z.string().trim().min(1).max(500).optional(),
      })
      .optional(),
  }),
  z.strictObject({ type: z.literal('player.sendReply'), side: Id, items: z.array(Id).max(64) }),
  z.strictObject({ type: z.literal('player.read'), document: Id }),
  z.strictObject({ type: z.literal('facilitator.mark'), note: z.string().trim().min(1).max(500) }),
  z.strictObject({ type: z.literal('facilitator.release'), document: Id }),
  z.strictObject({ type: z.literal('facilitator.hold'), document: Id }),
  z.strictObject({ type: z.literal('lesson.resume') }),
]);

/**
 * Every message a client may send, by type. The payload of `room.send(type, payload)` is validated by
 * the schema of its type; an unknown type, a malformed or oversized payload is refused with `refused`.
 */
export const ClientMessages = {
  /** Student: their vote on the decision open to their side (changeable until the vote closes). */
  vote: z.strictObject({ decision: Id, option: Id }),
  /** Student: takes back their vote. */
  unvote: z.strictObject({ decision: Id }),
  /** Student whose role is a decider (CreateSession.deciders): takes the choice themselves. */
  choose: z.strictObject({ decision: Id, option: Id }),
  /** Student whose role is a decider: sends the reply package they built. */
  reply: z.strictObject({ decision: Id, items: z.array(Id).max(64) }),
  /**
   * Whoever drafts the reply (a decider student of the reply's side, or the facilitator): how a package
   * being built stands, answered with `replyAdvice` (the same checks and words as the one-screen
   * builder's; the response model's inputs stay on the server).
   */
  checkReply: z.strictObject({ decision: Id, items: z.array(Id).max(64) }),
  /** Anyone: the full text of a paper their seat holds (answered with `document`). */
  read: z.strictObject({ document: Id }),
  /** Facilitator: any GameCommand the one-screen game's facilitator or players send. */
  command: z.strictObject({ command: GameCommandSchema }),
  /**
   * Facilitator: closes the open vote. Without `override`, the vote's winner is taken (refused on a tie
   * or with no votes); with it, that option is taken and the note is logged beside the counts.
   */
  decide: z.strictObject({
    decision: Id,
    override: z.strictObject({ option: Id, note: z.string().trim().min(1).max(500) }).optional(),
  }),
  /** Facilitator: takes back the last decision (the game replays from its seed without it). */
  undo: z.strictObject({}),
  /** Facilitator: moves a student to another role in play (their votes on the open decision are dropped). */
  moveSeat: z.strictObject({ seat: Id, role: Id }),
  /** Facilitator: removes a student (their seat is freed; they may join again with the code). */
  removeSeat: z.strictObject({ seat: Id }),
  /** Facilitator: lets students pick a free role when they join, or stops it. */
  allowFreeChoice: z.strictObject({ allow: z.boolean() }),
  /** Facilitator: the replayable save (answered with `export`). */
  export: z.strictObject({}),
  /** Anyone: asks for their view again (after a UI reload without reconnecting). */
  refresh: z.strictObject({}),
  /**
   * Student: writes (or rewrites) their position memo for a decision their role has a memo prompt on
   * (`SeatState.memos`); refused once that decision is taken or the game has ended.
   */
  memo: z.strictObject({
    decision: Id,
    text: z.string().max(MEMO_MAX_CHARS, `a memo of at most ${MEMO_MAX_CHARS} characters: shorten it`),
  }),
  /** Facilitator: shows one memo on the projector without its writer's name (`memo: null` takes it down). */
  showMemo: z.strictObject({ memo: z.string().min(1).max(200).nullable() }),
} as const;
export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.input<(typeof ClientMessages)[T]>;

// ─── Server → client messages (`room.onMessage(type, handler)`) ────────────────────────────────────
// The server sends each message as `client.send(message.type, message)`: listen by type, or with
// `room.onMessage('*', (type, message) => ...)`. A refused join rejects `joinById` with an error
// whose message is the reason (the same words a `Refused` would carry).

/** A student's role card: who they are and what they want (their objectives are private). */
export interface RoleCard {
  id: string;
  side: string;
  sideName: string;
  name: string;
  office: string;
  bio: string;
  objectives: string[];
  stance?: { text: string };
  /** A voice side's role speaks in the debate but has no vote. */
  voice: boolean;
  /** This role may take its side's decisions itself (CreateSession.deciders). */
  decider: boolean;
}

/** Once after a student joins: their seat, and the token that gets it back on another join. */
export interface Welcome {
  type: 'welcome';
  seat: string;
  /** Keep on the device (e.g. sessionStorage) and send as `seat` when joining again. */
  seatToken: string;
  name: string;
  code: string;
}

/** A vote as a student sees it: their own choice and how many have voted, not who voted what. */
export interface SeatVote {
  decision: string;
  /** Their vote, or null when they have not voted. */
  mine: string | null;
  /** Whether their seat may vote on it (their side decides, by people; not a voice role). */
  mayVote: boolean;
  cast: number;
  eligible: number;
}

/** A memo prompt for the student's role (memoFormsFor), with what they have written so far. */
export interface SeatMemo {
  decision: string;
  title: string;
  question: string;
  weigh: string;
  papers: { id: string; title: string }[];
  /** Suggested length, in words. */
  words: number;
  /** Their memo as last saved, or null. */
  text: string | null;
  /** Whether they may still write it (the decision is not taken yet). */
  open: boolean;
}

/** A memo as the facilitator's console lists it (names on the console only). */
export interface MemoEntry {
  /** `<seat>:<decision>`: what `showMemo` names. */
  id: string;
  seat: string;
  name: string;
  role: string;
  roleName: string;
  decision: string;
  title: string;
  text: string;
  /** When it was last saved (ms since epoch, server clock). */
  at: number;
}

/** A memo on the projector: the role and the text, never the name. */
export interface ProjectedMemo {
  roleName: string;
  title: string;
  text: string;
}

/** A student's whole screen, sent again after every change. `view` is `toView(snapshot, { role })`. */
export interface SeatState {
  type: 'seat';
  role: RoleCard;
  /** Their role's memo prompts (absent when the scenario has none). */
  memos?: SeatMemo[];
  view: GameView;
  vote: SeatVote | null;
  /** Debate minutes from the set-up, and when the current decision opened (ms since epoch, server clock). */
  debateMinutes: number;
  decisionOpenedAt: number | null;
}

/** The live tally of an open vote, without names. `options` is null when another team is in the room (their options are their own). */
export interface Tally {
  decision: string;
  title: string;
  side: string;
  sideName: string;
  cast: number;
  eligible: number;
  options: { id: string; label: string; count: number }[] | null;
}

/** The projector's screen: the board with no secrets (a viewer with no seat), the tally, the join code. */
export interface ProjectorState {
  type: 'projector';
  view: GameView;
  tally: Tally | null;
  code: string;
  joinUrl: string;
  /** Students connected now, and seated in all. */
  present: number;
  seated: number;
  debateMinutes: number;
  decisionOpenedAt: number | null;
  /** The memo the facilitator put up, without its writer's name. */
  memo?: ProjectedMemo | null;
}

/** One student as the facilitator's console lists them. */
export interface RosterEntry {
  seat: string;
  name: string;
  role: string;
  side: string;
  connected: boolean;
  /** Whether they have voted on the open decision (not what they voted). */
  voted: boolean;
}

/** A role in play and how full it is. */
export interface RoleInPlay {
  role: string;
  name: string;
  office: string;
  side: string;
  voice: boolean;
  /** Students the set-up gave it, and students holding it now. */
  planned: number;
  taken: number;
}

/** The facilitator's console: per side in play, that side's view and facilitatorView; the roster; the tally. */
export interface FacilitatorState {
  type: 'facilitator';
  code: string;
  joinUrl: string;
  sides: { side: string; name: string; view: GameView; facilitator: FacilitatorView }[];
  roster: RosterEntry[];
  roles: RoleInPlay[];
  tally: (Tally & { counts: Record<string, number> }) | null;
  freeChoice: boolean;
  debateMinutes: number;
  decisionOpenedAt: number | null;
  /** Whether there is a decision to undo. */
  canUndo: boolean;
  /** The students' position memos as they arrive, and the one on the projector now. */
  memos?: MemoEntry[];
  shownMemo?: string | null;
}

/** After the ending, to everyone: the review (the whole record) and the vote split per decision. */
export interface ReviewState {
  type: 'review';
  review: Review;
  view: GameView;
  votes: { decision: string; title: string; side: string; option: string; vote: VoteRecord }[];
}

/**
 * After a change to the open vote alone (a vote cast, changed or taken back), the small update instead
 * of the whole screen: a student gets `vote` (as `SeatState.vote`), the projector `tally`, the
 * facilitator `tally` with counts and `voted` (the seats that have voted, not what they voted).
 */
export interface VoteUpdate {
  type: 'voteUpdate';
  vote?: SeatVote | null;
  tally?: (Tally & { counts?: Record<string, number> }) | null;
  voted?: string[];
}

/** The full text of a paper, in answer to `read`. */
export interface DocumentMessage {
  type: 'document';
  document: DocumentView;
}

/**
 * In answer to `checkReply`: what the one-screen reply builder shows beside a package: why it cannot be
 * sent (or null), its gauge against the reference posture, its contradictions, and how the other side
 * is likely to read it.
 */
export interface ReplyAdvice {
  type: 'replyAdvice';
  decision: string;
  items: string[];
  problem: string | null;
  assessment: PackageAssessment;
  warnings: string[];
  reading: PackageReading;
}

/** The replayable save (the one-screen game's format: `createSave`), in answer to `export`. */
export interface ExportMessage {
  type: 'export';
  fileName: string;
  save: string;
  /** The memos per student for grading: the teacher's own file, never inside the replayable save. */
  memos?: MemoEntry[];
}

/** A message or join that was not taken, with the reason in words the client can show. */
export interface Refused {
  type: 'refused';
  reason: string;
  /** The message type it answers, when it answers one. */
  about?: string;
}

/** A failure on the server's side (not the client's fault); the session goes on. */
export interface ServerError {
  type: 'error';
  reason: string;
}

/** Sent to a student who was removed by the facilitator, just before the server closes their connection. */
export interface Removed {
  type: 'removed';
  reason: string;
}

export type ServerMessage =
  | Welcome
  | SeatState
  | ProjectorState
  | FacilitatorState
  | ReviewState
  | VoteUpdate
  | DocumentMessage
  | ExportMessage
  | ReplyAdvice
  | Refused
  | ServerError
  | Removed;
export type ServerMessageType = ServerMessage['type'];

/** The command a facilitator's `command` message carries (the engine's own type). */
export type { GameCommand };

/** The WebSocket close code the server uses when it removes a student (so the client does not reconnect). */
export const CLOSE_REMOVED = 4001;
