import { describe, expect, it } from 'vitest';
import { undoLastDecision } from '../../src/engine/game';
import { buildReview } from '../../src/engine/review';
import { reviewMarkdown } from '../../src/engine/reviewMarkdown';
import { createSave, restoreSave } from '../../src/engine/save';
import { miniEngine } from './helpers';

const engine = miniEngine();
const choose = (option: string, vote?: { counts: Record<string, number>; override?: string }) =>
  ({ type: 'player.choose', side: 'north', option, ...(vote ? { vote } : {}) }) as const;

describe('classroom support in the engine', () => {
  it('keeps the room’s vote with the decision and shows the split in the review', () => {
    const s = engine.replay({ seed: 2 }, [choose('talk', { counts: { talk: 12, seize: 5, wait: 3 } })]);
    const entry = s.context.log.find((e) => e.kind === 'choice');
    expect(entry).toMatchObject({ option: 'talk', vote: { counts: { talk: 12, seize: 5, wait: 3 } } });
    const row = buildReview(engine, s).rows[0];
    expect(row.vote?.splits).toEqual([
      { option: 'talk', label: 'Propose talks', count: 12 },
      { option: 'seize', label: 'Seize the lighthouse', count: 5 },
      { option: 'wait', label: 'Wait and see', count: 3 },
    ]);
  });

  it('refuses to take an option the room voted down unless the override has a note', () => {
    const start = engine.start({ seed: 2 });
    expect(engine.step(start, choose('seize', { counts: { talk: 12, seize: 5 } }))).toEqual({
      ok: false,
      errors: ['the room voted for another option: an override needs a note'],
    });
    const overridden = engine.step(
      start,
      choose('seize', { counts: { talk: 12, seize: 5 }, override: 'The facilitator plays the hawk.' }),
    );
    expect(overridden.ok).toBe(true);
    if (!overridden.ok) return;
    expect(reviewMarkdown(buildReview(engine, overridden.snapshot))).toContain(
      'overridden: The facilitator plays the hawk.',
    );
    expect(engine.step(start, choose('talk', { counts: { parley: 3 } }))).toEqual({
      ok: false,
      errors: ['the vote counts an option "parley" that "The first note" does not have'],
    });
  });

  it('marks moments for the debrief and lists them in the review', () => {
    const s = engine.replay({ seed: 2 }, [
      { type: 'facilitator.mark', note: 'Group B wanted to wait' },
      choose('talk'),
    ]);
    expect(buildReview(engine, s).marks).toEqual([
      { at: 'Saturday 1 January 2000, 09:00', decision: 'The first note', note: 'Group B wanted to wait' },
    ]);
    expect(engine.step(s, { type: 'facilitator.mark', note: '  ' })).toEqual({
      ok: false,
      errors: ['a marked moment needs a note'],
    });
  });

  it('releases a scheduled document early, once', () => {
    const start = engine.start({ seed: 2 });
    expect(start.context.delivered.map((d) => d.id)).not.toContain('governor-orders');
    const released = engine.step(start, { type: 'facilitator.release', document: 'governor-orders' });
    expect(released.ok && released.snapshot.context.delivered.map((d) => d.id)).toContain('governor-orders');
    if (!released.ok) return;
    expect(engine.step(released.snapshot, { type: 'facilitator.release', document: 'governor-orders' })).toEqual({
      ok: false,
      errors: ['document "governor-orders" is not waiting on the clock'],
    });
    // A document that only arrives with a decision cannot be released by the clock.
    expect(engine.step(start, { type: 'facilitator.release', document: 'briefing' }).ok).toBe(false);
  });

  it('holds a scheduled document back past its time until the facilitator releases it', () => {
    const hold = { type: 'facilitator.hold', document: 'governor-orders' } as const;
    const start = engine.start({ seed: 2 });
    const held = engine.step(start, hold);
    if (!held.ok) throw new Error(held.errors.join('; '));
    expect(engine.step(held.snapshot, hold)).toEqual({
      ok: false,
      errors: ['document "governor-orders" is held already'],
    });
    // Talks move the clock to 14:00, past the orders' 12:00: held, they do not arrive.
    const later = engine.step(held.snapshot, choose('talk'));
    if (!later.ok) throw new Error(later.errors.join('; '));
    const ids = (s: typeof start) => s.context.delivered.map((d) => d.id);
    expect(ids(later.snapshot)).not.toContain('governor-orders');
    // Without the hold they would have.
    expect(ids(engine.replay({ seed: 2 }, [choose('talk')]))).toContain('governor-orders');
    const released = engine.step(later.snapshot, { type: 'facilitator.release', document: 'governor-orders' });
    if (!released.ok) throw new Error(released.errors.join('; '));
    expect(released.snapshot.context.delivered.at(-1)).toEqual({
      id: 'governor-orders',
      at: later.snapshot.context.clock,
    });
    expect(released.snapshot.context.held).toEqual([]);
    // Once out, it can be neither held nor released again.
    expect(engine.step(released.snapshot, hold).ok).toBe(false);
    const review = buildReview(engine, released.snapshot);
    expect(review.injects.map((i) => [i.action, i.document])).toEqual([
      ['held back', 'governor-orders'],
      ['released early', 'governor-orders'],
    ]);
    expect(review.stillHeld).toEqual([]);
    expect(buildReview(engine, later.snapshot).stillHeld).toEqual([
      { document: 'governor-orders', title: "The Governor's secret orders" },
    ]);
    expect(reviewMarkdown(buildReview(engine, later.snapshot))).toContain(
      "never released: The Governor's secret orders",
    );
  });

  it('refuses to hold what is not waiting on the clock', () => {
    const start = engine.start({ seed: 2 });
    expect(engine.step(start, { type: 'facilitator.hold', document: 'briefing' })).toEqual({
      ok: false,
      errors: ['document "briefing" is not waiting on the clock'],
    });
    expect(engine.step(start, { type: 'facilitator.hold', document: 'nope' })).toEqual({
      ok: false,
      errors: ['there is no document "nope"'],
    });
  });

  it('undoes the last decision by replaying without it', () => {
    const one = engine.replay({ seed: 2 }, [choose('talk')]);
    const two = engine.step(one, { type: 'player.sendReply', side: 'north', items: ['patience'] });
    if (!two.ok) throw new Error(two.errors.join('; '));
    const undone = undoLastDecision(engine, two.snapshot);
    expect(undone?.context).toEqual(one.context);
    expect(undoLastDecision(engine, engine.start({ seed: 2 }))).toBeNull();
  });

  it('saves and restores votes, marks, holds and releases', () => {
    const s = engine.replay({ seed: 2 }, [
      { type: 'facilitator.hold', document: 'governor-orders' },
      { type: 'facilitator.release', document: 'governor-orders' },
      { type: 'facilitator.mark', note: 'A good argument from the keeper' },
      choose('seize', { counts: { talk: 2, seize: 1 }, override: 'Testing the hard line' }),
    ]);
    const restored = restoreSave(engine, createSave(engine, s));
    expect(restored.ok && restored.snapshot.context).toEqual(s.context);
  });
});
