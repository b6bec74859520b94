import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { defaultRoles } from '../../src/engine/classroom/defaultRoles';
import {
  arrivalText,
  documentsForRole,
  facilitatorGuide,
  NEVER_DELIVERED,
  rolePackets,
  shareMinutes,
} from '../../src/engine/classroom/packets';
import { packetCopies } from '../../src/engine/classroom/studentPackets';
import { createEngine } from '../../src/engine/game';
import { indexScenario } from '../../src/engine/scenarioIndex';
import type { Scenario } from '../../src/engine/schema/scenario';
import { mayRead } from '../../src/engine/view';
import { loadFixture } from '../engine/helpers';

function blackSaturday(): Scenario {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error('Black Saturday does not load');
  return loaded.value.scenario;
}

const scenario = blackSaturday();
const index = indexScenario(scenario);
const { packets, scenario: heading } = rolePackets(scenario);
/** Every paper of the record a role may read somewhere in play. */
const allPapers = (role: string) => documentsForRole(index, role);

describe('role packets for Black Saturday', () => {
  it('has one packet per role, 21 in all, in the order of roles.yaml', () => {
    expect(packets).toHaveLength(21);
    expect(packets.map((p) => p.role.id)).toEqual(scenario.roles.map((r) => r.id));
    expect(packets[0].role).toMatchObject({ id: 'jfk', name: 'John F. Kennedy' });
  });

  it('heads every packet with the scenario title and the day', () => {
    expect(heading.title).toBe('Eyes Only: Black Saturday');
    expect(heading.date).toBe('Saturday 27 October 1962');
  });

  it('gives each role its side, office, biography and private objectives', () => {
    for (const packet of packets) {
      const role = scenario.roles.find((r) => r.id === packet.role.id);
      expect(role).toBeDefined();
      expect(packet.side.id).toBe(role?.side);
      expect(packet.side.name).toBe(scenario.sides.find((s) => s.id === role?.side)?.name);
      expect(packet.role.office).toBe(role?.office);
      expect(packet.role.bio).toBe(role?.bio);
      expect(packet.objectives).toEqual(role?.objectives);
      expect(packet.objectives.length).toBeGreaterThan(0);
    }
  });

  it('gives the position on the day with its source, and none where the record has none', () => {
    const without = packets.filter((p) => p.stance === null).map((p) => p.role.id);
    expect(without.sort()).toEqual(['dillon', 'gromyko', 'mccone', 'nitze', 'taylor']);
    const rusk = packets.find((p) => p.role.id === 'rusk');
    expect(rusk?.stance?.text).toBe(scenario.roles.find((r) => r.id === 'rusk')?.stance?.text);
    expect(rusk?.stance?.source).toBeTruthy();
  });

  it('lists for every role only the papers in its folder when play starts (mayRead), in date order', () => {
    const controllers = Object.fromEntries(scenario.sides.map((s) => [s.id, 'human' as const]));
    const atStart = createEngine(scenario)
      .start({ seed: 1962, controllers })
      .context.delivered.map((d) => d.id);
    for (const packet of packets) {
      const expected = atStart
        .filter((id) =>
          mayRead(index, index.documents.get(id) as (typeof scenario.documents)[number], { role: packet.role.id }),
        )
        .sort();
      expect(packet.documents.map((d) => d.id).sort(), packet.role.id).toEqual(expected);
      const dates = packet.documents.map((d) => scenario.documents.find((x) => x.id === d.id)?.date ?? '');
      expect(dates).toEqual([...dates].sort());
    }
    // The President starts with the morning's papers, not the 25 the day brings, and never Sunday's answer.
    const jfk = packets.find((p) => p.role.id === 'jfk');
    expect(jfk?.documents.map((d) => d.id)).toContain('khrushchev-letter-26');
    expect(jfk?.documents.length).toBeLessThan(allPapers('jfk').length);
    expect(jfk?.morePapers).toBe(true);
    for (const packet of packets) {
      expect(packet.documents.map((d) => d.id)).not.toContain('khrushchev-letter-28');
      expect(packet.morePapers, packet.role.id).toBe(
        allPapers(packet.role.id).some((d) => !packet.documents.some((x) => x.id === d.id)),
      );
    }
  });

  it('knows every paper the game lets a role read in play, the record’s only (for “more papers”)', () => {
    // A variant arrives only in place of its paper, an invented paper only off the record: neither is counted.
    const variants = new Set(scenario.documents.flatMap((d) => (d.variants ?? []).map((v) => v.document)));
    expect(variants.size).toBeGreaterThan(0);
    expect(scenario.documents.some((d) => d.counterfactual && !variants.has(d.id))).toBe(true);
    for (const role of scenario.roles) {
      const expected = scenario.documents
        .filter((doc) => !variants.has(doc.id) && !doc.counterfactual && mayRead(index, doc, { role: role.id }))
        .map((d) => d.id)
        .sort();
      expect(
        allPapers(role.id)
          .map((d) => d.id)
          .sort(),
        role.id,
      ).toEqual(expected);
    }
  });

  it('says how the lesson works, and glosses the terms its page and papers use', () => {
    const jfk = packets.find((p) => p.role.id === 'jfk');
    expect(jfk?.howItWorks.map((p) => p.topic)).toEqual(['lesson', 'debate', 'vote', 'shared', 'speak', 'end']);
    expect(jfk?.howItWorks.find((p) => p.topic === 'vote')?.text).toMatch(/every student votes/);
    const castro = packets.find((p) => p.role.id === 'castro');
    expect(castro?.howItWorks.find((p) => p.topic === 'vote')?.text).toMatch(/you do not/);
    const terms = jfk?.glossary.map((g) => g.term) ?? [];
    expect(terms).toEqual(expect.arrayContaining(['ExComm', 'POL', 'quarantine']));
    // Only what the page uses: no term of a paper the President does not hold at the start.
    expect(terms).not.toContain('Presidium');
    expect(packets.find((p) => p.role.id === 'mikoyan')?.glossary.map((g) => g.term)).toContain('Presidium');
    for (const packet of packets) expect(packet.glossary.length, packet.role.id).toBeLessThanOrEqual(10);
  });

  it('follows the chosen lesson plan: its name, its summary and the debate minutes', () => {
    const plan = scenario.lessons?.find((l) => l.id === 'one-period');
    const one = rolePackets(scenario, { lesson: 'one-period', debateMinutes: 3 });
    expect(one.lesson).toEqual({ id: 'one-period', name: 'One period' });
    const how = one.packets[0].howItWorks;
    expect(how[0].text).toContain(`${plan?.name}. ${plan?.summary}`);
    expect(how[1].text).toContain('a 3-minute debate timer');
    expect(rolePackets(scenario, { teams: 'two' }).packets[0].howItWorks[1].text).toContain('two teams');
  });

  it('puts the Soviet-only documents in Soviet packets and nowhere else (Castro also holds his own)', () => {
    const secret = (d: (typeof scenario.documents)[number]) =>
      !d.audience.roles && (d.audience.sides ?? []).every((side) => side === 'ussr' || side === 'cuba');
    const sovietOnly = scenario.documents
      .filter((d) => secret(d) && d.audience.sides?.includes('ussr'))
      .map((d) => d.id);
    expect(sovietOnly.sort()).toEqual(['castro-letter-26', 'dobrynin-cable-27', 'mikoyan-castro']);
    const sharedWithHavana = new Set(['castro-letter-26', 'mikoyan-castro']);
    for (const packet of packets) {
      const ids = allPapers(packet.role.id).map((d) => d.id);
      for (const id of sovietOnly) {
        const holds = packet.side.id === 'ussr' || (packet.side.id === 'cuba' && sharedWithHavana.has(id));
        expect(ids.includes(id), `${packet.role.id} / ${id}`).toBe(holds);
      }
    }
    expect(allPapers('khrushchev').map((d) => d.id)).toEqual(expect.arrayContaining(sovietOnly));
    // At the start, Castro's letter of the 26th is in Khrushchev's folder and not the President's.
    expect(packets.find((p) => p.role.id === 'khrushchev')?.documents.map((d) => d.id)).toContain('castro-letter-26');
    expect(packets.find((p) => p.role.id === 'jfk')?.documents.map((d) => d.id)).not.toContain('castro-letter-26');
  });

  it('gives Havana a voice with papers of its own: Castro’s packet', () => {
    const castro = packets.find((p) => p.role.id === 'castro');
    expect(castro?.side).toEqual({ id: 'cuba', name: 'Cuba — the revolutionary government', voice: true });
    const ids = allPapers('castro').map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['castro-jeune-afrique-27', 'castro-five-points', 'mongoose-16-oct']));
    // Only the Cuban seat holds Castro's interview of the 27th; the ExComm's packets do not.
    const holders = packets.filter((p) => allPapers(p.role.id).some((d) => d.id === 'castro-jeune-afrique-27'));
    expect(holders.map((p) => p.role.id)).toEqual(['castro']);
    expect(packets.filter((p) => p.side.voice).map((p) => p.role.id)).toEqual(['castro']);
  });

  it('gives Robert Kennedy’s report to the US side and no Soviet role', () => {
    const holders = packets
      .filter((p) => allPapers(p.role.id).some((d) => d.id === 'rfk-report'))
      .map((p) => p.side.id);
    expect(new Set(holders)).toEqual(new Set(['us']));
  });

  it('labels each paper with its title, kind and date', () => {
    const jfk = packets[0];
    const letter = jfk.documents.find((d) => d.id === 'khrushchev-letter-26');
    expect(letter).toMatchObject({
      title: scenario.documents.find((d) => d.id === 'khrushchev-letter-26')?.title,
      kind: 'letter',
      kindLabel: 'Letter',
    });
    expect(letter?.date).toMatch(/^Friday 26 October 1962, \d\d:\d\d$/);
  });
});

