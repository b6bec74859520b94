// @vitest-environment happy-dom
/**
 * The presentation hints a scenario may give (issue #13 item 5): a paper's letterhead, form,
 * translation and sound, a role's short office, a track shown on the DEFCON board. Given, they are
 * used; absent, the old guesses from the text remain as the fallback.
 */
import { describe, expect, it } from 'vitest';
import { documentCue } from '../../src/audio/cues';
import { findEscalation, isDefconTrack } from '../../src/scenes/board/defconLevel';
import { cardOffice } from '../../src/scenes/board/seating';
import { gaugeTracks } from '../../src/scenes/board/trackGauge';
import { isTranslation, letterheadFor, type RenderableDocument, renderDocument } from '../../src/ui/documents/render';

const paper = (over: Partial<RenderableDocument>): RenderableDocument => ({
  id: 'harbour-note',
  kind: 'memo',
  title: 'The harbour dues',
  from: 'Secretary of State',
  to: 'The Mayor',
  date: '1962-10-27 22:00',
  source: 'Test fixture',
  rendering: 'summary',
  body: 'The dues are paid.',
  ...over,
});

describe('a paper’s letterhead, form and translation', () => {
  it('uses the document’s own letterhead, else the guess from its sender, else none', () => {
    expect(letterheadFor(paper({ letterhead: { name: 'HARBOUR OFFICE', place: 'NORTHPORT' } }))).toEqual([
      'HARBOUR OFFICE',
      'NORTHPORT',
    ]);
    expect(letterheadFor(paper({}))).toEqual(['DEPARTMENT OF STATE', 'WASHINGTON']);
    expect(letterheadFor(paper({ from: 'The Harbour Master' }))).toBeUndefined();
  });

  it('takes translation from the field over the guess from the notes', () => {
    const letter = paper({ kind: 'letter', transcriptionNote: 'An English translation.' });
    expect(isTranslation(letter)).toBe(true);
    expect(isTranslation({ ...letter, translation: false })).toBe(false);
    expect(isTranslation(paper({ kind: 'letter', translation: true }))).toBe(true);
  });

  it('prints the form’s heading on a cable, and its date-time group in GMT only with a time zone', () => {
    const cable = paper({ kind: 'cable', to: 'Secretary of State' });
    const guessed = renderDocument(cable);
    expect(guessed.querySelector('.doc__teletype-agency')?.textContent).toBe('DEPARTMENT OF STATE');
    expect(guessed.textContent).toContain('272200J OCT 62');
    const own = renderDocument({ ...cable, form: { heading: 'HARBOUR TELEGRAPH' }, timeZone: 'America/New_York' });
    expect(own.querySelector('.doc__teletype-agency')?.textContent).toBe('HARBOUR TELEGRAPH');
    expect(own.querySelector('.doc__teletype-form')).toBeNull();
    expect(own.textContent).toContain('280200Z OCT 62');
  });

  it('heads a radio report with its own form', () => {
    const radio = renderDocument(paper({ kind: 'radio', form: { heading: 'HARBOUR RADIO LOG' } }));
    expect(radio.querySelector('.doc__form-title')?.textContent).toBe('HARBOUR RADIO LOG');
  });
});

describe('the sound a paper arrives with', () => {
  it('is the document’s cue, else a Dobrynin report’s telephone, else its kind’s', () => {
    expect(documentCue({ id: 'harbour-call', kind: 'cable', cue: 'telephone' })).toBe('telephone');
    expect(documentCue({ id: 'dobrynin-cable-27', kind: 'cable', cue: 'typewriter' })).toBe('typewriter');
    expect(documentCue({ id: 'dobrynin-cable-27', kind: 'cable' })).toBe('telephone');
    expect(documentCue({ id: 'harbour-call', kind: 'cable' })).toBe('teletype');
  });
});

describe('a role’s name card and the DEFCON board', () => {
  it('prints the role’s short office, else a guess from its office', () => {
    expect(cardOffice({ office: 'Mayor of Northport', shortOffice: 'MAYOR' })).toBe('MAYOR');
    expect(cardOffice({ office: 'Secretary of Defense' })).toBe('SECDEF');
  });

  it('shows the track that says display: defcon, else the one with id escalation, and gauges the rest', () => {
    const tracks = [
      { id: 'escalation', hidden: false },
      { id: 'storm', hidden: false, display: 'defcon' as const },
      { id: 'goodwill', hidden: false },
    ];
    expect(findEscalation(tracks)?.id).toBe('storm');
    expect(gaugeTracks(tracks).map((t) => t.id)).toEqual(['escalation', 'goodwill']);
    expect(findEscalation([{ id: 'escalation' }])?.id).toBe('escalation');
    expect(isDefconTrack({ id: 'escalation', display: 'gauge' })).toBe(false);
    expect(findEscalation([{ id: 'tension' }])).toBeUndefined();
  });
});
