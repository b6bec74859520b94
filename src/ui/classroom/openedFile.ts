/**
 * A game file that can still be played, just opened (Replay a saved game file): most often a class
 * stopped at a break between two periods, brought to another computer. The teacher takes it up here,
 * with the class's set-up the file keeps, or only reads its review.
 */
import type { GameView } from '../../engine/view';
import { h, screenHeading } from '../dom';
import type { ClassroomConfig } from './classroomSession';

export interface OpenedFile {
  name: string;
  view: GameView;
  classroom: ClassroomConfig | null;
  /** This browser already has a saved game, which taking the file up replaces. */
  replacesSave: boolean;
}

function where(view: GameView): string {
  const lesson = view.lesson;
  if (lesson?.status === 'break')
    return `It stopped at the end of period ${lesson.period} of ${lesson.periods} of “${lesson.plan.name}”, at ${view.clock.long}; period ${lesson.period + 1} goes on from there.`;
  const plan = lesson ? ` (lesson plan “${lesson.plan.name}”)` : '';
  return `It is still in play${plan}, at ${view.clock.long}.`;
}

function classWords(classroom: ClassroomConfig | null): string {
  if (!classroom) return 'It was played solo (no class set-up in the file).';
  const named = classroom.roster.reduce((n, seat) => n + seat.names.length, 0);
  const size = classroom.classSize > 0 ? `a class of ${classroom.classSize}` : 'a class';
  return `The class’s set-up comes with it: ${size}, ${classroom.roster.length} role${classroom.roster.length === 1 ? '' : 's'} in play${named > 0 ? `, ${named} name${named === 1 ? '' : 's'}` : ''}, ${classroom.debateMinutes}-minute debates${classroom.teams ? ', two teams' : ''}.`;
}

export function openedFileCard(
  file: OpenedFile,
  actions: { takeUp(): void; review(): void; back(): void },
): HTMLElement {
  return h(
    'section',
    { class: 'card card--setup opened-file', 'aria-labelledby': 'opened-file-heading' },
    h(
      'div',
      { class: 'card__body' },
      screenHeading(1, 'A game to go on with', 'opened-file-heading'),
      h('p', { class: 'card__text' }, `${file.name}: ${where(file.view)}`),
      h('p', { class: 'card__text' }, classWords(file.classroom)),
      file.replacesSave
        ? h(
            'p',
            { class: 'notice notice--warning' },
            'Taking it up replaces the game saved in this browser (Continue on the title). Export that one first from its review if you want to keep it.',
          )
        : null,
    ),
    h(
      'div',
      { class: 'card__actions setup__footer' },
      h(
        'button',
        { type: 'button', class: 'button button--primary', onclick: actions.takeUp },
        'Take the game up here',
      ),
      h('button', { type: 'button', class: 'button', onclick: actions.review }, 'Open its review'),
      h('button', { type: 'button', class: 'button button--quiet', onclick: actions.back }, 'Back'),
    ),
  );
}
