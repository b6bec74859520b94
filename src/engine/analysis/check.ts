/**
 * `scenario check`: after the schema and the cross-references, the lint a scenario author needs:
 * unreachable content, dead ends, endless loops, decisions without a historical note, and, because guards make the
 * graph an over-approximation, a few thousand seeded random games to find what play never reaches.
 * Last, the provenance lint (claims without a basis) and the explanation lint (changes without a reason,
 * model terms without a label), as warnings: they do not fail the check.
 */
import { epilogueLines } from '../epilogue';
import type { Engine, GameSnapshot } from '../game';
import { glossaryIssues } from '../glossary';
import type { SectionFiles } from '../loader';
import { provenanceIssues } from '../provenance';
import { recordGate } from '../record';
import type { ScenarioIssue } from '../result';
import type { Effects, Ending } from '../schema/scenario';
import { parseScenarioTime } from '../time';
import { explanationIssues } from './explanations';
import { decisionGraph, reachableFrom, trappedNodes } from './graph';
import { historicalStrategy, playStrategy } from './historical';
import { lessonIssues } from './lessonCheck';
import { endlessLoopMessage, endlessLoops } from './loops.ts';
import { memoIssues } from './memoCheck';
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
    issues.push(...recordGateIssues(engine, e, endingsFile));
  }
  // A loop the game can enter and never leave: the engine would refuse every command that leads in.
  const loops = endlessLoops(s, reachable);
  const inLoops = new Set(loops.flatMap((l) => l.decisions));
  for (const loop of loops) {
    issues.push({ file: decisionsFile, path: `decisions.${loop.decisions[0]}`, message: endlessLoopMessage(loop) });
  }
  for (const id of trappedNodes(graph)) {
    // A decision of an endless loop is a dead end too; the loop's message says more.
    if (reachable.has(id) && !inLoops.has(id)) {
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
  for (const t of s.tracks) for (const rule of t.rules ?? []) fromEffects(rule.effects);
  // A variant arrives in place of its document, so it is as deliverable as that document.
  for (const doc of s.documents)
    if (deliverable.has(doc.id)) for (const v of doc.variants ?? []) deliverable.add(v.document);
  for (const doc of s.documents) {
    if (engine.index.variantOf.has(doc.id) && !deliverable.has(doc.id)) continue; // said at its document
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
  const graphIsSound = loops.length === 0 && !issues.some((i) => i.message.startsWith('a dead end'));
  if (options.games > 0 && graphIsSound) {
    const run = analyzeRandomPlay(engine, options.games, options.seed);
    // The record's own path over RECORD_SEEDS seeds, played once, and only if a question needs it.
    let recorded: GameSnapshot[] | null = null;
    const record = () => {
      recorded ??= recordRuns(engine, options.seed);
      return recorded;
    };
    const note = `in ${options.games} random games (seeds ${options.seed}–${options.seed + options.games - 1})`;
    for (const e of s.endings) {
      // A gated historical ending asks a run to follow the record at many decisions, which random play
      // almost never does; the record's own path must reach it instead.
      if (recordGate(e)) {
        if (reachable.has(e.id) && !recordReaches(engine, e.id, options.seed)) {
          issues.push({
            file: endingsFile,
            path: `endings.${e.id}`,
            message: `the record's own path (each decision's history option or package) does not reach it in ${RECORD_SEEDS} seeds from ${options.seed}: check asRecorded against the routes and the history notes`,
          });
        }
        continue;
      }
      if (reachable.has(e.id) && !run.endings[e.id]) {
        issues.push({
          file: endingsFile,
          path: `endings.${e.id}`,
          message: `never reached ${note}: check the guards and routes that lead here`,
        });
      }
    }
    // The record's own path counts too: a historical paper may need every decision as recorded.
    const recordPapers = () => new Set(record().flatMap((r) => r.context.delivered.map((d) => d.id)));
    let seenOnRecord: Set<string> | null = null;
    for (const doc of s.documents) {
      if (!deliverable.has(doc.id) || run.documentsSeen.has(doc.id)) continue;
      seenOnRecord ??= recordPapers();
      if (seenOnRecord.has(doc.id)) continue;
      const owner = engine.index.variantOf.get(doc.id);
      const ownerDoc = owner ? engine.index.documents.get(owner) : undefined;
      if (ownerDoc) {
        const i = (ownerDoc.variants ?? []).findIndex((v) => v.document === doc.id);
        issues.push({
          file: ownerDoc.file,
          path: `variants[${i}]`,
          message: `the variant "${doc.id}" is never chosen ${note} nor on the record's path: check its when against the paths that deliver "${ownerDoc.id}"`,
        });
        continue;
      }
      issues.push({
        file: doc.file,
        path: '',
        message: `never delivered ${note}: check the conditions on the way to it`,
      });
    }
    for (const c of run.contradictions) {
      const doc = engine.index.documents.get(c.document);
      issues.push({
        file: doc?.file ?? c.document,
        path: 'asserts',
        message: `handed to a run that contradicts what it asserts (seed ${c.seed}, on leaving "${c.at}"): add a variant for that path to the document it stands for, or narrow its asserts`,
      });
    }
    const epilogueFile = files.epilogue ?? `${folder}/scenario.yaml`;
    const recordLines = () => new Set(record().flatMap((r) => epilogueLines(engine.index, r.context).map((l) => l.id)));
    let linesOnRecord: Set<string> | null = null;
    (s.epilogue ?? []).forEach((line, i) => {
      if (run.epilogueSeen.has(line.id)) return;
      linesOnRecord ??= recordLines();
      if (linesOnRecord.has(line.id)) return;
      issues.push({
        file: epilogueFile,
        path: `epilogue[${i}]`,
        message: `the epilogue line "${line.id}" (${line.topic}) is never shown ${note} nor on the record's path: check its when and endings`,
      });
    });
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
  // Lesson plans are played on the engine, so only once the graph is sound.
  if (graphIsSound) issues.push(...lessonIssues(engine, files.lessons ?? `${folder}/scenario.yaml`));
  if (graphIsSound) issues.push(...memoIssues(engine, files.memos ?? `${folder}/scenario.yaml`));
  issues.push(...provenanceIssues(s, files, folder));
  issues.push(...glossaryIssues(s, files, folder));
  issues.push(...explanationIssues(s, files, folder));
  return issues;
}

/** How many seeds the record's own path is played with, the response model being chance. */
export const RECORD_SEEDS = 50;

function recordReaches(engine: Engine, ending: string, seed: number): boolean {
  for (let i = 0; i < RECORD_SEEDS; i++) {
    if (playStrategy(engine, { seed: seed + i }, historicalStrategy).snapshot.context.ending === ending) return true;
  }
  return false;
}

/** The record's own path (each decision's history), once per seed: the response model is chance. */
function recordRuns(engine: Engine, seed: number): GameSnapshot[] {
  return Array.from(
    { length: RECORD_SEEDS },
    (_, i) => playStrategy(engine, { seed: seed + i }, historicalStrategy).snapshot,
  );
}

/**
 * A historical ending states what happened, so it must say which decisions its text depends on and
 * where a run that differs goes instead (see record.ts); a counterfactual ending asserts no record.
 */
function recordGateIssues(engine: Engine, e: Ending, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const at = (path: string, message: string) => issues.push({ file, path: `endings.${e.id}${path}`, message });
  if (e.kind === 'counterfactual') {
    if (e.asRecorded || e.otherwise)
      at(
        e.asRecorded ? '.asRecorded' : '.otherwise',
        'only a historical ending asserts the record: a counterfactual ending takes no asRecorded or otherwise',
      );
    return issues;
  }
  if (!e.asRecorded && !e.otherwise) {
    at(
      '',
      'a historical ending needs asRecorded (the decisions whose recorded outcome its text asserts) and otherwise (the counterfactual ending a run that differs reaches instead)',
    );
    return issues;
  }
  if (!e.asRecorded) at('.asRecorded', "missing: list the decisions whose recorded outcome this ending's text asserts");
  if (!e.otherwise)
    at('.otherwise', 'missing: name the counterfactual ending a run reaches when it differs from the record');
  const other = e.otherwise ? engine.index.endings.get(e.otherwise) : undefined;
  if (other && other.kind !== 'counterfactual')
    at(
      '.otherwise',
      `"${other.id}" is a historical ending: a run that differs from the record must reach a counterfactual one`,
    );
  (e.asRecorded ?? []).forEach((entry, i) => {
    const id = typeof entry === 'string' ? entry : entry.decision;
    const decision = engine.index.decisions.get(id);
    if (!decision) return; // the loader has named it already
    const path = `.asRecorded[${i}]`;
    if (decision.kind === 'route') {
      at(path, `"${id}" is a route: it records no choice; list the decisions that lead to it`);
      return;
    }
    if (!decision.history) {
      at(path, `decision "${id}" has no historical note (history) to hold a run against`);
      return;
    }
    if (typeof entry !== 'string' && decision.kind !== 'reply')
      at(`${path}.items`, `"${id}" is a choice: items are only for a reply decision; list it by its id`);
  });
  return issues;
}
