/**
 * The one owner of what a person has typed or opened on the desk but not yet sent: per decision,
 * the heads counted for each option, an override being written and the reply package being built;
 * beside them, whether the facilitator's tools are open and the last status line. Screens render
 * from here and write here, so no change of the game, reload or visit elsewhere loses any of it.
 * Kept beside the save (per scenario), and a decision's draft goes once that decision is taken.
 */
import type { KeyValueStore } from '../../session/storage';

export interface Notice {
  text: string;
  ok: boolean;
}

export interface DecisionDraft {
  /** Heads per option id, as counted so far. */
  votes: Record<string, number>;
  override: { option: string | null; note: string };
  /** The reply items picked, in the order they were picked. */
  reply: string[];
  /** The vote panel's last word ("The vote is tied…"). */
  notice: Notice | null;
}

export interface DeskDrafts {
  decisions: Record<string, DecisionDraft>;
  toolsOpen: boolean;
  /** The facilitator tools' last status line ("Released to the room."). */
  status: Notice | null;
  /** The moment being written in "Mark a moment", and the inject picked in the list. */
  mark: string;
  inject: string | null;
}

const emptyDraft = (): DecisionDraft => ({ votes: {}, override: { option: null, note: '' }, reply: [], notice: null });
const emptyDesk = (): DeskDrafts => ({ decisions: {}, toolsOpen: false, status: null, mark: '', inject: null });

const KEY = (scenario: string) => `eyes-only:drafts:${scenario}`;

const isNotice = (v: unknown): v is Notice =>
  typeof (v as Notice)?.text === 'string' && typeof (v as Notice)?.ok === 'boolean';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** What was saved, with anything unreadable dropped rather than trusted (a draft is never worth an error). */
function readDesk(raw: string | null): DeskDrafts {
  const desk = emptyDesk();
  try {
    const saved = JSON.parse(raw ?? 'null');
    if (!saved || typeof saved !== 'object') return desk;
    desk.toolsOpen = saved.toolsOpen === true;
    desk.status = isNotice(saved.status) ? saved.status : null;
    desk.mark = typeof saved.mark === 'string' ? saved.mark : '';
    desk.inject = typeof saved.inject === 'string' ? saved.inject : null;
    for (const [id, d] of Object.entries<Record<string, unknown>>(saved.decisions ?? {})) {
      const draft = emptyDraft();
      for (const [option, n] of Object.entries(d?.votes ?? {})) {
        if (Number.isInteger(n) && (n as number) >= 0) draft.votes[option] = n as number;
      }
      const o = d?.override as { option?: unknown; note?: unknown } | undefined;
      draft.override = {
        option: typeof o?.option === 'string' ? o.option : null,
        note: typeof o?.note === 'string' ? o.note : '',
      };
      draft.reply = isStringList(d?.reply) ? d.reply : [];
      draft.notice = isNotice(d?.notice) ? d.notice : null;
      desk.decisions[id] = draft;
    }
  } catch {
    // An unreadable draft is an empty one.
  }
  return desk;
}

/** A count as typed: a whole number of heads, never negative. */
export const heads = (typed: string | number): number => Math.max(0, Math.floor(Number(typed) || 0));

export class Drafts {
  private desk: DeskDrafts;

  constructor(
    private readonly store: KeyValueStore,
    private readonly scenario: string,
  ) {
    this.desk = readDesk(store.get(KEY(scenario)));
  }

  /** The draft of a decision (an empty one when nothing was typed for it yet). */
  decision(id: string): Readonly<DecisionDraft> {
    return this.desk.decisions[id] ?? emptyDraft();
  }

  get toolsOpen(): boolean {
    return this.desk.toolsOpen;
  }
  get status(): Notice | null {
    return this.desk.status;
  }
  get mark(): string {
    return this.desk.mark;
  }
  get inject(): string | null {
    return this.desk.inject;
  }

  /** Changes a decision's draft and keeps it at once (a reload a second later keeps it too). */
  update(id: string, change: (draft: DecisionDraft) => void): void {
    const draft = structuredClone(this.decision(id));
    change(draft);
    this.desk.decisions[id] = draft;
    this.save();
  }

  setTools(change: Partial<Pick<DeskDrafts, 'toolsOpen' | 'status' | 'mark' | 'inject'>>): void {
    Object.assign(this.desk, change);
    this.save();
  }

  /** A decision was taken: what was typed for it has become the game's, and its draft goes. */
  taken(id: string): void {
    if (!(id in this.desk.decisions)) return;
    delete this.desk.decisions[id];
    this.save();
  }

  /** A new game: nothing typed for the last one carries over. */
  clear(): void {
    this.desk = emptyDesk();
    this.store.remove(KEY(this.scenario));
  }

  private save(): void {
    this.store.set(KEY(this.scenario), JSON.stringify(this.desk));
  }
}
