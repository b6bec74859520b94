/**
 * The one-screen reply builder (ui/play/reply.ts) on a device: for a student whose role drafts the
 * reply, and on the facilitator's console. The builder and its template are the play desk's own; only
 * its answers come from elsewhere. A device holds no engine, so the gauge, the package's problem, its
 * contradictions and Moscow's likely reading are asked of the server (`checkReply`, answered with
 * `replyAdvice`) as the package changes, and the builder is drawn again when the answer comes.
 * The package is sent as the same serialisable command the one-screen game sends.
 */
import type { PackageAssessment } from '../../engine/posture';
import type { PackageReading } from '../../engine/replyReading';
import type { DecisionView } from '../../engine/view';
import type { ReplyAdvice } from '../../net/protocol';
import type { KeyValueStore } from '../../session/storage';
import { replyBuilder } from '../play/reply';
import { Drafts } from '../store/drafts';

/** Before the server's first answer: no factors to show yet (the builder then shows none). */
const NO_READING: PackageReading = { factors: [], answer: null, scale: '' };

export interface ReplyLink {
  /** Asks the server how a package stands (answered with `replyAdvice`, handed to `take`). */
  check(decision: string, items: string[]): void;
  send(decision: string, items: string[]): void;
}

/** The words shown while the server weighs the package just picked (Send waits for its answer). */
export const CHECKING = 'the server is still weighing this package';

const keyOf = (decision: string, items: readonly string[]) => `${decision}\n${items.join('\n')}`;

export class DeviceReply {
  /** The node the builder is drawn into: the same one each time, so a redraw keeps the focus. */
  readonly host: HTMLElement;
  readonly drafts: Drafts;
  private advice = new Map<string, ReplyAdvice>();
  private asked = new Set<string>();
  private shown: DecisionView | null = null;
  /** What the last drawing showed: a screen's redraw (the clock's tick) with nothing new leaves it be. */
  private drawn = '';

  constructor(
    store: KeyValueStore,
    key: string,
    private readonly link: ReplyLink,
    drafts?: Drafts,
  ) {
    this.host = document.createElement('div');
    this.host.className = 'device-reply';
    this.drafts = drafts ?? new Drafts(store, key);
  }

  /** The server's advice on a package; true when it is about the package on screen (then it is redrawn). */
  take(advice: ReplyAdvice): boolean {
    this.advice.set(keyOf(advice.decision, advice.items), advice);
    const shown = this.shown;
    if (!shown || shown.id !== advice.decision) return false;
    const current = this.drafts.decision(shown.id).reply;
    if (keyOf(shown.id, current) !== keyOf(advice.decision, advice.items)) return false;
    this.drawn = '';
    this.draw(shown);
    return true;
  }

  /** A check was refused (too many at once): the package on screen is asked about again on the next drawing. */
  retry(): void {
    for (const key of this.asked) if (!this.advice.has(key)) this.asked.delete(key);
    this.drawn = '';
  }

  /** The advice on a package, asking the server once for a package not yet weighed. */
  private adviceOn(decision: string, items: readonly string[]): ReplyAdvice | null {
    const key = keyOf(decision, items);
    const known = this.advice.get(key);
    if (known) return known;
    if (!this.asked.has(key)) {
      this.asked.add(key);
      this.link.check(decision, [...items]);
    }
    return null;
  }

  /** The last advice received for this decision: its gauge stands until the new package's comes. */
  private latest(decision: string): ReplyAdvice | null {
    let last: ReplyAdvice | null = null;
    for (const a of this.advice.values()) if (a.decision === decision) last = a;
    return last;
  }

  /** The builder for `decision`, drawn into `host` from the draft and the server's answers. */
  draw(decision: DecisionView): HTMLElement {
    const id = decision.id;
    const drawing = keyOf(id, this.drafts.decision(id).reply);
    if (decision === this.shown && drawing === this.drawn) return this.host;
    this.shown = decision;
    this.drawn = drawing;
    const labels = new Map((decision.replyBuilder?.items ?? []).map((i) => [i.id, i.label]));
    const parts = decision.replyBuilder?.reference?.parts ?? [];
    const waiting: PackageAssessment = {
      parts: parts.map((p) => ({ id: p.id, follows: false, matched: [], refused: [] })),
      historical: { added: [], missing: [], same: false },
    };
    const on = (items: readonly string[]) => this.adviceOn(id, items);
    return replyBuilder(this.host, decision, this.drafts, {
      assess: (items) => on(items)?.assessment ?? this.latest(id)?.assessment ?? waiting,
      problem: (items) => {
        const advice = on(items);
        return advice ? advice.problem : CHECKING;
      },
      warnings: (items) => on(items)?.warnings ?? this.latest(id)?.warnings ?? [],
      reading: (items) => on(items)?.reading ?? this.latest(id)?.reading ?? NO_READING,
      send: (items) => this.link.send(id, items),
      speaking: () => undefined,
      labelOf: (item) => labels.get(item) ?? item,
    });
  }

  /** A decision was taken: its draft and advice go. */
  taken(decision: string): void {
    this.drafts.taken(decision);
    for (const [key, a] of this.advice) if (a.decision === decision) this.advice.delete(key);
    for (const key of this.asked) if (key.startsWith(`${decision}\n`)) this.asked.delete(key);
  }
}

/** Web Storage behind the drafts' store interface (a reload keeps the package being built). */
export function keptStore(kept: {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}): KeyValueStore {
  return {
    status: 'ok',
    get: (k) => kept.getItem(k),
    set: (k, v) => {
      try {
        kept.setItem(k, v);
        return 'ok';
      } catch {
        return 'full';
      }
    },
    remove: (k) => kept.removeItem(k),
  };
}
