/**
 * The game's sound cues, synthesised from nothing: seeded noise, filters, decaying sine modes and a
 * band-limited sawtooth. No samples come from elsewhere. Pure functions with no Node or DOM import,
 * so the generator (`scripts/generate-audio.ts`) writes them to `assets/audio/*.wav` and the tests
 * check them in memory. How each cue is built is described in the generator's header and beside
 * each render function below.
 *
 * Determinism: every random number comes from mulberry32 seeded per cue, never Math.random, and the
 * samples are quantised to 16 bits, so regenerating gives the same bytes on the same JS engine.
 */

import type { CueName } from '../../src/audio/cues';
import { roll } from '../../src/engine/rng';

/** The event cues' sample rate: mono, 16-bit, 22 050 Hz. */
export const SAMPLE_RATE = 22050;
/**
 * The room tone holds nothing above about 1 kHz (brown noise and a 60 Hz hum), so it is stored at
 * half the rate: the same sound in half the bytes (its 6 s loop would otherwise be 260 kB alone).
 */
export const ROOM_TONE_SAMPLE_RATE = 11025;

// ---------------------------------------------------------------------------------------------
// Building blocks

export type Rng = () => number;

/** mulberry32, the engine's own generator (src/engine/rng.ts), as a stream of numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    const r = roll(state);
    state = r.state;
    return r.value;
  };
}

/** Uniform white noise in [-1, 1). */
function white(rng: Rng): number {
  return rng() * 2 - 1;
}

