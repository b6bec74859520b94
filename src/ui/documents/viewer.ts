/**
 * The document viewer: a modal panel in which one paper lies on the table, to be read, zoomed and,
 * for the verbatim seed memo, compared with its clean transcription.
 *
 * A native <dialog> opened with showModal(): the rest of the page is inert while it is open, so the
 * focus trap is the browser's own (with a Tab wrap-around on top, so focus never leaves for the
 * browser's chrome either). Esc closes it; focus goes into it on opening and back to the opener
 * on closing. Keys + and − zoom (= and _ too, for keyboards without a keypad), 0 resets, F fills
 * the screen with the paper (for showing it to a room from a projector). Key presses inside the
 * viewer do not reach the game underneath.
 */

import type { GlossaryEntry } from '../../engine/schema/scenario';
import { prefersReducedMotion } from '../../session/settings';
import { el } from '../dom';
import { TermMarker } from './glossaryTerms';
import { hindsightNote } from './hindsightNote';
import { type RenderableDocument, renderCleanSheet, renderDocument } from './render';

export interface ViewerOptions {
  onClose?: () => void;
  /** No slide-in. Default: the player's system setting (prefers-reduced-motion). */
  reducedMotion?: boolean;
  /** Where focus returns on closing (default: whatever had focus when the viewer opened). */
  opener?: HTMLElement | null;
  /** Show the clean transcription of a verbatim document from the start. */
  clean?: boolean;
  /** Terms to explain on hover and focus: the first occurrence of each in the body is marked. */
  glossary?: readonly GlossaryEntry[];
  /** Historian's hints: the paper's hindsight note (what its readers could not know) shows beneath it. */
  hints?: boolean;
}

export interface DocumentViewer {
  close(): void;
  /** The <dialog> element. */
  readonly element: HTMLDialogElement;
}

/** Zoom steps, as multiples of the normal text size. */
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5] as const;
const DEFAULT_ZOOM = ZOOM_STEPS.indexOf(1);

/** Wide enough to lay the clean transcription beside the archival copy rather than instead of it. */
export const SIDE_BY_SIDE_QUERY = '(min-width: 75rem)';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function toolButton(className: string, text: string, spoken: string, shortcut?: string): HTMLButtonElement {
  const button = el('button', `doc-viewer__button ${className}`);
  button.type = 'button';
  const visible = el('span', 'doc-viewer__button-text', text);
  if (spoken !== text) {
    visible.setAttribute('aria-hidden', 'true');
    button.append(visible, el('span', 'visually-hidden', spoken));
  } else {
    button.append(visible);
  }
  if (shortcut) button.setAttribute('aria-keyshortcuts', shortcut);
  return button;
}

function isWide(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SIDE_BY_SIDE_QUERY).matches;
}

