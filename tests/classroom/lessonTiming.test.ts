/**
 * The timetable follows the lesson plan and the debate minutes (src/engine/classroom/lessonTiming.ts):
 * minute marks per decision, period by period, and whether it fits.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import {
  debateMinutesFor,
  decisionMinutes,
  lessonTimetable,
  OTHER_SIDE_MINUTES,
  planTooShort,
  VOTE_MINUTES,
} from '../../src/engine/classroom/lessonTiming';
import { facilitatorGuide, mainLine } from '../../src/engine/classroom/packets';
import { createEngine } from '../../src/engine/game';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('scenarios/black-saturday does not load');
const scenario = loaded.value.scenario;
const engine = createEngine(scenario);

describe('one period of Black Saturday', () => {
  const table = lessonTimetable(engine, 'one-period', 3);

  it('fits 50 minutes with 3-minute debates', () => {
    expect(table.minutes).toBe(50);
    expect(table.fits).toBe(true);
    expect(table.periods[0].used).toBeLessThanOrEqual(50);
  });

  it('prints each decision’s minute marks: briefing, the Saturday’s decisions, Moscow’s turn, the review', () => {
    const marks = table.periods[0].rows.map((r) => `${r.start}–${r.start + r.minutes} ${r.decision ?? r.kind}`);
    expect(marks).toEqual([
      '0–8 briefing',
      '8–12 second-letter',
      '12–16 u2-loss',
      '16–20 turkey-meeting',
      '20–27 evening-reply',
      '27–31 rfk-mission',
      '31–35 nine-pm',
      '35–37 soviet-answer',
      '37–47 review',
    ]);
    // Each row begins where the one before ended, and the sum line says the same total.
    table.periods[0].rows.forEach((row, i, rows) => {
      if (i > 0) expect(row.start).toBe(rows[i - 1].start + rows[i - 1].minutes);
    });
    expect(table.periods[0].sum).toBe('briefing 8 + 7 decisions 29 + review 10 = 47 of 50 minutes');
  });

  it('changes when the debate minutes change, and says the longest debate that fits', () => {
    const five = lessonTimetable(engine, 'one-period', 5);
    // Five ordinary debates two minutes longer, and the reply package's double debate four minutes longer.
    expect(five.periods[0].used - table.periods[0].used).toBe(5 * 2 + 4);
    expect(five.fits).toBe(false);
    expect(five.longestDebate).toBe(3);
    expect(table.longestDebate).toBe(3);
    expect(table.told.map((t) => t.decision)[0]).toBe('sunday-morning');
  });
});

describe('the rule for one decision', () => {
  it('a debate and a vote; a reply package debated twice; the other side’s turn read out', () => {
    const byId = (id: string) => scenario.decisions.find((d) => d.id === id) as (typeof scenario.decisions)[number];
    expect(decisionMinutes(byId('second-letter'), engine.index.modelSides, 4)).toBe(4 + VOTE_MINUTES);
    expect(decisionMinutes(byId('evening-reply'), engine.index.modelSides, 4)).toBe(8 + VOTE_MINUTES);
    expect(decisionMinutes(byId('soviet-answer'), engine.index.modelSides, 4)).toBe(OTHER_SIDE_MINUTES);
  });
});

describe('two periods and the double period', () => {
  it('two periods: a briefing in the first, a recap in the second, the review at the end', () => {
    const table = lessonTimetable(engine, 'two-periods', 5);
    expect(table.periods.map((p) => [p.rows[0].kind, p.rows.at(-1)?.kind])).toEqual([
      ['briefing', 'decision'],
      ['recap', 'review'],
    ]);
    expect(table.periods[1].rows[1].decision).toBe('sunday-morning');
    expect(table.periods.every((p) => p.rows.every((r) => r.period === p.period))).toBe(true);
  });

  it('the double period holds the eleven class decisions and Moscow’s two turns', () => {
    const table = lessonTimetable(engine, 'double-period', 4);
    const rows = table.periods[0].rows.filter((r) => r.kind === 'decision');
    expect(rows.filter((r) => !r.model)).toHaveLength(11);
    expect(rows.filter((r) => r.model)).toHaveLength(2);
    expect(table.fits).toBe(true);
    expect(lessonTimetable(engine, 'double-period', 6).fits).toBe(false);
  });

  it('no plan of Black Saturday is too short for its decisions', () => {
    for (const plan of scenario.lessons ?? []) expect(planTooShort(engine, plan.id)).toEqual([]);
  });
});

describe('the facilitator’s guide follows the chosen plan and the debate minutes', () => {
  it('with a plan: its length and its timetable', () => {
    const guide = facilitatorGuide(scenario, engine, { lesson: 'one-period', debateMinutes: 3 });
    expect(guide.durationMinutes).toBe(50);
    expect(guide.timing.at(-1)).toMatchObject({ kind: 'review', start: 37, minutes: 10 });
    expect(guide.timing.map((r) => r.decision).filter(Boolean)).not.toContain('sunday-morning');
  });

  it('without a plan or debate minutes: the proportional plan of the whole game, as before', () => {
    const guide = facilitatorGuide(scenario, engine);
    expect(guide.durationMinutes).toBe(scenario.meta.durationMinutes);
    expect(guide.timetable.plan).toBeNull();
    const last = guide.timing.at(-1);
    expect(last && last.start + last.minutes).toBe(scenario.meta.durationMinutes);
    expect(guide.timing.filter((r) => r.kind === 'decision')).toHaveLength(mainLine(engine).decisions.length);
  });
});

describe('the debate timer follows the plan', () => {
  it('keeps the preferred minutes when the plan fits, else offers the longest that fits', () => {
    expect(debateMinutesFor(engine, 'two-periods', 5)).toBe(5);
    expect(debateMinutesFor(engine, 'one-period', 5)).toBe(3);
    expect(debateMinutesFor(engine, 'one-period', 2)).toBe(2);
    expect(debateMinutesFor(engine, 'double-period', 5)).toBe(4);
  });
});
