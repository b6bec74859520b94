import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleScenario } from '../../src/cli/bundleCommand';
import { loadScenarioFolder, readScenarioFiles } from '../../src/cli/scenarioFolder';
import { loadScenario } from '../../src/engine/loader';
import {
  BUNDLE_FORMAT,
  bundleText,
  createBundle,
  parseBundle,
  pickedScenario,
  scenarioFolder,
} from '../../src/engine/loader/bundle';
import { validateScenarioFiles } from '../../src/engine/loader/validateBundle';
import { formatIssue } from '../../src/engine/result';

const BLACK_SATURDAY = 'scenarios/black-saturday';
/** Counted from the folder, so adding a paper to the scenario does not break these tests. */
const DOCUMENT_FILES = readdirSync(join(BLACK_SATURDAY, 'documents')).filter((f) => f.endsWith('.md')).length;
const YAML_FILES = readdirSync(BLACK_SATURDAY).filter((f) => f.endsWith('.yaml')).length;
const DANGLING = 'tests/fixtures/broken/dangling-next';
/** What `npm run scenario -- check tests/fixtures/broken/dangling-next` prints (see tests/engine/broken.test.ts). */
const DANGLING_MESSAGE = `${DANGLING}/decisions.yaml: decisions.south-answer.options[1].next: no decision or ending "stanoff" (did you mean "standoff"?)`;

const scratch = mkdtempSync(join(tmpdir(), 'eyes-only-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Reads a bundle file as the browser does: parse it, find its folder, load its files. */
function loadBundleFile(path: string, name = path) {
  const files = parseBundle(readFileSync(path, 'utf8'), name);
  if (!files.ok) throw new Error(files.errors.map(formatIssue).join('\n'));
  return loadScenario(files.value, scenarioFolder(files.value.map((f) => f.path)));
}

describe('a scenario bundle (npm run scenario -- bundle <folder>)', () => {
  it('round-trips Black Saturday: loading the bundle gives the scenario the folder gives', () => {
    const out = join(scratch, 'black-saturday.scenario.json');
    const outcome = bundleScenario(BLACK_SATURDAY, { out });
    expect(outcome).toEqual({ written: out, files: YAML_FILES + DOCUMENT_FILES, problems: [] });
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    expect(bundle.version).toBe(1);
    expect(Object.keys(bundle).sort()).toEqual(['files', 'format', 'version']);
    const fromBundle = loadBundleFile(out);
    const fromFolder = loadScenarioFolder(BLACK_SATURDAY);
    expect(fromBundle.ok && fromFolder.ok).toBe(true);
    if (!fromBundle.ok || !fromFolder.ok) return;
    expect(fromBundle.value.scenario).toEqual(fromFolder.value.scenario);
    expect(fromBundle.value.sectionFiles).toEqual(fromFolder.value.sectionFiles);
    expect(fromBundle.value.scenario.roles).toHaveLength(21);
    expect(fromBundle.value.scenario.documents).toHaveLength(DOCUMENT_FILES);
  });

  it('names the bundle after the scenario’s id by default', () => {
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      const outcome = bundleScenario(join(cwd, 'tests/fixtures/scenarios/mini'));
      expect(outcome.written).toBe('mini.scenario.json');
    } finally {
      process.chdir(cwd);
    }
  });

  it('is stable: the same folder always gives the same text', () => {
    const files = readScenarioFiles(BLACK_SATURDAY);
    expect(bundleText(createBundle(files))).toBe(bundleText(createBundle([...files].reverse())));
  });

  it('refuses a broken scenario with the scenario tool’s messages, and bundles it with --force', () => {
    const out = join(scratch, 'dangling.scenario.json');
    expect(bundleScenario(DANGLING, { out })).toEqual({ files: 0, problems: [DANGLING_MESSAGE] });
    expect(bundleScenario(DANGLING, { out, force: true })).toEqual({
      written: out,
      files: 9,
      problems: [DANGLING_MESSAGE],
    });
    const loaded = loadBundleFile(out);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map(formatIssue)).toEqual([DANGLING_MESSAGE]);
  });

  it('the broken fixture bundle fails in the browser’s check with the exact CLI message', () => {
    const path = 'tests/fixtures/bundles/dangling-next.scenario.json';
    const files = parseBundle(readFileSync(path, 'utf8'), 'dangling-next.scenario.json');
    expect(files.ok).toBe(true);
    if (!files.ok) return;
    const folder = scenarioFolder(files.value.map((f) => f.path));
    expect(folder).toBe(DANGLING);
    const checked = validateScenarioFiles(files.value, folder);
    expect(checked).toMatchObject({ ok: false, stage: 'load' });
    if (!checked.ok) expect(checked.errors.map(formatIssue)).toEqual([DANGLING_MESSAGE]);
    // The same as the loader gives for the folder itself.
    const cli = loadScenarioFolder(DANGLING);
    expect(cli.ok).toBe(false);
    if (!cli.ok && !checked.ok) expect(checked.errors.map(formatIssue)).toEqual(cli.errors.map(formatIssue));
  });

  it('keeps the fixture bundles up to date with their folders', () => {
    for (const [bundle, folder] of [
      ['tests/fixtures/bundles/dangling-next.scenario.json', DANGLING],
      ['tests/fixtures/bundles/mini.scenario.json', 'tests/fixtures/scenarios/mini'],
    ]) {
      expect(
        readFileSync(bundle, 'utf8'),
        `${bundle}: rerun npm run scenario -- bundle ${folder} --force --out ${bundle}`,
      ).toBe(bundleText(createBundle(readScenarioFiles(folder))));
    }
  });

  it('the good fixture bundle passes the whole check (load and lint)', () => {
    const files = parseBundle(readFileSync('tests/fixtures/bundles/mini.scenario.json', 'utf8'), 'mini.scenario.json');
    if (!files.ok) throw new Error('not a bundle');
    const checked = validateScenarioFiles(files.value, scenarioFolder(files.value.map((f) => f.path)));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.scenario.meta.id).toBe('mini');
  });

  it('reports the lint’s problems as the CLI check does', () => {
    const folder = 'tests/fixtures/broken/cycle-no-exit';
    const checked = validateScenarioFiles(readScenarioFiles(folder), folder, { games: 500, seed: 1 });
    expect(checked).toMatchObject({ ok: false, stage: 'check' });
    if (!checked.ok)
      expect(checked.errors.map(formatIssue)).toEqual([
        `${folder}/decisions.yaml: decisions.opening-again: a dead end: no way from here leads to any ending (a loop with no exit, or nowhere to go)`,
      ]);
  });
});

