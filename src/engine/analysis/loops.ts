/**
 * Endless loops, found before play. After a person's command the game goes on by itself through
 * routes and the response model's picks until a person must act; a circle of such moves whose ways
 * out can never be taken would go round for ever (the engine stops it after MAX_MOVES_PER_COMMAND
 * moves and refuses the command, see loopGuard.ts). Here the scenario is read as a graph of those
 * moves only, keeping just the edges that some game could take:
 * - a route whose condition can never hold is no edge, and a route whose condition always holds
 *   hides the routes after it;
 * - a model pick is an edge only for an option that can be open and can weigh more than 0 (or any
 *   open option when all the open weights can be 0 at once: the model then takes the first);
 * - a decision where people act, or a model pick that can find no option open, is where a chain rests.
 * A circle (a strongly connected part) that play can reach, with no edge leaving it and no place to
 * rest, is a loop the game can enter and never leave. "Can never hold" is judged over the whole
 * scenario (which flags any effect sets, which tracks any effect moves, what features any reply item
 * carries), so what is reported is certain; a loop that only some earlier choices make endless is
 * left to the engine's bound and to the random games of `check`, which report it as a stall.
 */
import { MAX_MOVES_PER_COMMAND } from '../loopGuard';
import type { Condition, Effects, Next, Scenario, Weight } from '../schema/scenario';

/** Can a condition hold in some game: never, in some games, or in every state of every game. */
type Possible = 'never' | 'maybe' | 'always';

interface Facts {
  /** Every value some effect can give each flag (flags start unset). */
  flagValues: Map<string, unknown[]>;
  /** The values a track can take: its start only when no effect moves it, else its range. */
  trackRange: Map<string, { min: number; max: number }>;
  /** Whether some reply item can make a feature positive or negative (no package: all features 0). */
  featureSigns: Map<string, { positive: boolean; negative: boolean }>;
}

function scenarioFacts(s: Scenario): Facts {
  const flagValues = new Map<string, unknown[]>();
  const moved = new Set<string>();
  const effects: (Effects | undefined)[] = [
    ...s.decisions.flatMap((d) =>
      d.kind === 'choice' ? d.options.map((o) => o.effects) : d.kind === 'reply' ? [d.effects] : [],
    ),
    ...(s.replyBuilder?.items ?? []).map((i) => i.effects),
    ...(s.events ?? []).map((e) => e.effects),
  ];
  for (const e of effects) {
    for (const [flag, value] of Object.entries(e?.flags ?? {})) {
      const values = flagValues.get(flag) ?? [];
      values.push(value);
      flagValues.set(flag, values);
    }
    for (const id of [...Object.keys(e?.tracks ?? {}), ...Object.keys(e?.set ?? {})]) moved.add(id);
  }
  const trackRange = new Map(
    s.tracks.map((t) => [t.id, moved.has(t.id) ? { min: t.min, max: t.max } : { min: t.start, max: t.start }]),
  );
  const featureSigns = new Map<string, { positive: boolean; negative: boolean }>();
  for (const item of s.replyBuilder?.items ?? []) {
    for (const [f, v] of Object.entries(item.features ?? {})) {
      const signs = featureSigns.get(f) ?? { positive: false, negative: false };
      featureSigns.set(f, { positive: signs.positive || v > 0, negative: signs.negative || v < 0 });
    }
  }
  return { flagValues, trackRange, featureSigns };
}

