/**
 * The scenario in use and everything that belongs to it: its game session (which holds the engine),
 * the store its game is saved in, and the desk's drafts. A teacher who loads a scenario replaces the
 * record whole, so no part of the old scenario (its engine, its saves, its drafts) outlives it.
 */
import type { Scenario } from '../engine/schema/scenario';
import { GameSession } from '../session/session';
import type { KeyValueStore } from '../session/storage';
import { Drafts } from './store/drafts';

export interface ScenarioInUse {
  readonly scenario: Scenario;
  readonly session: GameSession;
  /** Where the game in play is saved (in memory for a teacher's own scenario). */
  readonly store: KeyValueStore;
  /** What has been typed or opened on the desk and not yet sent, kept beside the save. */
  readonly drafts: Drafts;
  /** A teacher's own scenario, in use until "back" or a reload, rather than the one the game ships. */
  readonly own: boolean;
}

export function scenarioInUse(scenario: Scenario, store: KeyValueStore, own: boolean): ScenarioInUse {
  return {
    scenario,
    session: GameSession.forScenario(scenario, store),
    store,
    drafts: new Drafts(store, scenario.meta.id),
    own,
  };
}
