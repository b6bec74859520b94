/**
 * The briefing folder over a whole historical game, fed by the real view (not hand-made data): newest
 * delivery first by time, across the months from October 1962 to August 1963, and compact dates shown.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { createEngine } from '../../src/engine/game';
import { toView } from '../../src/engine/view';
import { sortForFolder } from '../../src/ui/documents/briefingFolder';
import { folderDate } from '../../src/ui/documents/dates';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('Black Saturday does not load');
const engine = createEngine(loaded.value.scenario);
const run = playStrategy(engine, { seed: 1962 }, historicalStrategy);
const documents = toView(engine, run.snapshot, { side: 'us' }).documents;

describe('the briefing folder at the end of the record’s path', () => {
  it('carries times as data: scenario times and their minutes', () => {
    expect(documents.length).toBeGreaterThan(20);
    for (const d of documents) {
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(d.deliveredAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(Number.isInteger(d.dateMinutes) && Number.isInteger(d.deliveredMinutes)).toBe(true);
    }
  });

  it('lays the newest delivery on top, by time: the papers of 1963 above those of 1962', () => {
    const sorted = sortForFolder(documents);
    const delivered = sorted.map((d) => d.deliveredMinutes);
    expect(delivered).toEqual([...delivered].sort((a, b) => b - a));
    const years = sorted.map((d) => d.deliveredAt.slice(0, 4));
    expect(years[0]).toBe('1963');
    expect(years.at(-1)).toBe('1962');
    // The test-ban treaty (August 1963) lies above the Jupiters' removal (April 1963).
    const at = (id: string) => sorted.findIndex((d) => d.id === id);
    expect(at('test-ban-treaty')).toBeLessThan(at('jupiters-removed'));
  });

  it('shows each paper’s compact date, never the scenario’s raw time', () => {
    const situation = documents.find((d) => d.id === 'situation-27');
    expect(situation && folderDate(situation.date)).toBe('Sat 27 Oct 1962, 07:00');
  });
});
