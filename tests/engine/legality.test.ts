/**
 * One judge of legality: the machine takes a command exactly when `whyNot` finds nothing against it.
 * Random commands (well-formed, misaddressed, malformed, named like built-in properties) are tried
 * on random snapshots of several scenarios, straight against the compiled machine (no engine.step
 * in between), and the machine's answer is compared with `whyNot`'s.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { legalCommand } from '../../src/engine/analysis/randomPlay';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import { seedState } from '../../src/engine/rng';
import type { GameCommand, GameInput, VoteRecord } from '../../src/engine/state';
import { pureStepper } from '../../src/engine/stepper';

function engineFor(folder: string): Engine {
  const loaded = loadScenarioFolder(join(__dirname, '..', '..', folder));
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return createEngine(loaded.value.scenario);
}

const FOLDERS = [
  'tests/fixtures/scenarios/mini',
  'tests/fixtures/broken/builtin-names',
  'tests/fixtures/broken/route-cycle',
  'scenarios/black-saturday',
];

/**
 * Commands built from the scenario's own ids and some that are not; with a snapshot, its current
 * decision's options and the documents it delivered and read come up often, so near misses are tried.
 */
function commands(engine: Engine, at?: GameSnapshot): fc.Arbitrary<GameCommand> {
  const s = engine.scenario;
  const odd = ['constructor', 'toString', 'nowhere', ''];
  const side = fc.constantFrom(...s.sides.map((x) => x.id), ...odd);
  const current = at && engine.index.decisions.get(at.context.current);
  const here = current?.kind === 'choice' ? current.options.map((o) => o.id) : [];
  const optionIds = s.decisions.flatMap((d) => (d.kind === 'choice' ? d.options.map((o) => o.id) : []));
  const option = fc.constantFrom(...here, ...here, ...optionIds, ...odd);
  const seen = at ? [...at.context.delivered.map((d) => d.id), ...at.context.read, ...at.context.read] : [];
  const document = fc.constantFrom(...seen, ...s.documents.map((d) => d.id), ...odd);
  const itemIds = (s.replyBuilder?.items ?? []).map((i) => i.id);
  const vote = fc.oneof(
    fc.constant(undefined),
    fc.record({ counts: fc.dictionary(option, fc.integer({ min: -1, max: 3 })) }),
    fc.record({ counts: fc.dictionary(option, fc.nat(3)), override: fc.constantFrom('the chair decides', '') }),
    fc.constantFrom(null, 'yes', { counts: null }, { counts: { [optionIds[0]]: 1.5 } }),
  ) as fc.Arbitrary<VoteRecord | undefined>;
  const anything: fc.Arbitrary<GameCommand> = fc.oneof(
    fc.record(
      { type: fc.constant('player.choose' as const), side, option, vote },
      { requiredKeys: ['type', 'side', 'option'] },
    ),
    fc.record({
      type: fc.constant('player.sendReply' as const),
      side,
      items: fc.oneof(
        fc.subarray([...itemIds, ...itemIds, 'constructor', 'nowhere']),
        fc.constant('share-light' as unknown as string[]),
      ),
    }),
    fc.record({ type: fc.constant('player.read' as const), document }),
    fc.record({
      type: fc.constant('facilitator.mark' as const),
      note: fc.constantFrom('', '   ', 'a moment', 7 as unknown as string),
    }),
    fc.record({ type: fc.constant('facilitator.release' as const), document }),
    fc.record({ type: fc.constant('facilitator.hold' as const), document }),
    fc.constant({ type: 'player.dance' } as unknown as GameCommand),
  );
  if (!at) return anything;
  // The move a person could make here, sent as it is or with a vote that stands or does not.
  const move = fc
    .tuple(fc.nat(), fc.nat(3), fc.constantFrom(...here, ...odd), fc.boolean())
    .map(([k, heads, other, overridden]): GameCommand => {
      const command = legalCommand(engine, at, seedState(k)).command ?? ({ type: 'player.dance' } as never);
      if (command.type !== 'player.choose' || heads === 0) return command;
      const counts = { [command.option]: heads, ...(heads > 1 ? { [other]: heads + 1 } : {}) };
      return { ...command, vote: overridden ? { counts, override: 'the chair' } : { counts } };
    });
  // What a facilitator or a reader could send here: mostly fine, unless the game has ended.
  const aside = fc.constantFrom<GameCommand>(
    { type: 'facilitator.mark', note: 'a moment' },
    ...at.context.delivered.map((d) => ({ type: 'player.read' as const, document: d.id })),
    ...s.documents.filter((d) => d.deliver).map((d) => ({ type: 'facilitator.hold' as const, document: d.id })),
    ...s.documents.filter((d) => d.deliver).map((d) => ({ type: 'facilitator.release' as const, document: d.id })),
  );
  return fc.oneof({ arbitrary: anything, weight: 2 }, { arbitrary: move, weight: 3 }, { arbitrary: aside, weight: 1 });
}

