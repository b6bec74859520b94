/**
 * How a reply package sits against the scenario's reference posture (`replyBuilder.reference`; for
 * Black Saturday the Rostow memo: (a) removal with no concession beyond atmospherics, (b) talks and
 * a summit) and against what was actually sent. Each reply item may carry a tag (`memo:`) from the
 * reference's own list; a part is met when the package holds an item with one of its `needs` tags
 * and none with a `refuses` tag. A scenario without a reference is measured against the record only.
 */
import type { ReferencePosture, ReplyItem, Scenario } from './schema/scenario';

export interface PartAssessment {
  id: string;
  follows: boolean;
  /** The package's items with one of the part's `needs` tags. */
  matched: string[];
  /** The package's items with one of its `refuses` tags: each breaks the part. */
  refused: string[];
}

export interface PackageAssessment {
  /** One per part of the reference posture, in its order; none without a reference. */
  parts: PartAssessment[];
  /** Against the historical package: what this one adds and what it leaves out. */
  historical: { added: string[]; missing: string[]; same: boolean };
}

export function historicalPackage(scenario: Scenario): string[] {
  const reply = scenario.decisions.find((d) => d.kind === 'reply');
  if (reply?.kind === 'reply' && reply.history?.package) return reply.history.package;
  return (scenario.replyBuilder?.items ?? []).filter((i) => i.historical).map((i) => i.id);
}

/** The scenario's reference posture, or null when it has none (then there is no scorecard). */
export function referencePosture(scenario: Scenario): ReferencePosture | null {
  return scenario.replyBuilder?.reference ?? null;
}

export function assessPackage(
  scenario: Scenario,
  items: readonly string[],
  reference = historicalPackage(scenario),
): PackageAssessment {
  const byId = new Map<string, ReplyItem>((scenario.replyBuilder?.items ?? []).map((i) => [i.id, i]));
  const tagged = (tags: readonly string[] = []) =>
    items.filter((id) => {
      const tag = byId.get(id)?.memo;
      return tag !== undefined && tags.includes(tag);
    });
  const parts = (referencePosture(scenario)?.parts ?? []).map((part) => {
    const matched = tagged(part.needs);
    const refused = tagged(part.refuses);
    const needed = (part.needs ?? []).length === 0 || matched.length > 0;
    return { id: part.id, follows: needed && refused.length === 0, matched, refused };
  });
  const added = items.filter((id) => !reference.includes(id));
  const missing = reference.filter((id) => !items.includes(id));
  return { parts, historical: { added, missing, same: added.length === 0 && missing.length === 0 } };
}

/** The words for one part of an assessment, as the reply gauge shows them ("Departs from the memo — concessions: …"). */
export function partVerdict(
  part: ReferencePosture['parts'][number],
  a: PartAssessment,
  list: (ids: string[]) => string,
): string {
  if (a.follows) return a.matched.length ? `${part.follows}: ${list(a.matched)}` : part.follows;
  let text = part.departs;
  if (a.refused.length) text += ` — ${part.refused ?? 'against it'}: ${list(a.refused)}`;
  if (part.unmet && (part.needs ?? []).length > 0 && a.matched.length === 0) text += ` — ${part.unmet}`;
  return text;
}

/**
 * The words for the review's scorecard cell: "Follows", or "Departs (concessions: …)", the items named
 * by `list` in the scenario's labels (an item's id is never for a reader).
 */
export function partCell(
  part: ReferencePosture['parts'][number],
  a: PartAssessment,
  list: (ids: string[]) => string,
): string {
  if (a.follows) return 'Follows';
  return a.refused.length ? `Departs (${part.refused ?? 'against it'}: ${list(a.refused)})` : 'Departs';
}
