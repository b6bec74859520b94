/**
 * A scenario as one file a teacher can pass around: `npm run scenario -- bundle <folder>` writes
 * `<id>.scenario.json`, plain JSON holding the folder's files as text (no archive format, so the
 * browser needs no library to open it). Also the rules for turning files a teacher picked in the
 * browser (several files, a folder or a bundle) into the loader's files. Pure: no I/O.
 */

import { fail, ok, type Result, type ScenarioIssue } from '../result';
import { splitFrontMatter } from './frontMatter';
import type { ScenarioFile } from './index';

export const BUNDLE_FORMAT = 'eyes-only-scenario-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_SUFFIX = '.scenario.json';

export interface ScenarioBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  files: ScenarioFile[];
}

const slashes = (path: string) => path.replace(/\\/g, '/');

/** The bundle of a scenario's files, paths with forward slashes, in path order (stable output). */
export function createBundle(files: readonly ScenarioFile[]): ScenarioBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    files: files
      .map((f) => ({ path: slashes(f.path), text: f.text }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

export const bundleText = (bundle: ScenarioBundle) => `${JSON.stringify(bundle, null, 2)}\n`;

/** The bundle's file name: `<id>.scenario.json`. */
export const bundleFileName = (id: string) => `${id}${BUNDLE_SUFFIX}`;

/** Reads a bundle's text; a file that is not one is refused with a message that says what it is. */
export function parseBundle(text: string, name: string): Result<ScenarioFile[], ScenarioIssue> {
  const refuse = (path: string, message: string) => fail([{ file: name, path, message }]);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse('', `not a scenario bundle: not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('', 'not a scenario bundle: expected a JSON object with format, version and files');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT) {
    return refuse(
      'format',
      `not a scenario bundle: expected format "${BUNDLE_FORMAT}" (made by npm run scenario -- bundle <folder>)`,
    );
  }
  if (record.version !== BUNDLE_VERSION) {
    return refuse(
      'version',
      `this game reads bundles of version ${BUNDLE_VERSION}, not ${JSON.stringify(record.version)}`,
    );
  }
  if (!Array.isArray(record.files) || record.files.length === 0) {
    return refuse('files', 'expected a list of files, each { path, text }');
  }
  const files: ScenarioFile[] = [];
  for (const [i, entry] of record.files.entries()) {
    const file = entry as Record<string, unknown> | null;
    if (typeof file !== 'object' || file === null || typeof file.path !== 'string' || file.path.trim() === '') {
      return refuse(`files[${i}].path`, 'expected the file’s path as text');
    }
    if (typeof file.text !== 'string') return refuse(`files[${i}].text`, 'expected the file’s content as text');
    files.push({ path: slashes(file.path), text: file.text });
  }
  return ok(files);
}

const dirname = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * The scenario's folder among its files: where scenario.yaml is (the shallowest, if several), else
 * the folder the YAML files share. The loader names it in messages about a missing file, so it is
 * what the scenario tool would print for the same folder.
 */
export function scenarioFolder(paths: readonly string[]): string {
  const depth = (p: string) => p.split('/').length;
  const scenarioYaml = paths
    .filter((p) => /(^|\/)scenario\.ya?ml$/i.test(p))
    .sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))[0];
  if (scenarioYaml !== undefined) return dirname(scenarioYaml) || '.';
  const yaml = paths.filter((p) => /\.ya?ml$/i.test(p));
  const dirs = (yaml.length > 0 ? yaml : paths).map(dirname);
  if (dirs.length === 0) return '.';
  let common = dirs[0];
  for (const d of dirs) {
    while (common !== '' && d !== common && !d.startsWith(`${common}/`)) common = dirname(common);
  }
  return common || '.';
}

/** A file a teacher picked: its name, its path inside a picked folder (if any) and its text. */
export interface PickedFile {
  name: string;
  /** `webkitRelativePath` for a folder pick, e.g. "black-saturday/documents/rfk-report.md"; else "". */
  relativePath?: string;
  text: string;
}

export interface PickedScenario {
  files: ScenarioFile[];
  folder: string;
  /** Picked files that are not part of a scenario (a README, notes, images...), by path. */
  ignored: string[];
}

/** Whether a Markdown file opens with YAML front matter, as every scenario document does. */
export const hasFrontMatter = (text: string) => splitFrontMatter(text) !== undefined;

/**
 * The loader's files from what a teacher picked. From a folder, as the scenario tool reads one: the
 * YAML files beside scenario.yaml and the Markdown files in its documents/ folder. From loose files
 * (their folders unknown), every YAML file, and every Markdown file as a document: one with front
 * matter is one, and one without is reported by the loader as missing it, except a README without
 * front matter, which is notes for people.
 */
export function pickedScenario(picked: readonly PickedFile[]): PickedScenario {
  const withPaths = picked.map((p) => ({ ...p, path: slashes(p.relativePath || p.name) }));
  const loose = withPaths.every((p) => !p.path.includes('/'));
  const files: ScenarioFile[] = [];
  const ignored: string[] = [];
  if (loose) {
    for (const p of withPaths) {
      if (/\.ya?ml$/i.test(p.name)) files.push({ path: p.name, text: p.text });
      else if (/\.md$/i.test(p.name) && (hasFrontMatter(p.text) || !/^readme\.md$/i.test(p.name)))
        files.push({ path: `documents/${p.name}`, text: p.text });
      else ignored.push(p.path);
    }
    return { files, folder: '.', ignored };
  }
  const folder = scenarioFolder(withPaths.map((p) => p.path));
  const inside = folder === '.' ? '' : `${folder}/`;
  for (const p of withPaths) {
    const rest = p.path.startsWith(inside) ? p.path.slice(inside.length) : null;
    if (rest !== null && !rest.includes('/') && /\.ya?ml$/i.test(rest)) files.push({ path: p.path, text: p.text });
    else if (rest !== null && /^documents\/[^/]+\.md$/i.test(rest)) files.push({ path: p.path, text: p.text });
    else ignored.push(p.path);
  }
  return { files, folder, ignored: ignored.sort() };
}

/** Whether a picked file is a bundle by its name (the content decides in the end). */
export const looksLikeBundle = (name: string) => /\.json$/i.test(name);