/** A value in [lo, hi). */
function between(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

type FilterType = 'lowpass' | 'highpass' | 'bandpass';

/** An RBJ-cookbook biquad (bandpass with 0 dB peak gain); `set` may be called while running. */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  constructor(
    private readonly type: FilterType,
    freq: number,
    q: number,
    private readonly sampleRate: number,
  ) {
    this.set(freq, q);
  }

  set(freq: number, q: number): void {
    const w = (2 * Math.PI * Math.min(freq, this.sampleRate * 0.45)) / this.sampleRate;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number;
    let b1: number;
    let b2: number;
    if (this.type === 'lowpass') {
      b0 = (1 - cos) / 2;
      b1 = 1 - cos;
      b2 = (1 - cos) / 2;
    } else if (this.type === 'highpass') {
      b0 = (1 + cos) / 2;
      b1 = -(1 + cos);
      b2 = (1 + cos) / 2;
    } else {
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }

  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

/** One vibrating mode of a struck object: frequency (Hz), relative gain, 1/e decay time (s). */
export interface Mode {
  freq: number;
  gain: number;
  decay: number;
}

/**
 * Strikes a set of modes: adds `amp · gain · e^(−t/decay) · sin(2πft)` for each mode from `start`.
 * Striking again while a mode still rings is plain superposition, exactly as in a driven resonator,
 * so a telephone's clapper or a typewriter's keys can hit the same body over and over.
 */
function strike(out: Float32Array, sampleRate: number, start: number, amp: number, modes: readonly Mode[]): void {
  const first = Math.max(0, Math.round(start * sampleRate));
  for (const mode of modes) {
    // Render until the mode has fallen 60 dB (about 6.9 time constants) or the buffer ends.
    const length = Math.min(out.length - first, Math.ceil(mode.decay * 6.9 * sampleRate));
    const w = (2 * Math.PI * mode.freq) / sampleRate;
    const r = Math.exp(-1 / (mode.decay * sampleRate));
    // A two-pole oscillator: y[n] = 2r·cos(w)·y[n−1] − r²·y[n−2] is the sampled amp·r^n·sin(wn),
    // cheaper than sin and exp per sample. Seeded with y[−1] and y[−2] so that y[0] = 0.
    const a = amp * mode.gain;
    const k = 2 * r * Math.cos(w);
    const r2 = r * r;
    let y1 = (-a * Math.sin(w)) / r;
    let y2 = (-a * Math.sin(2 * w)) / r2;
    for (let i = 0; i < length; i++) {
      const y = k * y1 - r2 * y2;
      out[first + i] += y;
      y2 = y1;
      y1 = y;
    }
  }
}

/**
 * A burst of filtered noise from `start`: an instant attack and an exponential decay of time
 * constant `decay`, through a filter (bandpass unless `type` says otherwise) at `freq`, quality `q`.
 */
function noiseBurst(
  out: Float32Array,
  sampleRate: number,
  rng: Rng,
  start: number,
  amp: number,
  opts: { freq: number; q: number; decay: number; type?: FilterType },
): void {
  const first = Math.max(0, Math.round(start * sampleRate));
  const length = Math.min(out.length - first, Math.ceil(opts.decay * 6.9 * sampleRate));
  const filter = new Biquad(opts.type ?? 'bandpass', opts.freq, opts.q, sampleRate);
  for (let i = 0; i < length; i++) {
    const env = Math.exp(-i / (opts.decay * sampleRate));
    out[first + i] += amp * env * filter.process(white(rng));
  }
}

/** Scales so that the loudest sample is `peak` (a silent buffer stays silent). */
export function normalize(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  if (max > 0) {
    const gain = peak / max;
    for (let i = 0; i < samples.length; i++) samples[i] *= gain;
  }
  return samples;
}

/** Raised-cosine fades at both ends, so a cue starts and stops on silence (no click). */
function fadeEdges(samples: Float32Array, sampleRate: number, inSeconds: number, outSeconds: number): Float32Array {
  const fadeIn = Math.max(1, Math.round(inSeconds * sampleRate));
  const fadeOut = Math.max(1, Math.round(outSeconds * sampleRate));
  for (let i = 0; i < fadeIn && i < samples.length; i++) {
    samples[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeIn);
  }
  for (let i = 0; i < fadeOut && i < samples.length; i++) {
    const j = samples.length - 1 - i;
    samples[j] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeOut);
  }
  return samples;
}

function buffer(seconds: number, sampleRate: number): Float32Array {
  return new Float32Array(Math.round(seconds * sampleRate));
}

// ---------------------------------------------------------------------------------------------
// The cues

/**
 * Teletype (2.5 s), a Model 28 page printer at 100 words a minute: ten characters a second on a
 * faint motor whir. Each character is the selector magnet's soft ticks (one per bit change of a
 * seeded 5-bit code, 22 ms apart), then the type box striking the platen: a bandpassed noise crack
 * plus three short metal modes. Spaces only thump. Lines are short, like a cable's routing header,
 * so the carriage return (a falling rattle and a clunk) and the line feed give the chatter its rhythm.
 */
export function renderTeletype(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(2.5, sampleRate);
  const charPeriod = 0.1;
  const bit = 0.022;
  const typeBox: Mode[] = [
    { freq: 640, gain: 0.5, decay: 0.022 },
    { freq: 1480, gain: 0.35, decay: 0.014 },
    { freq: 2950, gain: 0.22, decay: 0.008 },
  ];
  const spacer: Mode[] = [
    { freq: 310, gain: 0.4, decay: 0.02 },
    { freq: 820, gain: 0.15, decay: 0.01 },
  ];
  const carriageStop: Mode[] = [
    { freq: 170, gain: 0.6, decay: 0.05 },
    { freq: 430, gain: 0.35, decay: 0.03 },
    { freq: 1210, gain: 0.12, decay: 0.012 },
  ];

  // The motor: low rumble and a 30 Hz shaft ripple, under everything.
  const rumble = new Biquad('lowpass', 260, 0.7, sampleRate);
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const ripple = 0.6 + 0.4 * Math.sin(2 * Math.PI * 30 * t);
    out[i] = 0.06 * ripple * rumble.process(white(rng)) + 0.006 * Math.sin(2 * Math.PI * 120 * t);
  }

  let t = 0.04;
  const lines = [7, 9, 4];
  lines.forEach((count, line) => {
    for (let c = 0; c < count; c++) {
      const isSpace = c > 0 && c < count - 1 && rng() < 0.18;
      // Selector ticks: start bit, five data bits, stop bit; a tick wherever the level changes.
      let level = 0;
      for (let b = 0; b < 7; b++) {
        const next = b === 0 ? 1 : b === 6 ? 0 : rng() < 0.5 ? 1 : 0;
        if (next !== level) {
          noiseBurst(out, sampleRate, rng, t + b * bit, 0.12, { freq: 3600, q: 2, decay: 0.0015 });
        }
        level = next;
      }
      const hit = t + 0.07 + between(rng, -0.002, 0.002);
      if (isSpace) {
        strike(out, sampleRate, hit, 0.25, spacer);
      } else {
        const amp = between(rng, 0.85, 1);
        noiseBurst(out, sampleRate, rng, hit, 0.9 * amp, { freq: 2100, q: 1.1, decay: 0.005 });
        strike(out, sampleRate, hit, amp, typeBox);
      }
      t += charPeriod;
    }
    if (line < lines.length - 1) {
      // Carriage return: the carriage rattles back (noise falling in pitch), stops with a clunk.
      const crSeconds = 0.16;
      const first = Math.round(t * sampleRate);
      const length = Math.round(crSeconds * sampleRate);
      const slide = new Biquad('bandpass', 1400, 1.4, sampleRate);
      for (let i = 0; i < length && first + i < out.length; i++) {
        const x = i / length;
        if (i % 16 === 0) slide.set(1400 - 800 * x, 1.4);
        const env = Math.sin(Math.PI * Math.min(1, x * 1.3)) * (0.7 + 0.3 * rng());
        out[first + i] += 0.35 * env * slide.process(white(rng));
      }
      strike(out, sampleRate, t + crSeconds, 0.8, carriageStop);
      // Line feed: the platen's ratchet.
      noiseBurst(out, sampleRate, rng, t + crSeconds + 0.04, 0.4, { freq: 2600, q: 1.5, decay: 0.004 });
      t += crSeconds + 0.07;
    }
  });
  return fadeEdges(normalize(out, 0.8), sampleRate, 0.003, 0.04);
}