describe('the facilitator’s guide for Black Saturday', () => {
  const engine = createEngine(scenario);
  const guide = facilitatorGuide(scenario, engine);

  it('gives the summary, the recommended duration and the discussion questions', () => {
    expect(guide.scenario.summary).toBe(scenario.meta.summary);
    expect(guide.durationMinutes).toBe(90);
    expect(guide.discussion).toEqual(scenario.meta.discussion);
    expect(guide.playerSide.id).toBe('us');
    expect(guide.otherTeams.map((t) => t.id)).toEqual(['ussr']);
  });

  it('plans the lesson along the record’s path, filling the recommended duration exactly', () => {
    expect(guide.mainLine).toBe('historical');
    const decisions = guide.timing.filter((r) => r.kind === 'decision').map((r) => r.decision);
    expect(decisions).toEqual([
      'second-letter',
      'u2-loss',
      'turkey-meeting',
      'evening-reply',
      'rfk-mission',
      'nine-pm',
      'soviet-answer',
      'sunday-morning',
      'inspection',
      'il28-question',
      'soviet-il28',
      'jupiters',
      'summit-agenda',
    ]);
    expect(guide.timing[0].kind).toBe('briefing');
    expect(guide.timing.at(-1)?.kind).toBe('review');
    expect(guide.timing.reduce((sum, r) => sum + r.minutes, 0)).toBe(90);
    let clock = 0;
    for (const row of guide.timing) {
      expect(row.start).toBe(clock);
      expect(row.minutes).toBeGreaterThanOrEqual(1);
      clock += row.minutes;
    }
    // The reply package is the heart of the exercise: the longest slot of the plan.
    const reply = guide.timing.find((r) => r.decision === 'evening-reply');
    expect(reply?.minutes).toBe(Math.max(...guide.timing.filter((r) => r.kind === 'decision').map((r) => r.minutes)));
    expect(reply).toMatchObject({ phase: 'Saturday evening — the reply', at: 'Sat 27 Oct 1962, 19:00' });
    // The counterfactual branches are listed, not timed.
    expect(guide.branches.map((b) => b.decision)).toContain('war-council');
    expect(guide.branches.length + decisions.length).toBe(scenario.decisions.filter((d) => d.kind !== 'route').length);
  });

  it('says how every inject arrives, computed from the data', () => {
    expect(guide.injects).toHaveLength(scenario.documents.length);
    const inject = (id: string) => guide.injects.find((i) => i.id === id);
    expect(inject('khrushchev-letter-26')?.arrivalText).toEqual([
      'In the folder at the start (Sat 27 Oct 1962, 07:00)',
    ]);
    expect(inject('moscow-radio-27')?.arrivalText).toEqual([
      'On entering “The second letter” (Saturday morning — 10 a.m. ExComm)',
    ]);
    expect(inject('moscow-radio-27')?.informs?.decision).toBe('second-letter');
    expect(inject('kennedy-letter-27')?.arrivalText[0]).toBe(
      'On the clock at Sat 27 Oct 1962, 20:05, if its condition holds',
    );
    expect(inject('castro-letter-26')?.arrivals).toEqual([
      expect.objectContaining({ how: 'event', event: 'castro-cable-arrives' }),
    ]);
    expect(inject('castro-letter-26')?.playerSideHolds).toBe(false);
    expect(inject('rfk-report')?.arrivals.some((a) => a.how === 'option' && a.decision === 'rfk-mission')).toBe(true);
    expect(
      inject('khrushchev-letter-28')?.arrivals.some((a) => a.how === 'option' && a.decision === 'soviet-answer'),
    ).toBe(true);
    // Every document of the scenario is delivered somehow.
    for (const row of guide.injects) expect(row.arrivalText, row.id).not.toContain(NEVER_DELIVERED);
    // In order of first arrival: the morning's folder first.
    expect(guide.injects[0].arrivals[0].how).toBe('start');
    // Havana's papers reach the Cuban seat on the clock; the five points reach every side.
    expect(inject('castro-jeune-afrique-27')?.playerSideHolds).toBe(false);
    expect(inject('castro-five-points')?.playerSideHolds).toBe(true);
  });

  it('lists the endings, the historical one first', () => {
    expect(guide.endings).toHaveLength(scenario.endings.length);
    expect(guide.endings[0]).toMatchObject({ id: 'historical-settlement', kind: 'historical' });
    expect(guide.endings.slice(1).every((e) => e.kind === 'counterfactual')).toBe(true);
  });
});

