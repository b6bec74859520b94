import { describe, expect, it } from 'vitest';
import { CUES, type CueName } from '../../src/audio/cues';
import {
  type CuePlayer,
  type CuePlayerOptions,
  createSound,
  ROOM_TONE_GAIN,
  type SoundOptions,
} from '../../src/audio/sound';

/** A fake player per cue, recording what the wrapper asked of it. */
class FakePlayer implements CuePlayer {
  plays = 0;
  stops = 0;
  playing = false;
  unloaded = false;
  volume: number;

  constructor(readonly options: CuePlayerOptions) {
    this.volume = options.volume;
  }

  play() {
    this.plays++;
    this.playing = true;
  }
  stop() {
    this.stops++;
    this.playing = false;
  }
  setVolume(volume: number) {
    this.volume = volume;
  }
  isPlaying() {
    return this.playing;
  }
  unload() {
    this.unloaded = true;
  }
}

function setup(options: Partial<SoundOptions> = {}) {
  const captions: string[] = [];
  const players = new Map<CueName, FakePlayer>();
  const created: CueName[] = [];
  const sound = createSound({
    volume: 0.8,
    onCaption: (text) => captions.push(text),
    createPlayer: (cue, opts) => {
      created.push(cue);
      const p = new FakePlayer(opts);
      players.set(cue, p);
      return p;
    },
    hasUserActivation: () => true,
    ...options,
  });
  return { sound, captions, players, created };
}

describe('createSound', () => {
  it('captions every cue it plays', () => {
    const { sound, captions } = setup();
    sound.play('teletype');
    sound.play('bell');
    sound.play('teletype');
    expect(captions).toEqual([CUES.teletype.caption, CUES.bell.caption, CUES.teletype.caption]);
  });

  it('captions when muted, and then loads and plays nothing', () => {
    const { sound, captions, created } = setup({ muted: true });
    sound.play('telephone');
    sound.startRoomTone();
    expect(captions).toEqual([CUES.telephone.caption, CUES['room-tone'].caption]);
    expect(created).toEqual([]);
  });

  it('lets the caller word a caption differently', () => {
    const { sound, captions } = setup();
    sound.play('paper', { caption: '[Paper: the President’s reply is laid on the table]' });
    expect(captions).toEqual(['[Paper: the President’s reply is laid on the table]']);
  });

  it('creates each player lazily, once, at the master volume, from the manifest', () => {
    const { sound, created, players } = setup();
    expect(created).toEqual([]);
    sound.play('typewriter');
    sound.play('typewriter');
    expect(created).toEqual(['typewriter']);
    const typewriter = players.get('typewriter') as FakePlayer;
    expect(typewriter.options.url).toBe(CUES.typewriter.url);
    expect(typewriter.options.loop).toBe(false);
    expect(typewriter.volume).toBe(0.8);
    expect(typewriter.plays).toBe(2);
  });

  it('plays the room tone in a loop at 0.15 of the master volume, captioned once', () => {
    const { sound, players, captions } = setup();
    sound.startRoomTone();
    sound.startRoomTone();
    const room = players.get('room-tone') as FakePlayer;
    expect(room.options.loop).toBe(true);
    expect(room.volume).toBeCloseTo(ROOM_TONE_GAIN * 0.8);
    expect(room.plays).toBe(1);
    expect(captions).toEqual([CUES['room-tone'].caption]);
    sound.setVolume(0.5);
    expect(room.volume).toBeCloseTo(0.075);
    sound.stopRoomTone();
    expect(room.playing).toBe(false);
  });

  it('stops on mute and brings the room tone back on unmute', () => {
    const { sound, players } = setup();
    sound.startRoomTone();
    sound.play('teletype');
    sound.setMuted(true);
    expect(players.get('room-tone')?.playing).toBe(false);
    expect(players.get('teletype')?.playing).toBe(false);
    sound.setMuted(false);
    expect(players.get('room-tone')?.playing).toBe(true);
    expect(players.get('teletype')?.playing).toBe(false);
  });

  it('clamps the volume and ignores nonsense', () => {
    const { sound, players } = setup();
    sound.play('stamp');
    sound.setVolume(3);
    expect(players.get('stamp')?.volume).toBe(1);
    sound.setVolume(Number.NaN);
    expect(players.get('stamp')?.volume).toBe(1);
    sound.setVolume(-1);
    expect(players.get('stamp')?.volume).toBe(0);
  });

  it('starts no sound before a user gesture, but still captions; unlock() lets it start', () => {
    const { sound, captions, created, players } = setup({ hasUserActivation: () => false });
    sound.startRoomTone();
    sound.play('teletype');
    expect(captions).toHaveLength(2);
    expect(created).toEqual([]);
    sound.unlock();
    expect(players.get('room-tone')?.playing).toBe(true);
    expect(players.get('teletype')).toBeUndefined(); // a stale cue is not replayed
  });

  it('gives up quietly on a cue whose file fails, without trying again', () => {
    const { sound, created, players, captions } = setup();
    sound.play('alarm');
    players.get('alarm')?.options.onLoadError();
    sound.play('alarm');
    expect(created).toEqual(['alarm']);
    expect(captions).toHaveLength(2);
  });

  it('never throws, whatever the audio layer does', () => {
    const sound = createSound({
      onCaption: () => {
        throw new Error('caption sink broke');
      },
      createPlayer: () => {
        throw new Error('no audio device');
      },
      hasUserActivation: () => true,
    });
    expect(() => {
      sound.play('teletype');
      sound.startRoomTone();
      sound.setVolume(0.2);
      sound.setMuted(true);
      sound.setMuted(false);
      sound.unlock();
      sound.stopRoomTone();
      sound.dispose();
    }).not.toThrow();
  });

  it('survives players that throw', () => {
    const { sound } = setup({
      createPlayer: (_cue, opts) => {
        const p = new FakePlayer(opts);
        p.play = () => {
          throw new Error('play failed');
        };
        return p;
      },
    });
    expect(() => sound.play('bell')).not.toThrow();
  });

  it('works with real Howler where there is no audio at all (Node)', () => {
    const captions: string[] = [];
    const sound = createSound({ onCaption: (text) => captions.push(text) });
    expect(() => {
      sound.unlock();
      sound.play('teletype');
      sound.startRoomTone();
      sound.setVolume(0.3);
      sound.dispose();
    }).not.toThrow();
    expect(captions).toEqual([CUES.teletype.caption, CUES['room-tone'].caption]);
  });

  it('unloads everything on dispose', () => {
    const { sound, players } = setup();
    sound.play('bell');
    sound.startRoomTone();
    sound.dispose();
    expect([...players.values()].every((p) => p.unloaded)).toBe(true);
  });
});