/**
 * Typewriter (1.5 s), a manual office machine at a typist's uneven pace (80–130 ms between keys).
 * Each keystroke is the key's low thock (two wooden-sounding modes), 12 ms later the typebar's bright
 * strike on the platen (a noise crack and two metal modes), then the escapement's tiny tick. The
 * margin bell (a small bright bell: partials at 1, 2.76 and 5.40 times 1.65 kHz) rings two keys
 * before the line ends; then the carriage return: three ratchet clicks, the carriage sliding (rising
 * bandpassed noise) and the thump at its stop.
 */
export function renderTypewriter(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(1.5, sampleRate);
  const key: Mode[] = [
    { freq: 185, gain: 0.5, decay: 0.025 },
    { freq: 360, gain: 0.3, decay: 0.018 },
  ];
  const typebar: Mode[] = [
    { freq: 1150, gain: 0.4, decay: 0.014 },
    { freq: 2650, gain: 0.25, decay: 0.007 },
  ];
  const marginBell: Mode[] = [
    { freq: 1650, gain: 0.5, decay: 0.32 },
    { freq: 1650 * 2.76, gain: 0.22, decay: 0.12 },
    { freq: 1650 * 5.4, gain: 0.06, decay: 0.05 },
  ];
  const carriageStop: Mode[] = [
    { freq: 140, gain: 0.7, decay: 0.06 },
    { freq: 390, gain: 0.35, decay: 0.03 },
    { freq: 980, gain: 0.1, decay: 0.015 },
  ];

  let t = 0.03;
  const keys = 8;
  for (let k = 0; k < keys; k++) {
    const isSpace = k === 3;
    const amp = between(rng, 0.75, 1);
    strike(out, sampleRate, t, 0.35 * amp, key);
    if (!isSpace) {
      noiseBurst(out, sampleRate, rng, t + 0.012, 0.8 * amp, { freq: 2300, q: 0.9, decay: 0.004 });
      strike(out, sampleRate, t + 0.012, amp, typebar);
    }
    noiseBurst(out, sampleRate, rng, t + 0.045, 0.12, { freq: 4200, q: 2, decay: 0.0015 });
    if (k === keys - 3) strike(out, sampleRate, t + 0.014, 0.55, marginBell);
    t += between(rng, 0.08, 0.13);
  }

  // Carriage return from about 0.95 s: lever ratchet, the slide, the stop (by 1.35 s at the latest).
  t += 0.06;
  for (let c = 0; c < 3; c++) {
    noiseBurst(out, sampleRate, rng, t + c * 0.018, 0.45, { freq: 3000, q: 1.6, decay: 0.003 });
  }
  const slideStart = t + 0.06;
  const slideSeconds = 0.2;
  const first = Math.round(slideStart * sampleRate);
  const length = Math.round(slideSeconds * sampleRate);
  const slide = new Biquad('bandpass', 600, 1.2, sampleRate);
  for (let i = 0; i < length && first + i < out.length; i++) {
    const x = i / length;
    if (i % 16 === 0) slide.set(600 + 900 * x, 1.2);
    const env = Math.sin(Math.PI * x) ** 0.7 * (0.75 + 0.25 * rng());
    out[first + i] += 0.3 * env * slide.process(white(rng));
  }
  strike(out, sampleRate, slideStart + slideSeconds, 0.9, carriageStop);
  noiseBurst(out, sampleRate, rng, slideStart + slideSeconds, 0.3, { freq: 1500, q: 0.8, decay: 0.006 });
  return fadeEdges(normalize(out, 0.8), sampleRate, 0.003, 0.05);
}

