/**
 * The title screen in HTML. It is shown before Phaser or the scenario have loaded, so the game is
 * interactive at once; its buttons wait for the rest of the game only when pressed.
 */
import { GAME_DATE, GAME_NAME, GAME_NAME_TITLE } from '../game/strings';
import './title.css';
import { h } from './dom';
import { NEEDS_SAVE_ATTRIBUTE } from './earlyTitle';

export interface TitleActions {
  newGame(): void;
  continueGame(): void;
  /** The review of the saved game as it stands (stopped, at a break, or unfinished), beside Continue. */
  reviewSaved?(): void;
  settings(): void;
  /** The scenario's terms explained (optional: a title drawn before the scenario can say nothing). */
  glossary?(): void;
  credits(): void;
  loadGame(): void;
  /** Leaves a teacher's own scenario for the one the game ships with. */
  bundledScenario?(): void;
}

/**
 * The classroom entries. The first title is drawn by boot.ts before the app's code has loaded; the
 * app registers these handlers when it starts, and a press before then waits for it.
 */
export interface ClassroomTitleActions {
  packets(): void;
  ownScenario(): void;
  /** Compare classes: several exported games side by side. */
  compare(): void;
}
let registerClassroom: (actions: ClassroomTitleActions) => void = () => {};
const classroomReady = new Promise<ClassroomTitleActions>((resolve) => {
  registerClassroom = resolve;
});
export const setClassroomTitleActions = (actions: ClassroomTitleActions) => registerClassroom(actions);
const classroom = (act: (actions: ClassroomTitleActions) => void) => (event: Event) => {
  (event.currentTarget as HTMLElement).closest('[data-screen]')?.setAttribute('aria-busy', 'true');
  void classroomReady.then(act);
};

export const TitleText = {
  summary:
    'A tabletop crisis exercise for the classroom. Saturday, 27 October 1962: take a seat at the table of the Executive Committee on the most dangerous day of the Cuban Missile Crisis.',
} as const;

export interface TitleOptions {
  canContinue: boolean;
  notice?: string;
  /** The title of a teacher's own scenario while it is in use (New game and Continue play it). */
  ownScenario?: string;
}

export function titleScreen(actions: TitleActions, options: TitleOptions): HTMLElement {
  const button = (label: string, onclick: (event: Event) => void, extra = '', needsSave = false) =>
    h('button', { type: 'button', class: `button ${extra}`, onclick, [NEEDS_SAVE_ATTRIBUTE]: needsSave }, label);
  return h(
    'section',
    { class: 'card card--title', 'aria-labelledby': 'title-heading' },
    h(
      'div',
      { class: 'card__body' },
      h('h1', { class: 'card__heading', id: 'title-heading', tabindex: -1 }, GAME_NAME),
      h('p', { class: 'card__text' }, TitleText.summary),
      options.notice ? h('p', { class: 'notice notice--warning', role: 'alert' }, options.notice) : null,
      options.ownScenario
        ? h(
            'p',
            { class: 'notice title__own', role: 'status' },
            `Your own scenario is in use: ${options.ownScenario}. New game plays it until you go back or reload the page. `,
            actions.bundledScenario
              ? h(
                  'button',
                  { type: 'button', class: 'button button--small', onclick: actions.bundledScenario },
                  `Back to ${GAME_NAME_TITLE}`,
                )
              : null,
          )
        : null,
    ),
    h(
      'nav',
      { class: 'title-menu', 'aria-label': `${GAME_NAME}, ${GAME_DATE}` },
      button('New game', actions.newGame, 'button--primary'),
      options.canContinue ? button('Continue', actions.continueGame, '', true) : null,
      options.canContinue && actions.reviewSaved
        ? button('Review the saved game', actions.reviewSaved, 'button--quiet', true)
        : null,
      button(
        'Role packets and facilitator guide',
        classroom((a) => a.packets()),
        'button--quiet',
      ),
      button(
        'Load your own scenario',
        classroom((a) => a.ownScenario()),
        'button--quiet',
      ),
      button('Replay a saved game file', actions.loadGame, 'button--quiet'),
      button(
        'Compare classes',
        classroom((a) => a.compare()),
        'button--quiet',
      ),
      button('Settings', actions.settings, 'button--quiet'),
      actions.glossary ? button('Glossary', actions.glossary, 'button--quiet') : null,
      button('Credits', actions.credits, 'button--quiet'),
    ),
  );
}
