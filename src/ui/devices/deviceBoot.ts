/**
 * The page as one of the classroom server's devices: `?join=CODE` (a student), `?projector=CODE`,
 * `?console=CODE` (the facilitator, with the secret this browser kept). Read before the game boots,
 * so a phone never downloads the Phaser room; everything here is its own chunk.
 */
import { mountCaptions } from '../../audio/captions';
import { createSound } from '../../audio/sound';
import { checkCode, type KeptValues } from '../../net/client';
import { mountConsole } from './consoleScreen';
import { mountProjector } from './projectorScreen';
import { mountStudent } from './studentScreen';
import './devices.css';

export type DeviceRoute = { screen: 'student' | 'projector' | 'console'; code: string };

/** The device screen a page's query asks for, or null for the game itself. */
export function deviceRoute(search: string): DeviceRoute | null {
  const params = new URLSearchParams(search);
  const pick = (name: string) => {
    const raw = params.get(name);
    if (raw === null) return null;
    const checked = checkCode(raw);
    return checked.ok ? checked.code : raw.trim().toUpperCase();
  };
  const join = pick('join');
  if (join !== null) return { screen: 'student', code: join };
  const projector = pick('projector');
  if (projector) return { screen: 'projector', code: projector };
  const console_ = pick('console');
  if (console_) return { screen: 'console', code: console_ };
  return null;
}

/** Web Storage when the browser allows it, else memory (the seat is then kept only until a reload). */
function storage(kind: 'sessionStorage' | 'localStorage'): KeptValues {
  try {
    const s = globalThis[kind];
    s.setItem('__eyes-only-probe__', '1');
    s.removeItem('__eyes-only-probe__');
    return s;
  } catch {
    const map = new Map<string, string>();
    return {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
  }
}

export function bootDevice(root: HTMLElement, route: DeviceRoute): void {
  // On the root too: the page scrolls (devices.css), where the game's stage is a fixed, centred box.
  document.documentElement.dataset.device = route.screen;
  document.body.dataset.device = route.screen;
  root.dataset.screen = `device-${route.screen}`;
  root.setAttribute('aria-busy', 'false');
  const base = location.origin;
  if (route.screen === 'student') {
    document.title = 'Join: Eyes Only';
    // Every cue is captioned too: a muted phone or a deaf student still hears a paper arrive.
    const captions = mountCaptions(document.body);
    const sound = createSound({ onCaption: (text) => captions.show(text) });
    mountStudent(root, { base, code: route.code, kept: storage('sessionStorage'), sound });
  } else if (route.screen === 'projector') {
    document.title = 'Projector: Eyes Only';
    mountProjector(root, { base, code: route.code, kept: storage('sessionStorage') });
  } else {
    document.title = 'Console: Eyes Only';
    // The secret stays in this browser (localStorage: the console opens in any of its tabs); the
    // connection's reconnection token is the tab's own (sessionStorage).
    const local = storage('localStorage');
    const tab = storage('sessionStorage');
    const kept: KeptValues = {
      getItem: (k) => (k.includes(':secret:') ? local : tab).getItem(k),
      setItem: (k, v) => (k.includes(':secret:') ? local : tab).setItem(k, v),
      removeItem: (k) => (k.includes(':secret:') ? local : tab).removeItem(k),
    };
    mountConsole(root, { base, code: route.code, kept });
  }
}
