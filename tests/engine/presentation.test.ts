/**
 * The optional presentation fields and the reference posture (issue #13 item 5): absent, the game
 * falls back (or leaves the thing out); present, it is used; wrong, the loader names the file, the
 * field and the fix.
 */
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import { createEngine } from '../../src/engine/game';
import { loadScenario, type ScenarioFile } from '../../src/engine/loader';
import { formatIssue } from '../../src/engine/result';
import { buildReview } from '../../src/engine/review';
import { reviewMarkdown } from '../../src/engine/reviewMarkdown';
import type { Scenario } from '../../src/engine/schema/scenario';
import { readDocument, toView } from '../../src/engine/view';

const DIR = 'tests/fixtures/scenarios/mini';
const MINI = readScenarioFiles(DIR);
const text = (path: string) => (MINI.find((f) => f.path.endsWith(path)) as ScenarioFile).text;
/** Mini with one file's text changed. */
const edit = (path: string, change: (text: string) => string): ScenarioFile[] => [
  ...MINI.filter((f) => !f.path.endsWith(path)),
  { path: `${DIR}/${path}`, text: change(text(path)) },
];
const load = (files: ScenarioFile[]) => loadScenario(files, 'mini');
const problems = (files: ScenarioFile[]) => {
  const loaded = load(files);
  return loaded.ok ? [] : loaded.errors.map(formatIssue);
};
const scenarioOf = (files: ScenarioFile[]): Scenario => {
  const loaded = load(files);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return loaded.value.scenario;
};
const inMeta = (line: string) =>
  edit('scenario.yaml', (t) => t.replace('  clockLabel: Harbour\n', `  clockLabel: Harbour\n${line}\n`));

const REFERENCE = `  reference:
    title: The charter scorecard
    terms: In the charter’s terms
    tags: [{ id: concession, label: a concession }, { id: atmospherics, label: goodwill }, { id: pressure, label: pressure }]
    parts:
      - { id: firm, label: Firm, short: firm, needs: [pressure], refuses: [concession], follows: Firm, departs: Not firm }
    summary: The harbour charter asked for firmness.
    note: It was never signed.
    sources: ["Harbour charter, art. 2"]
`;
const withReference = (change: (ref: string) => string = (r) => r) =>
  edit('scenario.yaml', (t) => t.replace('replyBuilder:\n', `replyBuilder:\n${change(REFERENCE)}`));

/** Plays mini to its end with a reply, for the review. */
function review(scenario: Scenario) {
  const engine = createEngine(scenario);
  let snapshot = engine.start({ seed: 1 });
  for (let i = 0; i < 50 && snapshot.status !== 'done'; i++) {
    const view = toView(engine, snapshot, { side: scenario.meta.playerSide });
    const d = view.decision;
    if (!d) break;
    const side = scenario.meta.playerSide;
    const command =
      d.kind === 'reply'
        ? { type: 'player.sendReply' as const, side, items: ['fishing-rights', 'patience'] }
        : { type: 'player.choose' as const, side, option: d.options[0].id };
    const next = engine.step(snapshot, command);
    if (!next.ok) throw new Error(next.errors.join('; '));
    snapshot = next.snapshot;
  }
  return buildReview(engine, snapshot);
}

describe('meta.timeZone', () => {
  it('is optional, and an IANA name is kept for the papers', () => {
    expect(scenarioOf(MINI).meta.timeZone).toBeUndefined();
    const scenario = scenarioOf(inMeta('  timeZone: Europe/Lisbon'));
    expect(scenario.meta.timeZone).toBe('Europe/Lisbon');
    const engine = createEngine(scenario);
    const snapshot = engine.start({ seed: 1 });
    expect(readDocument(engine, snapshot, { review: true }, 'briefing')?.timeZone).toBe('Europe/Lisbon');
    const plain = createEngine(scenarioOf(MINI));
    expect(readDocument(plain, plain.start({ seed: 1 }), { review: true }, 'briefing')).not.toHaveProperty('timeZone');
  });

  it('refuses a name that is not a time zone, naming the file, the field and the fix', () => {
    expect(problems(inMeta('  timeZone: Harbour/Standard'))).toEqual([
      `${DIR}/scenario.yaml: meta.timeZone: unknown time zone "Harbour/Standard": use an IANA name such as "America/New_York", "Europe/London" or "UTC"`,
    ]);
  });
});

