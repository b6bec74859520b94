/**
 * Issue #17: `npm run scenario -- play --choices FILE` on paths that depart from the record prints
 * papers the record's path never receives, and late departures print different epilogues. The
 * command files are written here from the engine (solo play, Moscow by the response model, seed
 * 1962), as a teacher would save them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy, type Strategy } from '../../src/engine/analysis/historical';
import { createEngine } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';

const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const FOLDER = 'scenarios/black-saturday';
const SEED = 1962;
const scratch = mkdtempSync(join(tmpdir(), 'play-choices-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const loaded = loadScenarioFolder(FOLDER);
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const engine = createEngine(loaded.value.scenario);

/** The record's choices for the player's side, except the departures named; a choices file of them. */
function choicesFile(name: string, departures: Record<string, string | string[]>): string {
  const strategy: Strategy = (e, snapshot) => {
    const d = e.index.decisions.get(snapshot.context.current);
    const wanted = d ? departures[d.id] : undefined;
    if (!d || wanted === undefined) return historicalStrategy(e, snapshot);
    return Array.isArray(wanted)
      ? { type: 'player.sendReply', side: d.side, items: wanted }
      : { type: 'player.choose', side: d.side, option: wanted };
  };
  const run = playStrategy(engine, { seed: SEED }, strategy);
  if (run.stopped) throw new Error(`${name}: ${run.stopped}`);
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(run.snapshot.context.commands));
  return file;
}

function play(file: string): string {
  const run = spawnSync(TSX, ['src/cli/scenarioTool.ts', 'play', FOLDER, '--seed', String(SEED), '--choices', file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr.trim()).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const documentLines = (out: string) =>
  out
    .split('\n')
    .filter((l) => / document: /.test(l))
    .map((l) => l.replace(/^\[[^\]]*\] /, ''));
const epilogue = (out: string) => out.slice(out.indexOf('\nEpilogue:'));

describe('play --choices on departing paths', { timeout: 300_000 }, () => {
  it('prints papers the record’s path does not receive, and late departures end with other epilogues', () => {
    const record = play(choicesFile('record', {}));
    expect(record).toContain('Ending: The settlement of 28 October (historical');
    const recordPapers = new Set(documentLines(record));
    const departing = {
      trade: play(
        choicesFile('trade', {
          'turkey-meeting': 'public-trade',
          'evening-reply': [
            'halt-work',
            'un-verified-removal',
            'no-invasion-pledge',
            'public-jupiter-trade',
            'public-letter',
            'no-pressure',
          ],
          jupiters: 'remove-publicly',
        }),
      ),
      private: play(
        choicesFile('private', {
          'evening-reply': ['halt-work', 'un-verified-removal', 'no-invasion-pledge', 'deadline', 'private-letter'],
        }),
      ),
      grozny: play(choicesFile('grozny', { 'nine-pm': 'pol-tonight' })),
    };
    for (const [name, out] of Object.entries(departing)) {
      const fresh = documentLines(out).filter((l) => !recordPapers.has(l));
      expect(fresh.length, name).toBeGreaterThan(0);
      expect(
        fresh.some((l) => /Counterfactual/.test(l)),
        name,
      ).toBe(true);
    }
    expect(departing.trade).toMatch(
      /Moscow radio announces withdrawal, and the Turkish bargain \[variant of khrushchev-letter-28\]/,
    );
    expect(departing.private).toMatch(/your private letter to Khrushchev.*\[variant of kennedy-letter-27\]/);

    const lateRuns = [
      play(choicesFile('bombers', { 'il28-question': 'ultimatum' })),
      play(choicesFile('jupiters', { jupiters: 'delay' })),
      play(choicesFile('pledge', { inspection: 'withhold-pledge' })),
    ];
    for (const out of lateRuns)
      expect(out).toContain('Ending: A settlement that soured (counterfactual, id soured-settlement)');
    const late = lateRuns.map(epilogue);
    expect(new Set([epilogue(record), ...late]).size).toBe(4);
    expect(late[0]).toMatch(/The bombers \(invented, bombers-ultimatum/);
    expect(late[1]).toMatch(/The Jupiters \(invented, jupiters-delayed\)/);
    expect(late[2]).toMatch(/The pledge \(invented, pledge-withheld\)/);
    // Each came after the record's private assurance, so each ends soured, and says the promise was spent.
    for (const out of late) expect(out).toMatch(/The private assurance \(invented, assurance-soured\)/);
  });
});
