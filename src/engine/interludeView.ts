/**
 * "The clock runs": what a seat saw happen between two of its decisions (papers arriving, incidents,
 * the other side's moves), as lines with their time, projected from log entries the seat may see.
 */
import type { Engine } from './game';
import type { LogEntry } from './state';
import { describeScenarioTime } from './time';

export interface InterludeLine {
  /** The time in words, and in minutes on the scenario's clock. */
  at: string;
  minutes: number;
  text: string;
  document?: string;
  kind: 'document' | 'event' | 'move';
}

/** `entries` must already be the seat's (see `visibleLog`); `side` is the seat's own side. */
export function interludeLines(
  engine: Pick<Engine, 'index' | 'scenario'>,
  entries: readonly LogEntry[],
  side: string,
): InterludeLine[] {
  const lines: InterludeLine[] = [];
  for (const e of entries) {
    const at = describeScenarioTime(e.at);
    const minutes = e.at;
    if (e.kind === 'document') {
      const doc = engine.index.documents.get(e.document);
      if (doc) lines.push({ at, minutes, text: doc.title, document: doc.id, kind: 'document' });
    } else if (e.kind === 'event') {
      const event = engine.scenario.events?.find((x) => x.id === e.event);
      if (event) lines.push({ at, minutes, text: event.title, kind: 'event' });
    } else if (e.kind === 'choice' && e.side !== side) {
      const d = engine.index.decisions.get(e.decision);
      const option = d?.kind === 'choice' ? d.options.find((o) => o.id === e.option) : undefined;
      const sideName = engine.scenario.sides.find((s) => s.id === e.side)?.name ?? e.side;
      if (option) lines.push({ at, minutes, text: `${sideName}: ${option.label}`, kind: 'move' });
    }
  }
  return lines;
}
