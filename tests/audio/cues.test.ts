import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SYNTHS } from '../../scripts/audio/synth';
import { arrivalCue, CUE_NAMES, CUES, DOCUMENT_ARRIVAL_CUE, type DocumentKind } from '../../src/audio/cues';
import { DocumentKind as DocumentKindSchema } from '../../src/engine/schema/scenario';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('sound cues', () => {
  it('lists each cue once', () => {
    expect(new Set(CUE_NAMES).size).toBe(CUE_NAMES.length);
    expect(Object.keys(CUES).sort()).toEqual([...CUE_NAMES].sort());
  });

  it.each(CUE_NAMES)('%s has a caption in square brackets', (cue) => {
    const { caption } = CUES[cue];
    expect(caption).toMatch(/^\[[A-Z].{8,}\]$/);
  });

  it('gives every cue a different caption', () => {
    const captions = CUE_NAMES.map((cue) => CUES[cue].caption);
    expect(new Set(captions).size).toBe(captions.length);
  });

  it.each(CUE_NAMES)('%s has a generated WAV file, a synthesiser and a Vite URL', (cue) => {
    expect(existsSync(join(root, 'assets', 'audio', `${cue}.wav`))).toBe(true);
    expect(SYNTHS[cue]).toBeDefined();
    expect(CUES[cue].url).toMatch(new RegExp(`${cue}(-[\\w-]+)?\\.wav`));
  });

  it('loops only the room tone', () => {
    expect(CUE_NAMES.filter((cue) => CUES[cue].loop)).toEqual(['room-tone']);
  });
});

describe('document arrival cues', () => {
  it.each(DocumentKindSchema.options)('a %s arrives with a cue', (kind) => {
    expect(CUE_NAMES).toContain(DOCUMENT_ARRIVAL_CUE[kind]);
    expect(arrivalCue(kind)).toBe(DOCUMENT_ARRIVAL_CUE[kind]);
  });

  it('maps wire traffic to the teletype, typed papers to the typewriter and letters to paper', () => {
    const cueOf = (kinds: DocumentKind[]) => new Set(kinds.map((kind) => DOCUMENT_ARRIVAL_CUE[kind]));
    expect(cueOf(['cable', 'radio', 'intelligence', 'press'])).toEqual(new Set(['teletype']));
    expect(cueOf(['memo', 'paper', 'minutes', 'note'])).toEqual(new Set(['typewriter']));
    expect(DOCUMENT_ARRIVAL_CUE.letter).toBe('paper');
  });

  it('rings the telephone for back-channel news, whatever the kind', () => {
    expect(arrivalCue('cable', { backChannel: true })).toBe('telephone');
    expect(arrivalCue('memo', { backChannel: true })).toBe('telephone');
    expect(arrivalCue('memo', { backChannel: false })).toBe('typewriter');
  });
});
