/**
 * The facilitator's view, built by the engine and handed out by the session: the injects still to
 * come, the turn and who may hold the screen, the vote. The UI draws these and reads no context.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { createEngine } from '../../src/engine/game';
import { parseScenarioTime } from '../../src/engine/time';
import { GameSession } from '../../src/session/session';
import { memoryStore } from '../../src/session/storage';
import { miniEngine } from '../engine/helpers';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const blackSaturday = createEngine(loaded.value.scenario);

function classGame() {
  const session = new GameSession(blackSaturday, memoryStore());
  session.newGame({ seed: 1962 });
  return session;
}

describe('the injects still to come', () => {
  it('lists the side’s papers not yet in its folder, in the order they are due, as data', () => {
    const session = classGame();
    const { injects } = session.facilitatorView();
    expect(injects.length).toBeGreaterThan(2);
    const inFolder = new Set(session.view().documents.map((d) => d.id));
    for (const i of injects) {
      expect(inFolder.has(i.id)).toBe(false);
      // The scenario's own time, its minutes and words agree.
      expect(parseScenarioTime(i.due)).toBe(i.dueMinutes);
      expect(i.dueLong).toMatch(/\d{4}/);
    }
    const minutes = injects.map((i) => i.dueMinutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  it('shows a hold, and a released paper leaves the list for the folder', () => {
    const session = classGame();
    // The first paper that may be released now (one of a branch not taken cannot be).
    const injects = session.facilitatorView().injects;
    const early = injects.find((i) => i.refused === null);
    const later = injects.find((i) => i !== early);
    if (!early || !later) throw new Error('two injects are needed');
    expect(later.held).toBe(false);
    expect(session.send({ type: 'facilitator.hold', document: later.id }).ok).toBe(true);
    expect(session.facilitatorView().injects.find((i) => i.id === later.id)?.held).toBe(true);
    expect(session.send({ type: 'facilitator.release', document: early.id }).ok).toBe(true);
    expect(session.facilitatorView().injects.map((i) => i.id)).not.toContain(early.id);
    expect(session.view().documents.map((d) => d.id)).toContain(early.id);
  });
});

describe('the vote', () => {
  it('is open on the decision in hand with its options, and keeps the room’s count once decided', () => {
    const session = classGame();
    const decision = session.view().decision;
    if (decision?.kind !== 'choice') throw new Error('Black Saturday opens on a choice');
    const { vote, turn, handOverTo } = session.facilitatorView();
    expect(turn).toMatchObject({ decision: decision.id, side: decision.side, people: true });
    expect(handOverTo).toBeNull();
    expect(vote.open?.decision).toBe(decision.id);
    expect(vote.open?.options.map((o) => o.id)).toEqual(decision.options.map((o) => o.id));
    expect(vote.recorded).toEqual([]);
    const option = decision.options[1].id;
    const counts = { [decision.options[0].id]: 3, [option]: 9 };
    expect(session.send({ type: 'player.choose', side: session.side, option, vote: { counts } }).ok).toBe(true);
    expect(session.facilitatorView().vote.recorded).toEqual([{ decision: decision.id, option, vote: { counts } }]);
  });
});

describe('who may hold the screen (two teams)', () => {
  it('asks for the other team when its side is to decide, and opens its vote once it has the screen', () => {
    const session = new GameSession(miniEngine(), memoryStore());
    session.newGame({ seed: 3, controllers: { north: 'human', south: 'human' } });
    expect(session.facilitatorView().handOverTo).toBeNull();
    expect(session.choose('seize').ok).toBe(true);
    const north = session.facilitatorView();
    expect(north.turn).toMatchObject({ side: 'south', sideName: 'Southport', people: true });
    expect(north.handOverTo).toEqual({ side: 'south', name: 'Southport' });
    expect(north.vote.open).toBeNull();
    session.setViewer({ side: 'south' });
    const south = session.facilitatorView();
    expect(south.handOverTo).toBeNull();
    expect(south.vote.open?.decision).toBe('south-answer');
  });

  it('never hands over to a side the model plays, nor after the end', () => {
    const session = new GameSession(miniEngine(), memoryStore());
    session.newGame({ seed: 3 });
    session.choose('talk');
    expect(session.facilitatorView().handOverTo).toBeNull();
    session.sendReply(['fishing-rights', 'patience']);
    expect(session.view().status).toBe('ended');
    expect(session.facilitatorView()).toMatchObject({ turn: null, handOverTo: null, vote: { open: null } });
  });
});

describe('the session answers the desk’s questions', () => {
  it('says why a package cannot be sent and how it sits against the reference', () => {
    const session = new GameSession(miniEngine(), memoryStore());
    session.newGame({ seed: 3 });
    session.choose('talk');
    expect(session.packageProblem([])).toMatch(/choose exactly one/);
    expect(session.packageProblem(['fishing-rights', 'patience'])).toBeNull();
    expect(session.assessPackage(['fishing-rights', 'patience']).historical.same).toBe(true);
  });
});
