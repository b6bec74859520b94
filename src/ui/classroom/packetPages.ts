/**
 * Role packets and the facilitator's guide, on screen and on paper: the guide first, then one page
 * per role (biography, position on the day with its source, private objectives, the papers that
 * reach that role, marked for their eyes only). The class size sets which roles are in play and how
 * many students share each. Loaded as a chunk of its own when first opened.
 */
import './packets.css';
import {
  CLASS_SIZE,
  DEFAULT_CLASS_SIZE,
  defaultRoles,
  type Seating,
  type Teams,
} from '../../engine/classroom/defaultRoles';
import { memoFormsFor, memoRubric } from '../../engine/classroom/memoForms';
import {
  type FacilitatorGuide,
  facilitatorGuide,
  MORE_PAPERS,
  NO_STANCE,
  OBJECTIVES_NOTE,
  type PacketCopy,
  packetCopies,
  packetEngine,
  type RolePacket,
  type RolePackets,
  rolePackets,
  type SourcedClaim,
  STANCE_NOTE,
  VOICE_ROLE,
} from '../../engine/classroom/packets';
import type { Engine } from '../../engine/game';
import type { Scenario } from '../../engine/schema/scenario';
import { comparedQuestions } from '../../session/comparedQuestions';
import { browserStore } from '../../session/storage';
import { h, plural, screenHeading } from '../dom';
import { sourceLink } from '../play/sources';
import { paraphraseTag, whereFromPrinted } from '../play/whereFrom';
import type { ClassroomConfig } from './classroomSession';
import { comparedQuestionsSection } from './comparedSection';
import { memoFormPage, rubricTable } from './memoPages';

export interface PacketsActions {
  back(): void;
}

export interface PacketsOptions {
  /** The engine already built for this scenario, if any (the guide plays the record's path on it). */
  engine?: Engine;
  /** The class size to start with; DEFAULT_CLASS_SIZE when not given. */
  classSize?: number;
  /** A class set up for a session: its roles, shares and names replace the size and teams controls. */
  classroom?: ClassroomConfig;
  /** The heading's id (unique on the page). */
  headingId?: string;
  /** The lesson plan chosen at the set-up (none: the game played whole) and the debate minutes: the timing plan follows them. */
  lesson?: string | null;
  debateMinutes?: number;
}

function table(caption: string, head: string[], rows: HTMLElement[], className = ''): HTMLTableElement {
  return h(
    'table',
    { class: `classroom-table ${className}` },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ...head.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, ...rows),
  );
}

function seatingSection(
  seating: Seating,
  sideName: (id: string) => string,
  namesOf: (role: string) => string[] = () => [],
): HTMLElement {
  const named = seating.seats.some((s) => namesOf(s.role).length > 0);
  const rows = seating.sides.flatMap((side) =>
    seating.seats
      .filter((s) => s.side === side)
      .map((s) =>
        h(
          'tr',
          { 'data-role': s.role },
          h('td', {}, s.name),
          h('td', {}, s.office),
          h('td', {}, s.voice ? `${sideName(s.side)} (speaks, does not vote)` : sideName(s.side)),
          h('td', { class: 'num' }, String(s.students)),
          named ? h('td', {}, namesOf(s.role).join(', ')) : null,
        ),
      ),
  );
  const reserve = seating.reserve.length;
  return h(
    'div',
    { class: 'guide__seating' },
    h(
      'p',
      {},
      `A class of ${seating.classSize}, ${seating.teams === 'two' ? 'two teams' : 'one team'}: ${plural(
        seating.seats.length,
        'role',
      )} in play${reserve ? `, ${plural(reserve, 'role')} kept in reserve` : ''}. Key roles come first; the number of students per role differs by at most one.`,
    ),
    table(
      'Roles in play and students per role',
      ['Role', 'Office', 'Side', 'Students', ...(named ? ['Names'] : [])],
      rows,
      'seating',
    ),
  );
}

/** A cited claim on paper: who, the text (a position tagged as paraphrase), its sources and pinpoints. */
function claimItem(claim: SourcedClaim): HTMLElement {
  return h(
    'li',
    { class: 'guide__claim', 'data-role': claim.role },
    h('strong', {}, claim.who),
    ': ',
    claim.role ? paraphraseTag() : null,
    claim.text,
    ' ',
    h(
      'span',
      { class: 'packet__source' },
      'Source: ',
      ...claim.sources.flatMap((s, i) => (i ? ['; ', sourceLink(s)] : [sourceLink(s)])),
    ),
    whereFromPrinted(claim.bases),
  );
}