describe('the guide for another scenario', () => {
  it('works for the mini fixture, whatever its size', () => {
    const mini = loadFixture('mini');
    const guide = facilitatorGuide(mini);
    expect(guide.timing.reduce((sum, r) => sum + r.minutes, 0)).toBe(mini.meta.durationMinutes);
    expect(guide.injects.map((i) => i.id).sort()).toEqual(mini.documents.map((d) => d.id).sort());
    expect(rolePackets(mini).packets).toHaveLength(mini.roles.length);
  });

  it('falls back to the decisions on the clock when the record’s path cannot be played', () => {
    const mini = loadFixture('mini');
    const broken: Scenario = {
      ...mini,
      decisions: mini.decisions.map((d) => (d.kind === 'route' ? d : { ...d, history: undefined })),
    };
    const guide = facilitatorGuide(broken);
    expect(guide.mainLine).toBe('clock');
    expect(guide.timing.reduce((sum, r) => sum + r.minutes, 0)).toBe(mini.meta.durationMinutes);
  });
});

describe('shareMinutes', () => {
  it('splits whole minutes in proportion, adding up exactly', () => {
    expect(shareMinutes(10, [1, 1, 2])).toEqual([3, 3, 4]);
    expect(shareMinutes(10, [1, 1, 2], 0)).toEqual([3, 2, 5]);
    expect(shareMinutes(65, [5, 4, 6, 10]).reduce((a, b) => a + b)).toBe(65);
    expect(shareMinutes(3, [1, 1, 1, 1, 1])).toEqual([1, 1, 1, 0, 0]);
    expect(shareMinutes(7, [])).toEqual([]);
  });

  it('says how a document arrives in words', () => {
    expect(arrivalText({ how: 'item', item: 'x', label: 'A summit' })).toBe('When the reply includes “A summit”');
    expect(
      arrivalText({ how: 'event', event: 'e', title: 'A storm', at: 'Saturday 1 January 2000, 10:00', chance: 0.5 }),
    ).toBe('With the event “A storm” (Saturday 1 January 2000, 10:00, chance 50%)');
  });
});

