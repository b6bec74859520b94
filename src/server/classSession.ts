/**
 * One classroom session, without the network: who sits where, the open vote, and the game run by the
 * engine (the same `step`/`whyNot` as the one-screen game). The Colyseus room (classroomRoom.ts) is a
 * thin adapter around it: it validates messages, asks this class what they do, persists the record
 * and sends each client the message this class builds for that client's seat alone.
 */

import { defaultRoles, type RoleSeat, seatingProblem, teamSides } from '../engine/classroom/defaultRoles';
import { memoFormsFor } from '../engine/classroom/memoForms';
import { facilitatorView } from '../engine/facilitatorView';
import { type Engine, type GameSnapshot, undoLastDecision } from '../engine/game';
import { lessonHalted } from '../engine/lessonPlan';
import { assessPackage } from '../engine/posture';
import { likelyReading, packageWarnings } from '../engine/replyReading';
import { reasonOf } from '../engine/result';
import { buildReview } from '../engine/review';
import { openOptions, packageProblem } from '../engine/rules';
import { createSave } from '../engine/save';
import type { ChoiceDecision } from '../engine/schema/scenario';
import type { Controller, GameCommand } from '../engine/state';
import { type GameView, readDocument, toView, type Viewer } from '../engine/view';
import type {
  CreateSession,
  DocumentMessage,
  ExportMessage,
  FacilitatorState,
  MemoEntry,
  ProjectorState,
  ReplyAdvice,
  ReviewState,
  RoleCard,
  SeatMemo,
  SeatState,
  SeatVote,
  Tally,
  VoteUpdate,
} from '../net/protocol';
import { hashSecret, newSecret, secretMatches } from './secrets';
import type { SeatRecord, SessionRecord } from './sessionRecord';

/** Who a connected client is: the facilitator, the projector, or a student's seat. */
export type Participant = { kind: 'facilitator' } | { kind: 'projector' } | { kind: 'student'; seat: string };

/** What a message did: nothing shared (`none`), the vote alone, the seats, or the game. */
export type Change = 'none' | 'vote' | 'seats' | 'game';
export type Outcome =
  | {
      ok: true;
      change: Change;
      reply?: DocumentMessage | ExportMessage | ReplyAdvice;
      removed?: string;
      /** Send the asker their whole screen again (`refresh`). */
      resend?: true;
    }
  | { ok: false; reason: string };

const refuse = (reason: string): Outcome => ({ ok: false, reason });

/** The most seats a session gives out (the room's client cap leaves room for facilitator and projectors). */
export const MAX_SEATS = 90;

/** Builds the record of a new session from the teacher's set-up, or says why it cannot be. */
export function newSessionRecord(
  engine: Engine,
  setup: CreateSession,
  scenario: SessionRecord['scenario'],
  code: string,
  secret: string,
  now: number,
): SessionRecord | string {
  const s = engine.scenario;
  const player = s.meta.playerSide;
  const sides = setup.sides ?? [player];
  const teams = sides.length > 1 ? 'two' : 'one';
  const allowed = teamSides(s, teams);
  if (sides.length !== allowed.length || !sides.every((x) => allowed.includes(x)))
    return `sides: this scenario is played by ${allowed.join(' and ')} with ${teams === 'two' ? 'two teams' : 'one team'} (got ${sides.join(', ')})`;
  const options = { teams, ...(setup.roles ? { inPlay: setup.roles } : {}) } as const;
  const problem = seatingProblem(s, setup.classSize, options);
  if (problem) return `roles: ${problem}`;
  if (setup.lesson && !(s.lessons ?? []).some((l) => l.id === setup.lesson))
    return `lesson: this scenario has no lesson plan "${setup.lesson}"`;
  const seating = defaultRoles(s, setup.classSize, options);
  const controllers: Record<string, Controller> = {};
  for (const side of s.sides) {
    if (sides.includes(side.id)) controllers[side.id] = 'human';
    else if (side.modelPlayable) controllers[side.id] = 'model';
  }
  const input = { seed: setup.seed, controllers, ...(setup.lesson ? { lesson: setup.lesson } : {}) };
  try {
    engine.start(input);
  } catch (error) {
    return `the game cannot start: ${(error as Error).message}`;
  }
  const deciders = (setup.deciders ?? []).filter((r) => seating.seats.some((seat) => seat.role === r));
  return {
    format: 'eyes-only-classroom',
    version: 1,
    code,
    secretHash: hashSecret(secret),
    createdAt: now,
    scenario,
    sides,
    seating: seating.seats,
    classSize: setup.classSize,
    debateMinutes: setup.debateMinutes,
    freeChoice: setup.freeChoice ?? false,
    deciders,
    input,
    commands: [],
    seats: [],
    vote: null,
    decisionOpenedAt: now,
  };
}