/** Where each decision's historical note and advisers' positions rest, for a class that asks. */
function claimsSection(guide: FacilitatorGuide): HTMLElement | null {
  if (guide.claims.length === 0 && guide.stances.length === 0) return null;
  return h(
    'section',
    { class: 'guide__claims', 'aria-labelledby': 'guide-claims-heading' },
    h('h3', { id: 'guide-claims-heading' }, 'Where the claims come from'),
    h(
      'p',
      { class: 'guide__note' },
      'Each decision’s historical note and each adviser’s position, with the place in the source it rests on and the words to look for there. Positions are the project’s paraphrase, not quotations.',
    ),
    guide.stances.length > 0
      ? h(
          'div',
          { class: 'guide__decision-claims guide__stances' },
          h('h4', {}, 'The roles’ positions on the day (as printed in their packets)'),
          h('ul', {}, ...guide.stances.map(claimItem)),
        )
      : null,
    ...guide.claims.map((d) =>
      h(
        'div',
        { class: 'guide__decision-claims', 'data-decision': d.decision },
        h('h4', {}, d.title),
        h('ul', {}, d.history ? claimItem(d.history) : null, ...d.positions.map(claimItem)),
      ),
    ),
  );
}

function guidePage(guide: FacilitatorGuide, seatingHost: HTMLElement, rubric: HTMLElement | null): HTMLElement {
  const timingRows = guide.timing.map((row) =>
    h(
      'tr',
      { class: `timing--${row.kind}`, 'data-decision': row.decision },
      h(
        'td',
        { class: 'num' },
        `${guide.timetable.periods.length > 1 && row.period ? `P${row.period} ` : ''}${row.start}–${row.start + row.minutes}`,
      ),
      h('td', { class: 'num' }, String(row.minutes)),
      h(
        'td',
        {},
        h('strong', {}, row.title),
        row.phase ? h('br', {}) : null,
        row.phase ? h('span', { class: 'guide__phase' }, row.phase) : null,
        row.model ? h('span', { class: 'guide__phase' }, ' (the other team, or the response model)') : null,
      ),
      h('td', { class: 'nowrap' }, row.at ?? '—'),
    ),
  );
  const injectRows = guide.injects.map((inject) =>
    h(
      'tr',
      { 'data-document': inject.id },
      h(
        'td',
        {},
        h('strong', {}, inject.title),
        h('br', {}),
        h('span', { class: 'guide__phase' }, `${inject.kindLabel}, ${inject.date}`),
      ),
      h(
        'td',
        {},
        inject.audience,
        !inject.playerSideHolds ? h('span', { class: 'guide__flag' }, ` not for ${guide.playerSide.name}`) : null,
        inject.rolesOnly ? h('span', { class: 'guide__flag' }, ' named roles only') : null,
      ),
      h(
        'td',
        {},
        h('ul', { class: 'guide__arrivals' }, ...inject.arrivalText.map((text) => h('li', {}, text))),
        inject.informs ? h('p', { class: 'guide__informs' }, `For: ${inject.informs.title}`) : null,
      ),
    ),
  );
  return h(
    'article',
    { class: 'classroom-page guide', 'aria-labelledby': 'guide-heading' },
    h('p', { class: 'classroom-page__kicker' }, `${guide.scenario.title} · ${guide.scenario.date}`),
    h('h2', { id: 'guide-heading' }, 'Facilitator’s guide'),
    h('p', {}, guide.scenario.summary),
    h(
      'p',
      {},
      h(
        'strong',
        {},
        guide.timetable.plan
          ? `Lesson plan: ${guide.timetable.plan.name}, ${guide.durationMinutes} minutes${guide.timetable.periods.length > 1 ? ` in ${guide.timetable.periods.length} periods` : ''}. `
          : `Recommended duration: ${guide.durationMinutes} minutes. `,
      ),
      `The class sits as ${guide.playerSide.name}.`,
      guide.otherTeams.length > 0
        ? ` In solo play the computer answers for ${guide.otherTeams.map((t) => t.name).join(' and ')}; a second team can take ${guide.otherTeams.length === 1 ? 'that side' : 'those sides'} instead.`
        : '',
    ),
    h('h3', {}, 'Roles for this class'),
    seatingHost,
    h('h3', {}, 'Timing plan'),
    h(
      'p',
      { class: 'guide__note' },
      guide.timing.some((row) => row.period !== undefined)
        ? `With ${guide.timetable.debateMinutes}-minute debates: ${guide.timetable.periods.map((p) => `${p.label ?? `period ${p.period}`}: ${p.sum}`).join('; ')}. ${guide.timetable.fits ? 'It fits.' : guide.timetable.longestDebate > 0 ? `It overruns: debates of ${guide.timetable.longestDebate} minutes or less fit.` : 'It overruns even with one-minute debates.'}`
        : guide.mainLine === 'historical'
          ? 'The plan follows the main line: the decisions the historical choices pass through. Each decision’s time is in proportion to its debate (one share, one more per adviser heard, double for a reply package).'
          : 'The plan lists every decision with a clock time, in time order; each decision’s time is in proportion to its debate.',
    ),
    table('Timing plan', ['Minutes', 'Length', 'Decision', 'Scenario clock'], timingRows, 'timing'),
    guide.branches.length > 0
      ? h(
          'div',
          { class: 'guide__branches' },
          h('h4', {}, 'Branches a class may take instead'),
          h(
            'ul',
            {},
            ...guide.branches.map((b) =>
              h(
                'li',
                { 'data-decision': b.decision },
                h('strong', {}, b.title),
                ` (${b.phase}${b.at ? `; ${b.at}` : ''})`,
              ),
            ),
          ),
        )
      : null,
    h('h3', {}, 'The injects: what arrives, when and how'),
    table('Injects', ['Paper', 'Who receives it', 'How it arrives'], injectRows, 'injects'),
    h('h3', {}, 'Endings'),
    h(
      'ul',
      { class: 'guide__endings' },
      ...guide.endings.map((e) =>
        h(
          'li',
          { 'data-ending': e.id },
          h(
            'span',
            { class: `guide__kind guide__kind--${e.kind}` },
            e.kind === 'historical' ? 'History' : 'Counterfactual',
          ),
          ' ',
          h('strong', {}, e.title),
          `: ${e.summary}`,
          whereFromPrinted(e.bases),
        ),
      ),
    ),
    claimsSection(guide),
    rubric,
    guide.discussion.length > 0 ? h('h3', {}, 'Questions for the discussion') : null,
    guide.discussion.length > 0
      ? h('ol', { class: 'guide__questions' }, ...guide.discussion.map((q) => h('li', {}, q)))
      : null,
  );
}

