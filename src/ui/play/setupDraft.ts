/**
 * The set-up form as typed but not yet started, kept in this browser: a facilitator who has typed a
 * class's names and then reloads (or closes the tab) finds them again. Starting the game clears it.
 * A damaged entry keeps what is valid of it and defaults the rest, like the settings.
 */

import { DEFAULT_CLASS_SIZE, DEFAULT_DEBATE_MINUTES, type SetupDraft, type SetupMode } from '../../session/setupView';
import type { KeyValueStore } from '../../session/storage';
import { suggestSeed } from './setup';

const key = (scenario: string) => `eyes-only:setup-draft:${scenario}`;
const MODES: readonly SetupMode[] = ['solo', 'classroom', 'teams'];

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function loadSetupDraft(store: KeyValueStore, scenario: string): SetupDraft | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(store.get(key(scenario)) ?? 'null');
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const roster = (r.roster && typeof r.roster === 'object' ? r.roster : {}) as Record<string, unknown>;
  const names = roster.names && typeof roster.names === 'object' ? (roster.names as Record<string, unknown>) : {};
  return {
    mode: MODES.includes(r.mode as SetupMode) ? (r.mode as SetupMode) : 'solo',
    // Kept as typed (even out of range: the form says what is wrong when the game is started).
    seed: typeof r.seed === 'number' ? r.seed : suggestSeed(),
    debateMinutes: typeof r.debateMinutes === 'number' ? r.debateMinutes : DEFAULT_DEBATE_MINUTES,
    roster: {
      classSize: typeof roster.classSize === 'number' ? roster.classSize : DEFAULT_CLASS_SIZE,
      inPlay: isStringArray(roster.inPlay) ? roster.inPlay : null,
      names: Object.fromEntries(Object.entries(names).filter(([, v]) => typeof v === 'string')) as Record<
        string,
        string
      >,
    },
    // The plan as chosen; the set-up checks it is one of the scenario's (else it takes the default).
    ...(typeof r.lesson === 'string' ? { lesson: r.lesson } : {}),
  };
}

export function saveSetupDraft(store: KeyValueStore, scenario: string, draft: SetupDraft | null): void {
  if (draft) store.set(key(scenario), JSON.stringify(draft));
  else store.remove(key(scenario));
}