describe('reading a bundle that is not one', () => {
  it('says what is wrong, naming the file', () => {
    const fail = (text: string) => {
      const result = parseBundle(text, 'x.json');
      return result.ok ? [] : result.errors.map(formatIssue);
    };
    expect(fail('{ nope')[0]).toMatch(/^x\.json: not a scenario bundle: not valid JSON/);
    expect(fail('[]')).toEqual([
      'x.json: not a scenario bundle: expected a JSON object with format, version and files',
    ]);
    expect(fail('{"format":"zip"}')[0]).toMatch(
      /^x\.json: format: not a scenario bundle: expected format "eyes-only-scenario-bundle"/,
    );
    expect(fail(`{"format":"${BUNDLE_FORMAT}","version":2,"files":[]}`)).toEqual([
      'x.json: version: this game reads bundles of version 1, not 2',
    ]);
    expect(fail(`{"format":"${BUNDLE_FORMAT}","version":1,"files":[{"path":"a.yaml"}]}`)).toEqual([
      'x.json: files[0].text: expected the file’s content as text',
    ]);
  });
});

describe('files a teacher picks in the browser', () => {
  const files = readScenarioFiles(BLACK_SATURDAY);
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);

  it('a folder pick reads what the scenario tool reads, and leaves the rest', () => {
    const picked = [
      ...files.map((f) => ({ name: name(f.path), relativePath: f.path.replace('scenarios/', ''), text: f.text })),
      { name: 'README.md', relativePath: 'black-saturday/README.md', text: '# Notes' },
      { name: 'seed-memo.txt', relativePath: 'black-saturday/sources/seed-memo.txt', text: 'memo' },
    ];
    const result = pickedScenario(picked);
    expect(result.folder).toBe('black-saturday');
    expect(result.ignored).toEqual(['black-saturday/README.md', 'black-saturday/sources/seed-memo.txt']);
    expect(result.files).toHaveLength(YAML_FILES + DOCUMENT_FILES);
    const loaded = loadScenario(result.files, result.folder);
    const folder = loadScenarioFolder(BLACK_SATURDAY);
    expect(loaded.ok && folder.ok).toBe(true);
    if (loaded.ok && folder.ok) {
      const withoutFiles = (s: typeof loaded.value.scenario) => ({
        ...s,
        documents: s.documents.map(({ file: _file, ...d }) => d),
      });
      expect(withoutFiles(loaded.value.scenario)).toEqual(withoutFiles(folder.value.scenario));
    }
  });

  it('loose files: YAML by name, Markdown as documents (a README without front matter is left)', () => {
    const picked = [
      ...files.map((f) => ({ name: name(f.path), text: f.text })),
      { name: 'README.md', text: '# Notes' },
      { name: 'notes.txt', text: 'x' },
    ];
    const result = pickedScenario(picked);
    expect(result.folder).toBe('.');
    expect(result.ignored).toEqual(['README.md', 'notes.txt']);
    expect(result.files.filter((f) => f.path.startsWith('documents/'))).toHaveLength(DOCUMENT_FILES);
    const loaded = loadScenario(result.files, result.folder);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.scenario.documents.map((d) => d.file)).toContain('documents/rfk-report.md');
  });

  it('loose files: a Markdown file without front matter is reported by the loader', () => {
    const picked = [
      ...files.map((f) => ({ name: name(f.path), text: f.text })),
      { name: 'draft.md', text: 'no front matter' },
    ];
    const loaded = loadScenario(pickedScenario(picked).files, '.');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map(formatIssue)[0]).toMatch(/^documents\/draft\.md: missing front matter/);
  });

  it('loose files without scenario.yaml: the loader asks for it', () => {
    const picked = files
      .filter((f) => !f.path.endsWith('/scenario.yaml'))
      .map((f) => ({ name: name(f.path), text: f.text }));
    const loaded = loadScenario(pickedScenario(picked).files, '.');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors.map(formatIssue)[0]).toBe(
        './scenario.yaml: missing: every scenario needs a scenario.yaml with its meta section',
      );
  });

  it('finds the scenario’s folder', () => {
    expect(scenarioFolder(['a/b/scenario.yaml', 'a/b/documents/x.md'])).toBe('a/b');
    expect(scenarioFolder(['x/scenario.yml', 'x/y/scenario.yaml'])).toBe('x');
    expect(scenarioFolder(['a/b/roles.yaml', 'a/b/decisions.yaml'])).toBe('a/b');
    expect(scenarioFolder(['a/b/roles.yaml', 'a/c/decisions.yaml'])).toBe('a');
    expect(scenarioFolder(['roles.yaml'])).toBe('.');
  });
});
