// @vitest-environment happy-dom
/**
 * What a class's projector says back to the room (#15 item 4): the running vote total against the
 * class, the debate timer's caption and sound at 0:00, the recap after a decision, and the moments
 * of their own (the other side's answer, the ending), each waiting for the facilitator.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { historicalPackage } from '../../src/engine/posture';
import type { Stage } from '../../src/game/stage';
import { createBoardFeed } from '../../src/session/boardFeed';
import { defaultSettings } from '../../src/session/settings';
import { memoryStore } from '../../src/session/storage';
import { facilitatorState, followDecision, tickClocks, votePanel } from '../../src/ui/facilitator/panel';
import { debateCaption, recap, TIME_UP_CAPTION, voteTotal } from '../../src/ui/facilitator/roomWords';
import { stopwatch } from '../../src/ui/facilitator/timers';
import { PlayDesk } from '../../src/ui/play/playDesk';
import { scenarioInUse } from '../../src/ui/scenarioInUse';
import { Drafts } from '../../src/ui/store/drafts';
import { loadFixture } from '../engine/helpers';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the vote total', () => {
  it('counts every head against the class size', () => {
    expect(voteTotal({ a: 14, b: 4 }, 25)).toBe('18 of 25 voted');
    expect(voteTotal({}, 25)).toBe('0 of 25 voted');
  });

  it('counts without a class size when none was given, and says so when hands outnumber the class', () => {
    expect(voteTotal({ a: 3, b: 2 }, 0)).toBe('5 voted');
    expect(voteTotal({ a: 20, b: 9 }, 25)).toBe('29 votes for a class of 25: count again');
  });

  it('follows the counts typed into the vote panel', () => {
    const scenario = loadFixture('mini');
    const inUse = scenarioInUse(scenario, memoryStore(), false);
    inUse.session.newGame({ seed: 3 });
    const decision = inUse.session.view().decision;
    if (decision?.kind !== 'choice') throw new Error('the mini scenario opens on a choice');
    const host = document.createElement('div');
    const drafts = new Drafts(memoryStore(), scenario.meta.id);
    const handlers = {
      decide: () => null,
      mark: () => null,
      release: () => null,
      hold: () => null,
      undo: () => null,
      view: () => inUse.session.facilitatorView(),
    };
    votePanel(host, decision, drafts, handlers, 25);
    expect(host.querySelector('.vote__total')?.textContent).toBe('0 of 25 voted');
    const input = host.querySelector<HTMLInputElement>(`#vote-${decision.options[0].id}`) as HTMLInputElement;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('.vote__more')?.click();
    expect(host.querySelector('.vote__total')?.textContent).toBe('13 of 25 voted');
  });
});

describe('the debate timer at 0:00', () => {
  it('has no caption while there is time, and says to take the vote from 0:00 on', () => {
    expect(debateCaption(1000)).toBeNull();
    expect(debateCaption(0)).toBe(TIME_UP_CAPTION);
    expect(debateCaption(-61_000)).toBe('Time: take the vote');
  });

  it('shows the caption and sounds once when the running debate reaches 0:00, and again for the next decision', () => {
    let now = 0;
    const timeUp = vi.fn();
    const state = facilitatorState(2, timeUp);
    state.debate = stopwatch(() => now);
    followDecision(state, 'first');
    state.debate.start();
    now = 119_000;
    tickClocks(state);
    expect(state.host.querySelector('[role="timer"]')?.textContent).toBe('0:01');
    expect(state.host.querySelector('.facilitator__caption')?.textContent).toBe('');
    expect(timeUp).not.toHaveBeenCalled();
    now = 120_000;
    tickClocks(state);
    expect(state.host.querySelector('[role="timer"]')?.textContent).toBe('0:00');
    expect(state.host.querySelector('.facilitator__caption')?.textContent).toBe('Time: take the vote');
    now = 125_000;
    tickClocks(state);
    expect(timeUp).toHaveBeenCalledTimes(1);
    expect(state.host.querySelector('.facilitator__caption')?.textContent).toBe('Time: take the vote');
    // The next decision starts the debate from full: no caption, and its own 0:00 sounds again.
    followDecision(state, 'second');
    expect(state.host.querySelector('.facilitator__caption')?.textContent).toBe('');
    state.debate.start();
    now += 120_000;
    tickClocks(state);
    expect(timeUp).toHaveBeenCalledTimes(2);
  });
});

function fakeStage(): Stage {
  return {
    showTitle: () => {},
    showBoard: () => {},
    show: () => {},
    wanted: () => 'title',
    attach: () => {},
    usePacer: () => {},
  } as unknown as Stage;
}

/** A class of 25 on the mini scenario, on the page, with the sounds it plays recorded. */
function classOnPage() {
  const root = document.createElement('div');
  document.body.append(root);
  const inUse = scenarioInUse(loadFixture('mini'), memoryStore(), false);
  const played: string[] = [];
  const sound = {
    play: (cue: string) => played.push(cue),
    startRoomTone() {},
    stopRoomTone() {},
    setVolume() {},
    setMuted() {},
    unlock() {},
    dispose() {},
  };
  const desk = new PlayDesk(inUse, {
    show: (...children) => root.replaceChildren(...children),
    stage: fakeStage(),
    sound,
    feed: createBoardFeed(),
    settings: () => defaultSettings(),
    store: memoryStore(),
    go: { title() {}, setup() {}, review() {}, settings() {} },
  });
  desk.begin(3, { debateMinutes: 3, teams: false, classSize: 25, roster: [] });
  const press = (text: RegExp) => {
    const button = [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
    if (!button) throw new Error(`no button ${text} on: ${root.textContent}`);
    button.click();
  };
  return { root, inUse, desk, played, press };
}

describe('the recap after a decision', () => {
  it('says what the room decided with its heads against the class, and what moved, from the consequence note', () => {
    const { root, inUse, press } = classOnPage();
    press(/^To the table/);
    const decision = inUse.session.view().decision;
    if (decision?.kind !== 'choice') throw new Error('the mini scenario opens on a choice');
    const [first, second] = decision.options;
    expect(
      inUse.session.send({
        type: 'player.choose',
        side: 'north',
        option: first.id,
        vote: { counts: { [first.id]: 14, [second.id]: 9 } },
      }).ok,
    ).toBe(true);
    const note = inUse.session.view().notes.find((n) => n.decision === decision.id);
    if (!note) throw new Error('the decision has its consequence note');
    const card = root.querySelector('[data-recap]');
    expect(card?.getAttribute('data-recap')).toBe(decision.id);
    expect(card?.querySelector('.moment__decided')?.textContent).toBe(`Decided: ${first.label} (14 of 25)`);
    const moved = note.changes.map((c) => `${c.label} ${c.delta > 0 ? '+' : '−'}${Math.abs(c.delta)}`).join(', ');
    expect(note.changes.length).toBeGreaterThan(0);
    expect(card?.querySelector('.moment__moved')?.textContent).toBe(`The state of play moved: ${moved}.`);
    // Nothing of the next decision shows until the facilitator goes on.
    expect(root.querySelector('.decision, .interlude')).toBeNull();
    press(/^Go on$/);
    expect(root.querySelector('[data-recap]')).toBeNull();
  });

  it('names an override with the heads that backed the option taken, and the reason', () => {
    const words = recap(
      {
        decision: 'd',
        title: 'T',
        side: 'us',
        sideName: 'Washington',
        by: 'human',
        at: 0,
        done: ['Blockade'],
        changes: [],
      },
      { option: 'blockade', vote: { counts: { blockade: 6, strike: 16 }, override: 'To show the hard line' } },
      25,
    );
    expect(words.decided).toBe('Decided: Blockade (overridden: 6 of 25 voted for it)');
    expect(words.override).toBe('The facilitator’s reason: To show the hard line');
    expect(words.moved).toBe('The state of play did not move.');
  });

  it('plays the gavel when the debate runs out, through the desk’s sound', () => {
    const { desk, played } = classOnPage();
    const state = (desk.classroom as unknown as { classroom: { facilitator: ReturnType<typeof facilitatorState> } })
      .classroom.facilitator;
    let now = 0;
    state.debate = stopwatch(() => now);
    state.debate.start();
    now = 3 * 60_000;
    tickClocks(state);
    expect(played).toContain('gavel');
  });
});

describe('the other side’s answer and the ending, as moments of their own', () => {
  it('shows each on a full-screen card of its own, then goes on to the ending’s full account', () => {
    const { root, inUse } = classOnPage();
    let answered = false;
    let ended = false;
    for (let step = 0; step < 40 && !root.querySelector('[data-ending]'); step++) {
      const answer = root.querySelector('[data-answer]');
      if (answer) {
        answered = true;
        expect(answer.classList.contains('moment--full')).toBe(true);
        expect(answer.querySelector('.moment__gist')?.textContent).toMatch(/ answered: .+\.$/);
        expect(answer.querySelector('.model-paper')).not.toBeNull();
      }
      const ending = root.querySelector('[data-ending-moment]');
      if (ending) {
        ended = true;
        expect(ending.querySelector('.outcome__label')?.textContent).toMatch(/ENDING/);
        expect(ending.querySelector('.screen-heading')?.textContent).toBe(inUse.session.view().ending?.title);
      }
      const next = [...root.querySelectorAll<HTMLButtonElement>('.moment__next, .interlude .button--primary')][0];
      if (next) {
        next.click();
        continue;
      }
      const decision = inUse.session.view().decision;
      if (decision?.kind === 'reply') {
        expect(inUse.session.sendReply(historicalPackage(inUse.scenario)).ok).toBe(true);
        continue;
      }
      if (decision?.kind !== 'choice') throw new Error(`unexpected ${decision?.kind}`);
      inUse.session.send({
        type: 'player.choose',
        side: decision.side,
        option: decision.options[0].id,
        vote: { counts: { [decision.options[0].id]: 20 } },
      });
    }
    expect(root.querySelector('[data-ending]')).not.toBeNull();
    expect(answered).toBe(true);
    expect(ended).toBe(true);
  });
});
