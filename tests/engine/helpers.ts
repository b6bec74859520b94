import { join } from 'node:path';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { createEngine } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import type { Scenario } from '../../src/engine/schema/scenario';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'scenarios');

export function loadFixture(name: string): Scenario {
  const result = loadScenarioFolder(join(FIXTURES, name));
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.value.scenario;
}

export const miniEngine = () => createEngine(loadFixture('mini'));
