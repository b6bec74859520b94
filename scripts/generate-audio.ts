/**
 * Generates the game's sound cues in code and writes them to `assets/audio/` as small mono 16-bit
 * PCM WAV files. Nothing is sampled or downloaded: every sound is seeded noise, filters, decaying
 * sine modes ("struck" objects) and a band-limited sawtooth, rendered by `scripts/audio/synth.ts`.
 *
 *   npm run assets:audio            write the files
 *   npm run assets:audio -- --check exit 1 if a file on disk differs from what the code renders
 *
 * Deterministic: each cue has a fixed seed for a mulberry32 PRNG (never Math.random) and samples are
 * quantised to 16 bits, so regenerating gives identical bytes (on the same JS engine: Math.sin and
 * Math.exp are not bit-specified by ECMAScript, though V8's are the same on every platform).
 *
 * How each sound is made (22 050 Hz unless noted):
 *
 * - teletype (2.5 s), incoming cables: a Model 28 printer at ten characters a second over a faint
 *   motor rumble (lowpassed noise with a 30 Hz ripple). Per character, the selector magnet's soft
 *   ticks (3.6 kHz noise clicks at each bit change of a random 5-bit code, 22 ms apart) and then the
 *   type box hitting the platen: a 2.1 kHz noise crack plus three short metal modes (640, 1480,
 *   2950 Hz). Spaces only thump. Three short lines, like a cable's routing header, each ended by a
 *   carriage return (noise swept down from 1.4 kHz, then a clunk) and a line-feed click: the rhythm.
 * - typewriter (1.5 s), memos: eight keystrokes at a typist's uneven pace (80–130 ms apart). Each is
 *   the key's low thock (185 and 360 Hz modes), the typebar's strike 12 ms later (a 2.3 kHz noise
 *   crack and 1150/2650 Hz modes) and the escapement's tick. The margin bell (1.65 kHz with partials
 *   at 2.76 and 5.4 times) rings near the end of the line; then the carriage return: ratchet clicks,
 *   the carriage sliding (noise swept up from 600 Hz) and the thump at its stop.
 * - telephone (2 s), back-channel news: a 1960s desk set's ringer, its clapper swinging at 20 Hz
 *   between two steel gongs (three inharmonic modes each, 1150 and 1330 Hz fundamentals, so they
 *   beat), building up over the first swings. Two rings of 0.68 s, then the gongs ring down.
 * - bell (1.2 s), a decision opening: one soft strike (a 0.4 ms smooth pulse, not a click) of a small
 *   desk bell around 988 Hz, its fundamental doubled 2 Hz apart for a slow shimmer, with partials
 *   at 2.74, 5.18 and 8.4 times that fade faster.
 * - paper (0.4 s), a letter laid down: white noise highpassed at 700 Hz through a bandpass sweeping
 *   2.2 to 3.8 kHz (lowpassed at 5.5 kHz) under a swell, with a slow random flutter for the friction; a low pat at the end.
 * - room-tone (6 s loop, 11 025 Hz: nothing in it is above about 1 kHz, so half the bytes): brown
 *   noise (leaky-integrated white, 25–450 Hz) with a little air and a faint 60 Hz hum (plus 120 and
 *   180 Hz). Seamless: the noise is rendered 0.5 s long and its tail crossfaded (equal power) into
 *   its head, and the hum has exactly 360 cycles in the loop.
 * - stamp (0.3 s): a sine thump falling from 150 to 55 Hz, a wooden desk's knock (210, 470, 1150 Hz
 *   modes) and a dull contact crack (noise lowpassed at 2 kHz).
 * - alarm (1.4 s), escalation, used sparingly: two blasts of a low klaxon, a band-limited sawtooth
 *   whose pitch rises 95 → 150 Hz as the horn spins up and sags at the end, through a 700 Hz horn
 *   formant and a 1.8 kHz lowpass, with a little random rasp.
 * - gavel (0.55 s), a class's debate timer at 0:00: two knocks of a wooden gavel on its block, each a
 *   dull crack (noise lowpassed at 3 kHz), wooden modes (420, 960, 1900 Hz) and a 115 Hz thump.
 *
 * Every event cue starts and ends on silence (short raised-cosine fades) and is normalised to a peak
 * of at most 0.85 (about −1.4 dBFS), so nothing clips.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CueName } from '../src/audio/cues';
import { renderCueWav, SYNTHS } from './audio/synth';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'assets', 'audio');
const check = process.argv.includes('--check');

function sameBytes(path: string, bytes: Uint8Array): boolean {
  try {
    return Buffer.compare(readFileSync(path), bytes) === 0;
  } catch {
    return false;
  }
}

mkdirSync(outDir, { recursive: true });
let total = 0;
const stale: string[] = [];
for (const cue of Object.keys(SYNTHS) as CueName[]) {
  const bytes = renderCueWav(cue);
  const path = join(outDir, `${cue}.wav`);
  total += bytes.length;
  const line = `${relative(root, path).padEnd(30)} ${(bytes.length / 1024).toFixed(1).padStart(6)} kB  ${SYNTHS[cue].seconds} s @ ${SYNTHS[cue].sampleRate} Hz`;
  if (check) {
    const same = sameBytes(path, bytes);
    if (!same) stale.push(path);
    console.log(`${same ? 'ok   ' : 'STALE'} ${line}`);
  } else {
    writeFileSync(path, bytes);
    console.log(line);
  }
}
console.log(`${'total'.padEnd(30)} ${(total / 1024).toFixed(1).padStart(6)} kB`);
if (stale.length > 0) {
  console.error(`${stale.length} file(s) differ from the generator: run npm run assets:audio`);
  process.exit(1);
}
