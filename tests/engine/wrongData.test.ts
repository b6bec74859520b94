/** Data that used to be quietly accepted (or quietly refused) now gets a precise answer (issue #12, class 6 and 5). */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createEngine } from '../../src/engine/game';
import { loadScenario, type ScenarioFile } from '../../src/engine/loader';
import { decodeScenarioText } from '../../src/engine/loader/encoding';
import { formatIssue } from '../../src/engine/result';
import { isScenarioTime, scenarioTimeProblem } from '../../src/engine/time';

const MINI = readScenarioFiles('tests/fixtures/scenarios/mini');
const withFile = (path: string, text: string): ScenarioFile[] => [
  ...MINI.filter((f) => !f.path.endsWith(path)),
  { path: `tests/fixtures/scenarios/mini/${path}`, text },
];
const problems = (files: ScenarioFile[]) => {
  const loaded = loadScenario(files, 'mini');
  return loaded.ok ? [] : loaded.errors.map(formatIssue);
};

describe('dates are real dates', () => {
  it.each([
    ['1962-11-31 10:00', 'no such date "1962-11-31 10:00": November 1962 has 30 days'],
    ['1962-02-29 10:00', 'no such date "1962-02-29 10:00": February 1962 has 28 days'],
    ['1962-02-30 10:00', 'no such date "1962-02-30 10:00": February 1962 has 28 days'],
    ['1962-13-01 10:00', 'no such date "1962-13-01 10:00": the month must be 01 to 12'],
    ['1962-10-27 24:00', 'no such time "1962-10-27 24:00": hours run 00 to 23 and minutes 00 to 59'],
    ['27 Oct 1962', 'expected a time "YYYY-MM-DD HH:MM" such as "1962-10-27 10:00"'],
  ])('%s is refused: %s', (text, message) => {
    expect(scenarioTimeProblem(text)).toBe(message);
  });
  it('leap days and month ends that exist are accepted', () => {
    for (const t of ['1964-02-29 00:00', '2000-02-29 12:00', '1962-10-31 23:59', '1962-12-31 00:00'])
      expect(isScenarioTime(t)).toBe(true);
  });
});

describe('legitimate YAML is not mistaken for an attack', () => {
  it('an anchor reused 500 times loads', () => {
    const scenario = MINI.find((f) => f.path.endsWith('scenario.yaml')) as ScenarioFile;
    const reuse = `$notes:\n  base: &note "a shared note"\n  uses: [${Array(500).fill('*note').join(', ')}]\n`;
    expect(problems(withFile('scenario.yaml', `${scenario.text}\n${reuse}`))).toEqual([]);
  });
});

describe('numbers and text encodings', () => {
  it('.inf is named, not reported as null', () => {
    const scenario = MINI.find((f) => f.path.endsWith('scenario.yaml')) as ScenarioFile;
    const text = scenario.text.replace(
      '{ id: goodwill, label: Goodwill, min: 0,',
      '{ id: goodwill, label: Goodwill, min: -.inf,',
    );
    expect(problems(withFile('scenario.yaml', text))).toEqual([
      "tests/fixtures/scenarios/mini/scenario.yaml: tracks.goodwill.min: expected number, got -Infinity (YAML's .nan and .inf are not numbers a scenario can use)",
    ]);
  });
  it('a UTF-16 file read as text (NUL characters) is named as such by the loader too', () => {
    const scenario = MINI.find((f) => f.path.endsWith('events.yaml')) as ScenarioFile;
    const asUtf16 = Buffer.from(scenario.text, 'utf16le').toString('latin1');
    expect(problems(withFile('events.yaml', asUtf16))).toEqual([
      'tests/fixtures/scenarios/mini/events.yaml: not UTF-8 text (it holds NUL characters, as a UTF-16 file does): save it as UTF-8',
    ]);
  });
  it('decodes UTF-8 with or without a byte-order mark, and locates a stray byte', () => {
    expect(decodeScenarioText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
    expect(decodeScenarioText(Buffer.from('a\nb\nc\u00e9', 'latin1'))).toEqual({
      problem: 'line 3: not UTF-8 text (byte 6 is not valid UTF-8): save the file as UTF-8',
    });
    expect(decodeScenarioText(Buffer.from('\u00e9t\u00e9 ok', 'utf8'))).toEqual({ text: '\u00e9t\u00e9 ok' });
  });
});

/** A straight chain of n decisions, each with one option, ending in one ending. */
function chain(n: number): ScenarioFile[] {
  const decisions = Array.from({ length: n }, (_, i) => ({
    id: `step-${i}`,
    kind: 'choice',
    side: 'north',
    phase: 'Day',
    title: `Step ${i}`,
    prompt: 'Go on?',
    options: [{ id: 'go', label: 'Go on', next: i === n - 1 ? 'done' : `step-${i + 1}` }],
    history: { option: 'go', summary: 'They went on.', when: 'Day', sources: ['Test'] },
  }));
  const scenario = MINI.find((f) => f.path.endsWith('scenario.yaml')) as ScenarioFile;
  const meta = scenario.text.replace(/firstDecision: [a-z-]+/, 'firstDecision: step-0');
  return [
    ...MINI.filter((f) => !/(decisions|endings|events)\.yaml$/.test(f.path) && !f.path.endsWith('scenario.yaml')),
    { path: 'long/scenario.yaml', text: meta },
    { path: 'long/decisions.yaml', text: stringify({ decisions }) },
    {
      path: 'long/endings.yaml',
      text: stringify({
        endings: [
          { id: 'done', title: 'Done', kind: 'historical', summary: 'Over.', history: 'So.', sources: ['Test'] },
        ],
      }),
    },
  ];
}

describe('a long legitimate scenario', () => {
  it('250 decisions in a row: random play reaches the ending (no undocumented 200-decision limit)', () => {
    const loaded = loadScenario(chain(250), 'long');
    if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
    const engine = createEngine(loaded.value.scenario);
    const game = playRandomGame(engine, 1);
    expect(game.stuck).toBeUndefined();
    expect(game.ending).toBe('done');
    const issues = checkScenario(engine, loaded.value.sectionFiles, 'long', { games: 3, seed: 1 }).map(formatIssue);
    expect(issues.filter((i) => /stalls|no ending after/.test(i))).toEqual([]);
  }, 120_000);
});
