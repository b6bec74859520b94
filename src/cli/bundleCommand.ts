/**
 * `npm run scenario -- bundle <folder> [--out FILE] [--force]`: writes the scenario's files into one
 * JSON file, `<id>.scenario.json`, that a teacher opens in the game with "Load your own scenario".
 * A scenario that does not load is refused with the loader's messages, unless --force (to share a
 * broken scenario with someone who can help, or for tests).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { bundleFileName, bundleText, createBundle } from '../engine/loader/bundle';
import { formatIssue } from '../engine/result';
import { writeOutput } from './output';
import { loadScenarioFolder, readScenarioFiles } from './scenarioFolder';

export interface BundleOptions {
  out?: string;
  force?: boolean;
}

export interface BundleOutcome {
  /** Where the bundle was written; absent when it was refused. */
  written?: string;
  files: number;
  /** The loader's messages when the scenario does not load (formatIssue), as `check` prints them. */
  problems: string[];
  /** Why the bundle could not be written (a bad --out), when it could not. */
  unwritten?: string;
}

/** The scenario's id for the file name, read from scenario.yaml even when the scenario is broken. */
function scenarioId(files: { path: string; text: string }[], folder: string): string {
  const meta = files.find((f) => /(^|[\\/])scenario\.ya?ml$/i.test(f.path));
  try {
    const id = (parse(meta?.text ?? '') as { meta?: { id?: unknown } } | null)?.meta?.id;
    if (typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id)) return id;
  } catch {
    // An unreadable scenario.yaml: fall back to the folder's name.
  }
  return basename(resolve(folder));
}

export function bundleScenario(folder: string, options: BundleOptions = {}): BundleOutcome {
  const loaded = loadScenarioFolder(folder);
  const problems = loaded.ok ? [] : loaded.errors.map(formatIssue);
  const isFolder = existsSync(folder) && statSync(folder).isDirectory();
  if (!isFolder || (!loaded.ok && options.force !== true)) return { files: 0, problems };
  const files = readScenarioFiles(folder);
  const id = loaded.ok ? loaded.value.scenario.meta.id : scenarioId(files, folder);
  const out = options.out ?? bundleFileName(id);
  const unwritten = writeOutput(out, bundleText(createBundle(files)));
  if (unwritten) return { files: 0, problems, unwritten };
  return { written: out, files: files.length, problems };
}

/** The command: prints what it wrote, or the problems; exit code 1 when the scenario does not load. */
export function runBundle(folder: string, options: BundleOptions): void {
  const outcome = bundleScenario(folder, options);
  if (outcome.unwritten) {
    process.stderr.write(`${outcome.unwritten}\n`);
    process.exitCode = 1;
    return;
  }
  if (outcome.problems.length > 0) {
    process.stderr.write(
      `${outcome.problems.join('\n')}\n${outcome.problems.length} problem(s) in ${folder}\n${
        outcome.written ? 'bundled anyway (--force)' : 'not bundled: fix these first, or bundle anyway with --force'
      }\n`,
    );
    process.exitCode = 1;
  }
  if (outcome.written) process.stdout.write(`wrote ${outcome.written} (${outcome.files} files from ${folder})\n`);
}
