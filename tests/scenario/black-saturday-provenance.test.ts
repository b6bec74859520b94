/**
 * Guards for the December 2026 historical corrections in the Black Saturday roles, settings, events
 * and endings: every cited claim there carries a basis, the game's own words never render inside
 * quotation marks (the YAML slip of audit finding m16), and the corrected readings stay corrected.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { formatIssue } from '../../src/engine/result';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const { scenario } = loaded.value;

/** Every rendered text of the four files, labelled by where it comes from. */
const texts = (): [string, string][] => [
  ...scenario.endings.flatMap((e): [string, string][] => [
    [`ending ${e.id} summary`, e.summary],
    [`ending ${e.id} history`, e.history],
  ]),
  ...scenario.roles.flatMap((r): [string, string][] => [
    [`role ${r.id} bio`, r.bio],
    ...(r.stance ? [[`role ${r.id} stance`, r.stance.text] as [string, string]] : []),
    ...r.objectives.map((o, i): [string, string] => [`role ${r.id} objective ${i + 1}`, o]),
  ]),
  ...scenario.tracks.map((t): [string, string] => [`track ${t.id}`, t.why]),
  ...(scenario.events ?? []).map((e): [string, string] => [`event ${e.id}`, e.title]),
  ...(scenario.replyBuilder?.items ?? []).map((i): [string, string] => [`item ${i.id}`, i.description ?? '']),
];

describe('Black Saturday provenance (roles, settings, events, endings)', () => {
  it('gives a basis to every role stance, cited reply item, ending, track and cited event', () => {
    const missing = [
      ...scenario.roles.filter((r) => r.stance && !r.stance.basis).map((r) => `role ${r.id}`),
      ...(scenario.replyBuilder?.items ?? []).filter((i) => i.source && !i.basis).map((i) => `item ${i.id}`),
      ...scenario.endings.filter((e) => !e.basis).map((e) => `ending ${e.id}`),
      ...scenario.tracks.filter((t) => !t.basis).map((t) => `track ${t.id}`),
      ...(scenario.events ?? []).filter((e) => e.source && !e.basis).map((e) => `event ${e.id}`),
    ];
    expect(missing).toEqual([]);
  });

  it('never renders the game’s own words as a quotation', () => {
    for (const [where, text] of texts()) {
      // An odd number of straight quotation marks means one was opened and never closed.
      expect((text.match(/"/g) ?? []).length % 2, where).toBe(0);
      // The m16 slip: a label followed by the game's own sentence in quotation marks.
      expect(text, where).not.toMatch(/^(Invented|Counterfactual):\s*"/);
    }
  });

  it('keeps the corrected readings', () => {
    const stance = (id: string) => scenario.roles.find((r) => r.id === id)?.stance?.text ?? '';
    // S3: Khrushchev kept the test ban unconnected to Cuba.
    expect(stance('khrushchev')).toMatch(/without being connected/);
    expect(stance('khrushchev')).not.toMatch(/tied/);
    // S1 and m19: the two accounts of the Robert Kennedy–Dobrynin meeting are not merged.
    expect(stance('rfk')).toMatch(/accounts differ/);
    expect(stance('dobrynin')).not.toMatch(/faithfully/);
    // m15: the Soviet side is not named for a body two of its four members did not sit on.
    expect(scenario.sides.find((s) => s.id === 'ussr')?.name).not.toMatch(/Presidium/);
    // m1: the covering memo is dated 10:40, not known to have reached Bundy then.
    const historical = scenario.endings.find((e) => e.id === 'historical-settlement');
    expect(historical?.history).not.toMatch(/reached Bundy/);
    // m23: roles without a sourced stance carry role-play guidance, labelled as such.
    for (const role of scenario.roles.filter((r) => !r.stance)) {
      for (const objective of role.objectives) expect(objective, role.id).toMatch(/^Role-play: /);
    }
  });
});
