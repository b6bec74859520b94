/**
 * Reads a scenario from its files' text. Pure: the caller does the I/O (the CLI reads a folder, the
 * browser bundles the files, a teacher's upload arrives as text), so one loader serves them all.
 */
import { parseDocument } from 'yaml';
import { fail, ok, type Result, type ScenarioIssue } from '../result.ts';
import {
  DocumentMeta,
  type Scenario,
  type ScenarioDocument,
  type ScenarioSections,
  SECTION_NAMES,
  ScenarioSections as SectionsSchema,
} from '../schema/scenario.ts';
import { crossReference } from './crossReference.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { didYouMean } from './suggest.ts';
import { explainIssue, formatPath } from './zodIssues.ts';

export interface ScenarioFile {
  /** As the author would name it, e.g. "scenarios/black-saturday/decisions.yaml". */
  path: string;
  text: string;
}

const isYaml = (path: string) => /\.ya?ml$/i.test(path) && !/\/documents\//.test(path);
const isDocument = (path: string) => /\/?documents\/[^/]+\.md$/i.test(path);

interface ParsedYaml {
  ok: boolean;
  value: unknown;
}

function parseYaml(file: ScenarioFile, issues: ScenarioIssue[], lineOffset = 0): ParsedYaml {
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The first error is the real one; the rest are usually the parser losing its footing after it.
    const error = doc.errors[0];
    const pos = error.linePos?.[0];
    const where = pos ? `line ${pos.line + lineOffset}, column ${pos.col}` : '';
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    issues.push({ file: file.path, path: where, message: `not valid YAML: ${message}` });
    return { ok: false, value: undefined };
  }
  return { ok: true, value: doc.toJS() };
}

function validateSection(name: keyof ScenarioSections, raw: unknown, file: string, issues: ScenarioIssue[]): unknown {
  const schema = (
    SCHEMA_BY_SECTION as Record<
      string,
      { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: unknown[] } } }
    >
  )[name];
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const root = { [name]: raw };
  for (const issue of (result.error?.issues ?? []) as Parameters<typeof explainIssue>[0][]) {
    for (const located of explainIssue(issue, root, [name])) {
      issues.push({ file, path: formatPath(root, located.path), message: located.message });
    }
  }
  return undefined;
}

const SCHEMA_BY_SECTION = SectionsSchema.shape;

/** Which file each section came from, so later passes can point at the right file. */
export type SectionFiles = Partial<Record<keyof ScenarioSections, string>>;

export interface LoadedScenario {
  scenario: Scenario;
  sectionFiles: SectionFiles;
}

export function loadScenario(
  files: readonly ScenarioFile[],
  folder = 'scenario',
): Result<LoadedScenario, ScenarioIssue> {
  const issues: ScenarioIssue[] = [];
  const raw: Partial<Record<keyof ScenarioSections, unknown>> = {};
  const sectionFiles: SectionFiles = {};

  const yamlFiles = files.filter((f) => isYaml(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  if (!yamlFiles.some((f) => /(^|\/)scenario\.ya?ml$/i.test(f.path))) {
    issues.push({
      file: `${folder}/scenario.yaml`,
      path: '',
      message: 'missing: every scenario needs a scenario.yaml with its meta section',
    });
  }
  let unreadable = false;
  for (const file of yamlFiles) {
    const parsed = parseYaml(file, issues);
    if (!parsed.ok) {
      unreadable = true;
      continue;
    }
    if (parsed.value === null || parsed.value === undefined) continue;
    if (typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      issues.push({
        file: file.path,
        path: '',
        message: `expected a mapping of sections (${SECTION_NAMES.join(', ')}), got ${Array.isArray(parsed.value) ? 'a list' : typeof parsed.value}`,
      });
      continue;
    }
    for (const [key, value] of Object.entries(parsed.value as Record<string, unknown>)) {
      if (key.startsWith('$')) continue; // editor hints such as $schema
      if (!(SECTION_NAMES as string[]).includes(key)) {
        issues.push({
          file: file.path,
          path: key,
          message: `unknown section "${key}"${didYouMean(key, SECTION_NAMES)}; sections are ${SECTION_NAMES.join(', ')}`,
        });
        continue;
      }
      const name = key as keyof ScenarioSections;
      if (sectionFiles[name]) {
        issues.push({
          file: file.path,
          path: key,
          message: `section "${key}" is already in ${sectionFiles[name]}; keep each section in one file`,
        });
        continue;
      }
      sectionFiles[name] = file.path;
      raw[name] = value;
    }
  }

  const sections: Partial<ScenarioSections> = {};
  for (const name of SECTION_NAMES) {
    if (!(name in raw)) {
      const optional = name === 'replyBuilder' || name === 'events';
      // A section missing because its file could not be read is already reported as that file's error.
      if (!optional && !unreadable)
        issues.push({
          file: `${folder}/scenario.yaml`,
          path: name,
          message: `missing section "${name}" (put it in scenario.yaml or a file of its own, e.g. ${name}.yaml)`,
        });
      continue;
    }
    const value = validateSection(name, raw[name], sectionFiles[name] as string, issues);
    if (value !== undefined) (sections as Record<string, unknown>)[name] = value;
  }

  const documents: ScenarioDocument[] = [];
  const documentFiles = new Map<string, string>();
  for (const file of files.filter((f) => isDocument(f.path)).sort((a, b) => a.path.localeCompare(b.path))) {
    const split = splitFrontMatter(file.text);
    if (!split) {
      issues.push({
        file: file.path,
        path: '',
        message:
          "missing front matter: start the file with a line '---', then the document's fields in YAML, then a line '---' and the body",
      });
      continue;
    }
    const parsed = parseYaml({ path: file.path, text: split.frontMatter }, issues, split.firstLine - 1);
    if (!parsed.ok) continue;
    const result = DocumentMeta.safeParse(parsed.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const located of explainIssue(issue, parsed.value)) {
          issues.push({ file: file.path, path: formatPath(parsed.value, located.path), message: located.message });
        }
      }
      continue;
    }
    const previous = documentFiles.get(result.data.id);
    if (previous) {
      issues.push({
        file: file.path,
        path: 'id',
        message: `document id "${result.data.id}" is already used by ${previous}`,
      });
      continue;
    }
    if (result.data.rendering !== 'verbatim' && split.body.trim() === '') {
      issues.push({
        file: file.path,
        path: '',
        message: 'the document has no body: write the summary below the front matter',
      });
    }
    documentFiles.set(result.data.id, file.path);
    documents.push({ ...result.data, body: split.body, file: file.path });
  }

  if (issues.length > 0) return fail(issues);
  const scenario: Scenario = { ...(sections as ScenarioSections), documents };
  const crossIssues = crossReference(scenario, sectionFiles, folder);
  if (crossIssues.length > 0) return fail(crossIssues);
  return ok({ scenario, sectionFiles });
}
