/**
 * Hindsight: what the scenario marks as unknown to the players at the moment (a position stated at a
 * later meeting, an option's `hindsight`, a paper's `hindsight`). During play the desk shows it only
 * with Historian's hints on; the after-action review always lists it, each note with its citation.
 */
import { type ResolvedBasis, resolveBases } from './provenance.ts';
import type { Scenario, Source } from './schema/scenario.ts';

export interface HindsightNote {
  /** What it belongs to: a decision's title, or a paper's. */
  where: string;
  kind: 'adviser' | 'option' | 'document';
  /** The adviser's name, the option's label or the paper's title. */
  label: string;
  text: string;
  source: Source;
  bases: ResolvedBasis[];
}

/** Every hindsight note of the scenario, decisions first in their order, then papers. */
export function hindsightNotes(scenario: Scenario): HindsightNote[] {
  const notes: HindsightNote[] = [];
  const roleName = (id: string) => scenario.roles.find((r) => r.id === id)?.name ?? id;
  for (const d of scenario.decisions) {
    if (d.kind === 'route') continue;
    const where = d.title;
    for (const a of d.advisers ?? []) {
      if (!a.afterwards) continue;
      notes.push({
        where,
        kind: 'adviser',
        label: roleName(a.role),
        text: a.position,
        source: a.source,
        bases: resolveBases(a.basis, a.source),
      });
    }
    if (d.kind !== 'choice') continue;
    for (const o of d.options) {
      if (!o.hindsight) continue;
      const h = o.hindsight;
      notes.push({
        where,
        kind: 'option',
        label: o.label,
        text: h.text,
        source: h.source,
        bases: resolveBases(h.basis, h.source),
      });
    }
  }
  for (const doc of scenario.documents) {
    const h = doc.hindsight;
    if (!h) continue;
    notes.push({
      where: doc.title,
      kind: 'document',
      label: doc.title,
      text: h.text,
      source: h.source,
      bases: resolveBases(h.basis, h.source),
    });
  }
  return notes;
}
