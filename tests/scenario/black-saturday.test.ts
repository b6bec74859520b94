import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { analyzeRandomPlay } from '../../src/engine/analysis/randomPlay';
import { scenarioStats } from '../../src/engine/analysis/stats';
import { createEngine } from '../../src/engine/game';
import { formatIssue, isError, isWarning } from '../../src/engine/result';

const FOLDER = 'scenarios/black-saturday';
const loaded = loadScenarioFolder(FOLDER);
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const { scenario, sectionFiles } = loaded.value;
const engine = createEngine(scenario);

/** Lines of text that carry content: blank lines and trailing spaces (Markdown line breaks) ignored. */
const contentLines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');

describe('the Black Saturday scenario', () => {
  it('passes the scenario check, warnings included: every claim says where in its source it rests', () => {
    const issues = checkScenario(engine, sectionFiles, FOLDER, { games: 1000, seed: 1 });
    expect(issues.filter(isError).map(formatIssue)).toEqual([]);
    expect(issues.filter(isWarning).map(formatIssue)).toEqual([]);
    const stats = scenarioStats(scenario);
    expect(stats.claimsWithoutBasis).toBe(0);
    expect(stats.claimsWithBasis).toBe(stats.claims);
    // A thousand random games: seconds on a loaded machine, so more than the default five.
  }, 30_000);

  it('has the size the issue asks for', () => {
    const stats = scenarioStats(scenario);
    expect(stats.documents).toBeGreaterThanOrEqual(14);
    expect(stats.roles).toBeGreaterThanOrEqual(14);
    expect(stats.decisions).toBeGreaterThanOrEqual(12);
    expect(stats.endings).toBeGreaterThanOrEqual(8);
    expect(stats.sources).toBeGreaterThanOrEqual(25);
  });

  it('reproduces the seed memo verbatim, line for line', () => {
    const memo = scenario.documents.find((d) => d.id === 'rostow-negotiations-memo');
    expect(memo?.rendering).toBe('verbatim');
    const reference = readFileSync(join(FOLDER, 'sources', 'seed-memo.txt'), 'utf8');
    expect(contentLines(memo?.body ?? '')).toEqual(contentLines(reference));
    expect(scenario.documents.filter((d) => d.rendering === 'verbatim').map((d) => d.id)).toEqual([
      'rostow-negotiations-memo',
    ]);
  });

  it('keeps its copy of the seed identical to the shared seed, where the shared folder is present', () => {
    const shared = join('..', 'shared', 'seed', '000_bd7e936791145320.txt');
    if (!existsSync(shared)) return; // a checkout without the shared folder has only the copy
    expect(readFileSync(join(FOLDER, 'sources', 'seed-memo.txt'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('plays the historical path to the historical settlement in most games', () => {
    const seeds = Array.from({ length: 200 }, (_, i) => i + 1);
    const runs = seeds.map((seed) => playStrategy(engine, { seed }, historicalStrategy));
    const historical = runs.filter((r) => r.snapshot.context.ending === 'historical-settlement').length;
    // The response model is chance: the historical package leads to history in most games, not all.
    expect(historical / runs.length).toBeGreaterThanOrEqual(0.75);
    // A run leaves the record only at a decision that never arose, and says so.
    for (const run of runs.filter((r) => r.stopped)) {
      const decision = engine.index.decisions.get(run.snapshot.context.current);
      expect(decision?.phase).toMatch(/^COUNTERFACTUAL/);
      expect(run.stopped).toMatch(/never arose historically/);
    }
    expect(playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot.context.ending).toBe(
      'historical-settlement',
    );
  });

  it('reaches every ending and delivers every document in random play, with no ending above 60%', () => {
    const run = analyzeRandomPlay(engine, 3000, 1);
    expect(run.stuck).toEqual([]);
    // The historical ending asks for the record at ten decisions, which random play almost never
    // gives; the record's own path reaches it (above), and random play its counterfactual stand-in.
    for (const e of scenario.endings) {
      if (e.asRecorded) expect(run.endings[e.id], e.id).toBe(run.historical);
      else expect(run.endings[e.id], e.id).toBeGreaterThan(0);
    }
    for (const d of scenario.documents) expect(run.documentsSeen.has(d.id), d.id).toBe(true);
    for (const [id, n] of Object.entries(run.endings)) expect(n / run.games, id).toBeLessThanOrEqual(0.6);
    // 3000 games: generous room on a loaded machine (this is not a timing test).
  }, 60_000);

  it('gives every decision a historical note with a source, and every adviser a source', () => {
    for (const d of scenario.decisions) {
      if (d.kind === 'route') continue;
      expect(d.history?.sources.length, d.id).toBeGreaterThan(0);
      for (const a of d.advisers ?? []) expect(a.source, `${d.id}/${a.role}`).toBeTruthy();
    }
  });

  it('labels every ending historical or counterfactual, with only one historical settlement', () => {
    expect(scenario.endings.filter((e) => e.kind === 'historical').map((e) => e.id)).toEqual(['historical-settlement']);
    const invasion = scenario.endings.find((e) => e.id === 'invasion');
    expect(invasion?.reveal).toContain('tactical-nukes');
  });

  it('keeps secrets for the Soviet side', () => {
    // Papers the Soviet side holds and the ExComm never sees (some are Havana's too).
    const soviet = scenario.documents.filter(
      (d) => d.audience.sides?.includes('ussr') && !d.audience.sides.includes('us') && !d.audience.roles,
    );
    expect(soviet.map((d) => d.id).sort()).toEqual(['castro-letter-26', 'dobrynin-cable-27', 'mikoyan-castro']);
  });
});
