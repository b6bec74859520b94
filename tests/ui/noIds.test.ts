// @vitest-environment happy-dom
/**
 * No internal id anywhere a student or a class looks (issue #15): the review (on screen and as
 * Markdown), the class handout and the students' packets are rendered after real games and scanned
 * for the scenario's ids. An id counts when the scenario's own prose never uses it as a word ("air-
 * strike" is a word of the record too; "private-jupiter-assurance" is only an id).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { pathOf } from '../../src/engine/analysis/mapModel';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { createEngine, type GameSnapshot } from '../../src/engine/game';
import { buildReview } from '../../src/engine/review';
import { reviewMarkdown } from '../../src/engine/reviewMarkdown';
import type { Scenario } from '../../src/engine/schema/scenario';
import { buildReviewModel } from '../../src/session/reviewModel';
import { packetsScreen } from '../../src/ui/classroom/packetPages';
import { classHandoutScreen } from '../../src/ui/review/classHandout';
import { reviewScreen } from '../../src/ui/review/reviewScreen';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;
const engine = createEngine(scenario);

/** Every `id` in the scenario that its prose (any text with a space in it) never uses as a word. */
function idsOnly(s: Scenario): string[] {
  const ids = new Set<string>();
  const prose: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.includes(' ')) prose.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === 'id' && typeof v === 'string') ids.add(v);
        walk(v);
      }
  };
  walk(s);
  const text = prose.join('\n');
  return [...ids].filter((id) => !wordIn(id, text));
}

const escapeRegExp = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (id: string, text: string) => new RegExp(`(^|[^\\w-])${escapeRegExp(id)}([^\\w-]|$)`).test(text);

const IDS = idsOnly(scenario);
/** The ids a text shows, with a little of what surrounds the first, to say where. */
function leaks(text: string): string[] {
  return IDS.filter((id) => wordIn(id, text)).map((id) => {
    const at = text.search(new RegExp(`(^|[^\\w-])${escapeRegExp(id)}`));
    return `${id}: …${text.slice(Math.max(0, at - 60), at + id.length + 20)}…`;
  });
}

/** History, with a room that votes 16–6 against the record at the first decision and is overridden. */
function classGame(): GameSnapshot {
  let voted = false;
  return playStrategy(engine, { seed: 1962 }, (e, s) => {
    const command = historicalStrategy(e, s);
    const d = e.index.decisions.get(s.context.current);
    if (voted || !('type' in command) || command.type !== 'player.choose' || d?.kind !== 'choice') return command;
    voted = true;
    const other = d.options.find((o) => o.id !== command.option)?.id as string;
    return { ...command, vote: { counts: { [other]: 16, [command.option]: 6 }, override: 'Keep to the record.' } };
  }).snapshot;
}

const handlers = () => ({ back: vi.fn(), newGame: vi.fn(), whatIf: vi.fn() });
const games = (): [string, GameSnapshot][] => [
  ['a class game with an override', classGame()],
  ...[3, 8, 21].map((seed): [string, GameSnapshot] => [`random game ${seed}`, playRandomGame(engine, seed).final]),
];

afterEach(() => document.body.replaceChildren());

describe('no internal ids where students look', { timeout: 120_000 }, () => {
  it('finds the ids to look for, and the word-like ones are left out', () => {
    expect(IDS).toContain('private-jupiter-assurance');
    expect(IDS).not.toContain('air-strike');
    expect(leaks('The package: private-jupiter-assurance.')).toHaveLength(1);
    expect(leaks('an air-strike plan')).toEqual([]);
  });

  it('the review, its Markdown and the class handout show labels, never ids', () => {
    for (const [name, snapshot] of games()) {
      const model = buildReviewModel(engine, snapshot, [pathOf(snapshot)]);
      const screen = reviewScreen(model, handlers());
      document.body.replaceChildren(screen);
      expect(leaks(screen.textContent ?? ''), `${name}: review`).toEqual([]);
      const review = buildReview(engine, snapshot);
      expect(leaks(reviewMarkdown(review)), `${name}: Markdown`).toEqual([]);
      const handout = classHandoutScreen(model, { back: vi.fn() });
      document.body.replaceChildren(handout);
      expect(leaks(handout.textContent ?? ''), `${name}: handout`).toEqual([]);
    }
  });

  it('the students’ packets and the guide show labels, never ids', () => {
    const screen = packetsScreen(scenario, { back: vi.fn() }, { engine, lesson: 'one-period', classSize: 35 });
    document.body.replaceChildren(screen);
    (screen.querySelector('#class-teams') as HTMLSelectElement).value = 'two';
    screen.querySelector('#class-teams')?.dispatchEvent(new Event('change'));
    expect(screen.querySelectorAll('.packet').length).toBe(35);
    expect(leaks(screen.textContent ?? '')).toEqual([]);
  });
});
