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

/** The engine of a bundled scenario by its id (the folder's `meta.id`), or a reason. */
export function bundledEngine(root: string, id: string): Engine | string {
  const cached = engines.get(`id:${id}`);
  if (cached) return cached;
  const folders = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  for (const folder of folders) {
    const loaded = loadScenarioFolder(join(root, folder));
    if (!loaded.ok) continue;
    const engine = createEngine(loaded.value.scenario);
    engines.set(`id:${engine.scenario.meta.id}`, engine);
  }
  return (
    engines.get(`id:${id}`) ??
    `no bundled scenario has the id "${id}" (the server has: ${[...engines.keys()].map((k) => k.slice(3)).join(', ') || 'none'})`
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
