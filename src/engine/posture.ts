/**
 * How a reply package sits against the seed memo's posture and against what was actually sent.
 * The memo (Rostow subcommittee, 27 October 1962) asked for (a) prompt removal with no offsetting
 * concession beyond "pure atmospherics", and (b) readiness for arms-control talks and a summit once
 * Cuba was out of the way. Each reply item carries a `memo` tag saying which part it touches.
 */
import type { ReplyItem, Scenario } from './schema/scenario';

export interface PackageAssessment {
  /** Part (a): demands made, concessions that break it, atmospherics it allows. */
  partA: { demands: string[]; concessions: string[]; atmospherics: string[]; follows: boolean };
  /** Part (b): the summit and arms-control items offered. */
  partB: { summit: string[]; follows: boolean };
  /** Against the historical package: what this one adds and what it leaves out. */
  historical: { added: string[]; missing: string[]; same: boolean };
}

export function historicalPackage(scenario: Scenario): string[] {
  const reply = scenario.decisions.find((d) => d.kind === 'reply');
  if (reply?.kind === 'reply' && reply.history?.package) return reply.history.package;
  return (scenario.replyBuilder?.items ?? []).filter((i) => i.historical).map((i) => i.id);
}

export function assessPackage(
  scenario: Scenario,
  items: readonly string[],
  reference = historicalPackage(scenario),
): PackageAssessment {
  const byId = new Map<string, ReplyItem>((scenario.replyBuilder?.items ?? []).map((i) => [i.id, i]));
  const tagged = (tag: ReplyItem['memo']) => items.filter((id) => byId.get(id)?.memo === tag);
  const demands = tagged('demand');
  const concessions = tagged('concession');
  const summit = tagged('summit');
  const added = items.filter((id) => !reference.includes(id));
  const missing = reference.filter((id) => !items.includes(id));
  return {
    partA: {
      demands,
      concessions,
      atmospherics: tagged('atmospherics'),
      follows: demands.length > 0 && concessions.length === 0,
    },
    partB: { summit, follows: summit.length > 0 },
    historical: { added, missing, same: added.length === 0 && missing.length === 0 },
  };
}
