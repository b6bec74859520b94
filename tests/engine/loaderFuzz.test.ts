/**
 * The loader under fuzzing (issue #12): mutations of the bundled scenario (renamed ids, dangling
 * references, cycles, deep nesting, hostile strings) must each be accepted or refused with located
 * messages, never throw. The bound is structural: each check plays a fixed, small number of games,
 * each capped by the step bound, so one run cannot hang (vitest's timeout catches a regression).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { createEngine } from '../../src/engine/game';
import { loadScenario, type ScenarioFile } from '../../src/engine/loader';
import type { ScenarioIssue } from '../../src/engine/result';

const FOLDER = 'scenarios/black-saturday';
const FILES = readScenarioFiles(FOLDER);
const YAML_FILES = FILES.filter((f) => f.path.endsWith('.yaml'));
const DOCUMENTS = FILES.filter((f) => f.path.endsWith('.md'));

type Data = Record<string, unknown>;
type Mutation = (data: Data[], pick: (n: number) => number) => void;

/** Every string-valued place in the data, as [container, key], for mutations to aim at. */
function places(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'string') out.push([value as Record<string, unknown>, key]);
      else places(child, out);
    }
  }
  return out;
}

function decisions(data: Data[]): Data[] {
  return data.flatMap((d) => (Array.isArray(d.decisions) ? (d.decisions as Data[]) : []));
}

const HOSTILE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '<script>alert(1)</script>',
  '\u0000',
  '\u202Egnp.exe',
  '__proto__',
  'constructor',
  '*a '.repeat(3000),
  '_'.repeat(5000),
  '1962-11-31 10:00',
  '1962-02-30 25:61',
  '',
  '   ',
  'x'.repeat(20_000),
];

const MUTATIONS: Record<string, fc.Arbitrary<Mutation>> = {
  'a renamed id': fc.constant((data, pick) => {
    const list = decisions(data);
    const d = list[pick(list.length)];
    d.id = `${String(d.id)}-renamed`;
  }),
  'a dangling reference': fc.string({ maxLength: 12 }).map((target) => (data, pick) => {
    const options = decisions(data).flatMap((d) => (Array.isArray(d.options) ? (d.options as Data[]) : []));
    options[pick(options.length)].next = target || 'nowhere';
  }),
  'a cycle': fc.constant((data, pick) => {
    const list = decisions(data).filter((d) => Array.isArray(d.options));
    const d = list[pick(list.length)];
    for (const o of d.options as Data[]) o.next = d.id;
  }),
  'deep nesting': fc.integer({ min: 1, max: 400 }).map((depth) => (data, pick) => {
    const options = decisions(data).flatMap((d) => (Array.isArray(d.options) ? (d.options as Data[]) : []));
    let condition: unknown = { flag: 'jupiterAssurance' };
    for (let i = 0; i < depth; i++) condition = i % 2 ? { not: condition } : { all: [condition] };
    options[pick(options.length)].requires = condition;
  }),
  'a hostile string': fc.constantFrom(...HOSTILE).map((text) => (data, pick) => {
    const spots = places(data);
    const [container, key] = spots[pick(spots.length)];
    container[key] = text;
  }),
  'a hostile source link': fc.constantFrom(...HOSTILE.slice(0, 4)).map((url) => (data, pick) => {
    const spots = places(data).filter(([, key]) => key === 'cite' || key === 'url');
    const [container] = spots[pick(spots.length)];
    container.url = url;
  }),
  'a wrong type': fc
    .constantFrom<unknown>(null, 0, Number.NaN, Number.POSITIVE_INFINITY, [], {}, true)
    .map((value) => (data, pick) => {
      const spots = places(data);
      const [container, key] = spots[pick(spots.length)];
      container[key] = value;
    }),
};

const mutations = fc.array(
  fc.tuple(fc.oneof(...Object.values(MUTATIONS)), fc.array(fc.nat(), { minLength: 1, maxLength: 1 })),
  { minLength: 1, maxLength: 3 },
);

function mutated(steps: [Mutation, number[]][]): ScenarioFile[] {
  const data = YAML_FILES.map((f) => parse(f.text) as Data);
  for (const [mutate, [seed]] of steps) mutate(data, (n) => seed % Math.max(1, n));
  return [...YAML_FILES.map((f, i) => ({ path: f.path, text: stringify(data[i]) })), ...DOCUMENTS];
}

/** `npm run scenario -- check` in one call: the loader, then (when it loads) the lint with a few games. */
function check(files: ScenarioFile[]): ScenarioIssue[] {
  const loaded = loadScenario(files, FOLDER);
  if (!loaded.ok) return loaded.errors;
  return checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, FOLDER, { games: 5, seed: 1 });
}

describe('the loader under fuzzing', () => {
  it('the unmutated scenario passes the loader and the lint (the fuzz starts from a sound scenario)', () => {
    const loaded = loadScenario(mutated([]), FOLDER);
    expect(
      loaded.ok &&
        checkScenario(createEngine(loaded.value.scenario), loaded.value.sectionFiles, FOLDER, { games: 0, seed: 1 }),
    ).toEqual([]);
  }, 60_000);

  it('every mutation is accepted or refused with messages that name a file, and nothing throws', () => {
    let refused = 0;
    const paths = new Set([...FILES.map((f) => f.path), `${FOLDER}/scenario.yaml`]);
    fc.assert(
      fc.property(mutations, (steps) => {
        const issues = check(mutated(steps));
        if (issues.length > 0) refused++;
        for (const issue of issues) {
          expect(paths.has(issue.file), `unknown file in ${JSON.stringify(issue)}`).toBe(true);
          expect(issue.message.trim()).not.toBe('');
          expect(issue.message).not.toMatch(/\n|\bat \w+ \(|Error:/); // one line, no stack trace
        }
      }),
      { numRuns: 30, seed: 12 },
    );
    expect(refused).toBeGreaterThan(10); // the mutations do break things, so the messages were looked at
  }, 300_000);
});
