/**
 * The next game context, built in place by one rule. The rules are pure: none changes the context it is
 * given. They used to copy the whole context for every paper delivered, every log entry and every event
 * considered, and to copy the growing log and the list of papers with each entry: most of a decision's
 * cost, and a morning folder of a dozen papers copied them a dozen times. A draft copies the context
 * once, on its first change, and each growing list once, on its first entry, then adds to its own
 * copies; the context it was given, and every list that context holds, stay as they were.
 *
 * Records (tracks, flags, visits, choices) are replaced, never changed in place: log entries keep
 * the tracks record they were written with, so a record, once in a context, is never written again.
 */
import type { GameCommand, GameContext, LogEntry } from './state';

/** The lists that only grow while a rule runs, and what each holds. */
interface GrowingLists {
  log: LogEntry;
  delivered: GameContext['delivered'][number];
  consideredEvents: string;
  firedRules: string;
  commands: GameCommand;
}

type GrowingList = keyof GrowingLists;

export class ContextDraft {
  private copy: GameContext | null = null;
  /** The growing lists this draft has copied, so it may add to them. */
  private readonly own = new Set<GrowingList>();

  constructor(private readonly given: GameContext) {}

  /** The context as the draft has it now: to read, never to change. */
  get now(): GameContext {
    return this.copy ?? this.given;
  }

  /** Sets a field; a list set here is not the draft's own, so the next entry copies it first. */
  set<K extends keyof GameContext>(key: K, value: GameContext[K]): void {
    this.writable()[key] = value;
    this.own.delete(key as GrowingList);
  }

  /** Adds an entry to a growing list (copied once per draft; created when absent, as `firedRules` is at first). */
  append<K extends GrowingList>(key: K, entry: GrowingLists[K]): void {
    const ctx = this.writable() as unknown as Record<GrowingList, unknown[] | undefined>;
    const list = ctx[key];
    if (list && this.own.has(key)) {
      list.push(entry);
      return;
    }
    ctx[key] = list ? [...list, entry] : [entry];
    this.own.add(key);
  }

  /** The context built: the one given when nothing changed. */
  done(): GameContext {
    return this.now;
  }

  private writable(): GameContext {
    this.copy ??= { ...this.given };
    return this.copy;
  }
}
