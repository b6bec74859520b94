/**
 * The per-seat projection as a property: in random games (people and the model playing, a
 * facilitator holding and releasing papers at random), at every step and for every seat, the JSON
 * of the seat's view holds nothing the seat may not know. Searched as text, so a secret that rides
 * in a field nobody thought of (a log entry's track values, a facilitator's hold) is found too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { legalCommand } from '../../src/engine/analysis/randomPlay';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import { seedState } from '../../src/engine/rng';
import type { GameCommand } from '../../src/engine/state';
import { mayRead, toView, type Viewer } from '../../src/engine/view';
import { miniEngine } from './helpers';

const seeds = fc.integer({ min: -2_000_000_000, max: 2_000_000_000 });
const moves = fc.array(fc.tuple(fc.constantFrom('hold', 'release', 'play', 'play', 'play'), fc.nat()), {
  maxLength: 40,
});

function bundledEngine(): Engine {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return createEngine(loaded.value.scenario);
}

/** Every snapshot of a game where play and a facilitator's holds and releases interleave at random. */
function trail(engine: Engine, seed: number, plan: [string, number][], humanSides: string[]): GameSnapshot[] {
  const scheduled = engine.scenario.documents.filter((d) => d.deliver).map((d) => d.id);
  const controllers = Object.fromEntries(
    engine.scenario.sides.map((s) => [s.id, humanSides.includes(s.id) ? 'human' : 'model'] as const),
  );
  let s = engine.start({ seed, controllers });
  const out = [s];
  let chooser = seedState(seed + 7);
  for (const [move, pick] of plan) {
    if (s.status === 'done') break;
    let command: GameCommand | null;
    if (move === 'play') {
      const next = legalCommand(engine, s, chooser);
      chooser = next.chooser;
      command = next.command;
    } else {
      command = { type: `facilitator.${move}` as 'facilitator.hold', document: scheduled[pick % scheduled.length] };
    }
    if (!command) break;
    const r = engine.step(s, command);
    if (!r.ok) continue;
    s = r.snapshot;
    out.push(s);
  }
  return out;
}

function seats(engine: Engine): Viewer[] {
  return [...engine.scenario.sides.map((s) => ({ side: s.id })), ...engine.scenario.roles.map((r) => ({ role: r.id }))];
}

const sideOf = (engine: Engine, viewer: Viewer) =>
  'side' in viewer
    ? viewer.side
    : 'role' in viewer
      ? engine.scenario.roles.find((r) => r.id === viewer.role)?.side
      : null;

/** Ids of things every seat may name: open tracks, sides, roles, decisions, options, items, endings, public events. */
function publicIds(engine: Engine): Set<string> {
  const { scenario } = engine;
  return new Set([
    ...scenario.tracks.filter((t) => !t.hidden).map((t) => t.id),
    ...scenario.sides.map((s) => s.id),
    ...scenario.roles.map((r) => r.id),
    ...scenario.decisions.flatMap((d) => [d.id, ...(d.kind === 'choice' ? d.options.map((o) => o.id) : [])]),
    ...(scenario.replyBuilder?.items ?? []).map((i) => i.id),
    ...scenario.endings.map((e) => e.id),
    ...(scenario.events ?? []).filter((e) => !e.audience).map((e) => e.id),
  ]);
}

/** What a seat may not know at this point, each with a name for the failure message. */
function secrets(engine: Engine, s: GameSnapshot, viewer: Viewer): { what: string; text: string }[] {
  const out: { what: string; text: string }[] = [];
  const ended = s.status === 'done';
  if (!ended) {
    for (const t of engine.scenario.tracks.filter((x) => x.hidden)) {
      out.push({ what: `hidden track id ${t.id}`, text: JSON.stringify(t.id) });
      out.push({ what: `hidden track label ${t.id}`, text: JSON.stringify(t.label) });
    }
  }
  for (const doc of engine.scenario.documents) {
    if (mayRead(engine.index, doc, viewer)) continue;
    // An id shared with something public (a paper called after the track it is about) is no clue.
    if (!publicIds(engine).has(doc.id)) out.push({ what: `id of unreadable ${doc.id}`, text: JSON.stringify(doc.id) });
    out.push({ what: `title of unreadable ${doc.id}`, text: JSON.stringify(doc.title) });
    const body = doc.body.trim().slice(0, 60);
    if (body.length >= 20) out.push({ what: `body of unreadable ${doc.id}`, text: JSON.stringify(body).slice(1, -1) });
  }
  const side = sideOf(engine, viewer);
  for (const event of engine.scenario.events ?? []) {
    if (!event.audience || (side && event.audience.sides.includes(side))) continue;
    out.push({ what: `id of secret event ${event.id}`, text: JSON.stringify(event.id) });
    out.push({ what: `title of secret event ${event.id}`, text: JSON.stringify(event.title) });
  }
  return out;
}

function checkGame(engine: Engine, snapshots: GameSnapshot[]): void {
  for (const s of snapshots) {
    for (const viewer of seats(engine)) {
      const view = toView(engine, s, viewer);
      const json = JSON.stringify(view);
      for (const secret of secrets(engine, s, viewer)) {
        if (json.includes(secret.text)) throw new Error(`${JSON.stringify(viewer)} sees the ${secret.what}`);
      }
      // The facilitator's own entries and the engine's branching never reach a seat.
      for (const kind of ['hold', 'mark', 'route']) expect(json).not.toContain(`"kind":"${kind}"`);
      if (s.status !== 'done') expect(view.seed).toBeNull();
      // The other side's decision in hand: neither its options, its advisers nor its prompt.
      const side = sideOf(engine, viewer);
      if (view.decision && view.decision.side !== side) {
        expect(view.decision).toMatchObject({ options: [], advisers: [], prompt: '' });
      }
      // The other side's people's choices are not announced before the end.
      if (s.status !== 'done') {
        for (const e of view.log) {
          if (e.kind === 'choice' || e.kind === 'reply') expect(e.side === side || e.by === 'model').toBe(true);
        }
      }
    }
  }
}

// Many views per game: the time allowed is generous for a loaded machine (it asserts no speed).
describe('no seat sees what it may not know', () => {
  const mini = miniEngine();

  it('in random games of the test scenario, against the model and between two teams', () => {
    fc.assert(
      fc.property(seeds, moves, fc.boolean(), (seed, plan, twoTeams) => {
        checkGame(mini, trail(mini, seed, plan, twoTeams ? ['north', 'south'] : ['north']));
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('in random games of Black Saturday', () => {
    const engine = bundledEngine();
    const people = engine.scenario.meta.playerSide;
    const all = engine.scenario.sides.map((s) => s.id);
    fc.assert(
      fc.property(seeds, moves, fc.boolean(), (seed, plan, twoTeams) => {
        checkGame(engine, trail(engine, seed, plan, twoTeams ? all : [people]));
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('the review sees it all: the hidden track, every paper and the facilitator’s entries', () => {
    const s = mini.replay({ seed: 2 }, [
      { type: 'facilitator.hold', document: 'governor-orders' },
      { type: 'facilitator.mark', note: 'They talk first.' },
      { type: 'player.choose', side: 'north', option: 'talk' },
      { type: 'facilitator.release', document: 'governor-orders' },
    ]);
    const json = JSON.stringify(toView(mini, s, { review: true }));
    for (const text of ['"hidden-guns"', '"governor-orders"', '"kind":"hold"', '"kind":"mark"', '"guns-moved"']) {
      expect(json).toContain(text);
    }
  });
});
