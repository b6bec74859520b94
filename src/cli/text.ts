/** Plain-text presentation for the scenario tool: tables, a replay, and an interactive playthrough. */
import { createInterface } from 'node:readline/promises';
import type { Distribution } from '../engine/analysis/randomPlay';
import type { Engine, GameSnapshot } from '../engine/game';
import { lessonReview } from '../engine/lessonReview';
import { departureText } from '../engine/record';
import { reasonOf } from '../engine/result';
import type { Scenario } from '../engine/schema/scenario';
import type { GameInput } from '../engine/state';
import { toView } from '../engine/view';

export function endingTable(s: Scenario, run: Distribution, seed: number): string {
  const rows = s.endings.map((e) => {
    const n = run.endings[e.id] ?? 0;
    return `| ${e.title} (\`${e.id}\`) | ${e.kind} | ${n} | ${((100 * n) / run.games).toFixed(1)}% |`;
  });
  const lengths = Object.entries(run.decisions.histogram)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return [
    `${run.games} random games, seeds ${seed}–${seed + run.games - 1}`,
    '',
    '| ending | kind | games | share |',
    '|---|---|---:|---:|',
    ...rows,
    '',
    `historical endings: ${run.historical} of ${run.games} games (${((100 * run.historical) / run.games).toFixed(1)}%)`,
    `decisions per game: min ${run.decisions.min}, mean ${run.decisions.mean.toFixed(1)}, max ${run.decisions.max} (${lengths})`,
    run.stuck.length
      ? `STALLED: ${run.stuck.length} game(s), first seed ${run.stuck[0].seed}: ${run.stuck[0].stuck?.why}`
      : 'no game stalled',
    '',
  ].join('\n');
}

interface Out {
  write(text: string): unknown;
}

/** The story of a finished (or stopped) game from its log, as the player's side saw it. */
export function printReplay(engine: Engine, snapshot: GameSnapshot, out: Out): void {
  const view = toView(engine, snapshot, { review: true });
  const s = engine.scenario;
  out.write(`${s.meta.title} — seed ${view.seed}\n\n`);
  for (const entry of snapshot.context.log) {
    const clock = toView(engine, { ...snapshot, context: { ...snapshot.context, clock: entry.at } } as GameSnapshot, {
      review: true,
    }).clock;
    const when = `[${clock.long}]`;
    if (entry.kind === 'document') {
      const doc = engine.index.documents.get(entry.document);
      // A paper chosen for this path (a variant) says which paper of the record it stands in for.
      const standsFor = engine.index.variantOf.get(entry.document);
      out.write(`${when} document: ${doc?.title}${standsFor ? ` [variant of ${standsFor}]` : ''}\n`);
    }
    if (entry.kind === 'rule') out.write(`${when} track rule: ${entry.rule} (${entry.track})\n`);
    if (entry.kind === 'event') out.write(`${when} event: ${s.events?.find((e) => e.id === entry.event)?.title}\n`);
    if (entry.kind === 'choice') {
      const d = engine.index.decisions.get(entry.decision);
      const option = d?.kind === 'choice' ? d.options.find((o) => o.id === entry.option) : undefined;
      out.write(
        `${when} ${d?.title} — ${entry.by === 'model' ? `${entry.side} (model)` : entry.side}: ${option?.label}${entry.fromRecord ? ' (from the record, not played)' : ''}\n`,
      );
    }
    if (entry.kind === 'reply') {
      const labels = entry.items.map((id) => engine.index.items.get(id)?.label).join('; ');
      out.write(
        `${when} ${engine.index.decisions.get(entry.decision)?.title} — package: ${labels}${entry.fromRecord ? ' (from the record, not played)' : ''}\n`,
      );
    }
    if (entry.kind === 'lesson') out.write(`${when} lesson plan: ${LESSON_MOMENTS[entry.event](entry.period)}\n`);
  }
  if (view.ending) {
    out.write(`\nEnding: ${view.ending.title} (${view.ending.kind}, id ${view.ending.id})\n${view.ending.summary}\n`);
    const off = view.ending.offRecord;
    if (off) {
      out.write(`\nHow this run differed from the record of "${off.historical.title}":\n`);
      for (const d of off.departures) out.write(`- ${departureText(d)}\n`);
    }
    if (view.ending.epilogue.length > 0) {
      out.write('\nEpilogue:\n');
      for (const line of view.ending.epilogue)
        out.write(
          `- ${line.topic} (${line.kind === 'historical' ? 'history' : 'invented'}, ${line.id}): ${line.text}\n`,
        );
    }
  } else if (view.lesson?.status === 'stopped') {
    out.write(`\nNo ending: ${view.lesson.message}\n`);
    const review = lessonReview(engine, snapshot);
    for (const t of review?.told ?? [])
      out.write(`- told, not played: ${t.title}: ${t.recorded.join('; ') || 'did not arise'} (${t.when})\n`);
  } else {
    out.write(`\nNo ending yet: the game stands at "${snapshot.context.current}".\n`);
  }
}

