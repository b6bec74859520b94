/**
 * The sound cues: the manifest. Each cue's file (a `?url` import, so Vite fingerprints it and the
 * built game finds it under any base path) and its caption. Every cue has a caption, shown whether or
 * not the sound is on: deaf players and muted classrooms get the same information.
 *
 * The files are generated in code by `npm run assets:audio` (see `scripts/generate-audio.ts`).
 */

import alarmUrl from '../../assets/audio/alarm.wav?url';
import bellUrl from '../../assets/audio/bell.wav?url';
import gavelUrl from '../../assets/audio/gavel.wav?url';
import paperUrl from '../../assets/audio/paper.wav?url';
import roomToneUrl from '../../assets/audio/room-tone.wav?url';
import stampUrl from '../../assets/audio/stamp.wav?url';
import telephoneUrl from '../../assets/audio/telephone.wav?url';
import teletypeUrl from '../../assets/audio/teletype.wav?url';
import typewriterUrl from '../../assets/audio/typewriter.wav?url';
import type { DocumentMeta } from '../engine/schema/scenario';

export const CUE_NAMES = [
  'teletype',
  'typewriter',
  'telephone',
  'bell',
  'paper',
  'room-tone',
  'stamp',
  'alarm',
  'gavel',
] as const;

export type CueName = (typeof CUE_NAMES)[number];

export interface Cue {
  /** The WAV file's URL, fingerprinted by Vite. */
  readonly url: string;
  /** What the sound is and what it means, in square brackets as in film subtitles. */
  readonly caption: string;
  /** Whether the cue loops until stopped (only the room tone). */
  readonly loop: boolean;
}

export const CUES: Readonly<Record<CueName, Cue>> = {
  teletype: { url: teletypeUrl, caption: '[Teletype chatters: a cable is arriving]', loop: false },
  typewriter: {
    url: typewriterUrl,
    caption: '[Typewriter clacks and its bell rings: a memo is arriving]',
    loop: false,
  },
  telephone: { url: telephoneUrl, caption: '[Telephone rings twice: news by the back channel]', loop: false },
  bell: { url: bellUrl, caption: '[A desk bell rings softly: a decision is open]', loop: false },
  paper: { url: paperUrl, caption: '[Paper slides across the table: a letter is laid down]', loop: false },
  'room-tone': { url: roomToneUrl, caption: '[Low hum of the Cabinet Room]', loop: true },
  stamp: { url: stampUrl, caption: '[A rubber stamp thuds onto paper]', loop: false },
  alarm: { url: alarmUrl, caption: '[A low klaxon sounds: the crisis escalates]', loop: false },
  gavel: { url: gavelUrl, caption: '[A gavel knocks twice: the debate’s time is up]', loop: false },
};

/** A scenario document's kind, as the scenario schema defines it. */
export type DocumentKind = DocumentMeta['kind'];

/**
 * The cue a document makes when it arrives, by kind. Wire traffic (cables, radio monitoring,
 * intelligence summaries, press wire copy) comes in on the teletype; typed papers (memos, papers,
 * minutes, notes) on the typewriter; a letter in translation is laid on the table (paper).
 * A `Record` over the schema's kinds, so a new kind does not compile until it has a cue.
 */
export const DOCUMENT_ARRIVAL_CUE: Readonly<Record<DocumentKind, CueName>> = {
  cable: 'teletype',
  radio: 'teletype',
  intelligence: 'teletype',
  press: 'teletype',
  memo: 'typewriter',
  paper: 'typewriter',
  minutes: 'typewriter',
  note: 'typewriter',
  letter: 'paper',
};

/**
 * The cue for a document's arrival by its kind. The telephone is for back-channel news (the Robert
 * Kennedy–Dobrynin channel): the caller says so, e.g. when the player chose that channel or the
 * document is the report of that meeting; otherwise the kind decides.
 */
export function arrivalCue(kind: DocumentKind, options: { backChannel?: boolean } = {}): CueName {
  return options.backChannel ? 'telephone' : DOCUMENT_ARRIVAL_CUE[kind];
}

/**
 * The cue a scenario's document arrives with: its own `cue` from the front matter; without one, a
 * Dobrynin report (by its id, a guess kept for scenarios written before the field) rings the
 * telephone, and anything else sounds by its kind.
 */
export function documentCue(doc: Pick<DocumentMeta, 'id' | 'kind' | 'cue'>): CueName {
  return doc.cue ?? arrivalCue(doc.kind, { backChannel: /dobrynin/i.test(doc.id) });
}
