/**
 * The release workflow (.github/workflows/release.yml) cannot run here (no GitHub), so this reads it
 * and holds it to the build it publishes: the file it attaches to the release is the one
 * `npm run build:offline` writes, the folder it deploys to Pages is the one `npm run build` writes,
 * and each job has the trigger and permissions GitHub needs for it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OFFLINE_FILE, singleFileConfig } from '../../scripts/vite-single-file';
import base from '../../vite.config';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOW_FILE = '.github/workflows/release.yml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(resolve(ROOT, WORKFLOW_FILE), 'utf8')) as Workflow;
const packageJson = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

/** Where `npm run build:offline` writes the single file, from the offline build's own config. */
const offlineFile = `${singleFileConfig(base).build?.outDir}/${OFFLINE_FILE}`;
/** Where `npm run build` writes the site (the config leaves Vite's default, dist). */
const siteDir = base.build?.outDir ?? 'dist';

function job(name: string): Job {
  const found = workflow.jobs[name];
  if (!found) throw new Error(`${WORKFLOW_FILE}: no job "${name}"`);
  return found;
}

function step(jobName: string, action: string): Step {
  const found = job(jobName).steps.find((s) => s.uses?.split('@')[0] === action);
  if (!found) throw new Error(`${WORKFLOW_FILE}: job "${jobName}" has no step using ${action}`);
  return found;
}

const trimSlash = (path: unknown) => String(path).replace(/\/+$/, '');

describe('the release workflow', () => {
  it('runs on a pushed version tag, and only then', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('builds both ways with the Node version the project declares', () => {
    const build = job('build');
    const minimumNode = Number(/^>=\s*(\d+)/.exec(packageJson.engines.node)?.[1]);
    expect(step('build', 'actions/setup-node').with?.['node-version']).toBe(minimumNode);
    const runs = build.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(runs).toEqual(['npm ci', 'npm run build', 'npm run build:offline']);
    expect(packageJson.scripts['build:offline']).toContain('--config vite.offline.config.ts');
  });

  it('attaches the file that npm run build:offline writes to the release of the tag', () => {
    expect(step('build', 'actions/upload-artifact').with?.path).toBe(offlineFile);
    expect(step('release', 'actions/download-artifact').with?.path).toBe(dirname(offlineFile));
    const attach = job('release').steps.find((s) => s.run?.includes('gh release'));
    expect(attach?.env?.FILE).toBe(offlineFile);
    expect(attach?.env?.TAG).toMatch(/^\$\{\{\s*github\.ref_name\s*\}\}$/);
    expect(attach?.run).toMatch(/gh release upload "\$TAG" "\$FILE"/);
    expect(attach?.run).toMatch(/gh release create "\$TAG" "\$FILE"/);
    expect(job('release').needs).toBe('build');
    expect(job('release').permissions).toEqual({ contents: 'write' });
  });

  it('deploys the folder that npm run build writes to GitHub Pages', () => {
    expect(trimSlash(step('build', 'actions/upload-pages-artifact').with?.path)).toBe(trimSlash(siteDir));
    // Relative asset URLs: the site works under the repository's Pages path without a base setting.
    expect(base.base).toBe('./');
    const pages = job('pages');
    expect(pages.needs).toBe('build');
    expect(pages.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages.environment?.name).toBe('github-pages');
    step('pages', 'actions/deploy-pages');
  });

  it('is the way the README tells teachers and the maintainer to use', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const teachers = readme.split(/^## /m).find((section) => section.startsWith('For teachers'));
    expect(readme.indexOf('## For teachers')).toBeLessThan(readme.indexOf('## Quick start'));
    expect(teachers).toContain(`\`${OFFLINE_FILE}\``);
    expect(teachers).toContain('Releases');
    expect(readme).toContain(WORKFLOW_FILE);
  });

  it("uses only GitHub's own actions, each pinned to a major version", () => {
    const used = Object.values(workflow.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(used.length).toBeGreaterThan(0);
    for (const action of used) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});