/** Who a printed copy is for, in words: the student's name, or a copy for one of those who share the role. */
export function seatLine(copy: PacketCopy, others: readonly string[], classSize: number): string {
  const share = copy.sharedBy > 1 ? ': you share this role, so agree among yourselves who speaks when' : '';
  if (copy.student) {
    const with_ = others.length > 0 ? ` (with ${others.join(', ')})` : '';
    return `For ${copy.student}${with_}${share}.`;
  }
  if (copy.sharedBy === 1) return `For one student in a class of ${classSize}.`;
  return `Copy ${copy.copy} of ${copy.sharedBy}: shared by ${copy.sharedBy} students in a class of ${classSize}${share}.`;
}

function howItWorksBox(packet: RolePacket, id: string): HTMLElement {
  return h(
    'section',
    { class: 'packet__how', 'aria-labelledby': id },
    h('h3', { id }, 'How this lesson works'),
    h('ul', {}, ...packet.howItWorks.map((point) => h('li', { 'data-topic': point.topic }, point.text))),
  );
}

function glossaryList(packet: RolePacket): HTMLElement[] {
  if (packet.glossary.length === 0) return [];
  return [
    h('h3', {}, 'Words on this page and in your papers'),
    h(
      'dl',
      { class: 'packet__glossary' },
      ...packet.glossary.flatMap((entry) => [h('dt', {}, entry.term), h('dd', {}, entry.short)]),
    ),
  ];
}

