/**
 * A teacher's own scenario, checked as `npm run scenario -- check` checks a folder: first the loader
 * (schema and cross-references), then the lint (dead ends, unreachable content, missing historical
 * notes, seeded random games, claims without a basis). Same passes, same messages (`formatIssue`):
 * errors refuse the scenario; warnings come back beside a usable one. The browser loads this
 * module only when a teacher opens a scenario, so the schema and YAML libraries are not in the
 * game's first download.
 */
import { checkScenario, DEFAULT_CHECK } from '../analysis/check';
import { createEngine } from '../game';
import { type Failure, isWarning, type ScenarioIssue } from '../result';
import type { Scenario } from '../schema/scenario';
import { loadScenario, type ScenarioFile } from './index';

export type Validation =
  /** `warnings`: what the author should still fix (e.g. claims without a basis); the scenario plays. */
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  /** `load`: the loader refused it; `check`: it loads, but the lint found problems. */
  | (Failure<ScenarioIssue> & { stage: 'load' | 'check' });

export function validateScenarioFiles(
  files: readonly ScenarioFile[],
  folder: string,
  options = DEFAULT_CHECK,
): Validation {
  const loaded = loadScenario(files, folder);
  if (!loaded.ok) return { ok: false, stage: 'load', errors: loaded.errors };
  const all = checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, folder, options);
  const issues = all.filter((i) => !isWarning(i));
  if (issues.length > 0) return { ok: false, stage: 'check', errors: issues };
  return { ok: true, scenario: loaded.value.scenario, warnings: all.filter(isWarning) };
}
