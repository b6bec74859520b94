/** Splits a Markdown document into its YAML front matter and its body. */
export interface FrontMatterSplit {
  frontMatter: string;
  body: string;
  /** Line number (1-based) where the front matter's YAML starts, for error positions. */
  firstLine: number;
}

export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (!normalised.startsWith('---\n')) return undefined;
  const close = normalised.indexOf('\n---', 3);
  if (close < 0) return undefined;
  const afterClose = normalised.indexOf('\n', close + 4);
  const closingLine = normalised.slice(close + 1, afterClose < 0 ? undefined : afterClose);
  if (closingLine.trim() !== '---') return undefined;
  return {
    frontMatter: normalised.slice(4, close + 1),
    body:
      afterClose < 0
        ? ''
        : normalised
            .slice(afterClose + 1)
            .replace(/^\n+/, '')
            .replace(/\s+$/, ''),
    firstLine: 2,
  };
}