/**
 * Telephone (2 s), a 1960s desk set's bell ringer: an armature swinging at 20 Hz throws a clapper
 * between two steel gongs, so each gong is struck 20 times a second, half a period apart. Each gong
 * is three inharmonic modes (about 1.15 and 1.33 kHz fundamentals, so the pair beats); the clapper
 * takes a few swings to reach full throw. Two rings of 0.68 s with a pause between, then the gongs'
 * own decay.
 */
export function renderTelephone(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(2.0, sampleRate);
  const gongA: Mode[] = [
    { freq: 1150, gain: 0.6, decay: 0.2 },
    { freq: 2890, gain: 0.3, decay: 0.09 },
    { freq: 4830, gain: 0.14, decay: 0.04 },
  ];
  const gongB: Mode[] = [
    { freq: 1330, gain: 0.6, decay: 0.18 },
    { freq: 3240, gain: 0.28, decay: 0.08 },
    { freq: 5420, gain: 0.12, decay: 0.035 },
  ];
  const rings = [0.02, 1.0];
  const ringSeconds = 0.68;
  const swing = 1 / 20;
  for (const start of rings) {
    for (let s = 0; s * swing < ringSeconds; s++) {
      const at = start + s * swing;
      const throwIn = Math.min(1, 0.35 + s * 0.22);
      strike(out, sampleRate, at + between(rng, 0, 0.002), throwIn * between(rng, 0.85, 1), gongA);
      strike(out, sampleRate, at + swing / 2 + between(rng, 0, 0.002), throwIn * between(rng, 0.85, 1), gongB);
      noiseBurst(out, sampleRate, rng, at, 0.05 * throwIn, { freq: 5000, q: 1, decay: 0.001 });
    }
  }
  return fadeEdges(normalize(out, 0.55), sampleRate, 0.002, 0.12);
}

/**
 * Bell (1.2 s), a soft desk bell struck once, for a decision opening: a felt-soft strike (a 0.4 ms
 * raised-cosine pulse rather than a click) into five modes of a small dome around 988 Hz (B5), the
 * fundamental doubled 2 Hz apart so it shimmers; the upper partials (2.74, 5.18, 8.4) die first.
 */