function trackPossible(c: Extract<Condition, { track: string }>, range: { min: number; max: number }): Possible {
  // The values allowed by the condition, as an interval with open or closed ends.
  let lo = Number.NEGATIVE_INFINITY;
  let loOpen = false;
  let hi = Number.POSITIVE_INFINITY;
  let hiOpen = false;
  const raise = (v: number, open: boolean) => {
    if (v > lo || (v === lo && open)) [lo, loOpen] = [v, open];
  };
  const lower = (v: number, open: boolean) => {
    if (v < hi || (v === hi && open)) [hi, hiOpen] = [v, open];
  };
  if (c.atLeast !== undefined) raise(c.atLeast, false);
  if (c.above !== undefined) raise(c.above, true);
  if (c.equals !== undefined) {
    raise(c.equals, false);
    lower(c.equals, false);
  }
  if (c.atMost !== undefined) lower(c.atMost, false);
  if (c.below !== undefined) lower(c.below, true);
  const admits = (v: number) => (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
  const from = Math.max(lo, range.min);
  const to = Math.min(hi, range.max);
  const overlaps = from < to || (from === to && admits(from));
  if (!overlaps) return 'never';
  return admits(range.min) && admits(range.max) ? 'always' : 'maybe';
}

function possible(c: Condition | undefined, facts: Facts): Possible {
  if (!c) return 'always';
  if ('track' in c) {
    const range = facts.trackRange.get(c.track);
    return range ? trackPossible(c, range) : 'maybe';
  }
  if ('flag' in c) {
    const values = facts.flagValues.get(c.flag) ?? [];
    const can = c.equals !== undefined ? values.includes(c.equals) : values.some((v) => v !== false);
    // Every flag starts unset, so no flag condition holds in every state.
    return can ? 'maybe' : 'never';
  }
  if ('all' in c) {
    const parts = c.all.map((x) => possible(x, facts));
    return parts.includes('never') ? 'never' : parts.every((p) => p === 'always') ? 'always' : 'maybe';
  }
  if ('any' in c) {
    const parts = c.any.map((x) => possible(x, facts));
    return parts.includes('always') ? 'always' : parts.every((p) => p === 'never') ? 'never' : 'maybe';
  }
  if ('not' in c) {
    const inner = possible(c.not, facts);
    return inner === 'always' ? 'never' : inner === 'never' ? 'always' : 'maybe';
  }
  // chose, package, visited: each can hold in some game and not in another (a visit count only grows,
  // so a loop through the visited decision leaves by it sooner or later).
  return 'maybe';
}

/** Can a weight's terms push it above 0 (positive) or pull it to 0 (zero)? Each answer errs towards yes. */
function weightCan(w: Weight | undefined, facts: Facts): { positive: boolean; zero: boolean } {
  if (!w) return { positive: false, zero: true };
  let up = false;
  let down = false;
  for (const [f, k] of Object.entries(w.perFeature ?? {})) {
    const signs = facts.featureSigns.get(f) ?? { positive: false, negative: false };
    if ((k > 0 && signs.positive) || (k < 0 && signs.negative)) up = true;
    if ((k < 0 && signs.positive) || (k > 0 && signs.negative)) down = true;
  }
  for (const [t, k] of Object.entries(w.perTrack ?? {})) {
    const range = facts.trackRange.get(t) ?? { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
    if ((k > 0 && range.max > 0) || (k < 0 && range.min < 0)) up = true;
    if ((k < 0 && range.max > 0) || (k > 0 && range.min < 0)) down = true;
  }
  for (const term of w.when ?? []) {
    if (possible(term.if, facts) === 'never') continue;
    if (term.add > 0) up = true;
    if (term.add < 0) down = true;
  }
  return { positive: w.base > 0 || up, zero: w.base <= 0 || down };
}

/** Where a `next` can lead: the routes in order, up to one that always holds. */
function targetsOf(next: Next, facts: Facts): string[] {
  if (typeof next === 'string') return [next];
  const targets: string[] = [];
  for (const route of next) {
    const p = possible(route.when, facts);
    if (p !== 'never') targets.push(route.next);
    if (p === 'always') break;
  }
  return targets;
}

interface Moves {
  /** Where the game can go from each decision without a command. */
  edges: Map<string, string[]>;
  /** Decisions where a chain can stop: people act there, or the model may find nothing open. */
  rests: Set<string>;
}

function movesWithoutCommand(s: Scenario, facts: Facts): Moves {
  const modelSides = new Set(s.sides.filter((x) => x.modelPlayable).map((x) => x.id));
  const edges = new Map<string, string[]>();
  const rests = new Set<string>();
  for (const d of s.decisions) {
    if (d.kind === 'route') {
      edges.set(d.id, targetsOf(d.routes, facts));
      continue;
    }
    // People may play even a model-playable side; a loop is endless when the model plays it.
    if (d.kind === 'reply' || !modelSides.has(d.side)) {
      rests.add(d.id);
      continue;
    }
    const open = d.options.filter((o) => possible(o.requires, facts) !== 'never');
    if (!d.options.some((o) => possible(o.requires, facts) === 'always')) rests.add(d.id);
    const weights = open.map((o) => weightCan(o.weight, facts));
    const allZero = weights.every((w) => w.zero);
    const picked = open.filter((_, i) => allZero || weights[i].positive);
    edges.set(d.id, [...new Set(picked.flatMap((o) => targetsOf(o.next, facts)))]);
  }
  return { edges, rests };
}

/** Tarjan's strongly connected components over the moves, in the order found. */
function circles(nodes: string[], edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      found.push(part);
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

/** One way round a circle, from its first decision back to it: `a → b → a`. */
function roundOf(first: string, members: Set<string>, edges: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [first];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === first) {
        const back = [node];
        for (let at = node; at !== first; ) {
          at = cameFrom.get(at) as string;
          back.push(at);
        }
        return [...back.reverse(), first];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [first, first];
}

export interface EndlessLoop {
  /** The loop's decisions in file order. */
  decisions: string[];
  /** One way round it, starting and ending at its first decision. */
  round: string[];
}

/** The loops of routes and model picks that play can reach (`reachable`) and never leave. */
export function endlessLoops(s: Scenario, reachable: ReadonlySet<string>): EndlessLoop[] {
  const facts = scenarioFacts(s);
  const { edges, rests } = movesWithoutCommand(s, facts);
  const order = s.decisions.map((d) => d.id);
  const loops: EndlessLoop[] = [];
  for (const part of circles(order, edges)) {
    const members = new Set(part);
    const first = order.find((id) => members.has(id)) as string;
    const turns = part.length > 1 || (edges.get(first) ?? []).includes(first);
    if (!turns || !part.some((id) => reachable.has(id))) continue;
    const leaves = part.some((id) => rests.has(id) || (edges.get(id) ?? []).some((to) => !members.has(to)));
    if (leaves) continue;
    loops.push({ decisions: order.filter((id) => members.has(id)), round: roundOf(first, members, edges) });
  }
  return loops;
}

export const endlessLoopMessage = (loop: EndlessLoop) =>
  `an endless loop: ${loop.round.map((id) => `"${id}"`).join(' → ')} go round with no decision for people ` +
  `(routes, and the response model's picks when it plays a side), and none of their ways out can ever be ` +
  `taken; give the loop a way out: a route whose condition some game can meet, or an option the model ` +
  `can pick (weight above 0) that leaves it (play would stop after ${MAX_MOVES_PER_COMMAND} moves)`;
