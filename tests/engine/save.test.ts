import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '../../src/engine/hash';
import {
  createSave,
  legacyContext,
  MIN_COMPATIBLE_VERSION,
  readSave,
  restoreSave,
  SAVE_FORMAT,
  SAVE_VERSION,
} from '../../src/engine/save';
import { miniEngine } from './helpers';

const engine = miniEngine();
const SAVES = join(__dirname, '..', 'fixtures', 'saves');
const fixture = (name: string) => readFileSync(join(SAVES, name), 'utf8');

function midGame() {
  const s = engine.replay({ seed: 11 }, [
    { type: 'player.read', document: 'claim' },
    { type: 'player.choose', side: 'north', option: 'talk' },
  ]);
  expect(s.value).toBe('offer');
  return s;
}

const finished = () =>
  engine.replay({ seed: 7, controllers: { south: 'model' } }, [
    { type: 'player.choose', side: 'north', option: 'talk' },
    { type: 'player.sendReply', side: 'north', items: ['share-light', 'patience'] },
  ]);

const reason = (result: { ok: boolean }) => (result as { errors?: string[] }).errors?.[0];

describe('saves', () => {
  it('restore gives an identical game that continues identically', () => {
    const s = midGame();
    const restored = restoreSave(engine, createSave(engine, s));
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    expect(restored.snapshot.value).toBe(s.value);
    expect(restored.snapshot.context).toEqual(s.context);
    const reply = { type: 'player.sendReply', side: 'north', items: ['share-light', 'ultimatum'] } as const;
    const a = engine.step(s, { ...reply, items: [...reply.items] });
    const b = engine.step(restored.snapshot, { ...reply, items: [...reply.items] });
    expect(a.ok && b.ok && a.snapshot.context).toEqual(b.ok && b.snapshot.context);
  });

  it('writes one envelope: the commands once, and a hash of the context instead of a copy of it', () => {
    const s = finished();
    const save = JSON.parse(createSave(engine, s));
    expect(Object.keys(save).sort()).toEqual(
      ['commands', 'format', 'input', 'minReaderVersion', 'reached', 'saveVersion', 'scenario'].sort(),
    );
    // Format 3's log records more than format 2's reader can check the hash of: it needs format 3.
    expect(save).toMatchObject({ format: SAVE_FORMAT, saveVersion: SAVE_VERSION, minReaderVersion: SAVE_VERSION });
    expect(save.reached).toEqual({
      state: 'shared-light',
      ending: 'shared-light',
      contextHash: sha256(canonicalJson(s.context)),
    });
    expect(save.reached.contextHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the review’s export and the autosave through the one validator, to the same envelope', () => {
    const s = finished();
    const exported = readSave(createSave(engine, s, true));
    const saved = readSave(createSave(engine, s));
    expect(exported.ok && saved.ok).toBe(true);
    expect(exported).toEqual(saved);
    const restored = restoreSave(engine, createSave(engine, s, true));
    expect(restored.ok && restored.snapshot.context).toEqual(s.context);
  });

  it('accepts a save or an export that an editor prefixed with a byte-order mark', () => {
    const restored = restoreSave(engine, `\uFEFF${createSave(engine, midGame(), true)}`);
    expect(restored.ok).toBe(true);
    expect(restoreSave(engine, `\uFEFF${fixture('v1-review-mini-ended.json')}`).ok).toBe(true);
  });

  it('refuses a truncated save', () => {
    const text = createSave(engine, midGame());
    expect(restoreSave(engine, text.slice(0, text.length / 2))).toEqual({
      ok: false,
      errors: ['This save is damaged or incomplete (it is not readable JSON).'],
    });
  });

  it('refuses something that is not a save', () => {
    expect(restoreSave(engine, '{"hello":"world"}')).toEqual({
      ok: false,
      errors: ['This is not a saved game of Eyes Only.'],
    });
    expect(restoreSave(engine, '42')).toEqual({ ok: false, errors: ['This is not a saved game of Eyes Only.'] });
    expect(restoreSave(engine, '[]')).toEqual({ ok: false, errors: ['This is not a saved game of Eyes Only.'] });
  });

  it('refuses a save whose moves were edited: the replay no longer gives the recorded context', () => {
    const save = JSON.parse(createSave(engine, finished()));
    save.commands[1].items = ['fishing-rights', 'patience'];
    expect(restoreSave(engine, JSON.stringify(save))).toEqual({
      ok: false,
      errors: ['This save does not match its own moves (it was edited, or made with a different scenario text).'],
    });
  });

  it('refuses a save whose recorded context hash was changed', () => {
    const save = JSON.parse(createSave(engine, midGame()));
    save.reached.contextHash = sha256('something else');
    expect(reason(restoreSave(engine, JSON.stringify(save)))).toMatch(/does not match its own moves/);
    const state = JSON.parse(createSave(engine, midGame()));
    state.reached.state = 'south-answer';
    expect(reason(restoreSave(engine, JSON.stringify(state)))).toMatch(/does not match its own moves/);
  });

  it('refuses a save from a newer game version, saying so, and reads a newer one that says it may', () => {
    const newer = JSON.parse(createSave(engine, midGame()));
    newer.saveVersion = SAVE_VERSION + 1;
    newer.minReaderVersion = SAVE_VERSION + 1;
    expect(reason(restoreSave(engine, JSON.stringify(newer)))).toBe(
      `This save was made by a newer version of the game (save format ${SAVE_VERSION + 1}, readable from version ${SAVE_VERSION + 1}; this version reads up to ${SAVE_VERSION}); update the game to open it.`,
    );
    // A later build that only added to the envelope says older readers may still open it.
    newer.minReaderVersion = SAVE_VERSION;
    expect(restoreSave(engine, JSON.stringify(newer)).ok).toBe(true);
  });

  it('refuses a save older than the oldest version this build reads, and a version that is not a number', () => {
    const old = JSON.parse(createSave(engine, midGame()));
    old.saveVersion = MIN_COMPATIBLE_VERSION - 1;
    expect(reason(restoreSave(engine, JSON.stringify(old)))).toBe(
      `This save is from an old version of the game (save format ${MIN_COMPATIBLE_VERSION - 1}) that this version can no longer read (the oldest it reads is ${MIN_COMPATIBLE_VERSION}).`,
    );
    const odd = JSON.parse(createSave(engine, midGame()));
    odd.saveVersion = '2';
    expect(reason(restoreSave(engine, JSON.stringify(odd)))).toBe(
      'This save is damaged: saveVersion is not what a save holds.',
    );
  });

  it('refuses a save from another scenario, or another major version of this one', () => {
    const other = JSON.parse(createSave(engine, midGame()));
    other.scenario.id = 'black-saturday';
    expect(reason(restoreSave(engine, JSON.stringify(other)))).toBe(
      'This save belongs to the scenario "black-saturday", not "mini".',
    );
    const major = JSON.parse(createSave(engine, midGame()));
    major.scenario.version = '2.0.0';
    expect(reason(restoreSave(engine, JSON.stringify(major)))).toMatch(/version 2\.0\.0 of the scenario/);
  });

  it('refuses a save with a malformed command or input, naming where', () => {
    const save = JSON.parse(createSave(engine, midGame()));
    save.commands[0] = { type: 'player.choose', side: 'north' };
    expect(restoreSave(engine, JSON.stringify(save))).toEqual({
      ok: false,
      errors: ['This save is damaged: commands.0 is not what a save holds.'],
    });
    const input = JSON.parse(createSave(engine, midGame()));
    input.input.controllers.south = 'robot';
    expect(reason(restoreSave(engine, JSON.stringify(input)))).toBe(
      'This save is damaged: input.controllers is not what a save holds.',
    );
    const reached = JSON.parse(createSave(engine, midGame()));
    delete reached.reached;
    expect(reason(restoreSave(engine, JSON.stringify(reached)))).toBe(
      'This save is damaged: reached is not what a save holds.',
    );
  });
});

describe('saves and exports as each build wrote them (tests/fixtures/saves)', () => {
  const files = readdirSync(SAVES).filter((f) => f.endsWith('.json'));

  it('has fixtures of both format-1 files and of the current format', () => {
    expect(files.some((f) => f.startsWith('v1-save-'))).toBe(true);
    expect(files.some((f) => f.startsWith('v1-review-'))).toBe(true);
    expect(files.some((f) => f.startsWith(`v${SAVE_VERSION}-`))).toBe(true);
  });

  for (const file of files) {
    it(`${file} still opens, to the game its commands replay`, () => {
      const text = fixture(file);
      const raw = JSON.parse(text);
      const restored = restoreSave(engine, text);
      if (!restored.ok) throw new Error(restored.errors.join('; '));
      const commands = raw.commands;
      const input = raw.input ?? { seed: raw.seed, controllers: raw.controllers };
      expect(restored.snapshot.context).toEqual(engine.replay(input, commands).context);
      // A format-1 file's copy of the context is as format 2 kept it (format 3 logs more).
      if (raw.state) expect(legacyContext(restored.snapshot.context)).toEqual(raw.state.context);
      if ('ending' in raw) expect(restored.snapshot.context.ending).toBe(raw.ending);
      // Saved again, it is the current envelope, and reads back to the same game.
      const again = restoreSave(engine, createSave(engine, restored.snapshot));
      expect(again.ok && again.snapshot.context).toEqual(restored.snapshot.context);
    });
  }

  it('refuses a format-1 save whose context copy was edited (its checksum)', () => {
    const save = JSON.parse(fixture('v1-save-mini-midgame.json'));
    save.state.context.tracks.goodwill = 5;
    expect(reason(restoreSave(engine, JSON.stringify(save)))).toBe(
      'This save has been altered or damaged (its checksum does not match its contents).',
    );
  });

  it('refuses a format-1 export whose game no longer ends as it recorded', () => {
    const exported = JSON.parse(fixture('v1-review-mini-ended.json'));
    exported.ending = 'war';
    expect(reason(restoreSave(engine, JSON.stringify(exported)))).toMatch(/does not match its own moves/);
  });

  it('checks an export’s version: one this build does not know is refused with a message', () => {
    const exported = JSON.parse(fixture('v1-review-mini-ended.json'));
    exported.version = 2;
    expect(reason(restoreSave(engine, JSON.stringify(exported)))).toBe(
      `This exported game was made by another version of the game (export version 2); this version reads export version 1 and saves up to version ${SAVE_VERSION}.`,
    );
    delete exported.version;
    expect(reason(restoreSave(engine, JSON.stringify(exported)))).toMatch(/export version undefined/);
  });

  it('refuses a format-1 export with a malformed command, naming where', () => {
    const exported = JSON.parse(fixture('v1-review-mini-two-teams.json'));
    exported.commands[0].vote = { counts: { talk: 'two' } };
    expect(reason(restoreSave(engine, JSON.stringify(exported)))).toBe(
      'This save is damaged: commands.0 is not what a save holds.',
    );
  });
});

describe('format 3: the log records what moved and how the model read its options', () => {
  it('a format-2 save opens, checked against its context without them, and saves again as format 3', () => {
    const text = fixture('v2-save-mini-midgame.json');
    const restored = restoreSave(engine, text);
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    const again = JSON.parse(createSave(engine, restored.snapshot));
    expect(again.saveVersion).toBe(3);
    expect(again.reached.hashOf).toBeUndefined();
  });

  it('a format-2 save whose hash was edited is still refused', () => {
    const save = JSON.parse(fixture('v2-save-mini-midgame.json'));
    save.reached.contextHash = save.reached.contextHash.replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a'));
    expect(reason(restoreSave(engine, JSON.stringify(save)))).toMatch(/does not match its own moves/);
  });

  it('a format-3 save of a game against the model keeps every term and odds of its rolls', () => {
    const restored = restoreSave(engine, fixture('v3-save-mini-model-ended.json'));
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    const move = restored.snapshot.context.log.find((e) => e.kind === 'choice' && e.by === 'model');
    expect(move?.kind === 'choice' && move.model?.length).toBeGreaterThan(1);
  });
});
