// @vitest-environment happy-dom
/**
 * The desk's drafts (vote counts, the reply being built, the tools' state) and the two lit-html
 * pieces drawn from them, on the real Black Saturday scenario: what a facilitator typed survives
 * a release, a hold, a redraw of the desk and a reload.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { createEngine } from '../../src/engine/game';
import { assessPackage, historicalPackage } from '../../src/engine/posture';
import { packageProblem } from '../../src/engine/rules';
import type { DecisionView } from '../../src/engine/view';
import { GameSession } from '../../src/session/session';
import { type KeyValueStore, memoryStore } from '../../src/session/storage';
import { facilitatorHandlers } from '../../src/ui/classroom/classroomSession';
import {
  clocksBar,
  facilitatorState,
  followDecision,
  toggleClock,
  toolsPanel,
  votePanel,
} from '../../src/ui/facilitator/panel';
import { replyBuilder } from '../../src/ui/play/reply';
import { Drafts, heads } from '../../src/ui/store/drafts';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const engine = createEngine(loaded.value.scenario);
const SCENARIO = engine.scenario.meta.id;

function game(store: KeyValueStore = memoryStore()) {
  const session = new GameSession(engine, store);
  session.newGame({ seed: 1962 });
  return session;
}

/** Takes each choice's second option (a path that reaches the evening's reply with seed 1962). */
function toReply(session: GameSession): DecisionView {
  for (let i = 0; i < 20; i++) {
    const d = session.view().decision;
    if (!d) break;
    if (d.kind === 'reply') return d;
    expect(session.choose((d.options[1] ?? d.options[0]).id).ok).toBe(true);
  }
  throw new Error('no reply decision reached');
}

const typeInto = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the drafts store', () => {
  it('keeps each decision’s draft apart and reads it back after a reload', () => {
    const store = memoryStore();
    const drafts = new Drafts(store, SCENARIO);
    drafts.update('a', (d) => {
      d.votes.hold = 7;
      d.reply = ['x'];
    });
    drafts.update('b', (d) => {
      d.override.note = 'why';
    });
    drafts.setTools({ toolsOpen: true, status: { text: 'Released to the room.', ok: true } });
    const reloaded = new Drafts(store, SCENARIO);
    expect(reloaded.decision('a')).toMatchObject({ votes: { hold: 7 }, reply: ['x'] });
    expect(reloaded.decision('b').override.note).toBe('why');
    expect(reloaded.toolsOpen).toBe(true);
    expect(reloaded.status?.text).toBe('Released to the room.');
    // Another scenario's desk is another desk.
    expect(new Drafts(store, 'other').decision('a').votes).toEqual({});
  });

  it('drops a decision’s draft once it is taken, and everything for a new game', () => {
    const store = memoryStore();
    const drafts = new Drafts(store, SCENARIO);
    drafts.update('a', (d) => {
      d.votes.x = 1;
    });
    drafts.update('b', (d) => {
      d.votes.y = 2;
    });
    drafts.taken('a');
    expect(new Drafts(store, SCENARIO).decision('a').votes).toEqual({});
    expect(new Drafts(store, SCENARIO).decision('b').votes).toEqual({ y: 2 });
    drafts.clear();
    expect(new Drafts(store, SCENARIO).decision('b').votes).toEqual({});
  });

  it('reads an unreadable or tampered draft as an empty one', () => {
    const store = memoryStore();
    store.set(`eyes-only:drafts:${SCENARIO}`, '{not json');
    expect(new Drafts(store, SCENARIO).decision('a').reply).toEqual([]);
    store.set(
      `eyes-only:drafts:${SCENARIO}`,
      JSON.stringify({ decisions: { a: { votes: { x: -3, y: 2.5, z: 4 }, reply: [1] } }, toolsOpen: 'yes' }),
    );
    const drafts = new Drafts(store, SCENARIO);
    expect(drafts.decision('a')).toMatchObject({ votes: { z: 4 }, reply: [] });
    expect(drafts.toolsOpen).toBe(false);
  });

  it('counts heads as whole, non-negative numbers', () => {
    expect([heads('3'), heads('2.7'), heads('-4'), heads('x')]).toEqual([3, 2, 0, 0]);
  });
});

