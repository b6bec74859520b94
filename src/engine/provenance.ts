/**
 * Claim-level provenance: where each cited claim rests in its source (`basis`: a pinpoint and a few
 * anchoring words). The views carry every basis with its source resolved, so a screen never reads the
 * raw scenario; `scenario check` warns for a claim that still lacks one, and `stats` counts them.
 */

import { ANCHOR_MAX_WORDS } from './basisLimits';
import type { SectionFiles } from './loader';
import type { ScenarioIssue } from './result';
import type { Basis } from './schema/common';
import type { Scenario, Source } from './schema/scenario';

/** One pinpoint with the source it is in, always named: the item's own when the basis names none. */
export interface ResolvedBasis {
  pinpoint: string;
  anchor: string;
  source: Source;
}

/** A basis list with each entry's source resolved; empty when the claim has none. */
export function resolveBases(basis: readonly Basis[] | undefined, own: Source | undefined): ResolvedBasis[] {
  return (basis ?? []).flatMap((b) => {
    const source = b.source ?? own;
    return source ? [{ pinpoint: b.pinpoint, anchor: b.anchor, source }] : [];
  });
}

/** The kinds of claim that must say where they rest: what a player reads as the record. */
export type ClaimKind = 'position' | 'stance' | 'history' | 'document';

export interface Claim {
  kind: ClaimKind;
  /** Where to add the basis, as `check` names it. */
  file: string;
  path: string;
  /** The claim in a few words, for the message: "the Mayor's position at “The first note”". */
  label: string;
  basis?: Basis[];
}

/**
 * Every claim that needs a basis: each adviser's position, each role's stance, each decision's
 * historical note, and each document the project summarises or paraphrases (a verbatim copy is
 * its own evidence).
 */
export function claimsNeedingBasis(s: Scenario, files: SectionFiles = {}, folder = 'scenario'): Claim[] {
  const decisionsFile = files.decisions ?? `${folder}/scenario.yaml`;
  const rolesFile = files.roles ?? `${folder}/scenario.yaml`;
  const roleName = (id: string) => s.roles.find((r) => r.id === id)?.name ?? id;
  const claims: Claim[] = [];
  for (const r of s.roles) {
    if (r.stance)
      claims.push({
        kind: 'stance',
        file: rolesFile,
        path: `roles.${r.id}.stance.basis`,
        label: `${r.name}'s stance`,
        basis: r.stance.basis,
      });
  }
  for (const d of s.decisions) {
    if (d.kind === 'route') continue;
    (d.advisers ?? []).forEach((a, i) => {
      claims.push({
        kind: 'position',
        file: decisionsFile,
        path: `decisions.${d.id}.advisers[${i}].basis`,
        label: `${roleName(a.role)}'s position at “${d.title}”`,
        basis: a.basis,
      });
    });
    if (d.history)
      claims.push({
        kind: 'history',
        file: decisionsFile,
        path: `decisions.${d.id}.history.basis`,
        label: `the historical note of “${d.title}”`,
        basis: d.history.basis,
      });
  }
  for (const doc of s.documents) {
    // A verbatim copy is its own evidence; an invented (counterfactual) paper claims no record.
    if (doc.rendering === 'verbatim' || doc.counterfactual) continue;
    claims.push({
      kind: 'document',
      file: doc.file,
      path: 'basis',
      label: `the ${doc.rendering} of “${doc.title}”`,
      basis: doc.basis,
    });
  }
  return claims;
}

export interface ProvenanceCounts {
  /** Claims that need a basis (positions, stances, history notes, summarised documents). */
  claims: number;
  claimsWithBasis: number;
  claimsWithoutBasis: number;
}

export function provenanceCounts(s: Scenario): ProvenanceCounts {
  const claims = claimsNeedingBasis(s);
  const withBasis = claims.filter((c) => (c.basis?.length ?? 0) > 0).length;
  return { claims: claims.length, claimsWithBasis: withBasis, claimsWithoutBasis: claims.length - withBasis };
}

/**
 * The provenance lint, as warnings: a claim without a basis (file, path and what to add). An anchor
 * over the word limit, and a basis whose source links anywhere but the web, are refused by the schema
 * when the scenario loads (the one URL policy, webLink.ts).
 */
export function provenanceIssues(s: Scenario, files: SectionFiles, folder: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const c of claimsNeedingBasis(s, files, folder)) {
    if ((c.basis?.length ?? 0) > 0) continue;
    issues.push({
      file: c.file,
      path: c.path,
      severity: 'warning',
      message: `no basis for ${c.label}: add basis with a pinpoint (where in the source, e.g. "para. 2") and an anchor (a few of the source's words there, at most ${ANCHOR_MAX_WORDS})`,
    });
  }
  return issues;
}
