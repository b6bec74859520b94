/**
 * The scenario glossary: loading it (errors that name the file, the field and the fix), the lint for
 * a term defined twice, and the matching rules the UI marks terms by and the packets print from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { createEngine } from '../../src/engine/game';
import {
  findTerms,
  glossaryByTerm,
  glossaryIssues,
  glossaryUsedIn,
  segmentTerms,
  type TermSegment,
} from '../../src/engine/glossary';
import { loadScenario, type ScenarioFile } from '../../src/engine/loader';
import { formatIssue } from '../../src/engine/result';
import type { GlossaryEntry } from '../../src/engine/schema/scenario';
import { FIXTURES } from './helpers';

const MINI = join(FIXTURES, 'mini');
const miniFiles = (): ScenarioFile[] =>
  [
    'scenario.yaml',
    'decisions.yaml',
    'endings.yaml',
    'events.yaml',
    'roles.yaml',
    ...readdirSync(join(MINI, 'documents')).map((f) => `documents/${f}`),
  ].map((f) => ({ path: `mini/${f}`, text: readFileSync(join(MINI, f), 'utf8') }));

function loadWithGlossary(glossaryYaml: string) {
  return loadScenario([...miniFiles(), { path: 'mini/glossary.yaml', text: glossaryYaml }], 'mini');
}

const G: GlossaryEntry[] = [
  { term: 'POL', short: 'Petroleum, oil and lubricants.' },
  { term: 'IL-28', aliases: ['IL-28s'], short: 'A Soviet jet bomber.' },
  { term: 'quarantine', short: 'The naval interdiction.' },
  { term: 'U Thant', short: 'The acting Secretary-General.' },
  { term: 'ExComm', short: 'The Executive Committee.' },
];

const marked = (segments: TermSegment[]) =>
  segments.filter((s): s is Exclude<TermSegment, string> => typeof s !== 'string').map((s) => s.text);
const joined = (segments: TermSegment[]) => segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');

describe('loading a glossary', () => {
  it('a glossary.yaml in the folder is read as the glossary section', () => {
    const loaded = loadWithGlossary('glossary:\n  - term: SAM\n    short: A surface-to-air missile.\n');
    if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
    expect(loaded.value.scenario.glossary).toEqual([{ term: 'SAM', short: 'A surface-to-air missile.' }]);
    expect(loaded.value.sectionFiles.glossary).toBe('mini/glossary.yaml');
  });

  it('a scenario without a glossary still loads', () => {
    const loaded = loadScenario(miniFiles(), 'mini');
    expect(loaded.ok).toBe(true);
  });

  it('an entry without its explanation names the file, the field and what is expected', () => {
    const loaded = loadWithGlossary('glossary:\n  - term: SAM\n');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const lines = loaded.errors.map(formatIssue);
    expect(lines.some((l) => l.startsWith('mini/glossary.yaml: glossary[0].short:'))).toBe(true);
  });

  it('a misspelt field is named with the field it most likely meant', () => {
    const loaded = loadWithGlossary('glossary:\n  - term: SAM\n    shorts: A missile.\n');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const text = loaded.errors.map(formatIssue).join('\n');
    expect(text).toContain('mini/glossary.yaml: glossary[0].shorts: unknown field "shorts"');
    expect(text).toMatch(/did you mean "short"/);
  });

  it('an empty term is refused with the path to it', () => {
    const loaded = loadWithGlossary('glossary:\n  - term: "  "\n    short: Nothing.\n');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map(formatIssue).join('\n')).toContain('glossary[0].term: expected some text');
  });
});

describe('the glossary lint', () => {
  it('warns, naming both entries, when a term is defined twice (as a term or an alias, in any case)', () => {
    const loaded = loadWithGlossary(
      [
        'glossary:',
        '  - { term: SAM, short: One. }',
        '  - { term: POL, short: Two. }',
        '  - { term: sam, short: Three. }',
        '  - { term: Petrol, aliases: [POL], short: Four. }',
      ].join('\n'),
    );
    if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
    const issues = glossaryIssues(loaded.value.scenario, loaded.value.sectionFiles, 'mini');
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['glossary[2].term', 'warning'],
      ['glossary[3].aliases[0]', 'warning'],
    ]);
    expect(formatIssue(issues[0])).toMatch(
      /^mini\/glossary\.yaml: glossary\[2\]\.term: warning: "sam" is defined twice/,
    );
    expect(issues[0].message).toContain('glossary[0]');
    // The lint runs as part of `scenario check`, and a warning does not fail the scenario.
    const all = checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, 'mini', {
      games: 5,
      seed: 1,
    });
    expect(all.filter((i) => i.path.startsWith('glossary'))).toHaveLength(2);
  });

  it('Black Saturday defines each term once and covers the terms the play-tests asked for', () => {
    const loaded = loadScenarioFolder('scenarios/black-saturday');
    if (!loaded.ok) throw new Error('black-saturday does not load');
    const { scenario, sectionFiles } = loaded.value;
    expect(glossaryIssues(scenario, sectionFiles, 'scenarios/black-saturday')).toEqual([]);
    const terms = (scenario.glossary ?? []).map((e) => e.term);
    for (const t of ['ExComm', 'MRBM', 'IRBM', 'IL-28', 'SAM', 'POL', 'U-2', 'DEFCON', 'quarantine', 'Jupiter']) {
      expect(terms).toContain(t);
    }
    for (const t of ['FRUS', 'Presidium', 'OAS', 'NATO', 'Mongoose', 'U Thant']) expect(terms).toContain(t);
  });
});

describe('finding terms in a text', () => {
  it('marks only the first occurrence of each term', () => {
    const seen = new Set<string>();
    const segments = segmentTerms('POL today, POL tomorrow; the ExComm and the ExComm.', G, seen);
    expect(marked(segments)).toEqual(['POL', 'ExComm']);
    // ...and across texts of one card: the seen set carries over.
    expect(marked(segmentTerms('More POL, and a quarantine.', G, seen))).toEqual(['quarantine']);
  });

  it('matches whole words only', () => {
    expect(marked(segmentTerms('POLARIS and POLITICS, SPOL and POL2', G, new Set()))).toEqual([]);
    expect(marked(segmentTerms('(POL), "POL"', G, new Set()))).toEqual(['POL']);
    expect(marked(segmentTerms('quarantined ships', G, new Set()))).toEqual([]);
  });

  it('a lower-case term matches in any case; a term with capitals only as written', () => {
    expect(marked(segmentTerms('Quarantine first.', G, new Set()))).toEqual(['Quarantine']);
    expect(marked(segmentTerms('QUARANTINE first.', G, new Set()))).toEqual(['QUARANTINE']);
    expect(marked(segmentTerms('the pol and the Pol and excomm', G, new Set()))).toEqual([]);
  });

  it('prefers the longest spelling at a place and handles spellings with a space or a hyphen', () => {
    const found = findTerms('The IL-28s and U Thant’s appeal', G);
    expect(found.map((m) => [m.entry.term, 'The IL-28s and U Thant’s appeal'.slice(m.start, m.end)])).toEqual([
      ['IL-28', 'IL-28s'],
      ['U Thant', 'U Thant'],
    ]);
  });

  it('text stays text: the segments join back to the input exactly, markup characters included', () => {
    const input = '<b>POL</b> & <script>alert("ExComm")</script> quarantine';
    const segments = segmentTerms(input, G, new Set());
    expect(joined(segments)).toBe(input);
    expect(marked(segments)).toEqual(['POL', 'ExComm', 'quarantine']);
  });
});

describe('glossaryUsedIn (for the student packets)', () => {
  it('returns the entries a set of texts uses, in the glossary’s order, each once', () => {
    const used = glossaryUsedIn(G, ['Ask U Thant.', 'No POL yet; POL later.', 'Nothing here.']);
    expect(used.map((e) => e.term)).toEqual(['POL', 'U Thant']);
  });

  it('gives an empty list for no glossary or no texts', () => {
    expect(glossaryUsedIn(undefined, ['POL'])).toEqual([]);
    expect(glossaryUsedIn(G, [])).toEqual([]);
  });

  it('the glossary page’s order is alphabetical, ignoring case', () => {
    expect(glossaryByTerm(G).map((e) => e.term)).toEqual(['ExComm', 'IL-28', 'POL', 'quarantine', 'U Thant']);
  });
});
