/**
 * Registers the service worker (see `sw.ts`) so the game keeps working offline after its first visit.
 * Only in a production build that has one (the flag comes from `scripts/vite-service-worker-plugin.ts`),
 * and only over http(s) in a secure context: never in dev, never from `file://` (the single-file build),
 * never in Node.
 */
export function registerServiceWorker(): void {
  const file: unknown = import.meta.env.VITE_SERVICE_WORKER;
  if (!import.meta.env.PROD || typeof file !== 'string') return;
  if (typeof window === 'undefined' || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const register = () => {
    navigator.serviceWorker.register(file).catch((error: unknown) => {
      // Offline play is a bonus: the game itself runs on without it.
      console.warn('Offline play is unavailable:', error);
    });
  };
  // After the page has loaded, so precaching never competes with the game's own start-up.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
