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

/**
 * Limits on what a scenario file may hold (docs/scenario-format.md, "Limits"). They are far beyond any
 * real scenario and exist so a damaged or hostile file is refused with a message instead of hanging
 * or crashing the loader.
 */
export const LIMITS = {
  /** Characters in one file (a YAML file or a document with its front matter). */
  fileChars: 1_000_000,
  /** Characters in one document file: the longest in Black Saturday is about 5,000. */
  documentChars: 100_000,
  /** Levels of nesting in a YAML file (conditions inside conditions are the deepest real case). */
  depth: 64,
  /** Nodes an alias may expand to: reusing an anchor is fine, an "alias bomb" is not. */
  aliasExpansion: 100_000,
} as const;

/** Where a value nests deeper than the limit, as a path; undefined when it does not. Iterative. */
function tooDeep(value: unknown, limit: number): (string | number)[] | undefined {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (!node || typeof node !== 'object') continue;
    if (path.length >= limit) return path;
    for (const [key, child] of Object.entries(node)) {
      stack.push({ node: child, path: [...path, Array.isArray(node) ? Number(key) : key] });
    }
  }
  return undefined;
}

/** Text a YAML or Markdown file should not hold: NULs mean UTF-16 (or binary) read as UTF-8. */
function encodingProblem(text: string): string | undefined {
  if (text.includes('\u0000'))
    return 'not UTF-8 text (it holds NUL characters, as a UTF-16 file does): save it as UTF-8';
  return undefined;
}

function parseYaml(file: ScenarioFile, issues: ScenarioIssue[], lineOffset = 0): ParsedYaml {
  const refuse = (path: string, message: string): ParsedYaml => {
    issues.push({ file: file.path, path, message });
    return { ok: false, value: undefined };
  };
  const encoding = encodingProblem(file.text);
  if (encoding) return refuse('', encoding);
  if (file.text.length > LIMITS.fileChars)
    return refuse(
      '',
      `too large (${file.text.length} characters; the limit is ${LIMITS.fileChars}): split it into several files`,
    );
  const doc = parseDocument(file.text.replace(/^\uFEFF/, ''), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The first error is the real one; the rest are usually the parser losing its footing after it.
    const error = doc.errors[0];
    const pos = error.linePos?.[0];
    const where = pos ? `line ${pos.line + lineOffset}, column ${pos.col}` : '';
    const first = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const message = /call stack/i.test(first) ? `nested too deeply (the limit is ${LIMITS.depth} levels)` : first;
    return refuse(where, `not valid YAML: ${message}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.aliasExpansion });
  } catch (error) {
    // The yaml library throws when aliases expand beyond maxAliasCount (the "billion laughs" attack).
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      return refuse(
        '',
        `its aliases (*name) expand to more than ${LIMITS.aliasExpansion} values: copy the data instead of nesting aliases of aliases`,
      );
    return refuse('', `not readable as YAML data: ${(error as Error).message}`);
  }
  const deep = tooDeep(value, LIMITS.depth);
  if (deep) {
    // The first levels locate it; the full path would be as long as the nesting.
    return refuse(
      `${formatPath(value, deep.slice(0, 6))}…`,
      `nested too deeply (more than ${LIMITS.depth} levels): check the indentation`,
    );
  }
  return { ok: true, value };
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
      const optional =
        name === 'replyBuilder' ||
        name === 'events' ||
        name === 'glossary' ||
        name === 'lessons' ||
        name === 'epilogue' ||
        name === 'memos';
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
    const encoding = encodingProblem(file.text);
    if (encoding || file.text.length > LIMITS.documentChars) {
      issues.push({
        file: file.path,
        path: '',
        message:
          encoding ??
          `too long (${file.text.length} characters; a document may have at most ${LIMITS.documentChars}): split it into several documents`,
      });
      continue;
    }
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