const LESSON_MOMENTS: Record<'start' | 'break' | 'resume' | 'stop', (period: number) => string> = {
  start: () => 'the class takes over from the record here',
  break: (period) => `period ${period} ends here`,
  resume: (period) => `period ${period} begins`,
  stop: () => 'the plan stops here',
};

export async function playInteractive(engine: Engine, input: GameInput): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const side = engine.scenario.meta.playerSide;
  let snapshot = engine.start(input);
  const shown = new Set<string>();
  try {
    while (snapshot.status !== 'done' && snapshot.context.lesson?.status !== 'stopped') {
      const view = toView(engine, snapshot, { side });
      if (view.lesson?.status === 'break') {
        await rl.question(`\n${view.lesson.message}\nPress Enter to begin the next period. `);
        const r = engine.step(snapshot, { type: 'lesson.resume' });
        if (r.ok) snapshot = r.snapshot;
        continue;
      }
      for (const doc of view.documents) {
        if (shown.has(doc.id)) continue;
        shown.add(doc.id);
        const full = engine.index.documents.get(doc.id);
        process.stdout.write(
          `\n=== ${doc.title} (${doc.kind}; ${doc.date}) ===\n${full?.body}\nSource: ${typeof full?.source === 'string' ? full.source : full?.source.cite}\n`,
        );
      }
      const d = view.decision;
      if (!d) throw new Error(`no decision open at "${snapshot.context.current}"`);
      process.stdout.write(`\n[${view.clock.long}] ${d.title}\n${d.prompt}\n`);
      for (const a of d.advisers) process.stdout.write(`  ${a.name}: ${a.position}\n`);
      if (d.kind === 'choice') {
        d.options.forEach((o, i) => {
          process.stdout.write(`  ${i + 1}. ${o.label}${o.risk ? ` (risk: ${o.risk})` : ''}\n`);
        });
        const answer = await rl.question('Your choice (number): ');
        const option = d.options[Number(answer) - 1];
        if (!option) {
          process.stdout.write('Please type one of the numbers shown.\n');
          continue;
        }
        const r = engine.step(snapshot, { type: 'player.choose', side, option: option.id });
        if (r.ok) snapshot = r.snapshot;
        else process.stdout.write(`${reasonOf(r)}\n`);
      } else {
        const items = d.replyBuilder?.items ?? [];
        items.forEach((item, i) => {
          process.stdout.write(`  ${i + 1}. [${item.group}] ${item.label}\n`);
        });
        const answer = await rl.question('Your package (numbers separated by spaces): ');
        const chosen = answer
          .split(/\s+/)
          .filter(Boolean)
          .map((n) => items[Number(n) - 1]?.id);
        const r = engine.step(snapshot, {
          type: 'player.sendReply',
          side,
          items: chosen.filter((x): x is string => Boolean(x)),
        });
        if (r.ok) snapshot = r.snapshot;
        else process.stdout.write(`${reasonOf(r)}\n`);
      }
    }
  } finally {
    rl.close();
  }
  printReplay(engine, snapshot, process.stdout);
}
