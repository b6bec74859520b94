/**
 * Position memos in the scenario data (#16 item 1): the loader refuses a prompt that names what does
 * not exist or a paper the role never holds, with the file and the path; `check` refuses a paper that
 * has not arrived when its decision comes, on the record's path.
 */
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import { memoIssues } from '../../src/engine/analysis/memoCheck';
import { createEngine } from '../../src/engine/game';
import { loadScenario, type ScenarioFile } from '../../src/engine/loader';
import { formatIssue } from '../../src/engine/result';

const MINI = readScenarioFiles('tests/fixtures/scenarios/mini');
const FILE = 'tests/fixtures/scenarios/mini/memos.yaml';
const RUBRIC = `  rubric:
    - id: evidence
      label: Evidence
      asks: Does it cite the papers?
      levels:
        - { points: 1, label: Beginning, text: "Cites nothing." }
        - { points: 2, label: Secure, text: "Cites a paper." }
`;
const memos = (prompts: string, rubric = RUBRIC) => [
  ...MINI,
  { path: FILE, text: `memos:\n  words: 150\n${rubric}  prompts:\n${prompts}` },
];
const load = (files: ScenarioFile[]) => loadScenario(files, 'tests/fixtures/scenarios/mini');
const problems = (files: ScenarioFile[]) => {
  const loaded = load(files);
  return loaded.ok ? [] : loaded.errors.map(formatIssue);
};

const GOOD = `    - decision: opening
      question: Talk or seize?
      roles:
        - { role: mayor, weigh: "Keep the light burning.", papers: [briefing, claim] }
        - { role: keeper, weigh: "Stay at your post.", papers: [claim] }
`;

describe('memo prompts and their rubric', () => {
  it('load when every reference holds', () => {
    const loaded = load(memos(GOOD));
    expect(loaded.ok && loaded.value.scenario.memos?.prompts[0].roles.map((r) => r.role)).toEqual(['mayor', 'keeper']);
  });

  it('refuse a paper the role never holds, naming the file, the path and the fix', () => {
    const wrong = GOOD.replace(
      '{ role: keeper, weigh: "Stay at your post.", papers: [claim] }',
      '{ role: keeper, weigh: "Stay.", papers: [governor-orders] }',
    );
    expect(problems(memos(wrong))).toEqual([
      `${FILE}: memos.prompts[0].roles[1].papers[0]: The Keeper never holds "governor-orders" (its audience is sides south): name one of the role's own papers, or add the role to the paper's audience`,
    ]);
    // A paper for one role only is not another role's, even on the same side.
    const private_ = GOOD.replace('papers: [claim] }', 'papers: [briefing] }');
    expect(problems(memos(private_))).toEqual([
      `${FILE}: memos.prompts[0].roles[1].papers[0]: The Keeper never holds "briefing" (its audience is roles mayor): name one of the role's own papers, or add the role to the paper's audience`,
    ]);
  });

  it('refuse unknown decisions, roles and papers with a suggestion, a route, and repeats', () => {
    const broken = `    - decision: openin
      question: Q?
      roles:
        - { role: mayr, weigh: "W.", papers: [claim] }
        - { role: mayor, weigh: "W.", papers: [clam] }
        - { role: mayor, weigh: "W.", papers: [claim] }
    - decision: settle-check
      question: Q?
      roles: [{ role: mayor, weigh: "W.", papers: [claim] }]
    - decision: settle-check
      question: Q?
      roles: [{ role: mayor, weigh: "W.", papers: [claim] }]
`;
    const found = problems(memos(broken));
    expect(found).toContain(`${FILE}: memos.prompts[0].decision: no decision "openin" (did you mean "opening"?)`);
    expect(found).toContain(`${FILE}: memos.prompts[0].roles[0].role: no role "mayr" (did you mean "mayor"?)`);
    expect(found).toContain(`${FILE}: memos.prompts[0].roles[1].papers[0]: no document "clam" (did you mean "claim"?)`);
    expect(found).toContain(`${FILE}: memos.prompts[0].roles[2].role: "mayor" comes twice in this prompt`);
    expect(found).toContain(
      `${FILE}: memos.prompts[1].decision: "settle-check" is a route, which no one decides: name a choice or reply decision`,
    );
    expect(found).toContain(
      `${FILE}: memos.prompts[2].decision: "settle-check" already has a memo prompt: put all its roles in one prompt`,
    );
  });

  it('refuse a rubric whose levels do not rise, and a memo without a length', () => {
    const falling = RUBRIC.replace('points: 2', 'points: 1');
    expect(problems(memos(GOOD, falling))).toEqual([
      `${FILE}: memos.rubric[0].levels[1].points: levels run from the lowest to the highest: 1 points comes after 1`,
    ]);
    const files = memos(GOOD).map((f) => (f.path === FILE ? { ...f, text: f.text.replace('  words: 150\n', '') } : f));
    expect(problems(files).join('\n')).toMatch(/memos\.words/);
  });

  it('check refuses a paper that arrives only after its decision, on the record’s path', () => {
    // governor-orders reaches the south at noon; the south's answer comes later, the opening earlier.
    const late = `    - decision: opening
      question: Q?
      roles: [{ role: mayor, weigh: "W.", papers: [storm-report] }]
    - decision: south-answer
      question: Q?
      roles: [{ role: governor, weigh: "W.", papers: [governor-orders] }]
`;
    const loaded = load(memos(late));
    if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
    const engine = createEngine(loaded.value.scenario);
    const issues = memoIssues(engine, FILE).map(formatIssue);
    const delivered = engine.scenario.documents.find((d) => d.id === 'storm-report')?.deliver;
    // storm-report has no time of its own: it comes with a decision, after the opening.
    expect(delivered?.at).toBeUndefined();
    expect(issues).toContain(
      `${FILE}: memos.prompts[0].roles[0].papers[0]: "storm-report" has not arrived when "opening" comes (on the record's path): name a paper delivered earlier, or move the prompt to a later decision`,
    );
    expect(issues.some((i) => i.includes('governor-orders'))).toBe(false);
  });
});

describe('Black Saturday’s memos', () => {
  it('pass check: every paper named has arrived when its decision comes', () => {
    const loaded = loadScenario(readScenarioFiles('scenarios/black-saturday'), 'scenarios/black-saturday');
    if (!loaded.ok) throw new Error('black-saturday does not load');
    const engine = createEngine(loaded.value.scenario);
    expect(memoIssues(engine, 'memos.yaml')).toEqual([]);
    // Every role of the main side has a prompt at the evening's reply.
    const reply = engine.scenario.memos?.prompts.find((p) => p.decision === 'evening-reply');
    const us = engine.scenario.roles.filter((r) => r.side === 'us').map((r) => r.id);
    expect(reply?.roles.map((r) => r.role)).toEqual(expect.arrayContaining(us));
  }, 60_000);
});
