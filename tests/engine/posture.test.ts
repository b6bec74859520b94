import { describe, expect, it } from 'vitest';
import { assessPackage, historicalPackage, partCell, partVerdict } from '../../src/engine/posture';
import type { Scenario } from '../../src/engine/schema/scenario';
import { loadFixture } from './helpers';

const scenario = loadFixture('mini');
const blackSaturday = loadFixture('../../../scenarios/black-saturday');

/** The mini scenario with a reference posture of its own (a harbour charter's two parts). */
function withReference(s: Scenario): Scenario {
  const rb = s.replyBuilder;
  if (!rb) throw new Error('mini has a reply builder');
  return {
    ...s,
    replyBuilder: {
      ...rb,
      reference: {
        title: 'The charter scorecard',
        terms: 'In the charter’s terms',
        tags: [
          { id: 'concession', label: 'a concession' },
          { id: 'atmospherics', label: 'goodwill' },
          { id: 'pressure', label: 'pressure' },
        ],
        parts: [
          {
            id: 'firm',
            label: 'Firm',
            short: 'firm',
            needs: ['pressure'],
            refuses: ['concession'],
            follows: 'Firm',
            departs: 'Not firm',
            unmet: 'no pressure',
            refused: 'concessions',
          },
          { id: 'kind', label: 'Kind', short: 'kind', needs: ['atmospherics'], follows: 'Kind', departs: 'Unkind' },
        ],
        summary: 'The charter asked for firmness and kindness.',
        sources: ['Test fixture'],
      },
    },
  };
}

describe('assessing a reply package against the reference posture and the record', () => {
  it('takes the historical package from the reply decision’s history', () => {
    expect(historicalPackage(scenario)).toEqual(['fishing-rights', 'patience']);
  });

  it('measures the distance from history, and has no parts without a reference posture', () => {
    const a = assessPackage(scenario, ['share-light', 'ultimatum']);
    expect(a.parts).toEqual([]);
    expect(a.historical).toEqual({
      added: ['share-light', 'ultimatum'],
      missing: ['fishing-rights', 'patience'],
      same: false,
    });
  });

  it('recognises the historical package as the same', () => {
    expect(assessPackage(scenario, ['patience', 'fishing-rights']).historical.same).toBe(true);
  });

  it('scores each part of a scenario’s own reference by its tags', () => {
    const charter = withReference(scenario);
    const a = assessPackage(charter, ['share-light', 'ultimatum']);
    expect(a.parts).toEqual([
      { id: 'firm', follows: false, matched: ['ultimatum'], refused: ['share-light'] },
      { id: 'kind', follows: false, matched: [], refused: [] },
    ]);
    const [firm, kind] = charter.replyBuilder?.reference?.parts ?? [];
    expect(partVerdict(firm, a.parts[0], (ids) => ids.join('; '))).toBe('Not firm — concessions: share-light');
    expect(partCell(firm, a.parts[0], (ids) => ids.join(', '))).toBe('Departs (concessions: share-light)');
    const b = assessPackage(charter, ['fishing-rights', 'patience']);
    expect(b.parts.map((p) => p.follows)).toEqual([true, true]);
    expect(partVerdict(kind, b.parts[1], (ids) => ids.join('; '))).toBe('Kind: fishing-rights');
    expect(partVerdict(firm, assessPackage(charter, []).parts[0], String)).toBe('Not firm — no pressure');
  });

  it('keeps Black Saturday’s memo verdicts: a concession breaks part (a), a summit item meets part (b)', () => {
    const items = blackSaturday.replyBuilder?.items ?? [];
    const byTag = (tag: string) => items.filter((i) => i.memo === tag).map((i) => i.id);
    const [demand] = byTag('demand');
    const [concession] = byTag('concession');
    const [summit] = byTag('summit');
    const [a, b] = blackSaturday.replyBuilder?.reference?.parts ?? [];
    const broken = assessPackage(blackSaturday, [demand, concession]);
    expect(partVerdict(a, broken.parts[0], (ids) => ids.join('; '))).toBe(
      `Departs from the memo — concessions: ${concession}`,
    );
    expect(partVerdict(b, broken.parts[1], String)).toBe('Not offered');
    const kept = assessPackage(blackSaturday, [demand, summit]);
    expect(kept.parts.map((p) => p.follows)).toEqual([true, true]);
    expect(partVerdict(a, assessPackage(blackSaturday, []).parts[0], String)).toBe(
      'Departs from the memo — no demand for removal',
    );
  });
});