describe('replyBuilder.reference and the item tags', () => {
  it('old tags with no reference still load, and the review has no scorecard', () => {
    const scenario = scenarioOf(MINI);
    expect(scenario.replyBuilder?.items.map((i) => i.memo)).toEqual([
      'concession',
      'atmospherics',
      'pressure',
      'pressure',
    ]);
    const r = review(scenario);
    expect(r.reference).toBeNull();
    expect(reviewMarkdown(r)).not.toContain('scorecard');
  });

  it('a reference is offered to the deciding seat and scored in the review and its Markdown', () => {
    const scenario = scenarioOf(withReference());
    const r = review(scenario);
    expect(r.reference?.title).toBe('The charter scorecard');
    expect(r.package?.assessment.parts).toEqual([{ id: 'firm', follows: true, matched: ['patience'], refused: [] }]);
    const md = reviewMarkdown(r);
    expect(md).toContain(
      [
        '## The charter scorecard',
        '',
        'The harbour charter asked for firmness.',
        '',
        '| posture | firm |',
        '|---|---|',
        '| your package | follows |',
        '| the package actually sent | follows |',
        '',
        'It was never signed.',
        '',
        'Sources: Harbour charter, art. 2',
      ].join('\n'),
    );
  });

  it('an item tag the reference does not list is refused with the nearest one', () => {
    expect(
      problems(
        withReference((r) => r.replace('{ id: pressure, label: pressure }', '{ id: presure, label: pressure }')),
      ),
    ).toEqual([
      `${DIR}/scenario.yaml: replyBuilder.items[2].memo: no tag in replyBuilder.reference.tags "pressure" (did you mean "presure"?)`,
      `${DIR}/scenario.yaml: replyBuilder.items[3].memo: no tag in replyBuilder.reference.tags "pressure" (did you mean "presure"?)`,
      `${DIR}/scenario.yaml: replyBuilder.reference.parts[0].needs[0]: no tag in replyBuilder.reference.tags "pressure" (did you mean "presure"?)`,
    ]);
  });

  it('a reference needs its sources', () => {
    expect(problems(withReference((r) => r.replace('    sources: ["Harbour charter, art. 2"]\n', '')))).toEqual([
      `${DIR}/scenario.yaml: replyBuilder.reference.sources: missing (expected array)`,
    ]);
  });
});

describe('presentation hints on roles, tracks and documents', () => {
  it('are optional and kept when given', () => {
    const scenario = scenarioOf(
      edit('roles.yaml', (t) =>
        t.replace('office: Mayor of Northport,', 'office: Mayor of Northport, shortOffice: HARBOURMR,'),
      ),
    );
    expect(scenario.roles.filter((r) => r.shortOffice).map((r) => r.shortOffice)).toEqual(['HARBOURMR']);
  });

  it('refuses a short office too long for a name card', () => {
    const files = edit('roles.yaml', (t) =>
      t.replace('office: Mayor of Northport,', 'office: Mayor of Northport, shortOffice: THE HARBOUR MASTER,'),
    );
    expect(problems(files)).toEqual([
      `${DIR}/roles.yaml: roles.mayor.shortOffice: a short office fits a name card: at most 12 characters`,
    ]);
  });

  it('refuses a track display the board does not have', () => {
    const files = edit('scenario.yaml', (t) =>
      t.replace('{ id: goodwill, label: Goodwill,', '{ id: goodwill, display: dial, label: Goodwill,'),
    );
    expect(problems(files)).toEqual([
      `${DIR}/scenario.yaml: tracks.goodwill.display: expected one of "gauge", "defcon", got string "dial"`,
    ]);
  });

  it('takes a document’s letterhead, form, translation and cue, and refuses an unknown cue', () => {
    const front = (line: string) => edit('documents/claim.md', (t) => t.replace(/^---\n/, `---\n${line}\n`));
    const scenario = scenarioOf(
      front(
        'letterhead: { name: HARBOUR OFFICE, place: NORTHPORT }\nform: { heading: HARBOUR TELEGRAPH }\ntranslation: true\ncue: telephone',
      ),
    );
    const claim = scenario.documents.find((d) => d.id === 'claim');
    expect(claim).toMatchObject({
      letterhead: { name: 'HARBOUR OFFICE', place: 'NORTHPORT' },
      form: { heading: 'HARBOUR TELEGRAPH' },
      translation: true,
      cue: 'telephone',
    });
    expect(problems(front('cue: foghorn'))).toEqual([
      `${DIR}/documents/claim.md: cue: expected one of "teletype", "typewriter", "telephone", "paper", got string "foghorn"`,
    ]);
  });
});
