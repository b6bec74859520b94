/**
 * The game state: the XState machine's context. Plain JSON only (no classes, no Maps), so it saves,
 * replays and crosses a network unchanged; `commands` plus `seed` are enough to rebuild all of it.
 */

/** Who makes a side's decisions: people at the screen, or the scenario's response model. */
export type Controller = 'human' | 'model';

export interface GameInput {
  seed: number;
  /** Sides not named here are played by people unless the scenario's meta.playerSide says otherwise. */
  controllers?: Record<string, Controller>;
  /** A lesson plan's id (lessonPlan.ts): play starts and stops where the plan says. */
  lesson?: string;
}

/**
 * Where a game with a lesson plan stands: `prologue` while the engine takes the decisions before the
 * plan's start from the record; `playing`; `break` at the end of a period that is not the last (the
 * `lesson.resume` command goes on); `stopped` at the plan's end.
 */
export interface LessonState {
  plan: string;
  /** The period being played, from 1. */
  period: number;
  status: 'prologue' | 'playing' | 'break' | 'stopped';
}

/**
 * How a classroom voted on a decision: heads per option, and, when the facilitator took another
 * option than the vote's winner, the note that says why (kept for the debrief).
 */
export interface VoteRecord {
  counts: Record<string, number>;
  override?: string;
}

/** The commands people send; the only things a save or a network message has to carry. */
export type GameCommand =
  | { type: 'player.choose'; side: string; option: string; vote?: VoteRecord }
  | { type: 'player.sendReply'; side: string; items: string[] }
  | { type: 'player.read'; document: string }
  /** A facilitator marks a moment for the debrief. */
  | { type: 'facilitator.mark'; note: string }
  /** A facilitator hands out a scheduled document before its time (a held one included). */
  | { type: 'facilitator.release'; document: string }
  /** A facilitator keeps a scheduled document back: it does not arrive until released. */
  | { type: 'facilitator.hold'; document: string }
  /** The class comes back after a break between a lesson plan's periods. */
  | { type: 'lesson.resume' };

/** How much a decision moved one track (after clamping to its bounds). */
export interface TrackMove {
  track: string;
  delta: number;
}

/**
 * How the response model read one open option when it rolled: each term's share of the weight
 * (`base`, `perFeature.<id>`, `perTrack.<id>`, `when.<i>`), the weight, and the odds it gave.
 */
export interface OptionReading {
  option: string;
  weight: number;
  odds: number;
  terms: { term: string; value: number }[];
}

export type LogEntry =
  | {
      kind: 'choice';
      at: number;
      decision: string;
      option: string;
      side: string;
      by: Controller;
      tracks: Record<string, number>;
      /** What the decision moved (absent in logs written before save format 3). */
      moved?: TrackMove[];
      vote?: VoteRecord;
      /** Taken by the engine as the record had it (before a lesson plan's start), not played. */
      fromRecord?: true;
      /** A model's move: how it read every open option at the roll. */
      model?: OptionReading[];
    }
  | {
      kind: 'reply';
      at: number;
      decision: string;
      items: string[];
      side: string;
      by: Controller;
      tracks: Record<string, number>;
      fromRecord?: true;
      moved?: TrackMove[];
    }
  | { kind: 'route'; at: number; decision: string; next: string }
  | { kind: 'event'; at: number; event: string }
  | { kind: 'document'; at: number; document: string }
  | { kind: 'ending'; at: number; ending: string; tracks: Record<string, number> }
  | { kind: 'mark'; at: number; decision: string; note: string }
  | { kind: 'release'; at: number; document: string }
  /** A track's rule fired its effects (its track reached an extreme, say): see schema TrackRule. */
  | { kind: 'rule'; at: number; rule: string; track: string }
  | { kind: 'hold'; at: number; document: string }
  /** A lesson plan's moments: play starts after the prologue, a period breaks off, is resumed, or the plan stops. */
  | { kind: 'lesson'; at: number; event: 'start' | 'break' | 'resume' | 'stop'; period: number; decision: string };

export interface GameContext {
  scenario: { id: string; version: string };
  seed: number;
  /** The generator's state (see rng.ts), advanced by every roll. */
  rng: number;
  controllers: Record<string, Controller>;
  /** Minutes on the scenario's main clock (see time.ts). */
  clock: number;
  tracks: Record<string, number>;
  flags: Record<string, boolean | number | string>;
  delivered: { id: string; at: number }[];
  /**
   * Documents a facilitator holds back until released. Absent until the first hold, so saves made
   * before holding existed still replay to the same context.
   */
  held?: string[];
  read: string[];
  /** Track rules that have fired their effects (each fires once). Absent until the first, as `held`. */
  firedRules?: string[];
  /** Events whose time has come, whether or not their chance fired: each is considered once. */
  consideredEvents: string[];
  visits: Record<string, number>;
  /** The option last chosen at each choice decision. */
  choices: Record<string, string>;
  lastPackage: string[] | null;
  features: Record<string, number>;
  /** The response model's pick for the decision in hand, taken by the next eventless transition. */
  pending: string | null;
  log: LogEntry[];
  commands: GameCommand[];
  current: string;
  ending: string | null;
  /** The lesson plan and where the class stands in it; absent in a game without a plan (lessonPlan.ts). */
  lesson?: LessonState;
}