function packetPage(
  scenario: { title: string; date: string },
  packet: RolePacket,
  copy: PacketCopy,
  seat: string,
): HTMLElement {
  const id = `packet-${packet.role.id}-${copy.copy}`;
  return h(
    'article',
    {
      class: 'classroom-page packet',
      'data-role': packet.role.id,
      'data-copy': String(copy.copy),
      'aria-labelledby': id,
    },
    h(
      'header',
      { class: 'packet__header' },
      h('p', { class: 'classroom-page__kicker' }, `${scenario.title} · ${scenario.date}`),
      h('p', { class: 'packet__stamp' }, 'For your eyes only'),
    ),
    h('h2', { id, class: 'packet__name' }, packet.role.name),
    h('p', { class: 'packet__office' }, `${packet.role.office} · ${packet.side.name}`),
    h('p', { class: 'packet__seat' }, seat),
    howItWorksBox(packet, `${id}-how`),
    h('h3', {}, 'Who you are'),
    h('p', {}, packet.role.bio),
    packet.side.voice ? h('h3', {}, 'How you take part') : null,
    packet.side.voice ? h('p', { class: 'packet__voice' }, VOICE_ROLE) : null,
    h('h3', {}, 'Your position on the day'),
    packet.stance
      ? h(
          'div',
          { class: 'packet__stance' },
          h('p', { class: 'packet__label' }, STANCE_NOTE),
          h(
            'p',
            {},
            packet.stance.text,
            ' ',
            h('span', { class: 'packet__source' }, 'Source: ', sourceLink(packet.stance.source)),
          ),
          whereFromPrinted(packet.stance.bases),
        )
      : h('p', { class: 'packet__none' }, NO_STANCE),
    h('h3', {}, 'Your private objectives'),
    h('p', { class: 'packet__label' }, OBJECTIVES_NOTE),
    h('ul', { class: 'packet__objectives' }, ...packet.objectives.map((o) => h('li', {}, o))),
    h('h3', {}, 'Your papers at the start — for your eyes only'),
    packet.documents.length > 0
      ? table(
          `Papers for ${packet.role.name} at the start`,
          ['Paper', 'Kind', 'Date'],
          packet.documents.map((d) =>
            h(
              'tr',
              { 'data-document': d.id },
              h('td', {}, d.title),
              h('td', {}, d.kindLabel),
              h('td', {}, h('time', { title: d.date }, d.shortDate)),
            ),
          ),
          'packet__papers',
        )
      : h('p', { class: 'packet__none' }, 'No paper is in your folder at the start.'),
    packet.morePapers ? h('p', { class: 'packet__more' }, MORE_PAPERS) : null,
    ...glossaryList(packet),
  );
}

/** What the Print button puts on paper. */
type PrintChoice = 'both' | 'packets' | 'guide' | 'memos';

