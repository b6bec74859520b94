/**
 * The classroom session without the network: the set-up's checks, seating, the vote and the
 * facilitator's commands, as ClassSession decides them (the room only carries its answers).
 */
import { describe, expect, it } from 'vitest';
import type { CreateSession } from '../../src/net/protocol';
import { ClassSession, newSessionRecord } from '../../src/server/classSession';
import type { SessionRecord } from '../../src/server/sessionRecord';
import { blackSaturday } from './harness';

const engine = blackSaturday();
const setup = (over: Partial<CreateSession> = {}): CreateSession => ({
  scenario: { id: 'black-saturday' },
  classSize: 10,
  seed: 2,
  debateMinutes: 5,
  ...over,
});

function session(over: Partial<CreateSession> = {}): ClassSession {
  const record = newSessionRecord(engine, setup(over), { id: 'black-saturday' }, 'ACDEFG', 's'.repeat(32), 0);
  if (typeof record === 'string') throw new Error(record);
  return new ClassSession(engine, record, 'http://127.0.0.1/?join=ACDEFG');
}

const nobody = () => false;

describe('the set-up', () => {
  it('refuses sides, roles and lesson plans the scenario does not have, saying which', () => {
    const make = (over: Partial<CreateSession>) =>
      newSessionRecord(engine, setup(over), { id: 'black-saturday' }, 'ACDEFG', 'x'.repeat(32), 0);
    expect(make({ sides: ['ussr'] })).toMatch(/^sides: this scenario is played by us with one team/);
    expect(make({ roles: ['no-such-role'] })).toMatch(/^roles: Put at least one role in play/);
    expect(make({ lesson: 'no-such-plan' })).toBe('lesson: this scenario has no lesson plan "no-such-plan"');
    expect(typeof make({ sides: ['us', 'ussr'] })).toBe('object');
  });

  it('keeps only a hash of the facilitator secret', () => {
    const record = newSessionRecord(
      engine,
      setup(),
      { id: 'black-saturday' },
      'ACDEFG',
      'the-secret-of-32-characters-long',
      0,
    ) as SessionRecord;
    expect(JSON.stringify(record)).not.toContain('the-secret');
    const s = new ClassSession(engine, record, '');
    expect(s.isFacilitator('the-secret-of-32-characters-long')).toBe(true);
    expect(s.isFacilitator('the-secret-of-32-characters-lonG')).toBe(false);
  });
});

describe('seating', () => {
  it('fills the roles as the set-up planned them, then spreads extra students', () => {
    const s = session();
    for (let i = 0; i < 12; i++) s.admitStudent({ name: `S${i}` }, nobody);
    const taken = (role: string) => s.record.seats.filter((x) => x.role === role).length;
    for (const seat of s.record.seating) expect(taken(seat.role)).toBeGreaterThanOrEqual(seat.students);
    expect(s.record.seats).toHaveLength(12);
  });

  it('lets a student pick a free role only when the teacher allows it, and not a full one', () => {
    const s = session();
    const role = s.record.seating[0];
    expect(s.admitStudent({ name: 'A', role: role.role }, nobody)).toMatch(/Your teacher gives out the roles/);
    s.record.freeChoice = true;
    for (let i = 0; i < role.students; i++)
      expect(typeof s.admitStudent({ name: `P${i}`, role: role.role }, nobody)).toBe('object');
    expect(s.admitStudent({ name: 'Late', role: role.role }, nobody)).toBe(`${role.name} is taken: pick another role.`);
    expect(s.admitStudent({ name: 'Lost', role: 'no-such' }, nobody)).toMatch(/not in play/);
  });
});