export function renderBell(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(1.2, sampleRate);
  const f0 = 987.77;
  const dome: Mode[] = [
    { freq: f0, gain: 0.6, decay: 0.42 },
    { freq: f0 + 2.1, gain: 0.45, decay: 0.4 },
    { freq: f0 * 2.74, gain: 0.22, decay: 0.2 },
    { freq: f0 * 5.18, gain: 0.07, decay: 0.08 },
    { freq: f0 * 8.4, gain: 0.025, decay: 0.04 },
  ];
  // The soft strike: a 0.4 ms raised-cosine pulse of small strikes, one per sample, instead of a
  // single click; shorter than half the fundamental's period, it dulls only the upper partials.
  const pulse = Math.max(2, Math.round(0.0004 * sampleRate));
  for (let p = 0; p < pulse; p++) {
    const weight = 0.5 - 0.5 * Math.cos((2 * Math.PI * (p + 0.5)) / pulse);
    strike(out, sampleRate, 0.005 + p / sampleRate, weight * between(rng, 0.97, 1), dome);
  }
  return fadeEdges(normalize(out, 0.5), sampleRate, 0.002, 0.3);
}

/**
 * Paper (0.4 s), a sheet slid across the table: white noise through a highpass at 700 Hz and a
 * bandpass sweeping up from 2.2 to 3.8 kHz and a lowpass at 5.5 kHz, under a swell that peaks just past halfway; a slow
 * random flutter (noise lowpassed at 40 Hz) gives the grain of friction. A soft low pat as it settles.
 */
export function renderPaper(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(0.4, sampleRate);
  const high = new Biquad('highpass', 700, 0.7, sampleRate);
  const soft = new Biquad('lowpass', 5500, 0.7, sampleRate);
  const band = new Biquad('bandpass', 2200, 0.7, sampleRate);
  const flutter = new Biquad('lowpass', 40, 0.7, sampleRate);
  const sweep = 0.34;
  const length = Math.round(sweep * sampleRate);
  for (let i = 0; i < length; i++) {
    const x = i / length;
    if (i % 16 === 0) band.set(2200 + 1600 * x, 0.7);
    const swell = Math.sin(Math.PI * x ** 0.85) ** 2;
    const grain = 0.7 + 2.5 * Math.abs(flutter.process(white(rng)));
    out[i] = swell * grain * soft.process(band.process(high.process(white(rng))));
  }
  noiseBurst(out, sampleRate, rng, 0.31, 0.25, { freq: 500, q: 0.7, decay: 0.012, type: 'lowpass' });
  return fadeEdges(normalize(out, 0.55), sampleRate, 0.005, 0.03);
}

/**
 * Room tone (6 s loop at 11 025 Hz): brown noise (leaky-integrated white noise, highpassed at 25 Hz
 * and lowpassed at 450 Hz), a little air (white noise lowpassed at 1.2 kHz) and a faint 60 Hz mains
 * hum with its 120 and 180 Hz harmonics. To loop without a click, the noise is rendered 0.5 s longer
 * than the loop and its tail is crossfaded (equal power) into its head, so the last sample runs on
 * into the first; the hum has a whole number of cycles (360) in the loop, so it meets itself too.
 */
export function renderRoomTone(seed: number, sampleRate = ROOM_TONE_SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const loop = Math.round(6 * sampleRate);
  const overlap = Math.round(0.5 * sampleRate);
  const preRoll = sampleRate; // one second to let the filters settle, then discarded
  const noise = new Float32Array(loop + overlap);
  const hp = new Biquad('highpass', 25, 0.7, sampleRate);
  const lp = new Biquad('lowpass', 450, 0.7, sampleRate);
  const air = new Biquad('lowpass', 1200, 0.7, sampleRate);
  let brown = 0;
  for (let i = -preRoll; i < noise.length; i++) {
    brown = 0.996 * brown + 0.06 * white(rng);
    const x = lp.process(hp.process(brown)) + 0.025 * air.process(white(rng));
    if (i >= 0) noise[i] = x;
  }
  const out = new Float32Array(loop);
  for (let i = 0; i < loop; i++) {
    let x = noise[i];
    if (i < overlap) {
      const a = (Math.PI / 2) * (i / overlap);
      x = noise[i] * Math.sin(a) + noise[loop + i] * Math.cos(a);
    }
    const t = i / sampleRate;
    const hum =
      0.05 * Math.sin(2 * Math.PI * 60 * t) +
      0.02 * Math.sin(2 * Math.PI * 120 * t + 0.7) +
      0.01 * Math.sin(2 * Math.PI * 180 * t + 1.9);
    out[i] = x + hum;
  }
  return normalize(out, 0.6);
}

