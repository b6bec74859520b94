/**
 * The after-action review as the review screen needs it, built by the session (never by the UI) from
 * the engine and the game: the review's rows, the decision map's model, the decision notes of the
 * review seat, the hindsight notes, and the two exports. Loaded with the review (GameSession.review
 * imports it on first use), so none of it is in the download a player needs to start playing.
 */
import { historicalPath, type MapModel, mapModel } from '../engine/analysis/mapModel';
import type { ConsequenceNote } from '../engine/consequences';
import type { Engine, GameSnapshot } from '../engine/game';
import { type HindsightNote, hindsightNotes } from '../engine/hindsight';
import { buildReview, type ClassHandout, classHandout, divergenceText, type Review } from '../engine/review';
import { reviewMarkdown } from '../engine/reviewMarkdown';
import { createSave } from '../engine/save';
import type { ScenarioIndex } from '../engine/scenarioIndex';
import type { Scenario } from '../engine/schema/scenario';
import { toView } from '../engine/view';

export interface ReviewModel {
  review: Review;
  /** The scenario reviewed: static data (roles, tracks, questions for discussion). */
  scenario: Scenario;
  /** Look-ups by id into the scenario (the decision map's notes name decisions, endings and items). */
  index: Pick<ScenarioIndex, 'decisions' | 'endings' | 'items'>;
  /** Every decision and ending, with the roads history and the explored games took. */
  map: MapModel;
  /** What the review seat may know of each decision's consequences. */
  notes: ConsequenceNote[];
  /** What the desk keeps back unless Historian's hints are on. */
  hindsight: HindsightNote[];
  /** The class handout: the review cut down for the students (engine/classHandout.ts). */
  handout: ClassHandout;
  /** How many decisions diverged, and where the room's majority did, in words (the timeline's caption). */
  divergence: string;
  /** The review as Markdown (the "Export Markdown" file). */
  markdown(): string;
  /** The saved game itself, indented for a reader (the replayable "Export JSON" file). */
  savedGame(): string;
}

/** `explored`: the roads taken in this browser's games of the scenario (see explored.ts). */
export function buildReviewModel(engine: Engine, snapshot: GameSnapshot, explored: string[][]): ReviewModel {
  const review = buildReview(engine, snapshot);
  return {
    review,
    scenario: engine.scenario,
    index: engine.index,
    map: mapModel(engine, { explored, historical: historicalPath(engine) }),
    notes: toView(engine, snapshot, { review: true }).notes,
    hindsight: hindsightNotes(engine.scenario),
    handout: classHandout(review, engine.scenario.meta.start),
    divergence: divergenceText(review),
    markdown: () => reviewMarkdown(review),
    savedGame: () => createSave(engine, snapshot, true),
  };
}
