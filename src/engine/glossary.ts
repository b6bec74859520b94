/**
 * The scenario's glossary as pure functions: where its terms occur in a text, which of them a set of
 * texts uses (for a packet's short glossary), and the lint for a term defined twice. No DOM: the UI
 * builds its marked nodes from the segments returned here, and the classroom packets print from it.
 *
 * Matching rules (documented in docs/scenario-format.md, "Glossary"):
 * - a spelling is the entry's `term` or one of its `aliases`;
 * - whole words only: the characters either side of a match are not letters or digits;
 * - a spelling written all in lower case ("quarantine") matches in any case ("Quarantine"); one with a
 *   capital ("ExComm", "POL", "U Thant") matches only as written, so "pol" or "Sam" are never marked;
 * - at one place the longest spelling wins ("IL-28s" over "IL-28"), and matches never overlap.
 */
import type { SectionFiles } from './loader/index.ts';
import type { ScenarioIssue } from './result.ts';
import type { GlossaryEntry, Scenario } from './schema/scenario.ts';

export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/** A piece of text: plain, or an occurrence of a glossary term (`text` as written in the source). */
export type TermSegment = string | { text: string; entry: GlossaryEntry };

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function spellingsOf(entry: GlossaryEntry): string[] {
  return [entry.term, ...(entry.aliases ?? [])];
}

const caseFree = (spelling: string) => spelling === spelling.toLowerCase();

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

/** Every occurrence of every term in `text`, left to right, longest first at a place, never overlapping. */
export function findTerms(text: string, glossary: readonly GlossaryEntry[]): TermMatch[] {
  const candidates: TermMatch[] = [];
  const lower = text.toLowerCase();
  for (const entry of glossary) {
    for (const spelling of spellingsOf(entry)) {
      if (!spelling) continue;
      const haystack = caseFree(spelling) ? lower : text;
      for (let at = haystack.indexOf(spelling); at !== -1; at = haystack.indexOf(spelling, at + 1)) {
        const end = at + spelling.length;
        if (isWholeWord(text, at, end)) candidates.push({ start: at, end, entry });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: TermMatch[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    chosen.push(c);
    reached = c.end;
  }
  return chosen;
}

/**
 * Splits `text` into plain pieces and the first occurrence of each term not yet in `seen` (keyed by
 * the entry's `term`); the terms marked are added to `seen`, so a card or a paper marks each term
 * once however many texts it is built from. The pieces joined give back `text` exactly.
 */
export function segmentTerms(text: string, glossary: readonly GlossaryEntry[], seen: Set<string>): TermSegment[] {
  const segments: TermSegment[] = [];
  let from = 0;
  for (const match of findTerms(text, glossary)) {
    if (seen.has(match.entry.term)) continue;
    seen.add(match.entry.term);
    if (match.start > from) segments.push(text.slice(from, match.start));
    segments.push({ text: text.slice(match.start, match.end), entry: match.entry });
    from = match.end;
  }
  if (from < text.length) segments.push(text.slice(from));
  return segments;
}

/**
 * The glossary entries a set of texts uses, in the glossary's own order: what a student packet
 * prints as its short glossary (issue #15). Empty texts and a missing glossary give an empty list.
 */
export function glossaryUsedIn(
  glossary: readonly GlossaryEntry[] | undefined,
  texts: Iterable<string>,
): GlossaryEntry[] {
  if (!glossary?.length) return [];
  const used = new Set<string>();
  for (const text of texts) {
    for (const match of findTerms(text, glossary)) used.add(match.entry.term);
  }
  return glossary.filter((entry) => used.has(entry.term));
}

/** The glossary sorted for a reader: alphabetically, ignoring case. */
export function glossaryByTerm(glossary: readonly GlossaryEntry[] | undefined): GlossaryEntry[] {
  return [...(glossary ?? [])].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * Warnings for a spelling defined twice (as a term or an alias, ignoring case): only one of the two
 * explanations could ever be shown, so the author should merge them.
 */
export function glossaryIssues(s: Scenario, files: SectionFiles, folder: string): ScenarioIssue[] {
  const file = files.glossary ?? `${folder}/glossary.yaml`;
  const issues: ScenarioIssue[] = [];
  const firstAt = new Map<string, number>();
  (s.glossary ?? []).forEach((entry, i) => {
    spellingsOf(entry).forEach((spelling, j) => {
      const key = spelling.toLowerCase();
      const earlier = firstAt.get(key);
      if (earlier !== undefined && earlier !== i) {
        issues.push({
          file,
          path: j === 0 ? `glossary[${i}].term` : `glossary[${i}].aliases[${j - 1}]`,
          severity: 'warning',
          message: `"${spelling}" is defined twice (also glossary[${earlier}], "${s.glossary?.[earlier]?.term}"): merge the two entries or remove one`,
        });
      } else if (earlier === undefined) {
        firstAt.set(key, i);
      }
    });
  });
  return issues;
}
