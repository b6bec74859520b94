import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/folder';
import { checkScenario } from '../../src/engine/analysis/check';
import { createEngine } from '../../src/engine/game';
import { formatIssue, isError } from '../../src/engine/result';

const BROKEN = join(__dirname, '..', 'fixtures', 'broken');
const at = (name: string) => `tests/fixtures/broken/${name}`;

/** Each broken fixture is the mini scenario with one defect (see tests/fixtures/make-broken.py). */
const EXPECTED: Record<string, string[]> = {
  'invalid-yaml': [
    `${at('invalid-yaml')}/decisions.yaml: line 5, column 1: not valid YAML: Sequence item without - indicator`,
  ],
  'missing-field': [`${at('missing-field')}/scenario.yaml: meta.title: missing (expected string)`],
  'wrong-type': [`${at('wrong-type')}/scenario.yaml: tracks.goodwill.min: expected number, got string "zero"`],
  'dangling-next': [
    `${at('dangling-next')}/decisions.yaml: decisions.south-answer.options[1].next: no decision or ending "stanoff" (did you mean "standoff"?)`,
  ],
  'unknown-track-guard': [
    `${at('unknown-track-guard')}/decisions.yaml: decisions.opening.options[2].requires.track: no track "tensoin" (did you mean "tension"?)`,
  ],
  'misspelt-condition': [
    `${at('misspelt-condition')}/decisions.yaml: decisions.opening.options[2].requires.atmost: unknown field "atmost" (did you mean "atMost"?)`,
    `${at('misspelt-condition')}/decisions.yaml: decisions.opening.options[2].requires: a track condition needs one of atLeast, atMost, above, below or equals`,
  ],
  'missing-document-file': [
    `${at('missing-document-file')}/decisions.yaml: decisions.offer.documents[1]: no document "harbour-log" (there is no document file with id "harbour-log" under documents/)`,
  ],
  'unknown-section': [
    `${at('unknown-section')}/events.yaml: evnets: unknown section "evnets" (did you mean "events"?); sections are meta, sides, tracks, roles, decisions, replyBuilder, events, endings`,
  ],
  'cycle-no-exit': [
    `${at('cycle-no-exit')}/decisions.yaml: decisions.opening-again: a dead end: no way from here leads to any ending (a loop with no exit, or nowhere to go)`,
  ],
};

/** Loads, then checks: the same two passes as `npm run scenario -- check`; its errors (warnings pass). */
function problems(name: string): string[] {
  const loaded = loadScenarioFolder(at(name));
  if (!loaded.ok) return loaded.errors.map(formatIssue);
  return checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, at(name), {
    games: 500,
    seed: 1,
  })
    .filter(isError)
    .map(formatIssue);
}

describe('broken scenarios are refused with messages that name the file, the path and the fix', () => {
  it('has an expectation for every broken fixture folder', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [name, messages] of Object.entries(EXPECTED)) {
    it(name, () => {
      expect(problems(name)).toEqual(messages);
    });
  }
});

describe('a good scenario', () => {
  it('passes the check (its claims without a basis are warnings, tested in provenance.test.ts)', () => {
    const loaded = loadScenarioFolder('tests/fixtures/scenarios/mini');
    if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
    expect(
      checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, 'mini', {
        games: 500,
        seed: 1,
      }).filter(isError),
    ).toEqual([]);
  });

  it('names a folder that does not exist', () => {
    const loaded = loadScenarioFolder('scenarios/nowhere');
    expect(loaded.ok ? [] : loaded.errors.map(formatIssue)).toEqual([
      'scenarios/nowhere: no such scenario folder (give the path to a folder holding scenario.yaml)',
    ]);
  });
});
