import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { createEngine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import { buildReview, classHandout, commandsBefore, divergenceText, roomVerdict } from '../../src/engine/review';
import { reviewMarkdown } from '../../src/engine/reviewMarkdown';
import { createSave, restoreSave } from '../../src/engine/save';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);

const historical = playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot;

/** History, except at the named decisions, where the given option is taken instead. */
function divergeAt(seed: number, changes: Record<string, string>): GameSnapshot {
  const run = playStrategy(engine, { seed }, (e, s) => {
    const d = e.index.decisions.get(s.context.current);
    if (d?.kind === 'choice' && changes[d.id]) return { type: 'player.choose', side: d.side, option: changes[d.id] };
    return historicalStrategy(e, s);
  });
  if (run.stopped && !run.stopped.includes('never arose')) throw new Error(run.stopped);
  return run.snapshot;
}

describe('the after-action review', () => {
  it('shows no divergence for the historical playthrough', () => {
    expect(historical.context.ending).toBe('historical-settlement');
    const review = buildReview(engine, historical);
    expect(review.divergences).toBe(0);
    expect(review.rows.filter((r) => r.diverged)).toEqual([]);
    expect(review.rows.length).toBeGreaterThanOrEqual(10);
    expect(review.package?.assessment.historical.same).toBe(true);
  });

  it('marks exactly the divergent decisions of a counterfactual playthrough', () => {
    const game = divergeAt(1962, { 'second-letter': 'demand-removal', 'turkey-meeting': 'say-nothing' });
    const review = buildReview(engine, game);
    expect(review.rows.filter((r) => r.diverged).map((r) => r.decision)).toEqual(['second-letter', 'turkey-meeting']);
  });

  it('exports JSON that replays to the same ending, and Markdown with the timeline', () => {
    const game = divergeAt(7, { 'u2-loss': 'retaliate-sam' });
    const text = createSave(engine, game, true);
    const replayed = restoreSave(engine, text);
    if (!replayed.ok) throw new Error(replayed.errors.join('; '));
    expect(replayed.snapshot.context.ending).toBe(game.context.ending);
    expect(replayed.snapshot.context).toEqual(game.context);
    const md = reviewMarkdown(buildReview(engine, game));
    expect(md).toContain('## Your decisions beside the record');
    expect(md).toMatch(/\| .* \| A U-2 is lost over Cuba \| .*\*\*\(diverged\)\*\*/);
  });

  it('refuses an export of another scenario or a damaged one', () => {
    expect(restoreSave(engine, '{')).toEqual({
      ok: false,
      errors: ['This save is damaged or incomplete (it is not readable JSON).'],
    });
    const other = { ...JSON.parse(createSave(engine, historical)), scenario: { id: 'mini', version: '1.0.0' } };
    expect(restoreSave(engine, JSON.stringify(other))).toEqual({
      ok: false,
      errors: ['This save belongs to the scenario "mini", not "black-saturday".'],
    });
  });

  it('restarts "what if" from a decision with the same seed', () => {
    const before = commandsBefore(historical, 'turkey-meeting');
    expect(before).not.toBeNull();
    const restart = engine.replay({ seed: 1962 }, before ?? []);
    expect(restart.context.current).toBe('turkey-meeting');
  });

  it('reveals the hidden tactical weapons with a source', () => {
    const review = buildReview(engine, historical);
    expect(review.hidden.map((h) => h.id)).toContain('tactical-nukes');
    expect(review.hidden[0].reveal.length).toBeGreaterThan(20);
  });
});

/**
 * History with a room that votes at the first decisions: at the first, 16–6 against the record and
 * overridden back to the record; at the second, with the record and taken as voted.
 */
function votedAgainstAndOverridden(): GameSnapshot {
  let voted = 0;
  const run = playStrategy(engine, { seed: 1962 }, (e, s) => {
    const command = historicalStrategy(e, s);
    const d = e.index.decisions.get(s.context.current);
    if (!('type' in command) || command.type !== 'player.choose' || d?.kind !== 'choice' || voted >= 2) return command;
    const other = d.options.find((o) => o.id !== command.option)?.id as string;
    voted++;
    const vote =
      voted === 1
        ? { counts: { [other]: 16, [command.option]: 6 }, override: 'The President keeps to the plan.' }
        : { counts: { [command.option]: 20, [other]: 2 } };
    return { ...command, vote };
  });
  return run.snapshot;
}

