/** Reads a scenario folder from disk into the loader's files (the engine itself never touches I/O). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type LoadedScenario, loadScenario, type ScenarioFile } from '../engine/loader/index.ts';
import { fail, type Result, type ScenarioIssue } from '../engine/result.ts';

export function readScenarioFiles(folder: string): ScenarioFile[] {
  const files: ScenarioFile[] = [];
  const base = relative(process.cwd(), folder) || folder;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (/\.ya?ml$/i.test(name) && statSync(path).isFile()) {
      files.push({ path: join(base, name), text: readFileSync(path, 'utf8') });
    }
  }
  const documents = join(folder, 'documents');
  if (existsSync(documents)) {
    for (const name of readdirSync(documents)) {
      if (name.endsWith('.md'))
        files.push({ path: join(base, 'documents', name), text: readFileSync(join(documents, name), 'utf8') });
    }
  }
  return files;
}

export function loadScenarioFolder(folder: string): Result<LoadedScenario, ScenarioIssue> {
  const base = relative(process.cwd(), folder) || folder;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return fail([
      { file: base, path: '', message: 'no such scenario folder (give the path to a folder holding scenario.yaml)' },
    ]);
  }
  return loadScenario(readScenarioFiles(folder), base);
}
