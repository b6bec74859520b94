/**
 * The scenarios a session can play: those bundled with the server (the `scenarios/` folders, read
 * once) and a teacher's own, sent as a bundle and checked as the one-screen set-up checks it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFolder } from '../cli/scenarioFolder';
import { createEngine, type Engine } from '../engine/game';
import { parseBundle } from '../engine/loader/bundle';
import { validateScenarioFiles } from '../engine/loader/validateBundle';

const engines = new Map<string, Engine>();
/** The folders of bundled scenarios already read, each with what it held (ids) and what failed. */
const loadedRoots = new Map<string, BundledScenarios>();
let folderReads = 0;

export interface BundledScenarios {
  ids: string[];
  /** One line per folder that did not load: the folder and its first problem. */
  problems: string[];
}

/**
 * Reads, checks and builds every bundled scenario under `root`, once per process: the server calls it
 * before it listens, so no teacher's first session waits seconds for the folders to be read and
 * validated, and an unknown id never makes the server read them again.
 */
export function loadBundledScenarios(root: string): BundledScenarios {
  const known = loadedRoots.get(root);
  if (known) return known;
  folderReads += 1;
  const folders = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  const found: BundledScenarios = { ids: [], problems: [] };
  for (const folder of folders) {
    const loaded = loadScenarioFolder(join(root, folder));
    if (!loaded.ok) {
      const first = loaded.errors[0];
      found.problems.push(
        `${folder}: ${first ? `${first.file}${first.path ? ` at ${first.path}` : ''}: ${first.message}` : 'does not load'}`,
      );
      continue;
    }
    const engine = createEngine(loaded.value.scenario);
    engines.set(`id:${engine.scenario.meta.id}`, engine);
    found.ids.push(engine.scenario.meta.id);
  }
  loadedRoots.set(root, found);
  return found;
}

/** How many times this process has read a bundled scenarios' folder (tests check it is read once). */
export const bundledFolderReads = () => folderReads;

/** The engine of a bundled scenario by its id (the folder's `meta.id`), or a reason. */
export function bundledEngine(root: string, id: string): Engine | string {
  const cached = engines.get(`id:${id}`);
  if (cached) return cached;
  const { ids } = loadBundledScenarios(root);
  return (
    engines.get(`id:${id}`) ?? `no bundled scenario has the id "${id}" (the server has: ${ids.join(', ') || 'none'})`
  );
}

export const bundleKey = (text: string) => createHash('sha256').update(text).digest('hex');

/** The engine of a teacher's own scenario from its bundle's text, or the first problem found. */
export function ownEngine(text: string): Engine | string {
  const key = `bundle:${bundleKey(text)}`;
  const cached = engines.get(key);
  if (cached) return cached;
  const files = parseBundle(text, 'scenario bundle');
  if (!files.ok) return issueText(files.errors[0]);
  const checked = validateScenarioFiles(files.value, 'scenario');
  if (!checked.ok) return issueText(checked.errors[0]);
  const engine = createEngine(checked.scenario);
  engines.set(key, engine);
  return engine;
}

const issueText = (issue: { file: string; path: string; message: string }) =>
  `your scenario: ${issue.file}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message}`;
