/**
 * The limits of a `basis` entry, apart from the schema: the provenance check reads them in the
 * browser too, and importing them from the schema would bring zod (about 25 kB gzip) into every
 * player's download although the bundled scenario is validated at build time.
 */

/** The most words an anchor may have: a few words that locate the claim, never a passage. */
export const ANCHOR_MAX_WORDS = 12;
