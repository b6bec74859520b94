/**
 * Screens and dialogs most players never open (the glossary, the solo briefing, the settings, the
 * credits) are separate chunks, loaded when first asked for, so they are not in the download a
 * player needs to start playing. While one loads, the overlay says it is busy (aria-busy, and a
 * progress cursor); on a local or cached copy that is a moment. A second press while the same one is
 * still loading is ignored (a dialog opened at once could not be pressed for twice).
 */
import { OVERLAY_ROOT_ID } from './overlay';

const loading = new Set<string>();

/** Loads a module (`load`, a dynamic import) and hands it to `use`; `key` names what is opened. */
export function onDemand<T>(key: string, load: () => Promise<T>, use: (module: T) => void): void {
  if (loading.has(key)) return;
  loading.add(key);
  const root = document.getElementById(OVERLAY_ROOT_ID);
  root?.setAttribute('aria-busy', 'true');
  void load()
    .then(use)
    .finally(() => {
      loading.delete(key);
      root?.setAttribute('aria-busy', 'false');
    });
}