describe('packets for a lesson plan that starts later, and one page per student', () => {
  const lessons = loadFixture('mini-lessons');

  it('holds the papers delivered by the plan’s start: more for a plan that starts at the offer', () => {
    const whole = rolePackets(lessons, { lesson: 'whole' });
    const afternoon = rolePackets(lessons, { lesson: 'afternoon' });
    const engine = createEngine(lessons);
    const controllers = Object.fromEntries(lessons.sides.map((s) => [s.id, 'human' as const]));
    const delivered = new Set(
      engine.start({ seed: 1962, controllers, lesson: 'afternoon' }).context.delivered.map((d) => d.id),
    );
    const count = (p: typeof whole) => p.packets.reduce((n, x) => n + x.documents.length, 0);
    expect(count(afternoon)).toBeGreaterThan(count(whole));
    for (const packet of afternoon.packets)
      for (const d of packet.documents) expect(delivered.has(d.id), `${packet.role.id}: ${d.id}`).toBe(true);
    expect(afternoon.lesson?.name).toBe('From the offer');
  });

  it('gives one page per student: named pages first, then copies for the students not named', () => {
    const seating = defaultRoles(scenario, 25);
    const names: Record<string, string[]> = { jfk: ['Ana', 'Ben'], rusk: ['Cleo'] };
    const copies = packetCopies(seating, (role) => names[role] ?? []);
    expect(copies).toHaveLength(25);
    const jfk = copies.filter((c) => c.role === 'jfk');
    expect(jfk.map((c) => c.student)).toEqual(['Ana', 'Ben']);
    const rusk = copies.filter((c) => c.role === 'rusk');
    const ruskSeat = seating.seats.find((s) => s.role === 'rusk');
    expect(rusk).toHaveLength(ruskSeat?.students ?? 0);
    expect(rusk.map((c) => c.student)).toEqual(['Cleo', ...Array((ruskSeat?.students ?? 1) - 1).fill(null)]);
    // Without names, as many copies as students share the role, in the seating's order.
    const plain = packetCopies(seating);
    expect(plain.map((c) => c.role)).toEqual(seating.seats.flatMap((s) => Array(s.students).fill(s.role)));
    expect(plain.filter((c) => c.role === 'jfk').map((c) => `${c.copy}/${c.of}`)).toEqual(['1/2', '2/2']);
    // A name more than the role's places still gets its page.
    const nitze = seating.seats.find((s) => s.role === 'nitze')?.students ?? 0;
    expect(nitze).toBeLessThan(3);
    expect(packetCopies(seating, (role) => (role === 'nitze' ? ['X', 'Y', 'Z'] : []))).toHaveLength(25 - nitze + 3);
  });
});
