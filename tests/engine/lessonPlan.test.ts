/**
 * Lesson plans in the engine (src/engine/lessonPlan.ts): a game created with a plan starts at the
 * plan's start (what comes before is taken from the record, and said so), halts at a period's end
 * until the class resumes, and stops at the plan's end with a review that says what was played, what
 * came from the record and what the record did after the stop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { lessonPath, PLAN_STOPPED, withLessonPlan } from '../../src/engine/analysis/lessonPath';
import { legalCommand } from '../../src/engine/analysis/randomPlay';
import { createEngine, type Engine, type GameSnapshot, undoLastDecision } from '../../src/engine/game';
import { inputOf } from '../../src/engine/lessonPlan';
import { lessonPlanSummaries } from '../../src/engine/lessonView';
import { buildReview, commandsBefore } from '../../src/engine/review';
import { seedState } from '../../src/engine/rng';
import { createSave, readSave, restoreSave } from '../../src/engine/save';
import type { GameCommand } from '../../src/engine/state';
import { toView } from '../../src/engine/view';
import { GameSession } from '../../src/session/session';
import { memoryStore } from '../../src/session/storage';
import { loadFixture } from './helpers';

const mini = createEngine(loadFixture('mini-lessons'));

function step(engine: Engine, snapshot: GameSnapshot, command: GameCommand): GameSnapshot {
  const r = engine.step(snapshot, command);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.snapshot;
}
const choose = (option: string) => ({ type: 'player.choose', side: 'north', option }) as const;
const reply = (...items: string[]) => ({ type: 'player.sendReply', side: 'north', items }) as const;

describe('a plan that stops before the end (mini-lessons "morning": stop at the offer)', () => {
  const stopped = step(mini, mini.start({ seed: 3, lesson: 'morning' }), choose('talk'));

  it('halts on entering its stop, papers delivered, with no ending and nothing more taken', () => {
    expect(stopped.context.current).toBe('offer');
    expect(stopped.context.lesson).toEqual({ plan: 'morning', period: 1, status: 'stopped' });
    expect(stopped.context.ending).toBeNull();
    expect(stopped.context.delivered.map((d) => d.id)).toContain('briefing');
    const refused = mini.step(stopped, reply('fishing-rights', 'patience'));
    expect(refused).toEqual({ ok: false, errors: ['the lesson plan "The morning only" stops here: open the review'] });
    expect(mini.step(stopped, { type: 'lesson.resume' })).toEqual({
      ok: false,
      errors: ['the lesson plan has ended: open the review'],
    });
  });

  it('the view says so: no one is deciding, and a banner message for the screen', () => {
    const view = toView(mini, stopped, { side: 'north' });
    expect(view.status).toBe('waiting');
    expect(view.lesson).toMatchObject({ status: 'stopped', period: 1, periods: 1, plan: { id: 'morning' } });
    expect(view.lesson?.message).toMatch(/stops here: what followed is told from the record in the review/);
  });

  it('its review opens at once: what was played, and the record after the stop told, not played', () => {
    const review = buildReview(mini, stopped);
    expect(review.unfinished).toBe(true);
    expect(review.ending).toBeNull();
    expect(review.rows.map((r) => [r.decision, r.fromRecord])).toEqual([['opening', false]]);
    expect(review.lesson?.played.map((p) => p.decision)).toEqual(['opening']);
    expect(review.lesson?.told.map((t) => [t.decision, t.recorded])).toEqual([
      ['offer', ['Fishing rights', 'Patience']],
      ['south-answer', ['Accept']],
    ]);
    expect(review.lesson?.summary).toMatch(/Play stopped at the plan's end, with no ending reached/);
    expect(review.lesson?.summary).not.toMatch(/historical/i);
  });

  it('a branch that never passes the stop still stops once the clock reaches the stop time', () => {
    // Seizing the lighthouse goes straight to Southport's answer at 18:00, past the offer's 14:00.
    const seized = step(mini, mini.start({ seed: 3, lesson: 'morning' }), choose('seize'));
    expect(seized.context.current).toBe('south-answer');
    expect(seized.context.lesson?.status).toBe('stopped');
    // The response model does not draw while play is halted, so the game rests without a pending pick.
    expect(seized.context.pending).toBeNull();
    expect(seized.context.log.some((e) => e.kind === 'choice' && e.decision === 'south-answer')).toBe(false);
  });
});

describe('a plan of two periods (mini-lessons "two-days")', () => {
  const atBreak = step(mini, mini.start({ seed: 5, lesson: 'two-days' }), choose('talk'));

  it('breaks off at the first stop and refuses decisions until the class resumes', () => {
    expect(atBreak.context.lesson).toEqual({ plan: 'two-days', period: 1, status: 'break' });
    expect(mini.whyNot(atBreak, reply('patience'))).toBe(
      'period 1 of "Two short lessons" ends here: resume period 2 to go on',
    );
    expect(toView(mini, atBreak, { side: 'north' }).lesson?.message).toMatch(/continue the saved game/);
  });

  it('resumes from a saved or exported file on another computer, the plan kept', () => {
    const text = createSave(mini, atBreak, true);
    const envelope = readSave(text);
    expect(envelope.ok && envelope.value.input).toEqual({
      seed: 5,
      controllers: { north: 'human', south: 'model' },
      lesson: 'two-days',
    });
    expect(JSON.parse(text).minReaderVersion).toBe(3);
    const elsewhere = createEngine(loadFixture('mini-lessons'));
    const restored = restoreSave(elsewhere, text);
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    expect(restored.snapshot.context).toEqual(atBreak.context);
    let second = step(elsewhere, restored.snapshot, { type: 'lesson.resume' });
    expect(second.context.lesson).toEqual({ plan: 'two-days', period: 2, status: 'playing' });
    second = step(elsewhere, second, reply('fishing-rights', 'patience'));
    expect(second.status).toBe('done');
    // The whole game replays from its input (plan included) and its commands.
    expect(elsewhere.replay(inputOf(second.context), second.context.commands).context).toEqual(second.context);
  });

  it('undo keeps the plan', () => {
    const resumed = step(mini, atBreak, { type: 'lesson.resume' });
    const undone = undoLastDecision(mini, resumed);
    expect(undone?.context.lesson).toEqual({ plan: 'two-days', period: 1, status: 'playing' });
    expect(undone?.context.current).toBe('opening');
  });
});

describe('a plan that starts later (mini-lessons "afternoon": start at the offer, an interlude before)', () => {
  const start = mini.start({ seed: 7, lesson: 'afternoon' });

  it('takes the decisions before its start from the record, logged so, and hands over at the start', () => {
    expect(start.context.current).toBe('offer');
    expect(start.context.lesson?.status).toBe('playing');
    expect(start.context.commands).toEqual([]);
    const taken = start.context.log.filter((e) => e.kind === 'choice');
    expect(taken).toMatchObject([{ decision: 'opening', option: 'talk', fromRecord: true }]);
    const view = toView(mini, start, { side: 'north' });
    expect(view.status).toBe('deciding');
    expect(view.lesson).toMatchObject({ interlude: true, status: 'playing' });
    expect(view.lesson?.fromRecord).toEqual([
      {
        decision: 'opening',
        title: 'The first note',
        taken: ['Propose talks'],
        summary: 'They talked.',
        when: 'Morning',
        documents: ['claim'],
      },
    ]);
    expect(view.log.find((e) => e.kind === 'choice')).toMatchObject({ decision: 'opening', fromRecord: true });
  });

  it('the review marks the decision as from the record, and a "what if" starts from the class’s own moves', () => {
    const done = step(mini, start, reply('share-light', 'ultimatum'));
    const r = buildReview(mini, done);
    expect(r.rows.map((row) => [row.decision, row.fromRecord])).toEqual([
      ['opening', true],
      ['offer', false],
      ['south-answer', false],
    ]);
    expect(r.lesson?.fromRecord.map((f) => f.decision)).toEqual(['opening']);
    expect(commandsBefore(done, 'offer')).toEqual([]);
  });

  it('an unknown plan is refused when the game is created, naming the plans there are', () => {
    expect(() => mini.start({ seed: 1, lesson: 'evening' })).toThrow(
      'the scenario has no lesson plan "evening" (its plans: "whole", "morning", "two-days", "afternoon")',
    );
  });
});

describe('the session', () => {
  it('offers the plans, starts a game with one, resumes it and builds a review so far', async () => {
    const store = memoryStore();
    const session = new GameSession(mini, store, { side: 'north' });
    expect(session.lessonPlans().map((p) => [p.id, p.minutes, p.periods.length])).toEqual([
      ['whole', 20, 1],
      ['morning', 12, 1],
      ['two-days', 20, 2],
      ['afternoon', 10, 1],
    ]);
    expect((await session.review()).review).toMatchObject({ unfinished: true, lesson: null, rows: [] });
    session.newGame({ seed: 5, lesson: 'two-days' });
    expect(session.choose('talk').ok).toBe(true);
    expect(session.view().lesson?.status).toBe('break');
    expect((await session.review()).review.lesson?.status).toBe('break');
    // Continue in the same browser: the autosave holds the plan.
    const later = new GameSession(mini, store, { side: 'north' });
    expect(later.continueSaved()).toEqual({ ok: true, value: null });
    expect(later.resumeLesson().ok).toBe(true);
    expect(later.view().lesson).toMatchObject({ status: 'playing', period: 2, periodLabel: 'The evening' });
  });

  it('summarises each plan for the set-up from the data', () => {
    expect(lessonPlanSummaries(mini.scenario)[3]).toEqual({
      id: 'afternoon',
      name: 'From the offer',
      minutes: 10,
      periods: [{ minutes: 10 }],
      start: { decision: 'offer', title: 'The offer', fromRecord: true, interlude: true },
    });
  });
});

// ————— Black Saturday —————

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('scenarios/black-saturday does not load');
const bs = createEngine(loaded.value.scenario);
const plans = (loaded.value.scenario.lessons ?? []).map((p) => p.id);

describe('Black Saturday’s lesson plans on the record’s own path', () => {
  it('declares one period, a double period and two periods', () => {
    expect(plans).toEqual(['one-period', 'double-period', 'two-periods']);
  });

  it('one period plays the Saturday to Moscow’s answer and tells the aftermath', () => {
    const path = lessonPath(bs, 'one-period');
    expect(path.problem).toBeUndefined();
    expect(path.periods.map((p) => p.map((d) => d.id))).toEqual([
      ['second-letter', 'u2-loss', 'turkey-meeting', 'evening-reply', 'rfk-mission', 'nine-pm', 'soviet-answer'],
    ]);
    expect(path.told.map((d) => d.id)).toEqual([
      'sunday-morning',
      'inspection',
      'il28-question',
      'soviet-il28',
      'jupiters',
      'summit-agenda',
    ]);
  });

  it('two periods play, between them, what the double period plays', () => {
    const double = lessonPath(bs, 'double-period');
    const two = lessonPath(bs, 'two-periods');
    expect(double.problem).toBeUndefined();
    expect(two.problem).toBeUndefined();
    expect(two.periods.length).toBe(2);
    expect(two.periods.flat().map((d) => d.id)).toEqual(double.periods[0].map((d) => d.id));
    expect(two.periods[1][0].id).toBe('sunday-morning');
    expect(double.snapshot.context.ending).toBe('historical-settlement');
  });

  it('with the response model playing Moscow, the historical play reaches every plan’s stop', () => {
    for (const plan of plans) {
      const run = playStrategy(bs, { seed: 1962, lesson: plan }, withLessonPlan(historicalStrategy));
      const ctx = run.snapshot.context;
      expect([undefined, PLAN_STOPPED]).toContain(run.stopped);
      expect(ctx.ending !== null || ctx.lesson?.status === 'stopped').toBe(true);
    }
  });
});

describe('Black Saturday’s lesson plans under random play (property)', () => {
  const stopTime = (plan: string, period: number) => {
    const stop = loaded.value.scenario.lessons?.find((p) => p.id === plan)?.periods[period - 1]?.stop;
    return stop ? bs.index.decisionTimes.get(stop) : undefined;
  };

  it('ends within the plan, replays exactly and survives save and restore', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plans), fc.integer({ min: 1, max: 2_000_000 }), (plan, seed) => {
        let snapshot = bs.start({ seed, lesson: plan });
        let chooser = seedState(seed + 1);
        for (let i = 0; i < 400; i++) {
          const ctx = snapshot.context;
          if (snapshot.status === 'done' || ctx.lesson?.status === 'stopped') break;
          let command: GameCommand | null;
          if (ctx.lesson?.status === 'break') command = { type: 'lesson.resume' };
          else {
            const next = legalCommand(bs, snapshot, chooser);
            chooser = next.chooser;
            command = next.command;
          }
          if (!command) throw new Error(`no legal command at ${ctx.current}`);
          snapshot = step(bs, snapshot, command);
        }
        const ctx = snapshot.context;
        // It ended: at an ending, or stopped at the plan's end; never still running.
        expect(snapshot.status === 'done' || ctx.lesson?.status === 'stopped').toBe(true);
        // Within the plan: no decision of a period was played at or after that period's stop time.
        let period = 1;
        for (const e of ctx.log) {
          if (e.kind === 'lesson' && e.event === 'resume') period = e.period;
          if (e.kind !== 'choice' && e.kind !== 'reply') continue;
          const limit = stopTime(plan, period);
          if (limit !== undefined) expect(e.at).toBeLessThan(limit);
        }
        expect(bs.replay(inputOf(ctx), ctx.commands).context).toEqual(ctx);
        const restored = restoreSave(bs, createSave(bs, snapshot));
        expect(restored.ok && restored.snapshot.context).toEqual(ctx);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('the Markdown export of a stopped game', () => {
  it('says what was played, and tells the record after the stop as the record', async () => {
    const { reviewMarkdown } = await import('../../src/engine/reviewMarkdown');
    const stopped = step(mini, mini.start({ seed: 3, lesson: 'morning' }), choose('talk'));
    const text = reviewMarkdown(buildReview(mini, stopped));
    expect(text).toContain('## Lesson plan: The morning only');
    expect(text).toContain('After the plan’s stop, the record (told, not played):');
    expect(text).toContain('- Southport answers (Evening): Accept. Southport accepted.');
    expect(text).not.toContain('## Ending');
  });
});
