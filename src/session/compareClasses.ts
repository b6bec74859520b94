/**
 * Compare classes, the session's side: the screen hands over the files a teacher picked (and, if
 * they wish, the game in this browser), and gets back the comparison model. The engine's comparison
 * and the historical path it needs load with the screen, not with the game.
 */
import { type Comparison, compareRuns, type RunFile } from '../engine/analysis/compareRuns';
import { historicalPath } from '../engine/analysis/mapModel';
import type { GameSession } from './session';

export { type DebriefQuestion, debriefQuestions } from '../engine/analysis/compareDebrief';
export { MAX_RUNS } from '../engine/analysis/compareRuns';
export type { Comparison, RunFile };

/** The name the browser's own game goes by among the files. */
export const THIS_BROWSER = 'The game in this browser';

/** The historical path is a whole game played: computed once per engine, then reused. */
const histories = new WeakMap<object, string[]>();

export function compareClasses(session: GameSession, files: readonly RunFile[]): Comparison {
  const { engine } = session;
  let history = histories.get(engine);
  if (!history) {
    history = historicalPath(engine);
    histories.set(engine, history);
  }
  return compareRuns(engine, files, history);
}

/** The browser's own game as one more file to compare (null when no decision has been taken yet). */
export function thisBrowsersGame(session: GameSession): RunFile | null {
  const played = session.view().log.some((e) => e.kind === 'choice' || e.kind === 'reply');
  if (!played) return null;
  return { name: THIS_BROWSER, text: session.exportSave() };
}
