// @vitest-environment happy-dom
/**
 * The position memos in the facilitator's review (#16): grouped per student in the order of play,
 * written into the review's Markdown (the students' text kept literal), the JSON memo file, and the
 * console's review section; a student's screen never shows them.
 */
import { render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { createEngine } from '../../src/engine/game';
import { buildReview } from '../../src/engine/review';
import { toView } from '../../src/engine/view';
import type { ReviewState } from '../../src/net/protocol';
import { ClassSession, newSessionRecord } from '../../src/server/classSession';
import { deviceReviewMarkdown } from '../../src/session/deviceReview';
import { type ConsoleHandlers, consoleTemplate, memosFile } from '../../src/ui/devices/consoleScreen';
import {
  type GradedMemo,
  memoMarkdown,
  memoReviewSection,
  memosByStudent,
  memosJson,
  reviewWithMemos,
} from '../../src/ui/review/memoSection';

const memo = (over: Partial<GradedMemo>): GradedMemo => ({
  seat: 's1',
  name: 'Ana',
  roleName: 'John F. Kennedy',
  decision: 'second-letter',
  title: 'The second letter',
  text: 'Answer the first letter.',
  at: 1_000,
  ...over,
});

const ORDER = ['second-letter', 'u2-loss', 'evening-reply'];
const MEMOS: GradedMemo[] = [
  memo({ seat: 's2', name: 'Ben', roleName: 'Dean Rusk', decision: 'evening-reply', title: 'The reply', at: 5_000 }),
  memo({ decision: 'evening-reply', title: 'The reply', text: 'Offer the pledge.', at: 4_000 }),
  memo({ seat: 's2', name: 'Ben', roleName: 'Dean Rusk', text: 'Keep the UN in it.', at: 3_000 }),
  memo({ text: 'Answer the first letter.', at: 6_000 }),
];

describe('memos per student', () => {
  it('groups each student’s memos, students by name, memos in the order of play whatever the time written', () => {
    const students = memosByStudent(MEMOS, ORDER);
    expect(students.map((s) => [s.name, s.roleName])).toEqual([
      ['Ana', 'John F. Kennedy'],
      ['Ben', 'Dean Rusk'],
    ]);
    expect(students[0].memos.map((m) => m.decision)).toEqual(['second-letter', 'evening-reply']);
    expect(students[1].memos.map((m) => m.text)).toEqual(['Keep the UN in it.', 'Answer the first letter.']);
    // Without an order (no review yet), by the time each was written.
    expect(memosByStudent(MEMOS)[0].memos.map((m) => m.decision)).toEqual(['evening-reply', 'second-letter']);
    // Two students of one name stay apart (by seat).
    expect(memosByStudent([memo({}), memo({ seat: 's9', roleName: 'Robert F. Kennedy' })])).toHaveLength(2);
  });

  it('writes the Markdown: a heading per student with the role, each memo under its decision, quoted', () => {
    const text = memoMarkdown(memosByStudent(MEMOS, ORDER));
    const lines = text.split('\n');
    expect(lines[0]).toBe('## Position memos');
    expect(lines[2]).toBe(
      "4 memos by 2 students, written on their devices before the debates. Grade them with the rubric in the facilitator's guide.",
    );
    const ana = lines.indexOf('### Ana (John F. Kennedy)');
    const ben = lines.indexOf('### Ben (Dean Rusk)');
    expect(ana).toBeGreaterThan(0);
    expect(ben).toBeGreaterThan(ana);
    expect(lines.slice(ana, ben)).toEqual([
      '### Ana (John F. Kennedy)',
      '',
      '#### The second letter',
      '',
      '> Answer the first letter.',
      '',
      '#### The reply',
      '',
      '> Offer the pledge.',
      '',
    ]);
    expect(memoMarkdown([])).toBe('## Position memos\n\nNo student wrote a position memo in this session.\n');
  });

  it('keeps a student’s text and name literal in Markdown: no heading, list, HTML or link made by them', () => {
    const text = memoMarkdown(
      memosByStudent([
        memo({ name: 'Ana *#1*', text: '# Not a heading\n- not a list\n<script>x</script>\n\nSecond paragraph' }),
      ]),
    );
    expect(text).toContain('### Ana \\*\\#1\\* (John F. Kennedy)');
    expect(text).toContain('> \\# Not a heading\n> \\- not a list\n> \\<script>x\\</script>\n>\n> Second paragraph');
  });

  it('appends the memos to the review’s Markdown, and writes the JSON memo file per student', () => {
    const students = memosByStudent(MEMOS, ORDER);
    const both = reviewWithMemos('# After-action review: X\n\nSeed 1.\n\n', students);
    expect(both.startsWith('# After-action review: X\n\nSeed 1.\n\n## Position memos\n')).toBe(true);
    const file = JSON.parse(memosJson('ACDEFG', students));
    expect(file.format).toBe('eyes-only-memos');
    expect(file.session).toBe('ACDEFG');
    expect(file.students[1]).toEqual({
      name: 'Ben',
      role: 'Dean Rusk',
      memos: [
        {
          decision: 'second-letter',
          title: 'The second letter',
          text: 'Keep the UN in it.',
          at: '1970-01-01T00:00:03.000Z',
        },
        {
          decision: 'evening-reply',
          title: 'The reply',
          text: 'Answer the first letter.',
          at: '1970-01-01T00:00:05.000Z',
        },
      ],
    });
  });

  it('draws the section: a student each, their memos under the decisions', () => {
    const host = document.createElement('div');
    render(memoReviewSection(memosByStudent(MEMOS, ORDER)), host);
    const students = [...host.querySelectorAll('.memo-review__student')];
    expect(students.map((s) => s.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Ana (John F. Kennedy)',
      'Ben (Dean Rusk)',
    ]);
    expect([...students[0].querySelectorAll('.memo-review__memo')].map((m) => m.getAttribute('data-decision'))).toEqual(
      ['second-letter', 'evening-reply'],
    );
    expect(students[1].querySelector('blockquote')?.textContent).toBe('Keep the UN in it.');
  });
});

describe('the console’s review after class', () => {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error('black-saturday does not load');
  const engine = createEngine(loaded.value.scenario);

  it('shows the review with each student’s memos and the exports; the Markdown carries both memos', () => {
    const record = newSessionRecord(
      engine,
      { scenario: { id: 'black-saturday' }, classSize: 6, seed: 11, debateMinutes: 5 },
      { id: 'black-saturday' },
      'ACDEFG',
      'secret-secret-secret-secret',
      1_000,
    );
    if (typeof record === 'string') throw new Error(record);
    const s = new ClassSession(engine, record, 'http://127.0.0.1:2567/?join=ACDEFG');
    const seats = ['Ana Quist', 'Ben Ode'].map((name) => {
      const seat = s.admitStudent({ name }, () => false);
      if (typeof seat === 'string') throw new Error(seat);
      return seat.seat;
    });
    for (const [i, seat] of seats.entries()) {
      const prompt = s.seatState(seat.id)?.memos?.find((m) => m.open);
      if (!prompt) throw new Error(`no memo prompt for ${seat.role}`);
      const outcome = s.handle(
        { kind: 'student', seat: seat.id },
        'memo',
        { decision: prompt.decision, text: `Memo number ${i + 1}.` },
        2_000 + i,
      );
      expect(outcome.ok).toBe(true);
    }
    const state = s.facilitatorState(() => true);
    // A finished game's review (the record's own path), as the server sends it after the ending.
    const done = playStrategy(engine, { seed: 11 }, historicalStrategy).snapshot;
    const review: ReviewState = {
      type: 'review',
      review: buildReview(engine, done),
      view: toView(engine, done, { review: true }),
      votes: [],
    };
    const host = document.createElement('div');
    const handlers = { tools: document.createElement('div') } as unknown as ConsoleHandlers;
    const model = {
      state,
      review,
      reconnecting: false,
      problem: null,
      notice: null,
      override: { option: '', note: '' },
      picks: {},
      now: 3_000,
    };
    render(consoleTemplate(model, handlers), host);
    expect(host.querySelector('.device--console')?.hasAttribute('data-review')).toBe(true);
    const section = host.querySelector('.memo-review');
    expect(section?.querySelectorAll('.memo-review__student')).toHaveLength(2);
    expect(section?.textContent).toContain('Ana Quist');
    expect(section?.textContent).toContain('Memo number 2.');
    const buttons = [...host.querySelectorAll('.console__review-exports button')].map((b) => b.textContent);
    expect(buttons).toEqual([
      'Print the review and the memos',
      'Export the review and the memos (Markdown)',
      'Export the memos (JSON)',
    ]);
    // The Markdown the console saves: the review, then both students' memos.
    const order = review.review.rows.map((r) => r.decision);
    const markdown = reviewWithMemos(deviceReviewMarkdown(review.review), memosByStudent(state.memos ?? [], order));
    expect(markdown).toMatch(/^# After-action review: /);
    expect(markdown).toContain('### Ana Quist (');
    expect(markdown).toContain('### Ben Ode (');
    expect(markdown).toContain('> Memo number 1.');
    expect(markdown).toContain('> Memo number 2.');
    expect(JSON.parse(memosFile('ACDEFG', state.memos ?? [], order)).students).toHaveLength(2);

    // Before the ending, no review and no memo section of it.
    render(consoleTemplate({ ...model, review: null }, handlers), host);
    expect(host.querySelector('.memo-review')).toBeNull();
    expect(host.querySelector('.device--console')?.hasAttribute('data-review')).toBe(false);
  });
});
