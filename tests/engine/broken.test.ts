import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { createEngine } from '../../src/engine/game';
import { formatIssue, isError } from '../../src/engine/result';
import type { Ending, Scenario } from '../../src/engine/schema/scenario';

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
    `${at('unknown-section')}/events.yaml: evnets: unknown section "evnets" (did you mean "events"?); sections are meta, sides, tracks, roles, decisions, replyBuilder, events, endings, glossary, lessons, epilogue, memos`,
  ],
  'historical-undeclared': [
    `${at('historical-undeclared')}/endings.yaml: endings.peace: a historical ending needs asRecorded (the decisions whose recorded outcome its text asserts) and otherwise (the counterfactual ending a run that differs reaches instead)`,
    // The counterfactual ending the gate sent runs to is left without a way in.
    `${at('historical-undeclared')}/endings.yaml: endings.uneasy-peace: unreachable: no decision leads to this ending`,
  ],
  'otherwise-missing': [
    `${at('otherwise-missing')}/endings.yaml: endings.peace.otherwise: missing: name the counterfactual ending a run reaches when it differs from the record`,
    `${at('otherwise-missing')}/endings.yaml: endings.uneasy-peace: unreachable: no decision leads to this ending`,
  ],
  'otherwise-historical': [
    `${at('otherwise-historical')}/endings.yaml: endings.peace.otherwise: "peace" is a historical ending: a run that differs from the record must reach a counterfactual one`,
    `${at('otherwise-historical')}/endings.yaml: endings.uneasy-peace: unreachable: no decision leads to this ending`,
  ],
  'otherwise-unknown': [
    `${at('otherwise-unknown')}/endings.yaml: endings.peace.otherwise: no ending "uneasy-peeace" (did you mean "uneasy-peace"?)`,
  ],
  'as-recorded-route': [
    `${at('as-recorded-route')}/endings.yaml: endings.peace.asRecorded[1]: "settle-check" is a route: it records no choice; list the decisions that lead to it`,
  ],
  'route-cycle': [
    `${at('route-cycle')}/decisions.yaml: decisions.final-check: an endless loop: "final-check" → "final-check-again" → "final-check" go round with no decision for people (routes, and the response model's picks when it plays a side), and none of their ways out can ever be taken; give the loop a way out: a route whose condition some game can meet, or an option the model can pick (weight above 0) that leaves it (play would stop after 256 moves)`,
  ],
  'model-self-loop': [
    `${at('model-self-loop')}/decisions.yaml: decisions.south-answer: an endless loop: "south-answer" → "south-answer" go round with no decision for people (routes, and the response model's picks when it plays a side), and none of their ways out can ever be taken; give the loop a way out: a route whose condition some game can meet, or an option the model can pick (weight above 0) that leaves it (play would stop after 256 moves)`,
  ],
  // A decision, a track and a feature named \`constructor\` work like any other id; the only problem is
  // the one the fixture means: flags nobody sets (\`toString\`, \`valueOf\`, …) never hold.
  'builtin-names': [
    `${at('builtin-names')}/endings.yaml: endings.standoff: never reached in 500 random games (seeds 1–500): check the guards and routes that lead here`,
  ],
  'cycle-no-exit': [
    `${at('cycle-no-exit')}/decisions.yaml: decisions.opening-again: a dead end: no way from here leads to any ending (a loop with no exit, or nowhere to go)`,
  ],
  // Hostile links (issue #12, class 2): the schema takes only http(s).
  'hostile-url': [
    `${at('hostile-url')}/endings.yaml: endings.peace.sources[0].url: a source link must be a web address starting with http:// or https://, not "javascript:"`,
  ],
  // Crashes instead of messages (class 5): each one a located message, never an exception.
  'alias-bomb': [
    `${at('alias-bomb')}/bomb.yaml: its aliases (*name) expand to more than 100000 values: copy the data instead of nesting aliases of aliases`,
  ],
  'deep-nesting': [
    `${at('deep-nesting')}/decisions.yaml: decisions.opening.options[2].requires.not…: nested too deeply (more than 64 levels): check the indentation`,
  ],
  'documents-is-a-file': [
    `${at('documents-is-a-file')}/documents: a file where the documents folder belongs: make documents/ a folder of .md files`,
  ],
  'folder-named-like-a-document': [
    `${at('folder-named-like-a-document')}/documents/notes.md: a folder, not a file: rename it or move it out of the scenario folder`,
  ],
  'broken-link': [
    `${at('broken-link')}/documents/gone.md: a link to nothing (a broken symbolic link): remove it or copy the real file here`,
  ],
  'link-out-of-folder': [
    `${at('link-out-of-folder')}/documents/outside.md: a link out of the scenario folder: copy the file into the folder instead (a scenario is shared as one folder)`,
  ],
  // Quiet acceptance of wrong data (class 6).
  'impossible-date': [
    `${at('impossible-date')}/scenario.yaml: meta.start: no such date "2000-02-30 08:00": February 2000 has 29 days`,
  ],
  'absurd-advance': [
    `${at('absurd-advance')}/decisions.yaml: decisions.opening.options[2].effects.advance: the clock may advance at most 1440 minutes (a day) at once`,
  ],
  'flag-never-set': [
    `${at('flag-never-set')}/decisions.yaml: decisions.opening.options[2].next[0].when.flag: no effect sets the flag "stormWarnign", so this condition never changes (did you mean "stormWarning"?)`,
  ],
  'not-a-number': [
    `${at('not-a-number')}/scenario.yaml: tracks.goodwill.min: expected number, got NaN (YAML's .nan and .inf are not numbers a scenario can use)`,
  ],
  'utf16-document': [
    `${at('utf16-document')}/documents/claim.md: saved as UTF-16: save it as UTF-8 (most editors offer the encoding under "Save as")`,
  ],
  'latin1-yaml': [
    `${at('latin1-yaml')}/scenario.yaml: line 7: not UTF-8 text (byte 269 is not valid UTF-8): save the file as UTF-8`,
  ],
  // Lesson plans (lessons.yaml): each refusal names the plan's field and says why, with the arithmetic for time.
  'lesson-stop-unknown': [
    `${at('lesson-stop-unknown')}/lessons.yaml: lessons[0].periods[0].stop: no decision "ofer" (did you mean "offer"?)`,
  ],
  'lesson-stop-unreachable': [
    `${at('lesson-stop-unreachable')}/lessons.yaml: lessons[0].periods[0].stop: unreachable: no path from "offer" (where period 1 begins) leads to "opening"`,
  ],
  'lesson-stop-off-record': [
    `${at('lesson-stop-off-record')}/lessons.yaml: lessons[0]: the record's own path never reaches "opening-again" (the stop of period 1): it goes to the ending "peace": a plan's start and stops must lie on the record's path (each decision's history option or package), which its timetable follows`,
  ],
  'lesson-start-route': [
    `${at('lesson-start-route')}/lessons.yaml: lessons[0].start: "settle-check" is a route, which no one decides: name a choice or reply decision`,
  ],
  'lesson-too-short': [
    `${at('lesson-too-short')}/lessons.yaml: lessons[0].periods[0].minutes: period 1 is too short for its decisions even with 1-minute debates (each decision: the debate + 1 for the vote; a reply package: twice the debate + 1; the other side's turn: 2): briefing 6 + 3 decisions 7 + review 5 = 18 of 15 minutes; lengthen it to at least 18 minutes, move its stop earlier, or shorten the briefing or review`,
  ],
  // Slow paths (class 7): a document beyond the documented size.
  'oversized-document': [
    `${at('oversized-document')}/documents/briefing.md: too long (102339 characters; a document may have at most 100000): split it into several documents`,
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

describe('the record gate of a historical ending is refused when it cannot hold a run to the record', () => {
  const loaded = loadScenarioFolder('tests/fixtures/scenarios/mini');
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  const mini = loaded.value.scenario;
  const checked = (scenario: Scenario) =>
    checkScenario(createEngine(scenario), loaded.value.sectionFiles, 'mini', { games: 0, seed: 1 })
      .filter(isError)
      .map(formatIssue);
  const withPeace = (change: Partial<Ending>, decisions = mini.decisions): Scenario => ({
    ...mini,
    decisions,
    endings: mini.endings.map((e) => (e.id === 'peace' ? { ...e, ...change } : e)),
  });
  const endings = 'tests/fixtures/scenarios/mini/endings.yaml';

  it('a listed decision without a historical note', () => {
    const decisions = mini.decisions.map((d) => (d.id === 'south-answer' ? { ...d, history: undefined } : d));
    expect(checked(withPeace({}, decisions))).toEqual([
      'tests/fixtures/scenarios/mini/decisions.yaml: decisions.south-answer.history: missing: every decision needs a historical note (summary, when, sources)',
      `${endings}: endings.peace.asRecorded[1]: decision "south-answer" has no historical note (history) to hold a run against`,
    ]);
  });

  it('items named for a choice decision', () => {
    expect(checked(withPeace({ asRecorded: ['opening', { decision: 'south-answer', items: ['patience'] }] }))).toEqual([
      `${endings}: endings.peace.asRecorded[1].items: "south-answer" is a choice: items are only for a reply decision; list it by its id`,
    ]);
  });

  it('a counterfactual ending that claims a record', () => {
    const scenario = {
      ...mini,
      endings: mini.endings.map((e) => (e.id === 'standoff' ? { ...e, asRecorded: ['opening'] } : e)),
    };
    expect(checked(scenario)).toEqual([
      `${endings}: endings.standoff.asRecorded: only a historical ending asserts the record: a counterfactual ending takes no asRecorded or otherwise`,
    ]);
  });
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
