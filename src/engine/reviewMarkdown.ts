/** The after-action review as Markdown, for handing out or pasting into a class's shared notes. */

import type { ResolvedBasis } from './provenance';
import { departureText } from './record';
import { divergenceText, type Review } from './review';
import type { Source } from './schema/scenario';

import { sourceUrl } from './webLink';

/** A citation, linked only through the one URL policy; brackets in a URL would end the link early. */
export function cite(s: Source): string {
  const text = typeof s === 'string' ? s : s.cite;
  const url = sourceUrl(s);
  return url
    ? `[${text.replace(/[[\]]/g, '\\$&')}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`
    : text;
}
/** One pinpoint as the review prints it: "para. 2 in FRUS …, the words to look for: “no quid pro quo”". */
const basisText = (b: ResolvedBasis) => `${b.pinpoint} in ${cite(b.source)}, the words to look for: “${b.anchor}”`;
const basesLine = (bases: readonly ResolvedBasis[]) => `Where this comes from: ${bases.map(basisText).join('; ')}.`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reviewMarkdown(review: Review): string {
  const lines: string[] = [`# After-action review: ${review.title}`, '', `Seed ${review.seed}.`];
  if (review.ending) {
    const label = review.ending.kind === 'historical' ? 'historical' : 'COUNTERFACTUAL';
    lines.push(
      '',
      `## Ending: ${review.ending.title} (${label})`,
      '',
      review.ending.summary,
      '',
      review.ending.history,
    );
    const off = review.ending.offRecord;
    if (off) {
      lines.push('', `How this run differed from the record of “${off.historical.title}”:`, '');
      for (const d of off.departures) lines.push(`- ${departureText(d)}`);
    }
    lines.push('', `Sources: ${review.ending.sources.map(cite).join('; ')}`);
    if (review.ending.bases.length) lines.push('', basesLine(review.ending.bases));
    if (review.ending.epilogue.length) {
      lines.push('', '### What became of it', '');
      for (const l of review.ending.epilogue) {
        const label =
          l.kind === 'historical'
            ? `history; source: ${l.source ? cite(l.source) : ''}`
            : 'counterfactual: invented for the game';
        lines.push(`- **${l.topic}** (${label}): ${l.text}`);
      }
    }
  }
  lines.push(...lessonLines(review));
  lines.push(
    '',
    '## Your decisions beside the record',
    '',
    `${review.divergences} decision(s) diverged from what was actually decided.${review.voted ? ` ${roomSentence(review)}` : ''}`,
    '',
    '| when | decision | your choice | the record | sources |',
    '|---|---|---|---|---|',
  );
  for (const row of review.rows) {
    const record = row.historical
      ? row.historical.join('; ')
      : row.plan
        ? `never arose (planned: ${row.plan})`
        : 'never arose (counterfactual)';
    const mark = row.diverged
      ? ' **(diverged)**'
      : row.room?.diverged
        ? ' **(the room’s majority diverged; overridden)**'
        : '';
    const vote = row.vote
      ? ` (vote: ${row.vote.splits.map((v) => `${v.label} ${v.count}`).join(', ')}${row.vote.override ? `; overridden: ${row.vote.override}` : ''})`
      : '';
    const by = row.fromRecord
      ? ' (from the record, not played)'
      : row.by === 'model'
        ? ` (${row.sideName}, response model)`
        : '';
    lines.push(
      `| ${cell(row.at)} | ${cell(row.title)}${by} | ${cell(row.chosen.join('; '))}${mark}${cell(vote)} | ${cell(record)} | ${cell(row.sources.map(cite).join('; '))} |`,
    );
  }
  const sourced = review.rows.filter((r) => r.bases.length > 0 || r.advisers.length > 0);
  if (sourced.length) {
    lines.push('', '## Where the record comes from', '');
    lines.push("Advisers' positions are the project's paraphrase (in the project's words), not quotations.");
    for (const row of sourced) {
      lines.push('', `### ${row.title}`, '');
      if (row.bases.length) lines.push(`- The record: ${basesLine(row.bases)}`);
      for (const a of row.advisers) {
        const where = a.bases.length ? ` ${basesLine(a.bases)}` : '';
        lines.push(`- ${a.name} (in the project's words): ${a.position} (${cite(a.source)}).${where}`);
      }
    }
  }
  const ref = review.reference;
  if (ref) {
    // The scenario's own reference posture (for Black Saturday, the Rostow memo); none, no scorecard.
    const scoreLine = (line: Review['scorecard'][number]) =>
      `| ${line.package === 'yours' ? 'your package' : 'the package actually sent'} | ${line.cells.map((c) => cell(c.charAt(0).toLowerCase() + c.slice(1))).join(' | ')} |`;
    lines.push(
      '',
      `## ${ref.title}`,
      '',
      ref.summary,
      '',
      `| posture | ${ref.parts.map((p) => cell(p.short)).join(' | ')} |`,
      `|---|${ref.parts.map(() => '---|').join('')}`,
    );
    for (const line of review.scorecard) lines.push(scoreLine(line));
    if (ref.note) lines.push('', ref.note);
    lines.push('', `Sources: ${ref.sources.map(cite).join('; ')}`);
  }
  if (review.marks.length) {
    lines.push('', '## Moments marked for the debrief', '');
    for (const m of review.marks) lines.push(`- ${m.at}, ${m.decision}: ${m.note}`);
  }
  if (review.injects.length) {
    lines.push('', '## Injects held back or released early', '');
    for (const i of review.injects) lines.push(`- ${i.at}: ${i.action}, ${i.title}`);
    for (const s of review.stillHeld) lines.push(`- never released: ${s.title}`);
  }
  lines.push('', '## What was hidden', '');
  for (const h of review.hidden)
    lines.push(`- **${h.label}**: ${h.reveal} (${cite(h.source)})${h.bases.length ? ` ${basesLine(h.bases)}` : ''}`);
  lines.push('', '## Tracks at the end', '', '| track | start | end |', '|---|---:|---:|');
  for (const s of review.series)
    lines.push(`| ${s.label} | ${s.points[0].value} | ${s.points[s.points.length - 1].value} |`);
  return `${lines.join('\n')}\n`;
}

/** The room's votes beside the record, as divergenceText says it (without its first sentence). */
function roomSentence(review: Review): string {
  return divergenceText(review).replace(/^[^.]*\. /, '');
}

/** The lesson plan's part: what the class played, what came from the record, what is told after the stop. */
function lessonLines(review: Review): string[] {
  const lesson = review.lesson;
  if (!lesson) return review.unfinished ? ['', 'The game has not reached an ending: this is the review so far.'] : [];
  const lines = ['', `## Lesson plan: ${lesson.plan.name}`, '', lesson.summary];
  if (lesson.fromRecord.length) {
    lines.push('', 'Taken from the record before play began (not played):', '');
    for (const f of lesson.fromRecord) lines.push(`- ${f.title}: ${f.taken.join('; ')}. ${f.summary}`);
  }
  if (lesson.told.length) {
    lines.push('', 'After the plan’s stop, the record (told, not played):', '');
    if (lesson.after) lines.push(lesson.after, '');
    for (const t of lesson.told)
      lines.push(
        `- ${t.title} (${t.when}): ${t.recorded.length ? `${t.recorded.join('; ')}. ` : ''}${t.summary} (${t.sources.map(cite).join('; ')})`,
      );
  }
  return lines;
}
