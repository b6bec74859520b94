/**
 * What lies in the middle of the desk: the interlude (what happened while the clock ran), the
 * decision (its card, or in a class the card and the room's vote), the reply builder, or the outcome.
 * The app shell gives it the game, the drafts and what each button does; it keeps no state of its own
 * (and plays no sound: the bell for a new decision is the app's, on the change, not on a render).
 */
import type { PackageAssessment } from '../../engine/posture';
import type { PackageReading } from '../../engine/replyReading';
import type { Scenario } from '../../engine/schema/scenario';
import type { GameView } from '../../engine/view';
import { h } from '../dom';
import { type FacilitatorHandlers, votePanel } from '../facilitator/panel';
import type { Drafts } from '../store/drafts';
import { decisionCard } from './decision';
import { fromRecordInterlude, fromRecordNote } from './fromRecord';
import { decisionForPlay } from './hints';
import { type InterludeLine, interludeScreen } from './interlude';
import { lessonStopScreen } from './lessonStop';
import { outcomeScreen } from './outcome';
import { replyBuilder } from './reply';

/** What the desk asks of the game: the session's answers about a reply package. */
export interface DeskGame {
  /** The scenario in play (its glossary marks terms on the desk). */
  readonly scenario: Pick<Scenario, 'glossary'>;
  assessPackage(items: readonly string[]): PackageAssessment;
  packageProblem(items: readonly string[]): string | null;
  packageWarnings(items: readonly string[]): string[];
  likelyReading(items: readonly string[]): PackageReading;
}

export interface DeskContext {
  game: DeskGame;
  /** What has been typed for each decision; the vote and the reply draw from it. */
  drafts: Drafts;
  /** The nodes the vote and the reply are drawn into: the same ones each time, updated in place. */
  hosts: { vote: HTMLElement; reply: HTMLElement };
  /** Lines still to show before the desk returns to the table. */
  pendingLines: readonly InterludeLine[];
  /** In a class: the facilitator records the room's vote instead of a player pressing an option. */
  facilitator: FacilitatorHandlers | null;
  /** In a class, its size: the vote's running total is counted against it (0: not given). */
  classSize?: number;
  heldBy?(role: string): string[];
  /** Historian's hints (Settings): what the record did shows during play only when on. */
  hints: boolean;
  openDocument(id: string): void;
  afterInterlude(): void;
  review(): void;
  newGame(): void;
  title(): void;
  speaking(role: string | null): void;
  choose(option: string): void;
  sendReply(items: string[]): void;
  /** A game with a lesson plan: where it halts, and the decisions it took from the record (lessonStop.ts, fromRecord.ts). */
  lesson?: DeskLesson;
}

export interface DeskLesson {
  classroom: boolean;
  /** The decisions taken from the record still wait to be shown as an interlude (the plan's `before: interlude`). */
  recordInterlude: boolean;
  recordSeen(): void;
  titleOf(document: string): string;
  resume(): void;
  exportFile(): void;
}

const halted = (view: GameView) => view.lesson?.status === 'break' || view.lesson?.status === 'stopped';

export function deskContent(view: GameView, desk: DeskContext): HTMLElement {
  if (desk.pendingLines.length > 0) {
    const nextLabel = view.ending
      ? 'See how it ends'
      : halted(view)
        ? 'Where the lesson stops'
        : view.decision
          ? `To the table: ${view.decision.title}`
          : 'Continue';
    return interludeScreen([...desk.pendingLines], {
      open: desk.openDocument,
      next: desk.afterInterlude,
      nextLabel,
    });
  }
  const lesson = desk.lesson;
  if (lesson && view.lesson && lesson.recordInterlude && view.lesson.fromRecord.length > 0) {
    return fromRecordInterlude(view.lesson, lesson.titleOf, {
      open: desk.openDocument,
      next: lesson.recordSeen,
      nextLabel: view.decision ? `To the table: ${view.decision.title}` : 'Continue',
    });
  }
  if (view.status === 'ended') {
    return outcomeScreen(view, { review: desk.review, newGame: desk.newGame, title: desk.title });
  }
  if (lesson && halted(view)) {
    return lessonStopScreen(
      view,
      { classroom: lesson.classroom },
      {
        review: desk.review,
        resume: lesson.resume,
        exportFile: lesson.exportFile,
        open: desk.openDocument,
        newGame: desk.newGame,
        title: desk.title,
      },
    );
  }
  const table = tableOf(view, desk);
  // Outside an interlude, the decisions the record took before the plan's start are listed on the desk.
  const note =
    lesson && view.lesson && !view.lesson.interlude
      ? fromRecordNote(view.lesson, { open: desk.openDocument, titleOf: lesson.titleOf })
      : null;
  return note ? h('div', {}, note, table) : table;
}

function tableOf(view: GameView, desk: DeskContext): HTMLElement {
  if (!view.decision) return h('p', {}, 'Waiting for the other side.');
  const decision = decisionForPlay(view.decision, desk.hints);
  const glossary = desk.game.scenario.glossary;
  if (decision.kind === 'reply') {
    const labels = new Map((decision.replyBuilder?.items ?? []).map((i) => [i.id, i.label]));
    return replyBuilder(desk.hosts.reply, decision, desk.drafts, {
      assess: (items) => desk.game.assessPackage(items),
      problem: (items) => desk.game.packageProblem(items),
      send: desk.sendReply,
      speaking: desk.speaking,
      labelOf: (id) => labels.get(id) ?? id,
      warnings: (items) => desk.game.packageWarnings(items),
      reading: (items) => desk.game.likelyReading(items),
      heldBy: desk.heldBy,
      hints: desk.hints,
    });
  }
  if (desk.facilitator && decision.kind === 'choice') {
    return h(
      'div',
      {},
      decisionCard(decision, { speaking: desk.speaking, heldBy: desk.heldBy, glossary, foldAdvisers: true }),
      votePanel(desk.hosts.vote, decision, desk.drafts, desk.facilitator, desk.classSize),
    );
  }
  return decisionCard(decision, { choose: desk.choose, speaking: desk.speaking, glossary });
}
