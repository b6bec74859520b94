/**
 * A teacher's own scenario, checked as `npm run scenario -- check` checks a folder: first the loader
 * (schema and cross-references), then the lint (dead ends, unreachable content, missing historical
 * notes, seeded random games). Same passes, same messages (`formatIssue`). The browser loads this
 * module only when a teacher opens a scenario, so the schema and YAML libraries are not in the
 * game's first download.
 */
import { checkScenario, DEFAULT_CHECK } from '../analysis/check';
import { createEngine } from '../game';
import { loadScenario, type ScenarioFile } from '../loader/index';
import type { ScenarioIssue } from '../result';
import type { Scenario } from '../schema/scenario';

export type Validation =
  | { ok: true; scenario: Scenario }
  /** `load`: the loader refused it; `check`: it loads, but the lint found problems. */
  | { ok: false; stage: 'load' | 'check'; issues: ScenarioIssue[] };

export function validateScenarioFiles(
  files: readonly ScenarioFile[],
  folder: string,
  options = DEFAULT_CHECK,
): Validation {
  const loaded = loadScenario(files, folder);
  if (!loaded.ok) return { ok: false, stage: 'load', issues: loaded.errors };
  const issues = checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, folder, options);
  if (issues.length > 0) return { ok: false, stage: 'check', issues };
  return { ok: true, scenario: loaded.value.scenario };
}