describe('the vote and the facilitator', () => {
  it('refuses a tie, takes a clear winner with its counts, and undoes it', () => {
    const s = session();
    const voters = Array.from({ length: 10 }, (_, i) => s.admitStudent({ name: `V${i}` }, nobody))
      .map((a) => (typeof a === 'string' ? null : a.seat))
      .filter((seat) => seat !== null)
      .filter((seat) => s.seatVote(seat.id)?.mayVote);
    const decision = s.openChoice();
    if (!decision) throw new Error('no vote open');
    const [a, b] = decision.options.map((o) => o.id);
    s.handle({ kind: 'student', seat: voters[0].id }, 'vote', { decision: decision.id, option: a }, 1);
    s.handle({ kind: 'student', seat: voters[1].id }, 'vote', { decision: decision.id, option: b }, 1);
    expect(s.handle({ kind: 'facilitator' }, 'decide', { decision: decision.id }, 2)).toEqual({
      ok: false,
      reason: 'The vote is tied: decide by an override, with its reason.',
    });
    s.handle({ kind: 'student', seat: voters[2].id }, 'vote', { decision: decision.id, option: b }, 3);
    expect(s.handle({ kind: 'facilitator' }, 'decide', { decision: decision.id }, 4)).toEqual({
      ok: true,
      change: 'game',
    });
    expect(s.record.commands).toEqual([
      { type: 'player.choose', side: 'us', option: b, vote: { counts: expect.objectContaining({ [a]: 1, [b]: 2 }) } },
    ]);
    expect(s.record.vote).toBeNull();
    expect(s.record.decisionOpenedAt).toBe(4);
    expect(s.handle({ kind: 'student', seat: voters[0].id }, 'undo', {}, 5)).toEqual({
      ok: false,
      reason: 'Only the facilitator can do that.',
    });
    expect(s.handle({ kind: 'facilitator' }, 'undo', {}, 6)).toEqual({ ok: true, change: 'game' });
    expect(s.record.commands).toEqual([]);
  });

  it('lets a decider role take its side’s choice, and no one else', () => {
    const s = session({ classSize: 6 });
    const president = s.record.seating[0].role;
    s.record.deciders = [president];
    const seats = Array.from({ length: 6 }, (_, i) => s.admitStudent({ name: `D${i}` }, nobody)).map((a) =>
      typeof a === 'string' ? null : a.seat,
    );
    const decision = s.openChoice();
    if (!decision) throw new Error('no vote open');
    const chief = seats.find((x) => x?.role === president);
    const other = seats.find((x) => x && x.role !== president);
    if (!chief || !other) throw new Error('seating');
    const option = decision.options[0].id;
    expect(s.handle({ kind: 'student', seat: other.id }, 'choose', { decision: decision.id, option }, 1)).toEqual({
      ok: false,
      reason: 'Your role does not take decisions in this session.',
    });
    expect(s.handle({ kind: 'student', seat: chief.id }, 'choose', { decision: decision.id, option }, 1)).toEqual({
      ok: true,
      change: 'game',
    });
    // Replayed from its record, the session is the same game.
    const again = new ClassSession(engine, JSON.parse(JSON.stringify(s.record)), '');
    expect(again.snapshot.context).toEqual(s.snapshot.context);
  });
});

describe('refresh', () => {
  it('asks the room to send the asker’s screen again, and refuses a seat that is gone', () => {
    const s = session();
    const seated = s.admitStudent({ name: 'Flo' }, nobody);
    if (typeof seated === 'string') throw new Error(seated);
    const seat = { kind: 'student' as const, seat: seated.seat.id };
    expect(s.handle(seat, 'refresh', {}, 0)).toEqual({ ok: true, change: 'none', resend: true });
    expect(s.handle({ kind: 'projector' }, 'refresh', {}, 0)).toEqual({ ok: true, change: 'none', resend: true });
    s.handle({ kind: 'facilitator' }, 'removeSeat', { seat: seated.seat.id }, 0);
    expect(s.handle(seat, 'refresh', {}, 0)).toEqual({
      ok: false,
      reason: 'You no longer have a seat in this session.',
    });
  });
});