/**
 * Stamp (0.3 s), a rubber stamp brought down on paper on a wooden desk: a sine thump whose pitch
 * drops from 150 to 55 Hz, the desk's knock (three wooden modes, 210–1150 Hz) and a short dull crack
 * of contact (noise lowpassed at 2 kHz).
 */
export function renderStamp(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(0.3, sampleRate);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const freq = 55 + 95 * Math.exp(-t / 0.03);
    phase += (2 * Math.PI * freq) / sampleRate;
    const attack = Math.min(1, t / 0.0015);
    out[i] = 0.9 * attack * Math.exp(-t / 0.065) * Math.sin(phase);
  }
  strike(out, sampleRate, 0.001, 0.6, [
    { freq: 210, gain: 0.6, decay: 0.05 },
    { freq: 470, gain: 0.35, decay: 0.03 },
    { freq: 1150, gain: 0.12, decay: 0.012 },
  ]);
  noiseBurst(out, sampleRate, rng, 0.0, 0.5, { freq: 2000, q: 0.7, decay: 0.008, type: 'lowpass' });
  return fadeEdges(normalize(out, 0.85), sampleRate, 0.001, 0.05);
}

/**
 * Alarm (1.4 s), a low klaxon, two blasts: a band-limited sawtooth (harmonics up to 3.5 kHz at 1/k)
 * whose pitch rises from 95 to 150 Hz as the horn spins up, holds with a little wobble, and sags to
 * 120 Hz as it dies; a horn formant (bandpass at 700 Hz) over a lowpass at 1.8 kHz keeps it hoarse
 * rather than shrill. A touch of seeded roughness in the amplitude for the rotor's rasp.
 */
export function renderAlarm(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(1.4, sampleRate);
  const blastSeconds = 0.6;
  const blasts = [0.03, 0.75];
  for (const start of blasts) {
    const formant = new Biquad('bandpass', 700, 1.5, sampleRate);
    const body = new Biquad('lowpass', 1800, 0.7, sampleRate);
    const rasp = new Biquad('lowpass', 90, 0.7, sampleRate);
    const first = Math.round(start * sampleRate);
    const length = Math.round(blastSeconds * sampleRate);
    let phase = 0;
    for (let i = 0; i < length && first + i < out.length; i++) {
      const t = i / sampleRate;
      const rise = 1 - Math.exp(-t / 0.07);
      const sag = Math.max(0, (t - (blastSeconds - 0.14)) / 0.14);
      const freq = 95 + 55 * rise - 30 * sag * sag + 2 * Math.sin(2 * Math.PI * 6 * t);
      phase += (2 * Math.PI * freq) / sampleRate;
      // Harmonics fade out between 3.2 and 3.5 kHz, so none pops in or out as the pitch glides.
      let saw = 0;
      for (let k = 1; k * freq < 3500; k++) saw += (Math.min(1, (3500 - k * freq) / 300) * Math.sin(k * phase)) / k;
      const env = Math.min(1, t / 0.03) * Math.min(1, (blastSeconds - t) / 0.06);
      const roughness = 1 + 1.5 * rasp.process(white(rng));
      const x = saw * env * roughness;
      out[first + i] = 0.6 * formant.process(x) + 0.4 * body.process(x);
    }
  }
  return fadeEdges(normalize(out, 0.5), sampleRate, 0.002, 0.05);
}

/**
 * Gavel (0.55 s), the debate's time is up: two knocks of a wooden gavel on its sound block, the second
 * a little softer, 0.25 s apart. Each knock is a short dull crack (noise lowpassed at 3 kHz), the
 * block's hollow wooden modes (420, 960 and 1900 Hz, the higher dying first) and a low thump of the
 * table under it (a 115 Hz sine, 25 ms). Nothing like the bell that opens a decision: a knock, not a ring.
 */
