/**
 * The game's sound: a small wrapper around Howler for the cues in `cues.ts`.
 *
 * - Every cue played is captioned through `onCaption`, whether the sound is on, muted, blocked or
 *   broken: the caption is the information, the sound is the atmosphere.
 * - Howls are created lazily, on a cue's first use, so nothing is downloaded for a cue never heard.
 * - Silence is always an acceptable outcome: no audio device, a headless browser, autoplay blocked or
 *   a file that fails to load all end in silence, never in an exception or a console error.
 * - Before the page has had a user gesture (`navigator.userActivation`), no sound starts at all, so
 *   the browser never creates a locked AudioContext and never replays a backlog of stale cues when the
 *   first click unlocks it. Call `unlock()` from a click or key handler (e.g. the Start button).
 */
import { Howl, Howler } from 'howler';
import { CUES, type CueName } from './cues';

/** The room tone plays under everything at this fraction of the master volume. */
export const ROOM_TONE_GAIN = 0.15;
export const DEFAULT_VOLUME = 0.7;

export interface Sound {
  /** Plays a cue (captioned even when muted). `caption` overrides the cue's own caption text. */
  play(cue: CueName, options?: { caption?: string }): void;
  /** Starts the looping room tone (captioned once); it waits for unmuting or a user gesture if need be. */
  startRoomTone(): void;
  stopRoomTone(): void;
  /** Master volume, 0 to 1. */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Call from a user gesture: lets sound start and resumes a suspended audio context. */
  unlock(): void;
  /** Stops and unloads every sound. */
  dispose(): void;
}

/** What the wrapper needs of one loaded sound; a Howl in the browser, a fake in tests. */
export interface CuePlayer {
  play(): void;
  stop(): void;
  setVolume(volume: number): void;
  isPlaying(): boolean;
  unload(): void;
}

export interface CuePlayerOptions {
  url: string;
  loop: boolean;
  volume: number;
  /** Called if the file cannot be loaded or decoded: the wrapper stops trying that cue. */
  onLoadError: () => void;
}

export interface SoundOptions {
  volume?: number;
  muted?: boolean;
  onCaption?: (text: string, cue: CueName) => void;
  /** Builds a cue's player; defaults to a Howl. A seam for tests. */
  createPlayer?: (cue: CueName, options: CuePlayerOptions) => CuePlayer | null;
  /** Whether the page may start sound yet; defaults to `navigator.userActivation` where it exists. */
  hasUserActivation?: () => boolean;
}

function howlPlayer(_cue: CueName, options: CuePlayerOptions): CuePlayer | null {
  try {
    const howl = new Howl({
      src: [options.url],
      format: ['wav'],
      html5: false,
      loop: options.loop,
      volume: options.volume,
      onloaderror: () => options.onLoadError(),
      // Playback refused (autoplay policy, a busy device): this time is silent, the next may not be.
      onplayerror: () => {},
    });
    return {
      play: () => {
        howl.play();
      },
      stop: () => {
        howl.stop();
      },
      setVolume: (volume) => {
        howl.volume(volume);
      },
      isPlaying: () => howl.playing(),
      unload: () => {
        howl.unload();
      },
    };
  } catch {
    return null;
  }
}

function browserActivation(): boolean {
  const nav = (globalThis as { navigator?: { userActivation?: { hasBeenActive: boolean } } }).navigator;
  // Browsers without the API (and Node) are trusted: Howler then unlocks on the first gesture itself.
  return nav?.userActivation?.hasBeenActive ?? true;
}

function clampVolume(volume: number, fallback: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : fallback;
}

/** Swallows any error from the audio layer: silence is the fallback for everything. */
function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // Let silence be silence.
  }
}

/** Runs `make`, or gives null if it throws. */
function attempt<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}

export function createSound(options: SoundOptions = {}): Sound {
  let volume = clampVolume(options.volume ?? DEFAULT_VOLUME, DEFAULT_VOLUME);
  let muted = options.muted ?? false;
  let unlocked = false;
  let roomWanted = false;
  const onCaption = options.onCaption ?? (() => {});
  const createPlayer = options.createPlayer ?? howlPlayer;
  const hasUserActivation = options.hasUserActivation ?? browserActivation;
  const players = new Map<CueName, CuePlayer>();
  const broken = new Set<CueName>();

  const gainOf = (cue: CueName) => (cue === 'room-tone' ? ROOM_TONE_GAIN : 1) * volume;
  const audible = () => !muted && volume > 0 && (unlocked || attempt(hasUserActivation) !== false);

  function caption(cue: CueName, text = CUES[cue].caption): void {
    quietly(() => onCaption(text, cue));
  }

  function player(cue: CueName): CuePlayer | null {
    if (broken.has(cue)) return null;
    let p = players.get(cue);
    if (!p) {
      const created = attempt(() =>
        createPlayer(cue, {
          url: CUES[cue].url,
          loop: CUES[cue].loop,
          volume: gainOf(cue),
          onLoadError: () => {
            broken.add(cue);
            const failed = players.get(cue);
            players.delete(cue);
            if (failed) quietly(() => failed.unload());
          },
        }),
      );
      if (!created) {
        broken.add(cue);
        return null;
      }
      p = created;
      players.set(cue, p);
    }
    return p;
  }

  /** Brings the room tone in line with what is wanted and allowed. */
  function syncRoomTone(): void {
    if (roomWanted && audible()) {
      const p = player('room-tone');
      if (p) {
        quietly(() => {
          if (!p.isPlaying()) p.play();
        });
      }
    } else {
      const p = players.get('room-tone');
      if (p) quietly(() => p.stop());
    }
  }

  function stopAll(): void {
    for (const p of players.values()) quietly(() => p.stop());
  }

  function startRoomTone(text?: string): void {
    if (!roomWanted) caption('room-tone', text);
    roomWanted = true;
    syncRoomTone();
  }

  return {
    play(cue, playOptions = {}) {
      if (cue === 'room-tone') {
        startRoomTone(playOptions.caption);
        return;
      }
      caption(cue, playOptions.caption);
      if (!audible()) return;
      const p = player(cue);
      if (p) {
        quietly(() => {
          // A cue that is still sounding starts again rather than doubling up.
          p.stop();
          p.play();
        });
      }
      syncRoomTone();
    },

    startRoomTone() {
      startRoomTone();
    },

    stopRoomTone() {
      roomWanted = false;
      syncRoomTone();
    },

    setVolume(next) {
      volume = clampVolume(next, volume);
      for (const [cue, p] of players) quietly(() => p.setVolume(gainOf(cue)));
      if (volume === 0) stopAll();
      syncRoomTone();
    },

    setMuted(next) {
      muted = next;
      if (muted) stopAll();
      syncRoomTone();
    },

    unlock() {
      unlocked = true;
      quietly(() => {
        const ctx = Howler.ctx as AudioContext | null | undefined;
        if (ctx && ctx.state === 'suspended') ctx.resume().catch(() => {});
      });
      syncRoomTone();
    },

    dispose() {
      roomWanted = false;
      for (const p of players.values()) quietly(() => p.unload());
      players.clear();
    },
  };
}
