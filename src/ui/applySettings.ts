/**
 * Puts the settings on the page (text size, contrast, motion) at start-up and on every change;
 * apart from the settings dialog (settingsDialog.ts), which loads only when it is opened.
 */
import type { Settings } from '../session/settings';

export function applySettings(root: HTMLElement, settings: Settings): void {
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduced-motion', settings.reducedMotion);
}