export function openDocumentViewer(
  host: HTMLElement,
  doc: RenderableDocument,
  options: ViewerOptions = {},
): DocumentViewer {
  const opener = options.opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const reducedMotion = options.reducedMotion ?? prefersReducedMotion();

  const dialog = el('dialog', 'doc-viewer');
  dialog.classList.toggle('doc-viewer--motion', !reducedMotion);
  dialog.setAttribute('aria-modal', 'true');

  const article = renderDocument(doc);
  const terms = new TermMarker(options.glossary);
  for (const body of article.querySelectorAll('.doc__body')) terms.markTree(body);
  article.append(terms.notes);
  const hint = options.hints ? hindsightNote(doc) : null;
  if (hint) article.append(hint);
  const titleId = article.dataset.titleId ?? '';
  dialog.setAttribute('aria-labelledby', titleId);

  // Toolbar ----------------------------------------------------------------------------------
  const toolbar = el('div', 'doc-viewer__toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Document controls');

  const zoomOut = toolButton('doc-viewer__zoom-out', '−', 'Zoom out', '-');
  const zoomLevel = el('span', 'doc-viewer__zoom-level', '100%');
  zoomLevel.setAttribute('aria-hidden', 'true');
  const zoomIn = toolButton('doc-viewer__zoom-in', '+', 'Zoom in', '+');
  const zoomReset = toolButton('doc-viewer__zoom-reset', 'Actual size', 'Actual size', '0');
  const zoomGroup = el('div', 'doc-viewer__group');
  zoomGroup.setAttribute('role', 'group');
  zoomGroup.setAttribute('aria-label', 'Zoom');
  zoomGroup.append(zoomOut, zoomLevel, zoomIn, zoomReset);
  toolbar.append(zoomGroup);

  let cleanToggle: HTMLButtonElement | undefined;
  if (doc.rendering === 'verbatim') {
    cleanToggle = toolButton('doc-viewer__clean', 'Clean transcription', 'Clean transcription');
    cleanToggle.setAttribute('aria-pressed', 'false');
    toolbar.append(cleanToggle);
  }

  const fullScreen = toolButton('doc-viewer__full-screen', 'Full screen', 'Full screen', 'F');
  fullScreen.setAttribute('aria-pressed', 'false');
  const print = toolButton('doc-viewer__print', 'Print', 'Print');
  const closeButton = toolButton('doc-viewer__close', 'Close', 'Close', 'Escape');
  toolbar.append(fullScreen, print, closeButton);

  // The table, with the paper on it ------------------------------------------------------------
  const table = el('div', 'doc-viewer__table');
  // A scrolling region keyboard users can scroll with the arrow keys once it has focus.
  table.tabIndex = 0;
  table.setAttribute('role', 'region');
  table.setAttribute('aria-labelledby', titleId);
  table.append(article);

  const status = el('p', 'visually-hidden doc-viewer__status');
  status.setAttribute('role', 'status');

  // The panel, not the dialog, goes full screen: the Fullscreen API refuses a <dialog> element.
  const panel = el('div', 'doc-viewer__panel');
  panel.append(toolbar, table, status);
  dialog.append(panel);

  // Zoom -----------------------------------------------------------------------------------------
  let zoom = DEFAULT_ZOOM;
  const applyZoom = (announce: boolean) => {
    const factor = ZOOM_STEPS[zoom];
    dialog.style.setProperty('--doc-zoom', String(factor));
    const percent = `${Math.round(factor * 100)}%`;
    zoomLevel.textContent = percent;
    zoomOut.disabled = zoom === 0;
    zoomIn.disabled = zoom === ZOOM_STEPS.length - 1;
    if (announce) status.textContent = `Zoom ${percent}`;
  };
  const setZoom = (step: number) => {
    const next = Math.min(ZOOM_STEPS.length - 1, Math.max(0, step));
    if (next === zoom) return;
    zoom = next;
    applyZoom(true);
  };
  zoomOut.addEventListener('click', () => setZoom(zoom - 1));
  zoomIn.addEventListener('click', () => setZoom(zoom + 1));
  zoomReset.addEventListener('click', () => {
    zoom = DEFAULT_ZOOM;
    applyZoom(true);
  });
  applyZoom(false);

  // Clean transcription --------------------------------------------------------------------------
  const desk = article.querySelector<HTMLElement>('.doc__desk');
  let cleanSheet: HTMLElement | undefined;
  const setClean = (on: boolean, announce: boolean) => {
    if (!cleanToggle || !desk) return;
    cleanToggle.setAttribute('aria-pressed', String(on));
    if (on && !cleanSheet) {
      cleanSheet = renderCleanSheet(doc, 3);
      desk.append(cleanSheet);
    } else if (!on && cleanSheet) {
      cleanSheet.remove();
      cleanSheet = undefined;
    }
    desk.classList.toggle('doc__desk--with-clean', on);
    dialog.classList.toggle('doc-viewer--with-clean', on);
    if (announce) {
      status.textContent = on
        ? isWide()
          ? 'Clean transcription shown beside the archival copy.'
          : 'Clean transcription shown in place of the archival copy.'
        : 'Archival copy shown.';
    }
    if (on && !isWide()) table.scrollTop = 0;
  };
  cleanToggle?.addEventListener('click', () => setClean(cleanToggle?.getAttribute('aria-pressed') !== 'true', true));
  if (options.clean) setClean(true, false);

  // Full screen: the paper alone on the projector. Esc leaves full screen first (the browser's own),
  // then a second Esc closes the viewer.
  const toggleFullScreen = async () => {
    try {
      if (document.fullscreenElement === panel) await document.exitFullscreen();
      else await panel.requestFullscreen();
    } catch {
      status.textContent = 'Full screen is not available here; the zoom buttons enlarge the paper instead.';
    }
  };
  const onFullScreenChange = () => {
    const on = document.fullscreenElement === panel;
    fullScreen.setAttribute('aria-pressed', String(on));
    status.textContent = on ? 'Full screen: Esc to leave it.' : '';
  };
  document.addEventListener('fullscreenchange', onFullScreenChange);
  fullScreen.addEventListener('click', () => void toggleFullScreen());

  // Print ------------------------------------------------------------------------------------------
  print.addEventListener('click', () => window.print());

  // Closing ------------------------------------------------------------------------------------------
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    document.removeEventListener('fullscreenchange', onFullScreenChange);
    if (document.fullscreenElement === panel) void document.exitFullscreen().catch(() => undefined);
    if (dialog.open) dialog.close();
    dialog.remove();
    if (opener?.isConnected) opener.focus();
    options.onClose?.();
  };
  closeButton.addEventListener('click', close);
  // Esc: the browser fires `cancel`; close our way (clean-up, focus, callback).
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (document.fullscreenElement !== panel) close();
  });
  // A click on the backdrop (outside the panel) closes too, as on any modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });

  // Keys -------------------------------------------------------------------------------------------
  dialog.addEventListener('keydown', (event) => {
    // Whatever happens in here is not for the game underneath.
    event.stopPropagation();
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        // In full screen, Esc leaves full screen only; the paper stays open.
        if (document.fullscreenElement === panel) void toggleFullScreen();
        else close();
        return;
      case '+':
      case '=':
        event.preventDefault();
        setZoom(zoom + 1);
        return;
      case '-':
      case '_':
      case '−':
        event.preventDefault();
        setZoom(zoom - 1);
        return;
      case '0':
        event.preventDefault();
        zoom = DEFAULT_ZOOM;
        applyZoom(true);
        return;
      case 'f':
      case 'F':
        event.preventDefault();
        void toggleFullScreen();
        return;
      case 'Tab': {
        const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
          (node) => !node.closest('[hidden]') && node.getClientRects().length > 0,
        );
        if (focusable.length === 0) return;
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
        return;
      }
    }
  });
  dialog.addEventListener('keyup', (event) => event.stopPropagation());

  host.append(dialog);
  dialog.showModal();
  // Into the dialog, on the paper's title: a screen reader reads it, and the arrow keys scroll the
  // table it lies on (the title is not a control, so it shows no focus ring).
  const title = titleId ? dialog.querySelector<HTMLElement>(`[id="${titleId}"]`) : null;
  (title ?? table).focus({ preventScroll: true });
  table.scrollTop = 0;

  return { close, element: dialog };
}