describe('the room’s vote beside the record', () => {
  const snapshot = votedAgainstAndOverridden();
  const review = buildReview(engine, snapshot);

  it('counts a room that voted against the record even when the facilitator overrode it', () => {
    const [first, second] = review.rows;
    expect(first.diverged).toBe(false);
    expect(first.room).toEqual({ majority: [expect.any(String)], diverged: true, overridden: true });
    expect(first.room?.majority[0]).not.toBe(first.historical?.[0]);
    expect(second.room).toMatchObject({ diverged: false, overridden: false });
    expect(review.divergences).toBe(0);
    expect(review.roomDivergences).toBe(1);
    expect(review.roomOverridden).toBe(1);
    expect(divergenceText(review)).toBe(
      '0 of your decisions diverged from the record. The room’s majority voted against the record at 1 decision, and the facilitator overrode that vote.',
    );
    expect(reviewMarkdown(review)).toContain('The room’s majority voted against the record at 1 decision');
    expect(reviewMarkdown(review)).toContain('(the room’s majority diverged; overridden)');
  });

  it('says nothing of a room in solo play, and a tie that includes the record is no divergence', () => {
    const solo = buildReview(engine, historical);
    expect(solo.voted).toBe(false);
    expect(divergenceText(solo)).toBe('0 of your decisions diverged from the record.');
    const d = engine.index.decisions.get('second-letter');
    if (d?.kind !== 'choice' || !d.history?.option) throw new Error('second-letter has a recorded option');
    const other = d.options.find((o) => o.id !== d.history?.option)?.id as string;
    expect(roomVerdict(d, { counts: { [other]: 5, [d.history.option]: 5 } })?.diverged).toBe(false);
    expect(roomVerdict(d, { counts: { [other]: 0 } })).toBeNull();
  });

  it('names the scorecard’s items by their labels, never their ids', () => {
    const items = new Map((engine.scenario.replyBuilder?.items ?? []).map((i) => [i.id, i.label]));
    const cells = buildReview(engine, historical).scorecard.flatMap((line) => line.cells);
    expect(cells.some((c) => c.includes(items.get('private-jupiter-assurance') as string))).toBe(true);
    for (const id of items.keys()) for (const c of cells) expect(c).not.toContain(id);
  });
});

describe('the class handout', () => {
  it('puts each decision in plain words and flags the room that went against the record, overridden', () => {
    const review = buildReview(engine, votedAgainstAndOverridden());
    const handout = classHandout(review, engine.scenario.meta.start);
    expect(handout.year).toBe('1962');
    expect(handout.rows.map((r) => r.decision)).toEqual(review.rows.map((r) => r.decision));
    const [first, second] = handout.rows;
    expect(first.verdict).toBe('room-diverged');
    expect(first.flag).toBe('The room’s majority differed from 1962; the facilitator overrode the vote.');
    expect(first.vote).toMatch(/^16: .+; 6: .+$/);
    expect(first.vote?.startsWith(`16: ${first.done}`)).toBe(false);
    expect(first.override).toBe('The President keeps to the plan.');
    expect(first.done).toBe(review.rows[0].chosen[0]);
    expect(first.record).toBe(review.rows[0].historical?.[0]);
    expect(second.verdict).toBe('as-recorded');
    expect(second.flag).toBe('As in 1962.');
    // The other side's turn says who took it, by name.
    const moscow = handout.rows.find((r) => review.rows.find((x) => x.decision === r.decision)?.by === 'model');
    if (moscow) expect(moscow.done).toMatch(/played by the game\)$/);
  });

  it('flags a decision taken against the record, and one that never arose', () => {
    const diverged = buildReview(engine, divergeAt(1962, { 'u2-loss': 'retaliate-sam' }));
    const rows = classHandout(diverged, engine.scenario.meta.start).rows;
    expect(rows[1]).toMatchObject({ decision: 'u2-loss', verdict: 'diverged', flag: 'Differs from 1962.', vote: null });
    expect(rows.some((r) => r.verdict === 'never-arose' && r.flag === 'This never arose in 1962.')).toBe(true);
  });
});
