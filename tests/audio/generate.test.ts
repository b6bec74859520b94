import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  encodeWav,
  mulberry32,
  ROOM_TONE_SAMPLE_RATE,
  renderCueWav,
  SAMPLE_RATE,
  SYNTHS,
  toInt16,
} from '../../scripts/audio/synth';
import type { CueName } from '../../src/audio/cues';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cues = Object.keys(SYNTHS) as CueName[];
const eventCues = cues.filter((cue) => cue !== 'room-tone');

/** The durations the design asks for, in seconds: a change here is a decision, not a side effect. */
const EXPECTED_SECONDS: Record<CueName, number> = {
  teletype: 2.5,
  typewriter: 1.5,
  telephone: 2,
  bell: 1.2,
  paper: 0.4,
  'room-tone': 6,
  stamp: 0.3,
  alarm: 1.4,
  gavel: 0.55,
};

const rendered = new Map(cues.map((cue) => [cue, SYNTHS[cue].render(SYNTHS[cue].seed)]));
const samplesOf = (cue: CueName) => rendered.get(cue) as Float32Array;
/** Bit-for-bit equality of two sample arrays (fast, unlike a deep equal over 100 000 elements). */
const sameSamples = (a: Float32Array, b: Float32Array) =>
  a.length === b.length &&
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(values[0]);
  });
});

describe.each(cues)('the %s synthesiser', (cue) => {
  const synth = SYNTHS[cue];
  const samples = samplesOf(cue);

  it('is deterministic: the same seed gives the same samples', () => {
    expect(sameSamples(synth.render(synth.seed), samples)).toBe(true);
  });

  it('depends on its seed', () => {
    expect(sameSamples(synth.render(synth.seed + 1), samples)).toBe(false);
  });

  it('lasts as long as designed', () => {
    expect(synth.seconds).toBe(EXPECTED_SECONDS[cue]);
    expect(samples.length).toBe(Math.round(EXPECTED_SECONDS[cue] * synth.sampleRate));
  });

  it('stays within [-1, 1] with headroom, and is not silent', () => {
    let peak = 0;
    let finite = true;
    for (const s of samples) {
      finite &&= Number.isFinite(s);
      peak = Math.max(peak, Math.abs(s));
    }
    expect(finite).toBe(true);
    expect(peak).toBeLessThanOrEqual(0.9);
    expect(peak).toBeGreaterThan(0.3);
  });

  it('has no DC offset', () => {
    const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
  });
});

describe('sample rates', () => {
  it('renders the event cues at 22 050 Hz and the room tone at 11 025 Hz', () => {
    for (const cue of eventCues) expect(SYNTHS[cue].sampleRate).toBe(SAMPLE_RATE);
    expect(SAMPLE_RATE).toBe(22050);
    expect(SYNTHS['room-tone'].sampleRate).toBe(ROOM_TONE_SAMPLE_RATE);
    expect(ROOM_TONE_SAMPLE_RATE).toBe(11025);
  });
});

describe.each(eventCues)('the %s cue', (cue) => {
  it('starts and ends on silence, so it cannot click', () => {
    const samples = samplesOf(cue);
    expect(Math.abs(samples[0] as number)).toBeLessThan(1e-3);
    expect(Math.abs(samples[samples.length - 1] as number)).toBeLessThan(1e-3);
  });
});

describe('the room tone', () => {
  /** Sorted absolute differences between neighbouring samples. */
  function steps(samples: Float32Array): number[] {
    const out: number[] = [];
    for (let i = 1; i < samples.length; i++) out.push(Math.abs((samples[i] as number) - (samples[i - 1] as number)));
    return out.sort((a, b) => a - b);
  }

  it('loops without a click: the jump from the last sample to the first is an ordinary step', () => {
    const samples = samplesOf('room-tone');
    const seam = Math.abs((samples[0] as number) - (samples[samples.length - 1] as number));
    const sorted = steps(samples);
    expect(seam).toBeLessThan(0.03);
    expect(seam).toBeLessThanOrEqual(sorted[Math.floor(sorted.length * 0.99)] as number);
  });

  it('loops without a click whatever the seed', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const samples = SYNTHS['room-tone'].render(seed);
      const seam = Math.abs((samples[0] as number) - (samples[samples.length - 1] as number));
      expect(seam).toBeLessThanOrEqual(steps(samples).at(-1) as number);
    }
  });

  it('loops without a change of level across the seam', () => {
    const samples = samplesOf('room-tone');
    const rms = (part: Float32Array) => Math.sqrt(part.reduce((sum, s) => sum + s * s, 0) / part.length);
    const quarter = Math.round(0.25 * ROOM_TONE_SAMPLE_RATE);
    const head = rms(samples.subarray(0, quarter));
    const tail = rms(samples.subarray(samples.length - quarter));
    const whole = rms(samples);
    expect(head / whole).toBeGreaterThan(0.5);
    expect(head / whole).toBeLessThan(2);
    expect(tail / whole).toBeGreaterThan(0.5);
    expect(tail / whole).toBeLessThan(2);
  });
});

describe('encodeWav', () => {
  it('writes a 44-byte RIFF/WAVE header for mono 16-bit PCM, then little-endian samples', () => {
    const bytes = encodeWav(new Float32Array([0, 1, -1, 0.5]), 22050);
    const ascii = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(bytes.length).toBe(44 + 8);
    expect(ascii(0)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(36 + 8);
    expect(ascii(8)).toBe('WAVE');
    expect(ascii(12)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint32(28, true)).toBe(44100); // bytes per second
    expect(view.getUint16(32, true)).toBe(2); // block align
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(36)).toBe('data');
    expect(view.getUint32(40, true)).toBe(8);
    expect([...bytes.subarray(44)]).toEqual([0x00, 0x00, 0xff, 0x7f, 0x01, 0x80, 0x00, 0x40]);
  });

  it('clamps out-of-range and non-finite samples instead of wrapping', () => {
    expect(toInt16(2)).toBe(32767);
    expect(toInt16(-2)).toBe(-32767);
    expect(toInt16(Number.NaN)).toBe(0);
  });
});

describe('the committed files in assets/audio', () => {
  const pathOf = (cue: CueName) => join(root, 'assets', 'audio', `${cue}.wav`);

  it.each(cues)('%s.wav is what the generator renders (regenerate with npm run assets:audio)', (cue) => {
    const file = readFileSync(pathOf(cue));
    const expected = renderCueWav(cue);
    // The header must match exactly; the samples within 2 LSB, in case another JS engine's Math.sin
    // rounds a last bit differently (`npm run assets:audio -- --check` compares the bytes exactly).
    expect(file.subarray(0, 44).equals(Buffer.from(expected.subarray(0, 44)))).toBe(true);
    expect(file.length).toBe(expected.length);
    const got = new Int16Array(file.buffer.slice(file.byteOffset + 44, file.byteOffset + file.length));
    const want = new Int16Array(expected.buffer.slice(44));
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs((got[i] as number) - (want[i] as number)));
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('stay small: under 560 kB together', () => {
    const total = cues.reduce((sum, cue) => sum + statSync(pathOf(cue)).size, 0);
    expect(total).toBeLessThan(560 * 1024);
  });
});