export function renderGavel(seed: number, sampleRate = SAMPLE_RATE): Float32Array {
  const rng = mulberry32(seed);
  const out = buffer(0.55, sampleRate);
  const block: Mode[] = [
    { freq: 420, gain: 0.55, decay: 0.045 },
    { freq: 960, gain: 0.3, decay: 0.025 },
    { freq: 1900, gain: 0.12, decay: 0.01 },
  ];
  for (const [start, force] of [
    [0.01, 1],
    [0.26, 0.8],
  ] as const) {
    const amp = force * between(rng, 0.95, 1);
    strike(out, sampleRate, start, amp, block);
    noiseBurst(out, sampleRate, rng, start, 0.6 * amp, { freq: 3000, q: 0.7, decay: 0.006, type: 'lowpass' });
    const first = Math.round(start * sampleRate);
    for (let i = 0; i < Math.round(0.2 * sampleRate) && first + i < out.length; i++) {
      const t = i / sampleRate;
      out[first + i] += 0.7 * amp * Math.exp(-t / 0.025) * Math.sin(2 * Math.PI * 115 * t);
    }
  }
  return fadeEdges(normalize(out, 0.85), sampleRate, 0.001, 0.1);
}

// ---------------------------------------------------------------------------------------------
// The catalogue and the WAV encoder

export interface CueSynth {
  /** Length of the rendered cue in seconds. */
  readonly seconds: number;
  readonly sampleRate: number;
  /** The seed the shipped file was generated with. */
  readonly seed: number;
  /** Renders the cue's samples, each in [-1, 1]. */
  readonly render: (seed: number) => Float32Array;
}

/** Every cue's synthesiser: a `Record` over `CueName`, so a new cue cannot ship without one. */
export const SYNTHS: Readonly<Record<CueName, CueSynth>> = {
  teletype: { seconds: 2.5, sampleRate: SAMPLE_RATE, seed: 1962_10_27, render: (s) => renderTeletype(s) },
  typewriter: { seconds: 1.5, sampleRate: SAMPLE_RATE, seed: 1962_10_28, render: (s) => renderTypewriter(s) },
  telephone: { seconds: 2.0, sampleRate: SAMPLE_RATE, seed: 1962_10_29, render: (s) => renderTelephone(s) },
  bell: { seconds: 1.2, sampleRate: SAMPLE_RATE, seed: 1962_10_30, render: (s) => renderBell(s) },
  paper: { seconds: 0.4, sampleRate: SAMPLE_RATE, seed: 1962_10_31, render: (s) => renderPaper(s) },
  'room-tone': {
    seconds: 6,
    sampleRate: ROOM_TONE_SAMPLE_RATE,
    seed: 1962_11_1,
    render: (s) => renderRoomTone(s),
  },
  stamp: { seconds: 0.3, sampleRate: SAMPLE_RATE, seed: 1962_11_2, render: (s) => renderStamp(s) },
  alarm: { seconds: 1.4, sampleRate: SAMPLE_RATE, seed: 1962_11_3, render: (s) => renderAlarm(s) },
  gavel: { seconds: 0.55, sampleRate: SAMPLE_RATE, seed: 1962_11_4, render: (s) => renderGavel(s) },
};

/** Quantises a sample in [-1, 1] to a signed 16-bit integer (clamped, rounded to nearest). */
export function toInt16(sample: number): number {
  const clamped = Math.max(-1, Math.min(1, Number.isFinite(sample) ? sample : 0));
  return Math.round(clamped * 32767);
}

/** Encodes mono samples as a 16-bit PCM WAV file (44-byte RIFF/WAVE header, then little-endian data). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, toInt16(samples[i]), true);
  return bytes;
}

/** Renders a cue with its shipped seed and encodes it: exactly the bytes of `assets/audio/<cue>.wav`. */
export function renderCueWav(cue: CueName): Uint8Array {
  const synth = SYNTHS[cue];
  return encodeWav(synth.render(synth.seed), synth.sampleRate);
}
