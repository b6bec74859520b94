/**
 * What a student's packet adds to the role's page (issue #15): how the lesson works, a short
 * glossary of the terms the page and its papers use, the papers the role holds when play starts
 * (later ones are only announced, so a packet gives nothing away), and one printed page per
 * student: named when the facilitator typed names, else as many copies as students share the role.
 * Pure: the role pages in src/ui/classroom/ draw it.
 */
import type { Engine } from '../game';
import { glossaryUsedIn } from '../glossary';
import { findLessonPlan } from '../lessonPlan';
import type { GlossaryEntry, Scenario } from '../schema/scenario';
import type { Controller } from '../state';
import { mayRead } from '../view';
import type { RoleSeat, Seating } from './defaultRoles';

/** The seed the packets read the start of play with, when the facilitator has not chosen one yet. */
export const PACKET_SEED = 1962;

/** What a packet says in place of the papers still to come (it never lists them). */
export const MORE_PAPERS = 'More papers will reach you during the lesson.';

export interface StudentPacketOptions {
  /** The lesson plan chosen at the set-up; none (or null): the game played whole. */
  lesson?: string | null;
  /** Minutes per debate, when the facilitator has set them. */
  debateMinutes?: number;
  /** Two teams: the other side's decisions are voted on by its own team. */
  teams?: 'one' | 'two';
  /** The game's seed, if already chosen: the start of play is read from the engine with it. */
  seed?: number;
}

/**
 * The documents in the folder when the class's play starts (after any decisions a lesson plan takes
 * from the record), read from the engine itself so a packet can never disagree with the game.
 */
export function papersAtStart(
  engine: Engine,
  options: Pick<StudentPacketOptions, 'lesson' | 'seed'> = {},
): Set<string> {
  const controllers: Record<string, Controller> = Object.fromEntries(
    engine.scenario.sides.map((s) => [s.id, 'human' as Controller]),
  );
  const lesson = options.lesson ?? undefined;
  const snapshot = engine.start({ seed: options.seed ?? PACKET_SEED, controllers, ...(lesson ? { lesson } : {}) });
  return new Set(snapshot.context.delivered.map((d) => d.id));
}

/** Whether a role holds, somewhere in play, a paper of the record that is not in its folder at the start. */
export function morePapersLater(engine: Engine, roleId: string, atStart: ReadonlySet<string>): boolean {
  const variants = new Set(engine.scenario.documents.flatMap((d) => (d.variants ?? []).map((v) => v.document)));
  return engine.scenario.documents.some(
    (doc) =>
      !atStart.has(doc.id) &&
      !variants.has(doc.id) &&
      !doc.counterfactual &&
      mayRead(engine.index, doc, { role: roleId }),
  );
}

export interface LessonPoint {
  topic: 'lesson' | 'debate' | 'vote' | 'shared' | 'speak' | 'end';
  text: string;
}

const sideName = (scenario: Scenario, id: string) => scenario.sides.find((s) => s.id === id)?.name ?? id;

/**
 * "How this lesson works", in a student's words: the plan (from the scenario's lesson data), the
 * debate, the vote, shared roles and when to speak. A voice side's role gets its own vote line.
 */
export function howThisLessonWorks(
  scenario: Scenario,
  options: StudentPacketOptions = {},
  voice = false,
): LessonPoint[] {
  const plan = options.lesson ? findLessonPlan(scenario, options.lesson) : undefined;
  const player = sideName(scenario, scenario.meta.playerSide);
  const lesson = plan
    ? `${plan.name}. ${plan.summary ?? `${plan.periods.reduce((n, p) => n + p.minutes, 0)} minutes.`}`
    : `The whole game, in about ${scenario.meta.durationMinutes} minutes.`;
  const timer = options.debateMinutes ? `a ${options.debateMinutes}-minute debate timer` : 'the debate timer';
  const teams =
    options.teams === 'two'
      ? ' With two teams, each team debates and votes on its own side’s decisions while the other listens.'
      : '';
  return [
    { topic: 'lesson', text: `You sit with ${player}. ${lesson}` },
    {
      topic: 'debate',
      text: `At each decision the screen shows the question and its options, and the facilitator starts ${timer}. Argue from this page: your position, aims and papers.${teams}`,
    },
    voice
      ? {
          topic: 'vote',
          text: 'Then the room votes; you do not. Your part is to speak before the vote (see “How you take part”).',
        }
      : {
          topic: 'vote',
          text: 'Then every student votes for one option by a show of hands. The majority decides; the facilitator may overrule the vote but must say why, and the review keeps both.',
        },
    {
      topic: 'shared',
      text: 'If you share your role, agree among yourselves who speaks at each decision; each of you still votes.',
    },
    {
      topic: 'speak',
      text: 'When the screen names your role among a decision’s advisers, you open the debate with that position; otherwise raise your hand. No talking during the count.',
    },
    {
      topic: 'end',
      text: 'At the end the review sets the room’s decisions beside what was really decided, with the sources.',
    },
  ];
}

/** The glossary entries the page's texts use, in the glossary's order: the packet's short glossary. */
export function packetGlossary(scenario: Scenario, texts: Iterable<string>): Pick<GlossaryEntry, 'term' | 'short'>[] {
  return glossaryUsedIn(scenario.glossary, texts).map(({ term, short }) => ({ term, short }));
}

/** One printed page of a student's packet. */
export interface PacketCopy {
  role: string;
  /** The student's name, when the facilitator typed one; null for a copy to hand out. */
  student: string | null;
  /** The copy's number for this role, from 1, and how many the role gets. */
  copy: number;
  of: number;
  /** How many students share the role. */
  sharedBy: number;
}

/**
 * The pages to print for a class: for each role in play (key roles first), one page per named
 * student, then unnamed copies for the students not named, so a role shared by two gets two pages.
 * Names beyond the role's places still get their page: nobody goes without.
 */
export function packetCopies(
  seating: Pick<Seating, 'seats'>,
  namesOf: (role: string) => readonly string[] = () => [],
): PacketCopy[] {
  return seating.seats.flatMap((seat: RoleSeat) => {
    const names = namesOf(seat.role);
    const of = Math.max(seat.students, names.length);
    return Array.from({ length: of }, (_, i) => ({
      role: seat.role,
      student: names[i] ?? null,
      copy: i + 1,
      of,
      sharedBy: of,
    }));
  });
}
