import { describe, expect, it } from 'vitest';
import { createSave, restoreSave, SAVE_VERSION } from '../../src/engine/save';
import { miniEngine } from './helpers';

const engine = miniEngine();

function midGame() {
  const s = engine.replay({ seed: 11 }, [
    { type: 'player.read', document: 'claim' },
    { type: 'player.choose', side: 'north', option: 'talk' },
  ]);
  expect(s.value).toBe('offer');
  return s;
}

describe('saves', () => {
  it('restore gives an identical game that continues identically', () => {
    const s = midGame();
    const restored = restoreSave(engine, createSave(engine, s));
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.snapshot.value).toBe(s.value);
    expect(restored.snapshot.context).toEqual(s.context);
    const reply = { type: 'player.sendReply', side: 'north', items: ['share-light', 'ultimatum'] } as const;
    const a = engine.step(s, { ...reply, items: [...reply.items] });
    const b = engine.step(restored.snapshot, { ...reply, items: [...reply.items] });
    expect(a.ok && b.ok && a.snapshot.context).toEqual(b.ok && b.snapshot.context);
  });

  it('refuses a truncated save', () => {
    const text = createSave(engine, midGame());
    expect(restoreSave(engine, text.slice(0, text.length / 2))).toEqual({
      ok: false,
      reason: 'This save is damaged or incomplete (it is not readable JSON).',
    });
  });

  it('refuses something that is not a save', () => {
    expect(restoreSave(engine, '{"hello":"world"}')).toEqual({
      ok: false,
      reason: 'This is not a saved game of Eyes Only.',
    });
    expect(restoreSave(engine, '42')).toEqual({ ok: false, reason: 'This is not a saved game of Eyes Only.' });
  });

  it('refuses a tampered save whose state was edited', () => {
    const save = JSON.parse(createSave(engine, midGame()));
    save.state.context.tracks.goodwill = 5;
    expect(restoreSave(engine, JSON.stringify(save))).toEqual({
      ok: false,
      reason: 'This save has been altered or damaged (its checksum does not match its contents).',
    });
  });

  it('refuses a save whose checksum was recomputed but whose state does not follow from its moves', () => {
    // Someone who recomputes the checksum still cannot make the moves lead somewhere else.
    const save = JSON.parse(createSave(engine, midGame()));
    save.commands = save.commands.slice(0, 1);
    const { checksum: _old, ...body } = save;
    const forged = { ...body, checksum: recomputeChecksum(body) };
    expect(restoreSave(engine, JSON.stringify(forged))).toEqual({
      ok: false,
      reason: 'This save does not match its own moves (it was edited, or made with a different scenario text).',
    });
  });

  it('refuses a save from a newer game version and from another scenario', () => {
    const newer = JSON.parse(createSave(engine, midGame()));
    newer.minReaderVersion = SAVE_VERSION + 1;
    expect(restoreSave(engine, JSON.stringify(newer)).ok).toBe(false);
    expect((restoreSave(engine, JSON.stringify(newer)) as { reason: string }).reason).toMatch(
      /newer version of the game/,
    );

    const other = JSON.parse(createSave(engine, midGame()));
    other.scenario.id = 'black-saturday';
    const { checksum: _c, ...body } = other;
    expect(restoreSave(engine, JSON.stringify({ ...body, checksum: recomputeChecksum(body) }))).toEqual({
      ok: false,
      reason: 'This save belongs to the scenario "black-saturday", not "mini".',
    });
  });

  it('refuses a save with a malformed command, naming where', () => {
    const save = JSON.parse(createSave(engine, midGame()));
    save.commands[0] = { type: 'player.choose', side: 'north' };
    const result = restoreSave(engine, JSON.stringify(save));
    expect(result).toEqual({ ok: false, reason: 'This save is damaged: commands.0 is not what a save holds.' });
  });
});

/** The same FNV-1a over canonical JSON that save.ts uses, written out here so the test is independent. */
function recomputeChecksum(body: unknown): string {
  const canonical = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object') {
      const e = Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${e.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
    }
    return JSON.stringify(v);
  };
  const text = canonical(body);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