describe('the vote panel and the tools, drawn from the drafts', () => {
  it('keeps the tools open when a pick redraws them before the toggle event has arrived', () => {
    // A loaded machine can deliver the <details> toggle event after the next change of the list;
    // the redraw must take the panel's open state from the page, not from a draft not yet told.
    const session = game();
    const handlers = facilitatorHandlers(() => session);
    const drafts = new Drafts(memoryStore(), SCENARIO);
    const host = document.createElement('div');
    document.body.append(host);
    toolsPanel(host, drafts, handlers);
    const details = host.querySelector('details');
    if (!details) throw new Error('no tools');
    // The summary clicked; the toggle event (queued as a task in a browser) has not arrived yet.
    host.addEventListener('toggle', (e) => e.stopImmediatePropagation(), { capture: true, once: true });
    details.open = true;
    expect(drafts.toolsOpen).toBe(false);
    const select = host.querySelector<HTMLSelectElement>('#inject-document');
    if (!select) throw new Error('no injects');
    select.value = handlers.view().injects[1].id;
    select.dispatchEvent(new Event('change'));
    expect(host.querySelector('details')?.open).toBe(true);
    expect(drafts.toolsOpen).toBe(true);
  });

  it('keeps the counts typed, the same input and its focus through a release and a hold', () => {
    const session = game();
    const handlers = facilitatorHandlers(() => session);
    const drafts = new Drafts(memoryStore(), SCENARIO);
    const decision = session.view().decision;
    if (decision?.kind !== 'choice') throw new Error('Black Saturday opens on a choice');
    const voteHost = document.createElement('div');
    const toolsHost = document.createElement('div');
    document.body.append(toolsHost, voteHost);
    const redraw = () => {
      // What the app does on any change of the game: draw both again into the same nodes.
      toolsPanel(toolsHost, drafts, handlers);
      const now = session.view().decision;
      if (now?.kind === 'choice') votePanel(voteHost, now, drafts, handlers);
    };
    session.subscribe(redraw);
    redraw();

    const first = decision.options[0].id;
    const input = voteHost.querySelector<HTMLInputElement>(`#vote-${first}`);
    if (!input) throw new Error('no count for the first option');
    typeInto(input, '13');
    voteHost.querySelector<HTMLButtonElement>('.vote__more')?.click();
    input.focus();

    const details = toolsHost.querySelector('details');
    if (!details) throw new Error('no tools');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    // The first paper that may be released now (one of a branch not taken cannot be), and another.
    const injects = handlers.view().injects;
    const early = injects.find((i) => i.refused === null);
    const later = injects.find((i) => i !== early);
    if (!early || !later) throw new Error('two injects are needed');
    const select = toolsHost.querySelector<HTMLSelectElement>('#inject-document');
    if (!select) throw new Error('no injects');
    select.value = later.id;
    select.dispatchEvent(new Event('change'));
    [...toolsHost.querySelectorAll('button')].find((b) => b.textContent === 'Hold back')?.click();
    select.value = early.id;
    select.dispatchEvent(new Event('change'));
    [...toolsHost.querySelectorAll('button')].find((b) => b.textContent === 'Release now')?.click();
    // It is due later: released only once the early release is confirmed.
    expect(session.snapshot.context.delivered.some((d) => d.id === early.id)).toBe(false);
    [...toolsHost.querySelectorAll('button')].find((b) => b.textContent === 'Release it early')?.click();

    expect(session.snapshot.context.delivered.some((d) => d.id === early.id)).toBe(true);
    expect(session.snapshot.context.held).toContain(later.id);
    // The same node, still in the page, still holding the count and the focus.
    expect(voteHost.querySelector(`#vote-${first}`)).toBe(input);
    expect(input.isConnected).toBe(true);
    expect(input.value).toBe('14');
    expect(document.activeElement).toBe(input);
    // The tools stayed open, and the status line on screen says what was done.
    expect(toolsHost.querySelector('details')?.open).toBe(true);
    const status = toolsHost.querySelector('[role="status"]');
    expect(status?.isConnected).toBe(true);
    expect(status?.textContent).toBe('Released to the room.');
    expect(toolsHost.querySelector(`option[value="${later.id}"]`)?.textContent).toContain('(held back)');
    expect(toolsHost.querySelector(`option[value="${early.id}"]`)).toBeNull();

    // Drawn afresh into a new node (a reload, a visit to the review), the count is still there.
    const fresh = document.createElement('div');
    votePanel(fresh, decision, new Drafts(drafts['store' as never], SCENARIO), handlers);
    expect(fresh.querySelector<HTMLInputElement>(`#vote-${first}`)?.value).toBe('14');
  });

  it('decides by the vote from the drafted counts, and then the decision’s draft is gone', () => {
    const session = game();
    const handlers = facilitatorHandlers(() => session);
    const drafts = new Drafts(memoryStore(), SCENARIO);
    const decision = session.view().decision;
    if (decision?.kind !== 'choice') throw new Error('Black Saturday opens on a choice');
    session.subscribe((_, change) => {
      for (const e of change.entries) if (e.kind === 'choice') drafts.taken(e.decision);
    });
    const host = document.createElement('div');
    votePanel(host, decision, drafts, handlers);
    const second = decision.options[1].id;
    typeInto(host.querySelector<HTMLInputElement>(`#vote-${second}`) as HTMLInputElement, '9');
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Decide by the vote')?.click();
    const entry = session.snapshot.context.log.find((e) => e.kind === 'choice');
    expect(entry).toMatchObject({ decision: decision.id, option: second, vote: { counts: { [second]: 9 } } });
    expect(drafts.decision(decision.id).votes).toEqual({});
  });

  it('starts the clocks’ tick from the buttons, never from drawing the desk again', () => {
    const every = vi.spyOn(globalThis, 'setInterval');
    const state = facilitatorState(4);
    followDecision(state, 'first');
    for (let i = 0; i < 5; i++) clocksBar(state);
    expect(every).not.toHaveBeenCalled();
    toggleClock(state, 'debate');
    for (let i = 0; i < 5; i++) clocksBar(state);
    expect(every).toHaveBeenCalledTimes(1);
    expect(state.host.querySelectorAll('button')[1]?.textContent).toBe('Pause the debate');
    toggleClock(state, 'debate');
    expect(state.tick).toBeNull();
    expect(state.host.querySelectorAll('button')[1]?.textContent).toBe('Resume the debate');
    if (state.tick) clearInterval(state.tick);
  });
});

