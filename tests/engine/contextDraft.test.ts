/**
 * The draft a rule builds its next context in (src/engine/contextDraft.ts): it copies once and adds
 * to its own copies, and the context it was given, with every list in it, stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { ContextDraft } from '../../src/engine/contextDraft';
import { canonicalJson } from '../../src/engine/hash';
import { applyEffects, enterNode, tick } from '../../src/engine/rules';
import { miniEngine } from './helpers';

const engine = miniEngine();
const fresh = () => engine.start({ seed: 3 }).context;

describe('a context draft', () => {
  it('returns the context it was given when nothing changed', () => {
    const ctx = fresh();
    expect(new ContextDraft(ctx).done()).toBe(ctx);
    // A tick with nothing due and rules with nothing to do change nothing either.
    expect(tick(engine.index, ctx)).toBe(ctx);
  });

  it('leaves the given context and its lists untouched, however many entries it adds', () => {
    const ctx = fresh();
    const before = canonicalJson(ctx);
    const log = ctx.log;
    const draft = new ContextDraft(ctx);
    for (let i = 0; i < 5; i++) draft.append('log', { kind: 'mark', at: i, decision: ctx.current, note: `n${i}` });
    draft.append('firedRules', 'first');
    draft.set('clock', ctx.clock + 60);
    const next = draft.done();
    expect(canonicalJson(ctx)).toBe(before);
    expect(ctx.log).toBe(log);
    expect(next.log).toHaveLength(log.length + 5);
    expect(next.log.slice(0, log.length)).toEqual(log);
    expect(next.firedRules).toEqual(['first']);
    expect(ctx.firedRules).toBeUndefined();
    expect(next.clock).toBe(ctx.clock + 60);
  });

  it('copies a list that was set on it before adding to it', () => {
    const ctx = fresh();
    const shared: string[] = ['a'];
    const draft = new ContextDraft(ctx);
    draft.set('consideredEvents', shared);
    draft.append('consideredEvents', 'b');
    expect(shared).toEqual(['a']);
    expect(draft.done().consideredEvents).toEqual(['a', 'b']);
  });

  it('no rule changes what it is given: effects, entering a decision, the clock', () => {
    const ctx = fresh();
    const before = canonicalJson(ctx);
    const moved = applyEffects(engine.index, ctx, { tracks: { [engine.scenario.tracks[0].id]: 1 }, advance: 600 });
    enterNode(engine.index, moved, ctx.current);
    tick(engine.index, { ...ctx, clock: ctx.clock + 24 * 60 });
    expect(canonicalJson(ctx)).toBe(before);
    expect(moved).not.toBe(ctx);
  });
});

describe('random play without the paper-path check (as the engine benchmark times it)', () => {
  it('plays the very same game, only without looking for contradicted papers', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const checked = playRandomGame(engine, seed);
      const plain = playRandomGame(engine, seed, { checkPapers: false });
      expect(canonicalJson(plain.final.context)).toBe(canonicalJson(checked.final.context));
      expect(plain.contradictions).toEqual([]);
    }
  });
});
