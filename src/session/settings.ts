/** Player settings, kept across visits: text size for projectors, sound, motion, contrast and hints. */
import type { KeyValueStore } from './storage';

export interface Settings {
  /** Multiplies the interface's base text size (16 px). */
  textScale: number;
  sound: boolean;
  volume: number;
  reducedMotion: boolean;
  highContrast: boolean;
  /**
   * Historian's hints: show during play what the record did and what the players of the day could not
   * know (the reply gauge's comparison with what was sent, later positions, hindsight notes). Off for
   * a first game; the after-action review shows it all either way.
   */
  historianHints: boolean;
}

export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;
const KEY = 'eyes-only:settings';

/**
 * The one probe of the player's system setting for reduced motion (the settings' default, the
 * document viewer's and the scenes' fallback when no setting has reached them yet).
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function defaultSettings(prefersReducedMotion = false): Settings {
  return {
    textScale: 1,
    sound: true,
    volume: 0.7,
    reducedMotion: prefersReducedMotion,
    highContrast: false,
    historianHints: false,
  };
}

/** Reads settings, keeping each valid field and defaulting the rest, so a damaged entry costs nothing. */
export function loadSettings(store: KeyValueStore, defaults: Settings): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(store.get(KEY) ?? 'null');
  } catch {
    return defaults;
  }
  if (!raw || typeof raw !== 'object') return defaults;
  const r = raw as Partial<Record<keyof Settings, unknown>>;
  return {
    textScale: TEXT_SCALES.includes(r.textScale as never) ? (r.textScale as number) : defaults.textScale,
    sound: typeof r.sound === 'boolean' ? r.sound : defaults.sound,
    volume: typeof r.volume === 'number' && r.volume >= 0 && r.volume <= 1 ? r.volume : defaults.volume,
    reducedMotion: typeof r.reducedMotion === 'boolean' ? r.reducedMotion : defaults.reducedMotion,
    highContrast: typeof r.highContrast === 'boolean' ? r.highContrast : defaults.highContrast,
    historianHints: typeof r.historianHints === 'boolean' ? r.historianHints : defaults.historianHints,
  };
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.set(KEY, JSON.stringify(settings));
}
