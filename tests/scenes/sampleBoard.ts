/**
 * A board state as the session publishes it at the start of Black Saturday (10:00, the ExComm
 * deliberating the second letter), taken from the real scenario's view (decision and log left out:
 * the board does not draw them). Shared by the Node tests and the browser harness.
 */
import { parseScenarioTime } from '../../src/engine/time';
import type { GameView } from '../../src/engine/view';
import type { BoardState } from '../../src/session/boardFeed';

export const SAMPLE_SEATS: BoardState['seats'] = [
  { id: 'jfk', name: 'John F. Kennedy', office: 'President of the United States' },
  { id: 'rusk', name: 'Dean Rusk', office: 'Secretary of State' },
  { id: 'mcnamara', name: 'Robert S. McNamara', office: 'Secretary of Defense' },
  { id: 'rfk', name: 'Robert F. Kennedy', office: 'Attorney General' },
  { id: 'bundy', name: 'McGeorge Bundy', office: 'Special Assistant to the President for National Security Affairs' },
  { id: 'taylor', name: 'General Maxwell D. Taylor', office: 'Chairman of the Joint Chiefs of Staff' },
  { id: 'ball', name: 'George W. Ball', office: 'Under Secretary of State' },
  { id: 'thompson', name: 'Llewellyn E. Thompson', office: 'Ambassador at Large (former Ambassador to Moscow)' },
  { id: 'stevenson', name: 'Adlai E. Stevenson', office: 'US Ambassador to the United Nations' },
  { id: 'sorensen', name: 'Theodore C. Sorensen', office: 'Special Counsel to the President' },
  {
    id: 'rostow',
    name: 'Walt W. Rostow',
    office: 'Counselor of the State Department and Chairman of the Policy Planning Council',
  },
  { id: 'mccone', name: 'John A. McCone', office: 'Director of Central Intelligence' },
  { id: 'dillon', name: 'C. Douglas Dillon', office: 'Secretary of the Treasury' },
  { id: 'nitze', name: 'Paul H. Nitze', office: 'Assistant Secretary of Defense for International Security Affairs' },
];

type Summary = GameView['documents'][number];

function withMinutes(docs: Omit<Summary, 'dateMinutes' | 'deliveredMinutes'>[]): Summary[] {
  return docs.map((d) => ({
    ...d,
    dateMinutes: parseScenarioTime(d.date),
    deliveredMinutes: parseScenarioTime(d.deliveredAt),
  }));
}

export const SAMPLE_VIEW: GameView = {
  scenario: { id: 'black-saturday', title: 'Eyes Only: Black Saturday', version: '1.0.0' },
  seed: 1962,
  status: 'deciding',
  clock: {
    minutes: -3776520,
    label: 'Washington',
    text: '10:00',
    long: 'Saturday 27 October 1962, 10:00',
    others: [{ label: 'Moscow', text: '17:00' }],
  },
  decision: null,
  tracks: [
    {
      id: 'escalation',
      label: 'Escalation (DEFCON)',
      value: 6,
      min: 0,
      max: 10,
      level: 'DEFCON 2 — Strategic Air Command on war footing',
      hidden: false,
      better: 'down',
    },
    {
      id: 'missile-readiness',
      label: 'Soviet missile sites operational',
      value: 7,
      min: 0,
      max: 10,
      level: 'MRBM sites operational, work continuing',
      hidden: false,
      better: 'down',
    },
    { id: 'us-credibility', label: 'US credibility', value: 6, min: 0, max: 10, hidden: false, better: 'up' },
    {
      id: 'soviet-face',
      label: "Soviet face (Khrushchev's room to claim success)",
      value: 4,
      min: 0,
      max: 10,
      hidden: false,
      better: 'up',
    },
    { id: 'nato-cohesion', label: 'NATO cohesion', value: 7, min: 0, max: 10, hidden: false, better: 'up' },
    {
      id: 'summit-prospects',
      label: 'Summit and arms-control prospects',
      value: 2,
      min: 0,
      max: 10,
      hidden: false,
      better: 'up',
    },
    {
      id: 'domestic-standing',
      label: 'Domestic standing (midterms 6 November)',
      value: 6,
      min: 0,
      max: 10,
      hidden: false,
      better: 'up',
    },
    {
      id: 'hemispheric-support',
      label: 'Hemispheric support (OAS)',
      value: 8,
      min: 0,
      max: 10,
      hidden: false,
      better: 'up',
    },
  ],
  // Times as the view carries them: scenario times, and the same in minutes (withMinutes).
  documents: withMinutes([
    {
      id: 'khrushchev-letter-26',
      title: "Chairman Khrushchev's private letter of 26 October",
      kind: 'letter',
      date: '1962-10-26 21:15',
      deliveredAt: '1962-10-27 07:00',
      read: false,
    },
    {
      id: 'planning-negotiation-26',
      title: '"Negotiation": paper of the Planning Subcommittee, 26 October',
      kind: 'paper',
      date: '1962-10-26 18:00',
      deliveredAt: '1962-10-27 07:00',
      read: false,
    },
    {
      id: 'rostow-notes-26',
      title: 'Rough notes of the Rostow committee meeting, 26 October',
      kind: 'minutes',
      date: '1962-10-26 20:00',
      deliveredAt: '1962-10-27 07:00',
      read: false,
    },
    {
      id: 'situation-27',
      title: 'Situation summary, Saturday 27 October, 7 a.m.',
      kind: 'intelligence',
      date: '1962-10-27 07:00',
      deliveredAt: '1962-10-27 07:00',
      read: false,
    },
    {
      id: 'moscow-radio-27',
      title: 'Moscow radio broadcasts a new letter from Khrushchev',
      kind: 'radio',
      date: '1962-10-27 10:00',
      deliveredAt: '1962-10-27 10:00',
      read: false,
    },
    {
      id: 'report-no-4',
      title: 'Planning Subcommittee Report No. 4, morning of 27 October',
      kind: 'memo',
      date: '1962-10-27 09:00',
      deliveredAt: '1962-10-27 10:00',
      read: false,
    },
  ]),
  log: [],
  notes: [],
  ending: null,
};

export function sampleBoardState(patch: Partial<BoardState> = {}): BoardState {
  return {
    view: structuredClone(SAMPLE_VIEW),
    speaking: 'rusk',
    seats: SAMPLE_SEATS.map((s) => ({ ...s })),
    reducedMotion: false,
    highContrast: false,
    chart: { kind: 'caribbean' },
    ...patch,
  };
}
