// @vitest-environment happy-dom
/**
 * The two windows together, without a browser: the projector's side (PresenterHost, over the game
 * session, the drafts and the class's clocks) and the facilitator's window, joined by a fake
 * BroadcastChannel. What is pressed in the facilitator's window goes through the desk's own
 * handlers; the projector's state comes back to it. Timers are fake; nothing waits for a clock.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { memoryStore } from '../../src/session/storage';
import { Classroom, facilitatorHandlers } from '../../src/ui/classroom/classroomSession';
import { toggleClock } from '../../src/ui/facilitator/panel';
import { PresenterHost } from '../../src/ui/facilitator/presenterHost';
import { mountPresenterWindow, voteOutcome } from '../../src/ui/facilitator/presenterWindow';
import { scenarioInUse } from '../../src/ui/scenarioInUse';
import { fakeChannels } from './fakeChannel';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;
const SESSION = '0123456789abcdef01234567';

/** Lets queued microtasks run (the host sends its state once a change has settled). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function twoWindows(withClass = true) {
  const inUse = scenarioInUse(scenario, memoryStore(), false);
  inUse.session.newGame({ seed: 1962 });
  const classroom = withClass ? new Classroom({ debateMinutes: 4, teams: false, classSize: 25, roster: [] }) : null;
  const channels = fakeChannels();
  const changed: boolean[] = [];
  const host = new PresenterHost(SESSION, {
    session: () => inUse.session,
    classroom: () => classroom,
    drafts: () => inUse.drafts,
    handlers: facilitatorHandlers(() => inUse.session),
    changed: (present) => changed.push(present),
    channel: channels.open,
  });
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountPresenterWindow(root, SESSION, { channel: channels.open });
  return { inUse, classroom, host, root, unmount, changed, channels };
}

const button = (root: ParentNode, name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const type = (input: HTMLInputElement | null, value: string) => {
  if (!input) throw new Error('no field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const status = (root: HTMLElement) => root.querySelector('.presenter > [role="status"]')?.textContent?.trim();

describe('the facilitator’s window with the projector window', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('shows the decision, the room’s vote and the injects the projector sends', async () => {
    const { root, changed, inUse } = twoWindows();
    await settle();
    expect(changed).toEqual([true]);
    const title = inUse.session.view().decision?.title ?? '';
    expect(root.querySelector('#presenter-decision')?.textContent).toBe(`At the table: ${title}`);
    expect(root.querySelectorAll('.presenter__vote .vote__count')).toHaveLength(
      inUse.session.facilitatorView().vote.open?.options.length ?? -1,
    );
    const injects = [...root.querySelectorAll('[data-inject]')].map((li) => li.getAttribute('data-inject'));
    expect(injects).toEqual(inUse.session.facilitatorView().injects.map((i) => i.id));
    // The evening letter's branch is not taken at 10 a.m.: no Release now for it.
    const letter = root.querySelector('[data-inject="kennedy-letter-27"]');
    expect(letter?.textContent).toContain('cannot be released');
    expect([...(letter?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim())).toEqual(['Hold back']);
  });

  it('counts typed there become the projector’s drafts, and the vote is decided through the desk’s handler', async () => {
    const { root, inUse } = twoWindows();
    await settle();
    const open = inUse.session.facilitatorView().vote.open;
    if (!open) throw new Error('no vote open');
    const [first, second] = open.options;
    const before = root.querySelector('#presenter-decision')?.textContent;
    button(root, 'Decide by the vote').click();
    expect(status(root)).toBe('No votes recorded yet.');
    type(root.querySelector<HTMLInputElement>(`#p-vote-${first.id}`), '9');
    type(root.querySelector<HTMLInputElement>(`#p-vote-${second.id}`), '9');
    expect(inUse.drafts.decision(open.decision).votes).toEqual({ [first.id]: 9, [second.id]: 9 });
    button(root, 'Decide by the vote').click();
    expect(status(root)).toBe('The vote is tied: decide by an override, with its reason.');
    button(root, `+1`).click();
    expect(inUse.drafts.decision(open.decision).votes[first.id]).toBe(10);
    button(root, 'Decide by the vote').click();
    await settle();
    const choice = inUse.session.snapshot.context.log.find((e) => e.kind === 'choice');
    expect(choice).toMatchObject({
      decision: open.decision,
      option: first.id,
      vote: { counts: { [first.id]: 10, [second.id]: 9 } },
    });
    expect(status(root)).toBe('Decided by the vote.');
    expect(root.querySelector('#presenter-decision')?.textContent).not.toBe(before);
    expect(root.querySelector('#presenter-decision')?.textContent).toBe(
      `At the table: ${inUse.session.view().decision?.title}`,
    );
  });

  it('asks before releasing a paper early, saying how early, and releases it on the second press', async () => {
    const { root, inUse } = twoWindows();
    await settle();
    const row = () => root.querySelector('[data-inject="mongoose-16-oct"]');
    button(row() as HTMLElement, 'Release now').click();
    expect(row()?.querySelector('.release-confirm')?.textContent).toContain('1 day 23 hours early');
    expect(inUse.session.view().documents.map((d) => d.id)).not.toContain('mongoose-16-oct');
    button(row() as HTMLElement, 'Cancel').click();
    expect(row()?.querySelector('.release-confirm')).toBeNull();
    button(row() as HTMLElement, 'Release now').click();
    button(row() as HTMLElement, 'Release it early').click();
    await settle();
    expect(inUse.session.view().documents.map((d) => d.id)).toContain('mongoose-16-oct');
    expect(status(root)).toBe('Released to the room.');
    expect(row()).toBeNull();
  });

  it('runs the projector’s clocks, and refuses a vote for a decision gone by', async () => {
    const { root, classroom, host } = twoWindows();
    await settle();
    expect(classroom?.facilitator.exercise.running()).toBe(false);
    button(root, 'Start the exercise').click();
    expect(classroom?.facilitator.exercise.running()).toBe(true);
    await settle();
    expect(button(root, 'Pause the exercise')).toBeTruthy();
    // A change that is no change of the game (a clock paused on the projector's side) arrives with the next beat.
    vi.advanceTimersByTime(2000);
    toggleClock((classroom as Classroom).facilitator, 'exercise');
    expect(() => button(root, 'Resume the exercise')).toThrow();
    vi.advanceTimersByTime(1000);
    await settle();
    expect(button(root, 'Resume the exercise')).toBeTruthy();
    expect(
      host.execute({ type: 'player.choose', decision: 'long-gone', option: 'x', vote: { counts: { x: 3 } } }),
    ).toBe('The room has moved on: that vote was for another decision.');
    expect(host.execute({ type: 'vote.count', decision: 'long-gone', option: 'x', count: 3 })).toMatch(
      /no longer open/,
    );
  });

  it('without a class on the projector, says so and takes no command', async () => {
    const { root, host } = twoWindows(false);
    await settle();
    expect(root.textContent).toContain('No class is in play on the projector');
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(host.execute({ type: 'facilitator.undo' })).toBe('No class is in play on the projector.');
  });

  it('says “Projector window closed” when the projector goes, and comes back with it', async () => {
    const { root, host, unmount, inUse, classroom, channels } = twoWindows();
    await settle();
    host.dispose();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Projector window closed');
    expect(root.querySelector('#presenter-decision')).toBeNull();
    // The projector tab reloads: its new host, on the same session, is found by the waiting window.
    const changed: boolean[] = [];
    const again = new PresenterHost(SESSION, {
      session: () => inUse.session,
      classroom: () => classroom,
      drafts: () => inUse.drafts,
      handlers: facilitatorHandlers(() => inUse.session),
      changed: (present) => changed.push(present),
      channel: channels.open,
    });
    vi.advanceTimersByTime(1000);
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('#presenter-decision')).not.toBeNull();
    expect(changed).toEqual([true]);
    // The facilitator's window closes: the projector hears its goodbye at once.
    unmount();
    expect(changed).toEqual([true, false]);
    again.dispose();
  });
});

describe('deciding by the vote', () => {
  it('takes the option with most votes, and refuses an empty or a tied vote', () => {
    expect(voteOutcome({ a: 3, b: 5, c: 0 })).toEqual({ option: 'b' });
    expect(voteOutcome({ a: 0, b: 0 })).toEqual({ problem: 'No votes recorded yet.' });
    expect(voteOutcome({})).toEqual({ problem: 'No votes recorded yet.' });
    expect(voteOutcome({ a: 4, b: 4, c: 1 })).toEqual({
      problem: 'The vote is tied: decide by an override, with its reason.',
    });
  });
});
