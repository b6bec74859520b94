/**
 * Guards for the December 2026 fidelity pass over the papers, epilogue, reasons and glossary written
 * for #17 (docs/fidelity-2026-12-content.md): the record's lines carry their anchors, invented papers
 * say so and give away nothing the ExComm could not know, and no reason assumes a promise the path
 * never made.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { formatIssue } from '../../src/engine/result';

const loaded = loadScenarioFolder('scenarios/black-saturday');
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const { scenario } = loaded.value;
const doc = (id: string) => {
  const found = scenario.documents.find((d) => d.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
};
const option = (decision: string, id: string) => {
  const d = scenario.decisions.find((x) => x.id === decision);
  return d?.kind === 'choice' ? d.options.find((o) => o.id === id) : undefined;
};

describe('Black Saturday fidelity (papers, epilogue, reasons, glossary of #17)', () => {
  it('gives every historical epilogue line a basis, and every invented paper its label', () => {
    const bare = (scenario.epilogue ?? []).filter((l) => l.kind === 'historical' && !l.basis).map((l) => l.id);
    expect(bare).toEqual([]);
    const invented = scenario.documents.filter((d) => d.counterfactual);
    expect(invented.length).toBeGreaterThanOrEqual(11);
    for (const d of invented) {
      expect(d.title, d.id).toMatch(/^Counterfactual: /);
      expect(d.transcriptionNote, d.id).toMatch(/^Invented for the game/);
    }
  });

  it('keeps the hidden warheads out of the papers a US player reads during play', () => {
    expect(doc('defcon-one').body).not.toMatch(/does not know|do not know/);
  });

  it('gives the record’s Jupiter line only to the record’s assurance', () => {
    const line = (scenario.epilogue ?? []).find((l) => l.id === 'nato-secret');
    expect(JSON.stringify(line?.when)).toContain('"option":"assurance-and-deadline"');
    expect(JSON.stringify(line?.when)).toContain('soviet-second-answer');
  });

  it('gives no reason that assumes a promise the path never made', () => {
    // keep-them is offered only when nothing was promised; remove-quietly also when nothing was.
    for (const id of ['keep-them', 'remove-quietly']) {
      const reasons = Object.values(option('jupiters', id)?.effects?.reasons ?? {});
      expect(reasons.length, id).toBeGreaterThan(0);
      for (const r of reasons) expect(r, id).not.toMatch(/promise/);
    }
  });

  it('dates the Rostow covering memo without saying when Bundy read it', () => {
    expect(scenario.replyBuilder?.reference?.summary).not.toMatch(/reached/);
    expect(scenario.replyBuilder?.reference?.summary).toMatch(/is dated 10:40/);
  });

  it('sources the glossary’s ranges and dates', () => {
    for (const term of ['MRBM', 'IRBM', 'IL-28', 'DEFCON', 'quarantine', 'Mongoose']) {
      const entry = scenario.glossary?.find((g) => g.term === term);
      expect(entry?.source, term).toBeDefined();
      expect(entry?.basis?.length, term).toBeGreaterThan(0);
    }
  });
});