describe('the reply builder, drawn from the drafts', () => {
  it('keeps a half-built package through a redraw and a reload, and the gauge follows it', () => {
    const store = memoryStore();
    const session = game(store);
    const decision = toReply(session);
    const drafts = new Drafts(store, SCENARIO);
    const handlers = {
      assess: (items: string[]) => assessPackage(engine.scenario, items),
      problem: (items: string[]) => packageProblem(engine.index, session.snapshot.context, items),
      send: vi.fn(),
      speaking: () => {},
      labelOf: (id: string) => engine.index.items.get(id)?.label ?? id,
      // With Historian's hints on, the gauge also compares the package with what was sent.
      hints: true,
    };
    const host = document.createElement('div');
    document.body.append(host);
    replyBuilder(host, decision, drafts, handlers);
    const builder = decision.replyBuilder;
    if (!builder) throw new Error('no builder');
    const oneGroup = builder.groups.find((g) => g.pick === 'one');
    const anyGroup = builder.groups.find((g) => g.pick !== 'one');
    if (!oneGroup || !anyGroup) throw new Error('the builder has both kinds of group');
    const [a, b] = builder.items.filter((i) => i.group === oneGroup.id);
    const extra = builder.items.find((i) => i.group === anyGroup.id);
    if (!a || !b || !extra) throw new Error('items to pick');
    const click = (id: string) => host.querySelector<HTMLInputElement>(`#item-${id}`)?.click();
    click(a.id);
    click(b.id);
    click(extra.id);
    // One of a "choose one" group: the second replaces the first.
    expect(drafts.decision(decision.id).reply).toEqual([b.id, extra.id]);
    const box = host.querySelector<HTMLInputElement>(`#item-${extra.id}`);
    box?.focus();
    const gauge = host.querySelector('.posture')?.textContent;

    // Another change of the game draws the builder again: same nodes, same ticks, same focus.
    replyBuilder(host, decision, drafts, handlers);
    expect(host.querySelector(`#item-${extra.id}`)).toBe(box);
    expect(box?.checked).toBe(true);
    expect(host.querySelector<HTMLInputElement>(`#item-${a.id}`)?.checked).toBe(false);
    expect(host.querySelector<HTMLInputElement>(`#item-${b.id}`)?.checked).toBe(true);
    expect(document.activeElement).toBe(box);
    expect(host.querySelector('.posture')?.textContent).toBe(gauge);

    // A reload: a new store reader, a new node.
    const fresh = document.createElement('div');
    replyBuilder(fresh, decision, new Drafts(store, SCENARIO), handlers);
    expect(fresh.querySelector<HTMLInputElement>(`#item-${b.id}`)?.checked).toBe(true);
    expect(fresh.querySelector<HTMLInputElement>(`#item-${extra.id}`)?.checked).toBe(true);

    // Unticked, an item leaves the package and the send goes with what is drafted.
    click(extra.id);
    expect(drafts.decision(decision.id).reply).toEqual([b.id]);
    const submit = () => host.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    // Half a package is not a reply: the builder says why and sends nothing.
    expect(handlers.problem([b.id])).not.toBeNull();
    submit();
    expect(handlers.send).not.toHaveBeenCalled();
    expect(host.querySelector('#reply-problem')?.textContent).toMatch(/^Not ready to send: /);
    // Built up to what the ExComm sent, the package goes as drafted.
    const historical = historicalPackage(engine.scenario);
    for (const item of historical) {
      const input = host.querySelector<HTMLInputElement>(`#item-${item}`);
      if (input && !input.checked) input.click();
    }
    for (const item of drafts.decision(decision.id).reply) {
      if (!historical.includes(item)) host.querySelector<HTMLInputElement>(`#item-${item}`)?.click();
    }
    expect(host.querySelector('#reply-problem')?.textContent).toBe('Ready to send.');
    expect(host.querySelector('[data-same]')?.getAttribute('data-same')).toBe('true');
    submit();
    expect(handlers.send).toHaveBeenCalledWith(expect.arrayContaining(historical));
    expect(handlers.send.mock.calls[0][0]).toHaveLength(historical.length);
  });

  it('writes scenario text as text, never as markup', () => {
    const session = game();
    const decision = toReply(session);
    const hostile = { ...decision, title: '<img src=x onerror=alert(1)>', prompt: '<b>bold</b>' };
    const host = document.createElement('div');
    replyBuilder(host, hostile, new Drafts(memoryStore(), SCENARIO), {
      assess: (items) => assessPackage(engine.scenario, items),
      problem: () => null,
      send: () => {},
      speaking: () => {},
      labelOf: (id) => id,
    });
    expect(host.querySelector('img, b')).toBeNull();
    expect(host.querySelector('#decision-heading')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(host.querySelector('.decision__prompt')?.textContent).toBe('<b>bold</b>');
  });
});
