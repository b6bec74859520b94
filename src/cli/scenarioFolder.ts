/**
 * Reads a scenario folder from disk into the loader's files (the engine itself never touches I/O).
 * Whatever is on the disk, the outcome is files or located problems, never an exception: a folder
 * named like a document, a broken link, a link out of the scenario folder, a file where the documents
 * folder belongs, bytes that are not UTF-8.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeScenarioText } from '../engine/loader/encoding.ts';
import { type LoadedScenario, loadScenario, type ScenarioFile } from '../engine/loader/index.ts';
import { fail, type Result, type ScenarioIssue } from '../engine/result.ts';

export interface ScenarioFolderRead {
  files: ScenarioFile[];
  problems: ScenarioIssue[];
}

/** Why a symbolic link cannot be followed (broken, or leading out of the scenario folder), or undefined. */
function linkProblem(path: string, root: string): string | undefined {
  if (!lstatSync(path).isSymbolicLink()) return undefined;
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'a link to nothing (a broken symbolic link): remove it or copy the real file here';
  }
  if (target !== root && !target.startsWith(root + sep))
    return 'a link out of the scenario folder: copy the file into the folder instead (a scenario is shared as one folder)';
  return undefined;
}

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

export function readScenarioFolder(folder: string): ScenarioFolderRead {
  const files: ScenarioFile[] = [];
  const problems: ScenarioIssue[] = [];
  const base = relative(process.cwd(), folder) || folder;
  const root = realpathSync(folder);
  const cannotRead = (file: string, error: unknown) =>
    problems.push({
      file,
      path: '',
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): check that it exists and its permissions`,
    });
  const readEntry = (dir: string, shown: string, name: string) => {
    const path = join(dir, name);
    const file = join(shown, name);
    try {
      const problem =
        linkProblem(path, root) ??
        (statSync(path).isFile() ? undefined : 'a folder, not a file: rename it or move it out of the scenario folder');
      if (problem) return problems.push({ file, path: '', message: problem });
      const decoded = decodeScenarioText(readFileSync(path));
      if ('problem' in decoded) return problems.push({ file, path: '', message: decoded.problem });
      files.push({ path: file, text: decoded.text });
    } catch (error) {
      cannotRead(file, error);
    }
  };
  for (const name of readdirSync(folder).sort()) {
    if (/\.ya?ml$/i.test(name)) readEntry(folder, base, name);
  }
  const documents = join(folder, 'documents');
  const shownDocuments = join(base, 'documents');
  if (exists(documents)) {
    try {
      const problem =
        linkProblem(documents, root) ??
        (statSync(documents).isDirectory()
          ? undefined
          : 'a file where the documents folder belongs: make documents/ a folder of .md files');
      if (problem) problems.push({ file: shownDocuments, path: '', message: problem });
      else
        for (const name of readdirSync(documents).sort()) {
          if (name.endsWith('.md')) readEntry(documents, shownDocuments, name);
        }
    } catch (error) {
      cannotRead(shownDocuments, error);
    }
  }
  return { files, problems };
}

/** The files alone, for callers that have already checked the folder (tests, the bundle writer). */
export function readScenarioFiles(folder: string): ScenarioFile[] {
  return readScenarioFolder(folder).files;
}

export function loadScenarioFolder(folder: string): Result<LoadedScenario, ScenarioIssue> {
  const base = relative(process.cwd(), folder) || folder;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return fail([
      { file: base, path: '', message: 'no such scenario folder (give the path to a folder holding scenario.yaml)' },
    ]);
  }
  let read: ScenarioFolderRead;
  try {
    read = readScenarioFolder(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail([{ file: base, path: '', message: `cannot be read (${code}): check the folder's permissions` }]);
  }
  const { files, problems } = read;
  // Problems on the disk come first: the loader's complaints about what is then missing follow from them.
  if (problems.length > 0) return fail(problems);
  return loadScenario(files, base);
}
