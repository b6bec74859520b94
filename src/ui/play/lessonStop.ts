/**
 * Where a lesson plan halts play: at the plan's end ("stopped": the review tells the rest from the
 * record) or at a break between periods (the class resumes next lesson, on this computer with Continue
 * or on another from the exported game file, its set-up kept). Drawn from the lesson view; the papers
 * that came in last (Moscow's answer, in Black Saturday's one period) are listed to read.
 */
import type { GameView } from '../../engine/view';
import { h, screenHeading } from '../dom';
import './lessonStop.css';

export interface LessonStopActions {
  review(): void;
  /** Play the next period (at a break). */
  resume(): void;
  /** Downloads the game file (with the class's set-up, in a class). */
  exportFile(): void;
  open(document: string): void;
  newGame(): void;
  title(): void;
}

/** The papers delivered at the latest time of the game so far: what reached the table as play stopped. */
function lastPapers(view: GameView): GameView['documents'] {
  const latest = Math.max(...view.documents.map((d) => d.deliveredMinutes));
  return view.documents.filter((d) => d.deliveredMinutes === latest);
}

export function lessonStopScreen(
  view: GameView,
  options: { classroom: boolean },
  actions: LessonStopActions,
): HTMLElement {
  const lesson = view.lesson;
  if (!lesson || (lesson.status !== 'break' && lesson.status !== 'stopped'))
    throw new Error('bug: the lesson stop screen needs a break or a stop');
  const atBreak = lesson.status === 'break';
  const period = lesson.periodLabel ? `Period ${lesson.period} (${lesson.periodLabel})` : `Period ${lesson.period}`;
  const papers = view.documents.length > 0 ? lastPapers(view) : [];
  const button = (label: string, onclick: () => void, kind = '') =>
    h('button', { type: 'button', class: `button ${kind}`, onclick }, label);
  const fileWords = options.classroom
    ? 'The file keeps the class’s set-up: the roles in play, the students per role and the names you typed.'
    : 'The file holds the whole game so far.';
  return h(
    'section',
    {
      class: `lesson-stop lesson-stop--${lesson.status}`,
      'aria-labelledby': 'lesson-stop-heading',
      'data-lesson-status': lesson.status,
    },
    h(
      'p',
      { class: 'lesson-stop__label' },
      atBreak
        ? `END OF PERIOD ${lesson.period} OF ${lesson.periods} — “${lesson.plan.name}”`
        : `END OF THE LESSON — “${lesson.plan.name}”`,
    ),
    screenHeading(
      2,
      atBreak ? `${period} ends here` : 'Play stops here; the rest is told in the review',
      'lesson-stop-heading',
    ),
    papers.length > 0
      ? h(
          'div',
          { class: 'lesson-stop__papers' },
          h('p', {}, `In at ${view.clock.long}:`),
          h(
            'ul',
            {},
            ...papers.map((d) =>
              h(
                'li',
                {},
                h('strong', {}, d.title),
                ' ',
                h(
                  'button',
                  { type: 'button', class: 'button button--small', onclick: () => actions.open(d.id) },
                  'Read',
                  h('span', { class: 'visually-hidden' }, `: ${d.title}`),
                ),
              ),
            ),
          ),
        )
      : null,
    h('p', {}, lesson.message ?? ''),
    atBreak
      ? h(
          'section',
          { class: 'lesson-stop__resume', 'aria-labelledby': 'lesson-resume-heading' },
          h('h3', { id: 'lesson-resume-heading' }, 'Next lesson: how to resume'),
          h(
            'ol',
            {},
            h(
              'li',
              {},
              h('strong', {}, 'On this computer: '),
              'open the game in this browser, press ',
              h('em', {}, 'Continue'),
              ' on the title, then ',
              h('em', {}, `Start period ${lesson.period + 1}`),
              '. The game is saved here already.',
            ),
            h(
              'li',
              {},
              h('strong', {}, 'On another computer: '),
              h('em', {}, 'Export the game file'),
              ' now and take it with you (a USB stick, e-mail). There, open the game, choose ',
              h('em', {}, 'Replay a saved game file'),
              ' on the title, pick the file and take the game up. ',
              fileWords,
            ),
          ),
        )
      : null,
    h(
      'div',
      { class: 'card__actions' },
      atBreak
        ? button(`Start period ${lesson.period + 1}`, actions.resume, 'button--primary')
        : button('After-action review', actions.review, 'button--primary'),
      button('Export the game file', actions.exportFile),
      atBreak ? button('Review so far', actions.review) : button('New game', actions.newGame),
      button(atBreak ? 'Save and leave' : 'Title screen', actions.title, 'button--quiet'),
    ),
  );
}
