/**
 * The HTML layer over the canvas. Everything a person reads or presses lives there as real HTML
 * (headings, paragraphs, buttons), so it is selectable, zoomable, keyboard-operable and read by
 * screen readers; the canvas underneath only draws the room. Its screens are built in src/ui/.
 */

export const OVERLAY_ROOT_ID = 'ui-overlay';

export function findOverlayRoot(doc: Document = document): HTMLElement {
  const root = doc.getElementById(OVERLAY_ROOT_ID);
  if (!root) {
    throw new Error(`index.html must contain <div id="${OVERLAY_ROOT_ID}">`);
  }
  return root;
}
