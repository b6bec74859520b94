/**
 * A row of the lesson's timing plan and the short clock time it shows. Apart from packets.ts so the
 * set-up's lesson timing (in the first chunk) does not pull the whole packet builder in with it.
 */
import { parseScenarioTime, shortScenarioTime } from '../time';

/** "Sat 27 Oct 1962, 07:00", for a packet's list of papers. */
export const shortTime = (time: string) => shortScenarioTime(parseScenarioTime(time));

export interface TimingRow {
  /** Minutes from the start of the lesson. */
  start: number;
  minutes: number;
  kind: 'briefing' | 'recap' | 'decision' | 'review';
  title: string;
  phase?: string;
  /** The decision's clock time in the scenario, e.g. "Sat 27 Oct 1962, 10:00"; absent when it has none. */
  at?: string;
  decision?: string;
  side?: string;
  /** A decision the response model can make (solo play) for a side a second team may play. */
  model?: boolean;
  /** With a lesson plan of several periods: the period, from 1; `start` counts from that period's start. */
  period?: number;
}
