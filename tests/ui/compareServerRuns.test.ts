// @vitest-environment happy-dom
/**
 * Compare classes with the classroom server (#16): on a page the server served, the sessions this
 * browser created (their facilitator keys kept in localStorage) are offered; one added comes from the
 * server with its key and is compared as a file is; a refused one is named with the server's reason.
 * On a page from anywhere else nothing is offered and nothing is asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createSave } from '../../src/engine/save';
import { SERVER_MARK } from '../../src/net/probe';
import { SAVE_PATH } from '../../src/net/protocol';
import { GameSession } from '../../src/session/session';
import { memoryStore } from '../../src/session/storage';
import { compareScreen } from '../../src/ui/review/compareScreen';
import { miniEngine } from '../engine/helpers';

const engine = miniEngine();
const save = (seed: number) => createSave(engine, playRandomGame(engine, seed).final, true);
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const KEYS = { ACDEFG: 'a'.repeat(32), HJKMNP: 'b'.repeat(32), QRTUVW: 'c'.repeat(32) };
const REFUSAL =
  "Session QRTUVW: this browser's facilitator key is not the one that session was created with, so its game cannot be fetched.";

function serve(): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const { code, secret } = JSON.parse(String(init.body));
      asked.push(`${url} ${code}`);
      if (code === 'QRTUVW') return new Response(JSON.stringify({ type: 'refused', reason: REFUSAL }), { status: 403 });
      expect(secret).toBe(KEYS[code as keyof typeof KEYS]);
      const body = {
        type: 'save',
        code,
        scenario: engine.scenario.meta.id,
        createdAt: 0,
        ended: true,
        save: save(code === 'ACDEFG' ? 3 : 4),
      };
      return new Response(JSON.stringify(body), { status: 200 });
    }),
  );
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.head.querySelector(`meta[name="${SERVER_MARK}"]`)?.remove();
});

describe('Compare classes with the classroom server', () => {
  it('offers the sessions this browser created there, and compares one added as it compares a file', async () => {
    const marker = document.createElement('meta');
    marker.name = SERVER_MARK;
    marker.content = 'classroom';
    document.head.append(marker);
    for (const [code, secret] of Object.entries(KEYS)) localStorage.setItem(`eyes-only:net:secret:${code}`, secret);
    localStorage.setItem('eyes-only:net:seat:ZZZZZZ', 'not a facilitator key');
    const asked = serve();
    const root = compareScreen(new GameSession(engine, memoryStore()), { back: () => {} });
    document.body.replaceChildren(root);
    await settle();
    const offered = () =>
      [...root.querySelectorAll('.compare__sessions li')].map((li) => li.getAttribute('data-session'));
    expect(offered()).toEqual(['ACDEFG', 'HJKMNP', 'QRTUVW']);
    expect(asked).toEqual([]);

    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add session ACDEFG');
    button?.click();
    await settle();
    expect(asked).toEqual([`${SAVE_PATH} ACDEFG`]);
    expect([...root.querySelectorAll('.compare__runs li strong')].map((s) => s.textContent)).toEqual([
      'Session ACDEFG',
    ]);
    expect(offered()).toEqual(['HJKMNP', 'QRTUVW']);

    // All the rest: one compares, the other is refused by the server and named with its reason.
    [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Add all 2'))?.click();
    await settle();
    expect([...root.querySelectorAll('.compare__runs li strong')].map((s) => s.textContent)).toEqual([
      'Session ACDEFG',
      'Session HJKMNP',
    ]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(REFUSAL);
    const firstDecision = engine.scenario.decisions[0];
    const listed = [...root.querySelectorAll('.decision-map__list li')].find((li) =>
      li.textContent?.includes(firstDecision.title ?? firstDecision.id),
    );
    expect(listed?.textContent).toContain('2 of 2 runs');
  });

  it('offers nothing and asks nothing on a page the classroom server did not serve', async () => {
    localStorage.setItem('eyes-only:net:secret:ACDEFG', KEYS.ACDEFG);
    const asked = serve();
    const root = compareScreen(new GameSession(engine, memoryStore()), { back: () => {} });
    document.body.replaceChildren(root);
    await settle();
    expect(root.querySelector('.compare__server')).toBeNull();
    expect(asked).toEqual([]);
  });
});
