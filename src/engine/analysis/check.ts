/**
 * `scenario check`: after the schema and the cross-references, the lint a scenario author needs:
 * unreachable content, dead ends, decisions without a historical note, and, because guards make the
 * graph an over-approximation, a few thousand seeded random games to find what play never reaches.
 * Last, the provenance lint (claims without a basis), as warnings: they do not fail the check.
 */
import type { Engine } from '../game';
import type { SectionFiles } from '../loader';
import { provenanceIssues } from '../provenance';
import type { ScenarioIssue } from '../result';
import type { Effects } from '../schema/scenario';
import { parseScenarioTime } from '../time';
import { decisionGraph, reachableFrom, trappedNodes } from './graph';
import { analyzeRandomPlay } from './randomPlay';

export interface CheckOptions {
  games: number;
  seed: number;
}

export const DEFAULT_CHECK: CheckOptions = { games: 2000, seed: 1 };

export function checkScenario(
  engine: Engine,
  files: SectionFiles,
  folder: string,
  options: CheckOptions = DEFAULT_CHECK,
): ScenarioIssue[] {
  const s = engine.scenario;
  const issues: ScenarioIssue[] = [];
  const decisionsFile = files.decisions ?? `${folder}/scenario.yaml`;
  const endingsFile = files.endings ?? `${folder}/scenario.yaml`;
  const graph = decisionGraph(s);
  const reachable = reachableFrom(graph);

  for (const d of s.decisions) {
    if (!reachable.has(d.id)) {
      issues.push({
        file: decisionsFile,
        path: `decisions.${d.id}`,
        message: `unreachable: no path from "${graph.start}" leads here`,
      });
    }
    if (d.kind !== 'route' && !d.history) {
      issues.push({
        file: decisionsFile,
        path: `decisions.${d.id}.history`,
        message: 'missing: every decision needs a historical note (summary, when, sources)',
      });
    }
  }
  for (const e of s.endings) {
    if (!reachable.has(e.id))
      issues.push({
        file: endingsFile,
        path: `endings.${e.id}`,
        message: `unreachable: no decision leads to this ending`,
      });
  }
  for (const id of trappedNodes(graph)) {
    if (reachable.has(id)) {
      issues.push({
        file: decisionsFile,
        path: `decisions.${id}`,
        message: 'a dead end: no way from here leads to any ending (a loop with no exit, or nowhere to go)',
      });
    }
  }

  // Documents: statically deliverable by something reachable?
  const deliverable = new Set<string>();
  const fromEffects = (e: Effects | undefined) =>
    (e?.deliver ?? []).forEach((id) => {
      deliverable.add(id);
    });
  const end = parseScenarioTime(s.meta.end);
  for (const doc of s.documents) if (doc.deliver && parseScenarioTime(doc.deliver.at) <= end) deliverable.add(doc.id);
  for (const d of s.decisions) {
    if (!reachable.has(d.id)) continue;
    (d.documents ?? []).forEach((id) => {
      deliverable.add(id);
    });
    if (d.kind === 'choice')
      d.options.forEach((o) => {
        fromEffects(o.effects);
      });
    if (d.kind === 'reply') fromEffects(d.effects);
  }
  for (const item of s.replyBuilder?.items ?? []) fromEffects(item.effects);
  for (const e of s.events ?? []) if (parseScenarioTime(e.at) <= end) fromEffects(e.effects);
  for (const doc of s.documents) {
    if (!deliverable.has(doc.id)) {
      issues.push({
        file: doc.file,
        path: '',
        message:
          "never delivered: give it deliver.at, list it in a decision's documents, or name it in an effects.deliver",
      });
    }
  }

  // What random play never reaches, and games that stall. A dead end found above would only stall
  // every game that walks into it, so random play waits until the graph itself is sound.
  const graphIsSound = !issues.some((i) => i.message.startsWith('a dead end'));
  if (options.games > 0 && graphIsSound) {
    const run = analyzeRandomPlay(engine, options.games, options.seed);
    const note = `in ${options.games} random games (seeds ${options.seed}–${options.seed + options.games - 1})`;
    for (const e of s.endings) {
      if (reachable.has(e.id) && !run.endings[e.id]) {
        issues.push({
          file: endingsFile,
          path: `endings.${e.id}`,
          message: `never reached ${note}: check the guards and routes that lead here`,
        });
      }
    }
    for (const doc of s.documents) {
      if (deliverable.has(doc.id) && !run.documentsSeen.has(doc.id)) {
        issues.push({
          file: doc.file,
          path: '',
          message: `never delivered ${note}: check the conditions on the way to it`,
        });
      }
    }
    const stalls = new Map<string, { seed: number; why: string; count: number }>();
    for (const game of run.stuck) {
      if (!game.stuck) continue;
      const key = `${game.stuck.at}: ${game.stuck.why}`;
      const seen = stalls.get(key);
      if (seen) seen.count++;
      else stalls.set(key, { seed: game.seed, why: game.stuck.why, count: 1 });
    }
    for (const [key, stall] of stalls) {
      const at = key.split(':')[0];
      issues.push({
        file: decisionsFile,
        path: `decisions.${at}`,
        message: `play stalls here (${stall.why}) in ${stall.count} of ${options.games} random games, e.g. seed ${stall.seed}`,
      });
    }
  }
  issues.push(...provenanceIssues(s, files, folder));
  return issues;
}
