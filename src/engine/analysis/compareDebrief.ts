/**
 * Debrief questions drawn from a comparison of classes (#16 item 3): asked only where the runs give
 * something to talk about — a decision where they parted, endings that differ and the step that
 * split them, a room whose vote the facilitator overrode. Worded from the comparison's own labels,
 * so they are true of these runs and of no others.
 */
import type { Comparison } from './compareRuns';

export interface DebriefQuestion {
  /** What the question is about: a decision id, or "endings". */
  about: string;
  text: string;
}

const name = (file: string) => file.replace(/\.json$/i, '');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quote = (labels: readonly string[]) => `“${labels.join('; ')}”`;

/** How the runs that played a decision split over what was done (each answer once, most taken first). */
function splits(d: Comparison['decisions'][number], runs: Comparison['runs']) {
  const groups = new Map<string, string[]>();
  d.runs.forEach((a, i) => {
    if (!a || a.fromRecord) return;
    const key = a.chosen.join('; ');
    groups.set(key, [...(groups.get(key) ?? []), name(runs[i].name)]);
  });
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

/** At most `limit` questions, in the order of the game: the decisions first, then the endings. */
export function debriefQuestions(c: Comparison, limit = 6): DebriefQuestion[] {
  const questions: DebriefQuestion[] = [];
  for (const d of c.decisions) {
    const parted = splits(d, c.runs);
    if (parted.length < 2) continue;
    const [most, ...others] = parted;
    const record = d.historical ? ` In 1962: ${quote(d.historical)}.` : ' This decision never arose in 1962.';
    questions.push({
      about: d.decision,
      text: `At “${d.title}”, ${count(most[1].length, 'run')} (${most[1].join(', ')}) chose ${quote([most[0]])}; ${others
        .map(([choice, who]) => `${who.join(', ')} chose ${quote([choice])}`)
        .join('; ')}.${record} What did each choice gain, and what did it cost?`,
    });
  }
  const overridden = c.decisions.flatMap((d) =>
    d.runs.flatMap((a, i) => (a?.vote?.override ? [{ d, run: c.runs[i], note: a.vote.override }] : [])),
  );
  for (const { d, run } of overridden) {
    questions.push({
      about: d.decision,
      text: `In ${name(run.name)} the facilitator overrode the room's vote at “${d.title}”. Was the room right, and what did the override weigh that the vote did not?`,
    });
  }
  const reached = c.endings.filter((e) => e.runs.length > 0);
  if (reached.length > 1) {
    const split = firstParting(c);
    questions.push({
      about: 'endings',
      text: `The runs ended ${count(reached.length, 'way')}: ${reached
        .map((e) => `${e.title} (${e.runs.map(name).join(', ')})`)
        .join(
          '; ',
        )}.${split ? ` Their paths first parted at “${split}”.` : ''} Which decision made the difference, and could anyone at the table have known?`,
    });
  }
  return questions.slice(0, limit);
}

/** The first decision after which the finished runs' paths are no longer the same. */
function firstParting(c: Comparison): string | null {
  const paths = c.runs.filter((r) => r.ending).map((r) => r.path);
  if (paths.length < 2) return null;
  for (let i = 0; i < Math.max(...paths.map((p) => p.length)); i++) {
    if (new Set(paths.map((p) => p[i + 1])).size > 1) {
      const id = paths[0][i];
      return c.map.nodes.find((n) => n.id === id)?.label ?? null;
    }
  }
  return null;
}
