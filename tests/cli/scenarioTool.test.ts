/**
 * The scenario tool on careless command lines and awkward folders: every failure is one line that
 * names the argument or the file and says what to do, with a non-zero exit and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleScenario } from '../../src/cli/bundleCommand';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { formatIssue } from '../../src/engine/result';

const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const MINI = 'tests/fixtures/scenarios/mini';
const scratch = mkdtempSync(join(tmpdir(), 'scenario-tool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tool(...args: string[]) {
  const run = spawnSync(TSX, ['src/cli/scenarioTool.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stderr: run.stderr.trim(), stdout: run.stdout.trim() };
}

describe('careless command lines end in one line naming the argument', () => {
  it.each([
    [['check', MINI, '--games', '-5'], 'a value that starts with "-" is written --games=-5'],
    [['check', MINI, '--games=-5'], '--games must be at least 0, not -5'],
    [['check', MINI, '--games', 'many'], '--games takes a whole number, not "many"'],
    [['check', MINI, '--gmes', '5'], 'unknown option --gmes (did you mean "--games"?)'],
    [['check', MINI, '--games'], '--games needs a value'],
    [
      ['schema', '--out', 'no/such/folder/schema.json'],
      '--out no/such/folder/schema.json: the folder no/such/folder does not exist: create it first',
    ],
    [['check', 'scenarios/nowhere'], 'scenarios/nowhere: no such scenario folder'],
  ])(
    '%j',
    (args, message) => {
      const run = tool(...args);
      expect(run.status).not.toBe(0);
      expect(run.stderr.split('\n')[0]).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    },
    120_000,
  );
});

describe('a scenario folder with awkward entries', () => {
  it('a link out of the folder is refused, and bundle --force leaves it out', () => {
    const folder = join(scratch, 'linked');
    cpSync(MINI, folder, { recursive: true });
    const secret = join(scratch, 'secret.md');
    writeFileSync(secret, '---\nid: secret\n---\nnot part of the scenario\n');
    symlinkSync(secret, join(folder, 'documents', 'secret.md'));
    const loaded = loadScenarioFolder(folder);
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.message)).toEqual([
      'a link out of the scenario folder: copy the file into the folder instead (a scenario is shared as one folder)',
    ]);
    const out = join(scratch, 'linked.scenario.json');
    const outcome = bundleScenario(folder, { force: true, out });
    expect(outcome.written).toBe(out);
    expect(readFileSync(out, 'utf8')).not.toContain('not part of the scenario');
  });

  it('a link inside the folder is followed', () => {
    const folder = join(scratch, 'inside');
    cpSync(MINI, folder, { recursive: true });
    rmSync(join(folder, 'events.yaml'));
    mkdirSync(join(folder, 'parts'));
    cpSync(join(MINI, 'events.yaml'), join(folder, 'parts', 'events.yaml'));
    symlinkSync(join('parts', 'events.yaml'), join(folder, 'events.yaml'));
    const loaded = loadScenarioFolder(folder);
    expect(loaded.ok ? [] : loaded.errors.map(formatIssue)).toEqual([]);
  });

  it('bundle to a missing folder says so instead of throwing', () => {
    const outcome = bundleScenario(MINI, { out: join(scratch, 'no', 'such', 'x.json') });
    expect(outcome.written).toBeUndefined();
    expect(outcome.unwritten).toBe(
      `--out ${join(scratch, 'no', 'such', 'x.json')}: the folder ${join(scratch, 'no', 'such')} does not exist: create it first`,
    );
  });
});

describe('lesson plans in the scenario tool', () => {
  it('stats --json prints each plan’s decisions and timing at the debate minutes given', () => {
    const run = tool('stats', 'scenarios/black-saturday', '--json', '--debate', '3');
    expect(run.status).toBe(0);
    const { lessons } = JSON.parse(run.stdout);
    expect(lessons.map((l: { id: string }) => l.id)).toEqual(['one-period', 'double-period', 'two-periods']);
    const one = lessons[0];
    expect(one).toMatchObject({ minutes: 50, debateMinutes: 3, fits: true, start: 'second-letter' });
    expect(one.periods[0].decisions).toEqual([
      'second-letter',
      'u2-loss',
      'turkey-meeting',
      'evening-reply',
      'rfk-mission',
      'nine-pm',
      'soviet-answer',
    ]);
    expect(one.periods[0].marks.at(-1)).toMatchObject({ kind: 'review', start: 37, minutes: 10 });
    expect(one.told[0]).toBe('sunday-morning');
    expect(lessons[2].periods.map((p: { decisions: string[] }) => p.decisions.length)).toEqual([7, 6]);
  }, 120_000);

  it('play --plan follows a plan, and an unknown plan is one line naming the plans', () => {
    const run = tool('play', 'scenarios/black-saturday', '--choices', 'historical', '--plan', 'one-period');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('lesson plan: the plan stops here');
    expect(run.stdout).toContain('told, not played: The Jupiters');
    const bad = tool('play', 'scenarios/black-saturday', '--plan', 'one-perod');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toBe(
      '--plan one-perod: no lesson plan "one-perod" in scenarios/black-saturday (did you mean "one-period"?); its plans: one-period, double-period, two-periods',
    );
  }, 120_000);
});
