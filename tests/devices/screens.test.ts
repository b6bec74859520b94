// @vitest-environment happy-dom
/**
 * The device screens drawn from real server messages (a ClassSession built here, no network): the
 * student's role, papers with an unread count, vote and memo; the projector's tally without names
 * and a memo without its writer; the console's roster, vote and memos with names; the set-up's
 * create request; and the route a page's query asks for.
 */
import { render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { legalCommand } from '../../src/engine/analysis/randomPlay';
import { createEngine } from '../../src/engine/game';
import { seedState } from '../../src/engine/rng';
import type { ReplyAdvice } from '../../src/net/protocol';
import type { Participant } from '../../src/server/classSession';
import { ClassSession, newSessionRecord } from '../../src/server/classSession';
import { checkSetup, type SetupDraft } from '../../src/session/setupView';
import { memoryStore } from '../../src/session/storage';
import { type ConsoleHandlers, consoleTemplate, memosFile } from '../../src/ui/devices/consoleScreen';
import { createRequest } from '../../src/ui/devices/createRequest';
import { debateLeft, reviewSection } from '../../src/ui/devices/deviceParts';
import { CHECKING, DeviceReply } from '../../src/ui/devices/deviceReply';
import { projectorTemplate } from '../../src/ui/devices/projectorScreen';
import { type StudentHandlers, type StudentModel, studentTemplate, unread } from '../../src/ui/devices/studentScreen';
import { commandsToReply } from '../server/harness';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;
const engine = createEngine(scenario);

function session() {
  const record = newSessionRecord(
    engine,
    { scenario: { id: 'black-saturday' }, classSize: 6, seed: 11, debateMinutes: 5 },
    { id: 'black-saturday' },
    'ACDEFG',
    'secret-secret-secret-secret',
    1_000,
  );
  if (typeof record === 'string') throw new Error(record);
  const s = new ClassSession(engine, record, 'http://127.0.0.1:2567/?join=ACDEFG');
  const ana = s.admitStudent({ name: 'Ana Quist' }, () => false);
  const ben = s.admitStudent({ name: 'Ben' }, () => false);
  if (typeof ana === 'string' || typeof ben === 'string') throw new Error('not seated');
  return { s, ana: ana.seat, ben: ben.seat };
}

const noop = () => undefined;
const studentHandlers: StudentHandlers = {
  join: noop,
  vote: noop,
  choose: noop,
  reply: noop,
  open: noop,
  typeMemo: noop,
  sendMemo: noop,
};

function studentModel(seat: StudentModel['seat'], opened: string[] = []): StudentModel {
  return {
    phase: 'seated',
    code: 'ACDEFG',
    name: 'Ana Quist',
    seat,
    review: null,
    reconnecting: false,
    problem: null,
    opened: new Set(opened),
    drafts: {},
    reply: null,
    now: 1_000 + 60_000,
  };
}

describe('the student’s device', () => {
  it('shows the role card, the papers with an unread count, the decision, the vote and the memo prompt', () => {
    const { s, ana } = session();
    const seat = s.seatState(ana.id);
    if (!seat) throw new Error('no seat');
    const host = document.createElement('div');
    const first = seat.view.documents[0];
    render(studentTemplate(studentModel(seat, [first.id]), studentHandlers), host);
    expect(host.querySelector('#role-heading')?.textContent).toBe(seat.role.name);
    expect(host.textContent).toContain(seat.role.objectives[0]);
    const badge = host.querySelector('.badge');
    expect(badge?.textContent).toBe(String(seat.view.documents.length - 1));
    expect(unread(seat.view.documents, new Set([first.id]))).toBe(seat.view.documents.length - 1);
    expect(host.querySelector('.decision')?.getAttribute('data-decision')).toBe(seat.view.decision?.id);
    // The advisers' positions come with the play desk's own card.
    expect(host.querySelectorAll('.adviser').length).toBe(seat.view.decision?.advisers.length);
    if (seat.vote?.mayVote) expect(host.querySelectorAll('.device-vote__option').length).toBeGreaterThan(1);
    expect(host.querySelector('.device-memo textarea')?.getAttribute('maxlength')).toBe('3000');
  });

  it('marks the student’s own vote, and shows a refusal and the reconnection in words', () => {
    const { s, ana } = session();
    const seat = s.seatState(ana.id);
    const decision = seat?.view.decision;
    if (!seat || !decision || !seat.vote?.mayVote) return;
    const option = decision.options[1].id;
    const host = document.createElement('div');
    const model = studentModel({ ...seat, vote: { ...seat.vote, mine: option } });
    render(
      studentTemplate(
        { ...model, problem: 'There is no vote on that decision now.', reconnecting: true },
        studentHandlers,
      ),
      host,
    );
    expect(host.querySelector(`.device-vote__option[data-option="${option}"]`)?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('There is no vote on that decision now.');
    const status = host.querySelector<HTMLElement>('.device-status');
    expect(status?.hidden).toBe(false);
    expect(status?.textContent).toBe('Reconnecting…');
  });

  it('asks for the code and a name before joining, with the code from the link', () => {
    const host = document.createElement('div');
    render(studentTemplate({ ...studentModel(null), phase: 'join', name: '' }, studentHandlers), host);
    expect(host.querySelector<HTMLInputElement>('#join-code')?.value).toBe('ACDEFG');
    expect(host.querySelector('label[for="join-name"]')?.textContent).toBe('Your name');
  });
});

describe('the projector', () => {
  it('shows the tally in heads and a memo without its writer’s name', () => {
    const { s, ana, ben } = session();
    const d = s.openChoice();
    if (!d) throw new Error('no open vote');
    for (const seat of [ana, ben])
      s.handle({ kind: 'student', seat: seat.id }, 'vote', { decision: d.id, option: d.options[0].id }, 2_000);
    const prompt = s.seatState(ana.id)?.memos?.find((m) => m.open);
    if (prompt)
      s.handle({ kind: 'student', seat: ana.id }, 'memo', { decision: prompt.decision, text: 'Hold firm.' }, 3_000);
    const memo = s.memoEntries()[0];
    if (memo) s.handle({ kind: 'facilitator' }, 'showMemo', { memo: memo.id }, 4_000);
    const state = s.projectorState(2);
    const host = document.createElement('div');
    render(projectorTemplate({ state, review: null, reconnecting: false, problem: null, now: 2_000 }), host);
    expect(host.querySelector('.tally__cast')?.textContent).toBe(
      `${state.tally?.cast} of ${state.tally?.eligible} voted`,
    );
    expect(host.querySelector('.join-panel__code')?.getAttribute('data-code')).toBe('ACDEFG');
    expect(host.textContent).not.toContain('Ana Quist');
    if (memo) expect(host.querySelector('.projector__memo')?.textContent).toContain('Hold firm.');
    expect(host.querySelector('.projector__decision h2')?.textContent).toBe(d.title);
  });
});

describe('the facilitator’s console', () => {
  it('lists who is in, the vote with its counts and the memos with names', () => {
    const { s, ana } = session();
    const prompt = s.seatState(ana.id)?.memos?.find((m) => m.open);
    if (prompt)
      s.handle(
        { kind: 'student', seat: ana.id },
        'memo',
        { decision: prompt.decision, text: 'Trade in private.' },
        3_000,
      );
    const state = s.facilitatorState((seat) => seat === ana.id);
    const handlers = { tools: document.createElement('div') } as unknown as ConsoleHandlers;
    const host = document.createElement('div');
    render(
      consoleTemplate(
        {
          state,
          review: null,
          reconnecting: false,
          problem: null,
          notice: null,
          override: { option: '', note: '' },
          now: 2_000,
        },
        handlers,
      ),
      host,
    );
    const rows = [...host.querySelectorAll('.console__table tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Ana Quist', 'Ben']);
    expect(rows.map((r) => r.querySelectorAll('td')[1]?.textContent)).toEqual(['yes', 'no']);
    expect(host.querySelector('.console__decide')).not.toBeNull();
    if (prompt) {
      expect(host.querySelector('.console__memo')?.textContent).toContain('Ana Quist');
      const file = JSON.parse(memosFile('ACDEFG', state.memos ?? []));
      expect(file.students[0]).toMatchObject({
        name: 'Ana Quist',
        memos: [{ decision: prompt.decision, text: 'Trade in private.' }],
      });
    }
  });
});

describe('the reply builder on devices', () => {
  /** A class whose President drafts the reply, brought to the evening's reply by the facilitator. */
  function atTheReply() {
    const record = newSessionRecord(
      engine,
      {
        scenario: { id: 'black-saturday' },
        classSize: 6,
        seed: 11,
        debateMinutes: 5,
        deciders: ['jfk'],
        freeChoice: true,
      },
      { id: 'black-saturday' },
      'ACDEFG',
      'secret-secret-secret-secret',
      1_000,
    );
    if (typeof record === 'string') throw new Error(record);
    const s = new ClassSession(engine, record, 'http://127.0.0.1:2567/?join=ACDEFG');
    const ana = s.admitStudent({ name: 'Ana', role: 'jfk' }, () => false);
    const ben = s.admitStudent({ name: 'Ben', role: 'rusk' }, () => false);
    if (typeof ana === 'string' || typeof ben === 'string') throw new Error('not seated');
    for (const command of commandsToReply(engine, s.snapshot)) {
      const done = s.handle({ kind: 'facilitator' }, 'command', { command }, 2_000);
      if (!done.ok) throw new Error(done.reason);
    }
    return { s, ana: ana.seat, ben: ben.seat };
  }

  /** A device's link to the session, answered as the room answers: later, not inside the drawing. */
  function linkTo(s: ClassSession, who: Participant) {
    const queue: ReplyAdvice[] = [];
    const sent: string[][] = [];
    const link = {
      check: (decision: string, items: string[]) => {
        const out = s.handle(who, 'checkReply', { decision, items }, 3_000);
        if (!out.ok) throw new Error(out.reason);
        if (out.reply?.type === 'replyAdvice') queue.push(out.reply);
      },
      send: (_decision: string, items: string[]) => void sent.push(items),
    };
    return { link, queue, sent };
  }

  const tick = (element: Element, checked = true) => {
    (element as HTMLInputElement).checked = checked;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('gives the drafting student the one-screen builder, with the server’s warnings and Moscow’s likely reading', () => {
    const { s, ana } = atTheReply();
    const seat = s.seatState(ana.id);
    const decision = seat?.view.decision;
    if (!seat || decision?.kind !== 'reply') throw new Error('not at the reply');
    const { link, queue, sent } = linkTo(s, { kind: 'student', seat: ana.id });
    const reply = new DeviceReply(memoryStore(), 'device:ACDEFG', link);
    const host = document.createElement('div');
    const draw = () => render(studentTemplate({ ...studentModel(seat), reply }, studentHandlers), host);
    const flush = () => {
      while (queue.length) reply.take(queue.shift() as ReplyAdvice);
    };
    draw();
    const form = host.querySelector('.device-decision form.reply');
    expect(form?.getAttribute('data-decision')).toBe(decision.id);
    // The builder stands in for the decision's card: one heading, the advisers, every group.
    expect(host.querySelectorAll('#decision-heading')).toHaveLength(1);
    expect(host.querySelectorAll('.reply-group')).toHaveLength(decision.replyBuilder?.groups.length ?? -1);
    expect(host.querySelectorAll('.adviser').length).toBe(decision.advisers.length);
    // Before the server has answered, Send waits; its answer on the empty package says what is missing.
    expect(host.querySelector('#reply-problem')?.textContent).toContain(CHECKING);
    flush();
    expect(host.querySelector('#reply-problem')?.textContent).toMatch(/^Not ready to send: choose exactly one/);
    // An assurance against invasion beside an invasion being readied: the one-screen builder's warning.
    for (const item of ['no-invasion-pledge', 'prepare-invasion', 'private-letter', 'halt-work'])
      tick(host.querySelector(`#item-${item}`) as Element);
    flush();
    const warnings = [...host.querySelectorAll('.reply-advice__warnings li')].map((li) => li.textContent);
    expect(warnings.some((w) => /invasion being readied in plain sight/.test(w ?? ''))).toBe(true);
    const reading = [...host.querySelectorAll('.reply-advice__reading [data-feature]')];
    expect(reading.length).toBe(engine.scenario.replyBuilder?.features?.length ?? -1);
    expect(host.querySelector('#reply-problem')?.textContent).toMatch(/can be sent, but it has a problem/);
    // Send: the package goes out as the student's `reply`, and the engine takes it.
    (form as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    expect(sent).toHaveLength(1);
    expect([...sent[0]].sort()).toEqual(['halt-work', 'no-invasion-pledge', 'prepare-invasion', 'private-letter']);
    const taken = s.handle(
      { kind: 'student', seat: ana.id },
      'reply',
      { decision: decision.id, items: sent[0] },
      4_000,
    );
    expect(taken).toMatchObject({ ok: true, change: 'game' });
    expect(s.snapshot.context.log.some((e) => e.kind === 'reply')).toBe(true);
  });

  it('shows a student who does not draft the decision’s card, and refuses them the server’s advice', () => {
    const { s, ben } = atTheReply();
    const seat = s.seatState(ben.id);
    if (!seat?.view.decision) throw new Error('no decision');
    const host = document.createElement('div');
    const reply = new DeviceReply(memoryStore(), 'device:ACDEFG', { check: noop, send: noop });
    render(studentTemplate({ ...studentModel(seat), reply }, studentHandlers), host);
    expect(host.querySelector('form.reply')).toBeNull();
    expect(host.querySelector('.device-decision .decision')).not.toBeNull();
    const asked = s.handle(
      { kind: 'student', seat: ben.id },
      'checkReply',
      { decision: 'evening-reply', items: [] },
      0,
    );
    expect(asked).toEqual({ ok: false, reason: 'Your role does not draft the reply in this session.' });
  });

  it('gives the console the same builder, sending the package as the one-screen game’s command', () => {
    const { s } = atTheReply();
    const state = s.facilitatorState(() => false);
    const { link, queue, sent } = linkTo(s, { kind: 'facilitator' });
    const reply = new DeviceReply(memoryStore(), 'console:ACDEFG', link);
    const handlers = { tools: document.createElement('div'), reply } as unknown as ConsoleHandlers;
    const host = document.createElement('div');
    const model = {
      state,
      review: null,
      reconnecting: false,
      problem: null,
      notice: null,
      override: { option: '', note: '' },
      now: 2_000,
    };
    render(consoleTemplate(model, handlers), host);
    while (queue.length) reply.take(queue.shift() as ReplyAdvice);
    expect(host.querySelector('.console__reply form.reply')).not.toBeNull();
    for (const item of ['halt-work', 'deadline', 'public-letter']) tick(host.querySelector(`#item-${item}`) as Element);
    while (queue.length) reply.take(queue.shift() as ReplyAdvice);
    expect(host.querySelector('#reply-problem')?.textContent).toBe('Ready to send.');
    host.querySelector<HTMLFormElement>('form.reply')?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(sent).toEqual([['halt-work', 'deadline', 'public-letter']]);
  });
});

describe('the review on devices', () => {
  it('shows how the room voted with the options’ labels, in the one-screen review’s words', () => {
    const { s, ana, ben } = session();
    const first = s.openChoice();
    if (!first) throw new Error('no vote open');
    const [a, b] = first.options;
    s.handle({ kind: 'student', seat: ana.id }, 'vote', { decision: first.id, option: b.id }, 2_000);
    s.handle({ kind: 'student', seat: ben.id }, 'vote', { decision: first.id, option: a.id }, 2_000);
    const decided = s.handle(
      { kind: 'facilitator' },
      'decide',
      { decision: first.id, override: { option: b.id, note: 'The President hears the minority.' } },
      2_000,
    );
    if (!decided.ok) throw new Error(decided.reason);
    let chooser = seedState(3);
    for (let step = 0; step < 80 && !s.ended; step++) {
      const next = legalCommand(engine, s.snapshot, chooser);
      chooser = next.chooser;
      if (!next.command) throw new Error('stuck');
      const done = s.handle({ kind: 'facilitator' }, 'command', { command: next.command }, 3_000);
      if (!done.ok) throw new Error(done.reason);
    }
    const review = s.reviewState();
    if (!review) throw new Error('the game did not end');
    const host = document.createElement('div');
    render(reviewSection(review), host);
    const split = host.querySelector(`.device-review__row[data-decision="${first.id}"] .device-review__split`);
    const counts = review.votes.find((v) => v.decision === first.id)?.vote.counts ?? {};
    const words = first.options
      .filter((o) => o.id in counts)
      .map((o) => `${o.label} ${counts[o.id]}`)
      .join(', ');
    expect(split?.textContent).toBe(
      `The room: ${words}. Overridden by the facilitator: The President hears the minority.`,
    );
    expect(split?.textContent).toContain(`${b.label} 1`);
    expect(split?.textContent).not.toContain(b.id);
  });
});

describe('the set-up on the classroom server', () => {
  it('turns the checked form into the create request', () => {
    const draft: SetupDraft = {
      mode: 'devices',
      seed: 42,
      debateMinutes: 3,
      roster: { classSize: 12, inPlay: null, names: {} },
      lesson: scenario.lessons?.[0]?.id ?? null,
      leadDecides: true,
    };
    const checked = checkSetup(scenario, draft);
    if (!checked.ok || !checked.classroom) throw new Error('the draft does not check');
    const request = createRequest(scenario, draft, { seed: checked.seed, classroom: checked.classroom }, null);
    expect(request).toMatchObject({
      scenario: { id: 'black-saturday' },
      sides: ['us'],
      classSize: 12,
      seed: 42,
      debateMinutes: 3,
    });
    expect(request.deciders).toHaveLength(1);
    if (draft.lesson) expect(request.lesson).toBe(draft.lesson);
    // Two teams on devices: both sides are played by students.
    const teams = { ...draft, mode: 'devices-teams' as const, leadDecides: false };
    const checkedTeams = checkSetup(scenario, teams);
    if (!checkedTeams.ok || !checkedTeams.classroom) throw new Error('two teams do not check');
    expect(createRequest(scenario, teams, { seed: 42, classroom: checkedTeams.classroom }, null).sides).toHaveLength(2);
  });

  it('counts the debate down from when the decision opened', () => {
    expect(debateLeft(0, 5, 60_000)).toBe('4:00 left');
    expect(debateLeft(0, 1, 61_000)).toBe('time is up');
    expect(debateLeft(null, 5, 0)).toBeNull();
  });
});
