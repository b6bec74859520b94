import { GAME_NAME } from '../game/strings';

/**
 * The HTML layer over the canvas. Everything a person reads or presses lives here as real
 * HTML (headings, paragraphs, buttons), so it is selectable, zoomable, keyboard-operable and
 * read by screen readers; the canvas underneath only draws the room.
 */

export const OVERLAY_ROOT_ID = 'ui-overlay';

/** Which screen the overlay shows; mirrored on the root as `data-screen` for styling and tests. */
export type OverlayScreen = 'loading' | 'title' | 'briefing';

export const TitleText = {
  heading: GAME_NAME,
  summary:
    'A tabletop crisis exercise for the classroom. Saturday, 27 October 1962: take a seat at the table of the Executive Committee on the most dangerous day of the Cuban Missile Crisis.',
  start: 'Start',
} as const;

export const BriefingText = {
  heading: 'Saturday, 27 October 1962',
  preparing: 'The briefing is being prepared. The first papers of the day will be on the table shortly.',
} as const;

export interface Overlay {
  showLoading(): void;
  showTitle(onStart: () => void): void;
  showBriefingPlaceholder(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export function mountOverlay(root: HTMLElement): Overlay {
  function show(screen: OverlayScreen, ...children: HTMLElement[]): void {
    root.dataset.screen = screen;
    root.setAttribute('aria-busy', String(screen === 'loading'));
    root.replaceChildren(...children);
  }

  return {
    showLoading() {
      const status = element('p', 'visually-hidden', 'Setting the table…');
      status.setAttribute('role', 'status');
      show('loading', status);
    },

    showTitle(onStart) {
      const card = element('section', 'card card--title');
      card.setAttribute('aria-labelledby', 'title-heading');
      const heading = element('h1', 'card__heading', TitleText.heading);
      heading.id = 'title-heading';
      const summary = element('p', 'card__text', TitleText.summary);
      const start = element('button', 'button button--primary', TitleText.start);
      start.type = 'button';
      start.addEventListener(
        'click',
        () => {
          start.disabled = true;
          onStart();
        },
        { once: true },
      );
      const text = element('div', 'card__body');
      text.append(heading, summary);
      card.append(text, start);
      show('title', card);
    },

    showBriefingPlaceholder() {
      const card = element('section', 'card card--briefing');
      card.setAttribute('aria-labelledby', 'briefing-heading');
      const heading = element('h1', 'card__heading', BriefingText.heading);
      heading.id = 'briefing-heading';
      // Focus follows the change of screen, so keyboard and screen-reader users land on it.
      heading.tabIndex = -1;
      const preparing = element('p', 'card__text', BriefingText.preparing);
      preparing.setAttribute('role', 'status');
      card.append(heading, preparing);
      show('briefing', card);
      heading.focus();
    },
  };
}

export function findOverlayRoot(doc: Document = document): HTMLElement {
  const root = doc.getElementById(OVERLAY_ROOT_ID);
  if (!root) {
    throw new Error(`index.html must contain <div id="${OVERLAY_ROOT_ID}">`);
  }
  return root;
}
