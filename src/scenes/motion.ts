/** Players who ask their system for reduced motion get cuts instead of fades and slides. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
