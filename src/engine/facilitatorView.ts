/**
 * What the facilitator of a class sees beside the seat on the screen: the injects still to come, who
 * may hold the screen now (two teams on one screen), and the vote the room is taking. Like `toView`,
 * it is projected here from the context, so the UI renders typed data and never reads the context.
 */
import type { Engine, GameSnapshot } from './game';
import { whyNot } from './legality';
import { openOptions } from './rules';
import type { VoteRecord } from './state';
import { describeScenarioTime, formatScenarioTime } from './time';
import type { OptionView } from './view';

/** A scheduled paper for the room that has not arrived yet. */
export interface InjectView {
  id: string;
  title: string;
  /** When it is due on the scenario's clock: "YYYY-MM-DD HH:MM" (for the UI's date module), minutes, and words. */
  due: string;
  dueMinutes: number;
  dueLong: string;
  /** Held back by the facilitator: it will not arrive until released. */
  held: boolean;
  /** It arrives on the clock only on some paths (its `when`). */
  conditional: boolean;
  /**
   * How many scenario minutes before its time a release now would hand it out (0 or less: it is due
   * already, held back). The UI asks before releasing a paper early and says how early.
   */
  minutesEarly: number;
  /** Why "Release now" would be refused (its branch not taken on this run), or null when it may be released. */
  refused: string | null;
}

/** The decision open on the table and whether people or the model take it. */
export interface TurnView {
  decision: string;
  side: string;
  sideName: string;
  /** Played by people in the room (a vote), not by the scenario's response model. */
  people: boolean;
}

/** A choice the room is voting on at this screen, and how the room voted on earlier ones. */
export interface VoteView {
  open: { decision: string; options: OptionView[] } | null;
  recorded: { decision: string; option: string; vote: VoteRecord }[];
}

export interface FacilitatorView {
  /** Papers for `side` still waiting on the clock, in the order they are due. */
  injects: InjectView[];
  turn: TurnView | null;
  /**
   * Two teams on one screen: the side whose turn it is while the screen shows another seat. The
   * screen must be handed over before anything of that side is shown; null when no hand-over is due.
   */
  handOverTo: { side: string; name: string } | null;
  vote: VoteView;
}

/** The facilitator's view for the screen that shows `side`'s seat. */
export function facilitatorView(engine: Pick<Engine, 'index'>, snapshot: GameSnapshot, side: string): FacilitatorView {
  const { index } = engine;
  const ctx = snapshot.context;
  const ended = snapshot.status === 'done';
  const current = index.decisions.get(ctx.current);
  const sideName = (id: string) => index.scenario.sides.find((s) => s.id === id)?.name ?? id;
  const turn: TurnView | null =
    !ended && current && current.kind !== 'route'
      ? {
          decision: current.id,
          side: current.side,
          sideName: sideName(current.side),
          people: ctx.controllers[current.side] === 'human',
        }
      : null;
  const injects = index.schedule.flatMap((item): InjectView[] => {
    if (!('doc' in item)) return [];
    const d = item.doc;
    if (ctx.delivered.some((x) => x.id === d.id) || !(d.audience.sides ?? []).includes(side)) return [];
    return [
      {
        id: d.id,
        title: d.title,
        due: formatScenarioTime(item.at),
        dueMinutes: item.at,
        dueLong: describeScenarioTime(item.at),
        held: ctx.held?.includes(d.id) ?? false,
        conditional: Boolean(d.deliver?.when),
        minutesEarly: item.at - ctx.clock,
        refused: whyNot(index, ctx, { type: 'facilitator.release', document: d.id }),
      },
    ];
  });
  const open =
    turn?.people && turn.side === side && current?.kind === 'choice'
      ? {
          decision: current.id,
          options: openOptions(current, ctx).map(({ id, label, description, risk }) => ({
            id,
            label,
            description,
            risk,
          })),
        }
      : null;
  const recorded = ctx.log.flatMap((e) =>
    e.kind === 'choice' && e.vote && e.side === side ? [{ decision: e.decision, option: e.option, vote: e.vote }] : [],
  );
  return {
    injects,
    turn,
    handOverTo: turn?.people && turn.side !== side ? { side: turn.side, name: turn.sideName } : null,
    vote: { open, recorded },
  };
}
