/**
 * A classroom session as it is persisted after every change: enough to rebuild it on any process.
 * The game itself is its input and accepted commands (the engine replays them); the rest is the
 * classroom around it: the set-up, who sits where, the open vote.
 */
import type { RoleSeat } from '../engine/classroom/defaultRoles';
import type { GameCommand, GameInput } from '../engine/state';

export interface SeatRecord {
  id: string;
  name: string;
  role: string;
  /** SHA-256 of the seat token the student's device keeps (see secrets.ts). */
  tokenHash: string;
}

export interface SessionRecord {
  format: 'eyes-only-classroom';
  version: 1;
  code: string;
  /** SHA-256 of the facilitator's secret. */
  secretHash: string;
  createdAt: number;
  /** A bundled scenario by id, or a teacher's own by the key its bundle is stored under. */
  scenario: { id: string } | { bundleKey: string };
  /** The sides students play, the roles in play and how many students each was planned for. */
  sides: string[];
  seating: RoleSeat[];
  classSize: number;
  debateMinutes: number;
  freeChoice: boolean;
  deciders: string[];
  input: GameInput;
  commands: GameCommand[];
  seats: SeatRecord[];
  /** The open vote: the decision and each seat's option. */
  vote: { decision: string; ballots: Record<string, string> } | null;
  /** When the current decision opened (ms since epoch), for the debate timer. */
  decisionOpenedAt: number | null;
  /** Students' position memos (#16): kept here and in the teacher's export, never in the game's save. */
  memos?: MemoRecord[];
  /** The memo on the projector (`<seat>:<decision>`), if any. */
  shownMemo?: string | null;
}

export interface MemoRecord {
  seat: string;
  decision: string;
  text: string;
  at: number;
}