/** Case and spacing do not make another name. */
const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export class ClassSession {
  snapshot: GameSnapshot;
  /** Views built since the last change of the game, by viewer: students holding one role share one. */
  private views = new Map<string, GameView>();
  private seatCounter: number;

  constructor(
    readonly engine: Engine,
    readonly record: SessionRecord,
    readonly joinUrl: string,
  ) {
    // The engine rebuilds the game from seed and log: the same game on any process.
    this.snapshot = engine.replay(record.input, record.commands);
    this.seatCounter = record.seats.reduce((n, s) => Math.max(n, Number(s.id.replace(/\D/g, '')) || 0), 0);
  }

  static fromRecord(engine: Engine, record: SessionRecord, joinUrl: string) {
    return new ClassSession(engine, record, joinUrl);
  }

  get code() {
    return this.record.code;
  }

  get ended() {
    return this.snapshot.status === 'done';
  }

  // ─── Joining ─────────────────────────────────────────────────────────────────────────────────

  isFacilitator(secret: string) {
    return secretMatches(secret, this.record.secretHash);
  }

  /**
   * Seats a student: the seat their token names; else the seat of the same name if no one holds it
   * now (the code-and-name fallback); else a new seat, on the role they picked (free choice) or the
   * set-up's next. Returns the seat and a token for it, or the reason they cannot join.
   */
  admitStudent(
    join: { name: string; seat?: string; role?: string },
    connected: (seat: string) => boolean,
  ): { seat: SeatRecord; token: string } | string {
    if (join.seat) {
      const hash = hashSecret(join.seat);
      const mine = this.record.seats.find((s) => s.tokenHash === hash);
      if (mine) return { seat: mine, token: join.seat };
    }
    const named = this.record.seats.find((s) => sameName(s.name, join.name));
    if (named) {
      if (connected(named.id))
        return `Someone called ${named.name} is already in this session: add an initial to your name.`;
      const token = newSecret();
      named.tokenHash = hashSecret(token);
      return { seat: named, token };
    }
    if (this.record.seats.length >= MAX_SEATS) return 'This session is full.';
    let role: string;
    if (join.role) {
      if (!this.record.freeChoice) return 'Your teacher gives out the roles in this session: join without picking one.';
      const planned = this.record.seating.find((s) => s.role === join.role);
      if (!planned) return 'That role is not in play in this session: pick another.';
      if (this.taken(join.role) >= planned.students) return `${planned.name} is taken: pick another role.`;
      role = join.role;
    } else {
      role = this.nextRole();
    }
    const token = newSecret();
    this.seatCounter += 1;
    const seat: SeatRecord = { id: `s${this.seatCounter}`, name: join.name, role, tokenHash: hashSecret(token) };
    this.record.seats.push(seat);
    return { seat, token };
  }

  private taken(role: string) {
    return this.record.seats.filter((s) => s.role === role).length;
  }

  /** The role with the most places left by the set-up (the first such, in the set-up's priority order). */
  private nextRole(): string {
    const seating = this.record.seating;
    const room = (s: RoleSeat) => s.students - this.taken(s.role);
    const open = seating.filter((s) => room(s) > 0);
    if (open.length > 0) return open.reduce((best, s) => (room(s) > room(best) ? s : best)).role;
    // More students than planned: the role with the fewest students for its share.
    return seating.reduce((best, s) =>
      this.taken(s.role) / Math.max(1, s.students) < this.taken(best.role) / Math.max(1, best.students) ? s : best,
    ).role;
  }

  seat(id: string) {
    return this.record.seats.find((s) => s.id === id);
  }

  private roleSeat(role: string) {
    return this.record.seating.find((s) => s.role === role);
  }

  // ─── The vote ────────────────────────────────────────────────────────────────────────────────

  /** The choice open to a vote now (people's side, not halted by a lesson break), or null. */
  openChoice(): ChoiceDecision | null {
    if (this.ended) return null;
    const ctx = this.snapshot.context;
    const d = this.engine.index.decisions.get(ctx.current);
    if (d?.kind !== 'choice' || ctx.controllers[d.side] !== 'human' || lessonHalted(ctx)) return null;
    return d;
  }

  private ballots(): Record<string, string> {
    const d = this.openChoice();
    if (!d) return {};
    if (this.record.vote?.decision !== d.id) this.record.vote = { decision: d.id, ballots: {} };
    return this.record.vote.ballots;
  }

  private mayVote(seat: SeatRecord, d: ChoiceDecision) {
    const role = this.roleSeat(seat.role);
    return Boolean(role && !role.voice && role.side === d.side);
  }

  private eligible(d: ChoiceDecision) {
    return this.record.seats.filter((s) => this.mayVote(s, d));
  }

  /** Heads per open option, counted from the ballots of seats that may still vote. */
  counts(): Record<string, number> {
    const d = this.openChoice();
    if (!d) return {};
    const ballots = this.ballots();
    const counts: Record<string, number> = Object.fromEntries(
      openOptions(d, this.snapshot.context).map((o) => [o.id, 0]),
    );
    for (const seat of this.eligible(d)) {
      const option = ballots[seat.id];
      if (option !== undefined && option in counts) counts[option] += 1;
    }
    return counts;
  }

  tally(): Tally | null {
    const d = this.openChoice();
    if (!d) return null;
    const counts = this.counts();
    const cast = Object.values(counts).reduce((a, b) => a + b, 0);
    // Another team in the room may not see this side's options: then the projector shows heads only.
    const options =
      this.record.sides.length === 1
        ? openOptions(d, this.snapshot.context).map((o) => ({ id: o.id, label: o.label, count: counts[o.id] ?? 0 }))
        : null;
    return {
      decision: d.id,
      title: d.title,
      side: d.side,
      sideName: this.sideName(d.side),
      cast,
      eligible: this.eligible(d).length,
      options,
    };
  }

  seatVote(seatId: string): SeatVote | null {
    return this.seatVoteWith(seatId, this.openChoice(), this.tally());
  }

  private seatVoteWith(seatId: string, d: ChoiceDecision | null, tally: Tally | null): SeatVote | null {
    const seat = this.seat(seatId);
    if (!d || !seat) return null;
    return {
      decision: d.id,
      mine: this.ballots()[seatId] ?? null,
      mayVote: this.mayVote(seat, d),
      cast: tally?.cast ?? 0,
      eligible: tally?.eligible ?? 0,
    };
  }

  // ─── Messages ────────────────────────────────────────────────────────────────────────────────

  /** Handles one validated message from a participant (see ClientMessages in protocol.ts). */
  handle(who: Participant, type: string, payload: Record<string, unknown>, now: number): Outcome {
    switch (type) {
      case 'refresh':
        // The asker's own screen again (and the review once the game has ended); a seat that is gone says so.
        if (who.kind === 'student' && !this.seat(who.seat)) return refuse('You no longer have a seat in this session.');
        return { ok: true, change: 'none', resend: true };
      case 'read':
        return this.read(who, String(payload.document));
      case 'vote':
      case 'unvote':
        return who.kind === 'student'
          ? this.vote(who.seat, String(payload.decision), type === 'vote' ? String(payload.option) : null)
          : refuse('Only students vote; the facilitator decides with `decide`.');
      case 'memo':
        return who.kind === 'student'
          ? this.writeMemo(who.seat, String(payload.decision), String(payload.text), now)
          : refuse('Only students write position memos.');
      case 'checkReply':
        return this.checkReply(who, String(payload.decision), (payload.items as string[]) ?? []);
      case 'choose':
      case 'reply': {
        if (who.kind !== 'student') return refuse('The facilitator takes decisions with `command` or `decide`.');
        return this.deciderCommand(who.seat, type, payload, now);
      }
    }
    if (who.kind !== 'facilitator') return refuse('Only the facilitator can do that.');
    switch (type) {
      case 'command':
        return this.facilitatorCommand(payload.command as GameCommand, now);
      case 'decide':
        return this.decide(
          String(payload.decision),
          payload.override as { option: string; note: string } | undefined,
          now,
        );
      case 'undo': {
        const back = undoLastDecision(this.engine, this.snapshot);
        if (!back) return refuse('There is no decision to undo.');
        return this.accept(back, now);
      }
      case 'moveSeat': {
        const seat = this.seat(String(payload.seat));
        if (!seat) return refuse('No student has that seat.');
        if (!this.roleSeat(String(payload.role))) return refuse('That role is not in play in this session.');
        seat.role = String(payload.role);
        if (this.record.vote) delete this.record.vote.ballots[seat.id];
        return { ok: true, change: 'seats' };
      }
      case 'removeSeat': {
        const seat = this.seat(String(payload.seat));
        if (!seat) return refuse('No student has that seat.');
        this.record.seats = this.record.seats.filter((s) => s !== seat);
        if (this.record.vote) delete this.record.vote.ballots[seat.id];
        return { ok: true, change: 'seats', removed: seat.id };
      }
      case 'showMemo': {
        const id = payload.memo === null ? null : String(payload.memo);
        if (id !== null && !this.memoEntries().some((m) => m.id === id)) return refuse('No memo has that id.');
        this.record.shownMemo = id;
        return { ok: true, change: 'seats' };
      }
      case 'allowFreeChoice':
        this.record.freeChoice = payload.allow === true;
        return { ok: true, change: 'seats' };
      case 'export':
        return {
          ok: true,
          change: 'none',
          reply: {
            type: 'export',
            fileName: `${this.engine.scenario.meta.id}-${this.code}.json`,
            save: createSave(this.engine, this.snapshot, true),
            memos: this.memoEntries(),
          },
        };
    }
    return refuse(`Unknown message "${type}".`);
  }

  // ─── Position memos (#16 item 1) ───────────────────────────────────────────────────────────

  /** Whether a decision is still to come or open now (a memo argues before the debate ends). */
  private undecided(decision: string) {
    if (this.ended) return false;
    const log = this.snapshot.context.log;
    return !log.some((e) => (e as { decision?: string }).decision === decision);
  }

  /** The memo prompts of a seat's role, with what the student wrote. */
  seatMemos(seat: SeatRecord): SeatMemo[] {
    const mine = (this.record.memos ?? []).filter((m) => m.seat === seat.id);
    return memoFormsFor(this.engine.scenario, seat.role).map((form) => ({
      decision: form.decision,
      title: form.title,
      question: form.question,
      weigh: form.weigh,
      papers: form.papers,
      words: form.words,
      text: mine.find((m) => m.decision === form.decision)?.text ?? null,
      open: this.undecided(form.decision),
    }));
  }

  private writeMemo(seatId: string, decision: string, text: string, now: number): Outcome {
    const seat = this.seat(seatId);
    if (!seat) return refuse('You no longer have a seat in this session.');
    const form = memoFormsFor(this.engine.scenario, seat.role).find((f) => f.decision === decision);
    if (!form) return refuse('Your role has no memo to write on that decision.');
    if (!this.undecided(decision)) return refuse('That decision is taken: its memo can no longer change.');
    const body = text.trim();
    if (body.length === 0) return refuse('The memo is empty: write it before you send it.');
    this.record.memos ??= [];
    const memos = this.record.memos;
    const kept = memos.find((m) => m.seat === seatId && m.decision === decision);
    if (kept) Object.assign(kept, { text: body, at: now });
    else memos.push({ seat: seatId, decision, text: body, at: now });
    return { ok: true, change: 'seats' };
  }

  /** Every memo with its writer, for the facilitator (and the teacher's export) only. */
  memoEntries(): MemoEntry[] {
    return (this.record.memos ?? []).flatMap((m) => {
      const seat = this.seat(m.seat);
      if (!seat) return [];
      const role = this.engine.scenario.roles.find((r) => r.id === seat.role);
      return [
        {
          id: `${m.seat}:${m.decision}`,
          seat: m.seat,
          name: seat.name,
          role: seat.role,
          roleName: role?.name ?? seat.role,
          decision: m.decision,
          title: this.engine.index.decisions.get(m.decision)?.title ?? m.decision,
          text: m.text,
          at: m.at,
        },
      ];
    });
  }

  private vote(seatId: string, decision: string, option: string | null): Outcome {
    const seat = this.seat(seatId);
    if (!seat) return refuse('You no longer have a seat in this session.');
    const d = this.openChoice();
    if (!d || d.id !== decision) return refuse('There is no vote on that decision now.');
    if (!this.mayVote(seat, d)) return refuse('Your role has no vote on this decision.');
    const ballots = this.ballots();
    if (option === null) {
      delete ballots[seatId];
      return { ok: true, change: 'vote' };
    }
    if (!openOptions(d, this.snapshot.context).some((o) => o.id === option))
      return refuse('That option is not open on this decision.');
    ballots[seatId] = option;
    return { ok: true, change: 'vote' };
  }

  private deciderCommand(seatId: string, type: 'choose' | 'reply', payload: Record<string, unknown>, now: number) {
    const seat = this.seat(seatId);
    if (!seat) return refuse('You no longer have a seat in this session.');
    if (!this.record.deciders.includes(seat.role)) return refuse('Your role does not take decisions in this session.');
    const d = this.engine.index.decisions.get(this.snapshot.context.current);
    const role = this.roleSeat(seat.role);
    if (this.ended || !d || d.id !== payload.decision) return refuse('That decision is not open now.');
    if (d.kind === 'route' || role?.side !== d.side) return refuse('That decision is not your side’s.');
    if (type === 'choose') {
      const counts = this.counts();
      const cast = Object.values(counts).some((n) => n > 0);
      return this.step(
        { type: 'player.choose', side: d.side, option: String(payload.option), ...(cast ? { vote: { counts } } : {}) },
        now,
      );
    }
    return this.step({ type: 'player.sendReply', side: d.side, items: (payload.items as string[]) ?? [] }, now);
  }

  /**
   * The reply builder's advice on a package being drafted, for whoever drafts it: the facilitator, or a
   * student whose role takes its side's decisions. Nothing changes; the package is only weighed.
   */
  private checkReply(who: Participant, decision: string, items: string[]): Outcome {
    const d = this.engine.index.decisions.get(this.snapshot.context.current);
    if (this.ended || d?.kind !== 'reply' || d.id !== decision) return refuse('No reply is being drafted now.');
    if (who.kind === 'projector') return refuse('The projector drafts nothing.');
    if (who.kind === 'student') {
      const seat = this.seat(who.seat);
      if (!seat) return refuse('You no longer have a seat in this session.');
      if (!this.record.deciders.includes(seat.role) || this.roleSeat(seat.role)?.side !== d.side)
        return refuse('Your role does not draft the reply in this session.');
    } else if (!this.record.sides.includes(d.side)) return refuse('That reply is not a side in play’s.');
    const { index, scenario } = this.engine;
    return {
      ok: true,
      change: 'none',
      reply: {
        type: 'replyAdvice',
        decision,
        items,
        problem: packageProblem(index, this.snapshot.context, items),
        // Against the reference posture only: what was actually sent is Historian's hints' to show, and a
        // device plays without them, so the comparison with the record stays on the server.
        assessment: { ...assessPackage(scenario, items), historical: { added: [], missing: [], same: false } },
        warnings: packageWarnings(index, items),
        reading: likelyReading(index, items, this.snapshot.context),
      },
    };
  }

  private facilitatorCommand(command: GameCommand, now: number): Outcome {
    // The room's tally is the server's own count: a facilitator's counts stand only when no one voted here.
    if (command.type === 'player.choose') {
      const counts = this.counts();
      if (Object.values(counts).some((n) => n > 0))
        return this.step({ ...command, vote: { ...command.vote, counts } }, now);
    }
    return this.step(command, now);
  }

  private decide(decision: string, override: { option: string; note: string } | undefined, now: number): Outcome {
    const d = this.openChoice();
    if (!d || d.id !== decision) return refuse('There is no vote on that decision now.');
    const counts = this.counts();
    if (override)
      return this.step(
        { type: 'player.choose', side: d.side, option: override.option, vote: { counts, override: override.note } },
        now,
      );
    const top = Math.max(0, ...Object.values(counts));
    if (top === 0) return refuse('No votes yet: wait for the vote, or override with a reason.');
    const winners = Object.keys(counts).filter((o) => counts[o] === top);
    if (winners.length > 1) return refuse('The vote is tied: decide by an override, with its reason.');
    return this.step({ type: 'player.choose', side: d.side, option: winners[0], vote: { counts } }, now);
  }

  private step(command: GameCommand, now: number): Outcome {
    const result = this.engine.step(this.snapshot, command);
    if (!result.ok) return refuse(reasonOf(result));
    return this.accept(result.snapshot, now);
  }

  private accept(next: GameSnapshot, now: number): Outcome {
    const before = this.snapshot.context.current;
    this.snapshot = next;
    this.record.commands = [...next.context.commands];
    this.views.clear();
    if (next.context.current !== before) {
      this.record.vote = null;
      this.record.decisionOpenedAt = now;
    }
    return { ok: true, change: 'game' };
  }

  private read(who: Participant, id: string): Outcome {
    const viewers: Viewer[] =
      who.kind === 'student'
        ? [{ role: this.seat(who.seat)?.role ?? '' }]
        : who.kind === 'facilitator'
          ? this.record.sides.map((side) => ({ side }))
          : [];
    for (const viewer of viewers) {
      const document = readDocument(this.engine, this.snapshot, viewer, id);
      if (document) return { ok: true, change: 'none', reply: { type: 'document', document } };
    }
    return refuse('Your seat does not hold that paper (or it has not arrived yet).');
  }

  // ─── Views, each for one client ────────────────────────────────────────────────────────────

  private view(viewer: Viewer): GameView {
    const key = JSON.stringify(viewer);
    let view = this.views.get(key);
    if (!view) {
      view = toView(this.engine, this.snapshot, viewer);
      this.views.set(key, view);
    }
    return view;
  }

  private sideName(id: string) {
    return this.engine.scenario.sides.find((s) => s.id === id)?.name ?? id;
  }

  roleCard(roleId: string): RoleCard {
    const role = this.engine.scenario.roles.find((r) => r.id === roleId);
    const seat = this.roleSeat(roleId);
    return {
      id: roleId,
      side: role?.side ?? '',
      sideName: this.sideName(role?.side ?? ''),
      name: role?.name ?? roleId,
      office: role?.office ?? '',
      bio: role?.bio ?? '',
      objectives: [...(role?.objectives ?? [])],
      ...(role?.stance ? { stance: { text: role.stance.text } } : {}),
      voice: seat?.voice ?? false,
      decider: this.record.deciders.includes(roleId),
    };
  }

  seatState(seatId: string): SeatState | null {
    const seat = this.seat(seatId);
    if (!seat) return null;
    return {
      type: 'seat',
      role: this.roleCard(seat.role),
      ...(this.engine.scenario.memos ? { memos: this.seatMemos(seat) } : {}),
      view: this.view({ role: seat.role }),
      vote: this.seatVote(seatId),
      debateMinutes: this.record.debateMinutes,
      decisionOpenedAt: this.record.decisionOpenedAt,
    };
  }

  /** The projector is a seat of no side: the papers of none, no side's options, no names. */
  projectorState(present: number): ProjectorState {
    return {
      type: 'projector',
      view: this.view({ side: PROJECTOR_SIDE }),
      tally: this.tally(),
      code: this.code,
      joinUrl: this.joinUrl,
      present,
      seated: this.record.seats.length,
      debateMinutes: this.record.debateMinutes,
      decisionOpenedAt: this.record.decisionOpenedAt,
      memo: this.projectedMemo(),
    };
  }

  /** The memo the facilitator put up, by role and decision only: the name stays on the console. */
  private projectedMemo() {
    const shown = this.memoEntries().find((m) => m.id === this.record.shownMemo);
    return shown ? { roleName: shown.roleName, title: shown.title, text: shown.text } : null;
  }

  facilitatorState(connected: (seat: string) => boolean): FacilitatorState {
    const ballots = this.openChoice() ? this.ballots() : {};
    const tally = this.tally();
    return {
      type: 'facilitator',
      code: this.code,
      joinUrl: this.joinUrl,
      sides: this.record.sides.map((side) => ({
        side,
        name: this.sideName(side),
        view: this.view({ side }),
        facilitator: facilitatorView(this.engine, this.snapshot, side),
      })),
      roster: this.record.seats.map((s) => ({
        seat: s.id,
        name: s.name,
        role: s.role,
        side: this.roleSeat(s.role)?.side ?? '',
        connected: connected(s.id),
        voted: s.id in ballots,
      })),
      roles: this.record.seating.map((s) => ({
        role: s.role,
        name: s.name,
        office: s.office,
        side: s.side,
        voice: s.voice,
        planned: s.students,
        taken: this.taken(s.role),
      })),
      tally: tally ? { ...tally, counts: this.counts() } : null,
      freeChoice: this.record.freeChoice,
      debateMinutes: this.record.debateMinutes,
      decisionOpenedAt: this.record.decisionOpenedAt,
      canUndo: this.snapshot.context.commands.some((c) => c.type === 'player.choose' || c.type === 'player.sendReply'),
      memos: this.memoEntries(),
      shownMemo: this.record.shownMemo ?? null,
    };
  }

  /** The small update after a vote, for one participant. */
  voteUpdate(who: Participant): VoteUpdate {
    return this.voteUpdates()(who);
  }

  /**
   * The vote update for each participant after a vote, with the room counted once: counting it for
   * every client (each option's conditions, every seat's eligibility, 32 times a vote) made a class's
   * vote cost the server about twice what the bare room's rebroadcast costs.
   */
  voteUpdates(): (who: Participant) => VoteUpdate {
    const d = this.openChoice();
    const tally = this.tally();
    const counts = tally ? this.counts() : {};
    const voted = d ? Object.keys(this.ballots()).filter((id) => this.seat(id)) : [];
    return (who) => {
      if (who.kind === 'student') return { type: 'voteUpdate', vote: this.seatVoteWith(who.seat, d, tally) };
      if (who.kind === 'projector') return { type: 'voteUpdate', tally };
      return { type: 'voteUpdate', tally: tally ? { ...tally, counts } : null, voted };
    };
  }

  /** After the ending: the whole record for everyone, and how each vote split. */
  reviewState(): ReviewState | null {
    if (!this.ended) return null;
    const votes = this.snapshot.context.log.flatMap((e) =>
      e.kind === 'choice' && e.vote
        ? [
            {
              decision: e.decision,
              title: this.engine.index.decisions.get(e.decision)?.title ?? e.decision,
              side: e.side,
              option: e.option,
              vote: e.vote,
            },
          ]
        : [],
    );
    return {
      type: 'review',
      review: buildReview(this.engine, this.snapshot),
      view: this.view({ review: true }),
      votes,
    };
  }
}

/** A side id no scenario uses (ids are kebab-case): the projector's viewer holds no side's papers. */
export const PROJECTOR_SIDE = '(projector)';