/** A snapshot some game reaches: random controllers, a few random legal moves and facilitator commands. */
function snapshots(engine: Engine): fc.Arbitrary<GameSnapshot> {
  const s = engine.scenario;
  const controllers = fc.record(
    Object.fromEntries(
      s.sides.map((x) => [x.id, fc.constantFrom('human' as const, 'human' as const, 'model' as const)]),
    ),
  );
  return fc
    .tuple(fc.integer(), controllers, fc.nat(8), fc.array(commands(engine), { maxLength: 4 }))
    .map(([seed, asked, moves, extra]) => {
      const input: GameInput = { seed, controllers: asked };
      let snapshot = engine.start(input);
      let chooser = seedState(seed);
      for (let i = 0; i < moves; i++) {
        const next = legalCommand(engine, snapshot, chooser);
        chooser = next.chooser;
        const command = next.command ?? extra[i % Math.max(1, extra.length)];
        if (!command) break;
        const r = engine.step(snapshot, command);
        if (r.ok) snapshot = r.snapshot;
      }
      for (const command of extra) {
        const r = engine.step(snapshot, command);
        if (r.ok) snapshot = r.snapshot;
      }
      return snapshot;
    });
}

describe('the machine takes a command exactly when whyNot finds nothing against it', () => {
  for (const folder of FOLDERS) {
    it(folder, () => {
      const engine = engineFor(folder);
      const machine = pureStepper<GameSnapshot, GameCommand, GameInput>(engine.machine as never, { seed: 0 });
      /** How each kind of command was answered: "player.choose taken", "player.choose refused"… */
      const answers = new Set<string>();
      fc.assert(
        fc.property(
          snapshots(engine).chain((at) => fc.tuple(fc.constant(at), commands(engine, at))),
          ([snapshot, command]) => {
            const reason = engine.whyNot(snapshot, command);
            const taken = machine.next(snapshot, command).context !== snapshot.context;
            expect({ taken, reason }).toEqual({ taken: reason === null, reason });
            answers.add(`${command.type} ${taken ? 'taken' : 'refused'}`);
            // The engine refuses with whyNot's words, or takes the command (a loop is refused after).
            const step = engine.step(snapshot, command);
            if (reason !== null) expect(step).toEqual({ ok: false, errors: [reason] });
            else if (!step.ok) expect(step.errors.join('; ')).toMatch(/^the scenario goes round a loop without end/);
          },
        ),
        // A fixed seed: the same commands every run, so the coverage asserted below cannot come and go.
        { numRuns: folder.startsWith('scenarios') ? 150 : 300, seed: 27_10_1962 },
      );
      // Each kind of command was both taken and refused, so the agreement is not that of a machine
      // that takes nothing (or everything) of that kind.
      for (const type of ['player.choose', 'player.sendReply', 'player.read', 'facilitator.mark'])
        expect([...answers].filter((a) => a.startsWith(`${type} `)).sort()).toEqual([
          `${type} refused`,
          `${type} taken`,
        ]);
    }, 120_000);
  }
});
