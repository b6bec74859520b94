/**
 * The one URL policy of the project: a scenario's link is shown as a link only when it is a web
 * address (http or https). The schema refuses any other scheme when a scenario loads, and every link
 * builder (the documents, the adviser, the ending, the review, the decision map, the packets and the
 * Markdown export) asks this module again, so a hand-made bundle or an old save can never turn
 * `javascript:`, `data:` or `vbscript:` into something a player can click.
 */

export const WEB_URL_SCHEMES = ['http:', 'https:'] as const;

/** The URL, normalised, when it is a web address; undefined for anything else (or nothing). */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return (WEB_URL_SCHEMES as readonly string[]).includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A citation's link target, or undefined when it has none that may be followed. */
export function sourceUrl(source: string | { url?: string }): string | undefined {
  return typeof source === 'string' ? undefined : webUrl(source.url);
}

/** The reason a URL is refused, for the schema's message; undefined when it is acceptable. */
export function urlProblem(url: string): string | undefined {
  if (webUrl(url)) return undefined;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme && !/^https?$/i.test(scheme)
    ? `a source link must be a web address starting with http:// or https://, not "${scheme.toLowerCase()}:"`
    : 'expected a web address such as "https://history.state.gov/..."';
}