export function packetsScreen(scenario: Scenario, actions: PacketsActions, options: PacketsOptions = {}): HTMLElement {
  const cls = options.classroom;
  const debateMinutes = options.debateMinutes ?? cls?.debateMinutes;
  const engine = options.engine ?? packetEngine(scenario);
  const guide = facilitatorGuide(scenario, engine, { lesson: options.lesson, debateMinutes });
  const sideName = (id: string) => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const canTwoTeams = guide.otherTeams.length > 0;
  const headingId = options.headingId ?? 'packets-heading';

  const sizeInput = h('input', {
    id: 'class-size',
    type: 'number',
    inputmode: 'numeric',
    min: CLASS_SIZE.min,
    max: CLASS_SIZE.max,
    value: options.classSize ?? DEFAULT_CLASS_SIZE,
  });
  const teamsSelect = h(
    'select',
    { id: 'class-teams', disabled: !canTwoTeams },
    h('option', { value: 'one' }, `One team: ${guide.playerSide.name}`),
    canTwoTeams
      ? h('option', { value: 'two' }, `Two teams: also ${guide.otherTeams.map((t) => t.name).join(', ')}`)
      : null,
  );
  const printChoice = h(
    'select',
    { id: 'print-what' },
    h('option', { value: 'both' }, 'The guide and the students’ packets'),
    h('option', { value: 'packets' }, 'The students’ packets only (one page each)'),
    h('option', { value: 'guide' }, 'The facilitator’s guide only'),
    scenario.memos ? h('option', { value: 'memos' }, 'The position memo forms (a page per student and memo)') : null,
  );
  const namesOf = (role: string) => cls?.roster.find((seat) => seat.role === role)?.names ?? [];
  const seatingHost = h('div', { class: 'guide__seating-host', 'aria-live': 'polite' });
  const rubric = memoRubric(scenario);
  const guideEl = guidePage(guide, seatingHost, rubric ? rubricTable(rubric.criteria, rubric.maxPoints) : null);
  // The questions of the teacher's last Compare classes in this browser (#16), after the scenario's own.
  guideEl.append(comparedQuestionsSection(comparedQuestions(browserStore(), scenario.meta.id)));
  // Memo forms only for the decisions the class plays under the plan chosen (the guide's timing plan).
  const played = new Set(guide.timing.flatMap((row) => (row.decision ? [row.decision] : [])));
  const memosHost = h('div', { class: 'classroom__memos' });
  const pagesHost = h('div', { class: 'classroom__packets' });
  const summary = h('p', { class: 'classroom__hint', 'aria-live': 'polite' });
  // Packets depend on the teams (the lesson box says how two teams vote), so they are built per choice.
  const built = new Map<string, RolePackets>();
  const packetsFor = (teams: Teams) => {
    const key = teams;
    let packets = built.get(key);
    if (!packets) {
      packets = rolePackets(scenario, { lesson: options.lesson, debateMinutes, teams }, engine);
      built.set(key, packets);
    }
    return packets;
  };

  const root = h(
    'section',
    { class: 'classroom classroom--packets', 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'classroom__toolbar no-print' },
      screenHeading(1, 'Role packets and facilitator guide', headingId),
      summary,
      h(
        'div',
        { class: 'classroom__controls' },
        // A class set up for a session keeps its own roles and names; the size is not asked again.
        cls ? null : h('label', { for: 'class-size' }, `Students (${CLASS_SIZE.min}–${CLASS_SIZE.max})`),
        cls ? null : sizeInput,
        cls ? null : h('label', { for: 'class-teams' }, 'Teams'),
        cls ? null : teamsSelect,
        h('label', { for: 'print-what' }, 'Print'),
        printChoice,
      ),
      h(
        'div',
        { class: 'classroom__actions' },
        h('button', { type: 'button', class: 'button button--primary', onclick: () => window.print() }, 'Print'),
        h('button', { type: 'button', class: 'button', onclick: () => actions.back() }, 'Back'),
      ),
    ),
    guideEl,
    pagesHost,
    memosHost,
  );

  /** Only the first page printed starts without a page break, so the last one leaves no blank page. */
  const markFirstPrinted = () => {
    const choice = printChoice.value as PrintChoice;
    root.dataset.print = choice;
    const pages = [
      guideEl,
      ...pagesHost.querySelectorAll<HTMLElement>('.packet'),
      ...memosHost.querySelectorAll<HTMLElement>('.memo-form'),
    ];
    const printed = pages.filter((page) =>
      page === guideEl
        ? choice === 'both' || choice === 'guide'
        : page.classList.contains('memo-form')
          ? choice === 'memos'
          : choice === 'both' || choice === 'packets',
    );
    for (const page of pages) page.classList.toggle('classroom-page--first', page === printed[0]);
  };

  const update = () => {
    const asked = Number(sizeInput.value);
    const size = Number.isInteger(asked)
      ? Math.min(CLASS_SIZE.max, Math.max(CLASS_SIZE.min, asked))
      : (options.classSize ?? DEFAULT_CLASS_SIZE);
    const teams: Teams = cls ? (cls.teams ? 'two' : 'one') : (teamsSelect.value as Teams);
    const seating: Seating = cls
      ? defaultRoles(scenario, cls.classSize, { teams, inPlay: cls.roster.map((seat) => seat.role) })
      : defaultRoles(scenario, size, { teams });
    seatingHost.replaceChildren(seatingSection(seating, sideName, namesOf));
    const packets = packetsFor(teams);
    const byRole = new Map(packets.packets.map((p) => [p.role.id, p]));
    const copies = packetCopies(seating, namesOf);
    pagesHost.replaceChildren(
      ...copies.flatMap((copy) => {
        const packet = byRole.get(copy.role);
        if (!packet) return [];
        const others = namesOf(copy.role).filter((n) => n !== copy.student);
        return [packetPage(packets.scenario, packet, copy, seatLine(copy, others, seating.classSize))];
      }),
    );
    memosHost.replaceChildren(
      ...copies.flatMap((copy) => {
        const packet = byRole.get(copy.role);
        if (!packet) return [];
        return memoFormsFor(scenario, copy.role, played).map((form) =>
          memoFormPage(form, {
            role: packet.role.name,
            office: packet.role.office,
            student: copy.student ?? undefined,
          }),
        );
      }),
    );
    summary.textContent = `${packets.scenario.title}${packets.lesson ? `, ${packets.lesson.name}` : ''}: ${plural(
      copies.length,
      'student packet',
    )} (one printed page each, one per student) and the facilitator’s guide. Print them, or save them as a PDF from the print dialog.`;
    markFirstPrinted();
  };
  sizeInput.addEventListener('input', update);
  teamsSelect.addEventListener('change', update);
  printChoice.addEventListener('change', markFirstPrinted);
  update();
  return root;
}
