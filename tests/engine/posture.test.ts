import { describe, expect, it } from 'vitest';
import { assessPackage, historicalPackage } from '../../src/engine/posture';
import { loadFixture } from './helpers';

const scenario = loadFixture('mini');

describe('assessing a reply package against the memo and the record', () => {
  it('takes the historical package from the reply decision’s history', () => {
    expect(historicalPackage(scenario)).toEqual(['fishing-rights', 'patience']);
  });

  it('flags a concession as breaking part (a) and measures the distance from history', () => {
    const a = assessPackage(scenario, ['share-light', 'ultimatum']);
    expect(a.partA).toEqual({ demands: [], concessions: ['share-light'], atmospherics: [], follows: false });
    expect(a.historical).toEqual({
      added: ['share-light', 'ultimatum'],
      missing: ['fishing-rights', 'patience'],
      same: false,
    });
  });

  it('recognises the historical package as the same', () => {
    const a = assessPackage(scenario, ['patience', 'fishing-rights']);
    expect(a.historical.same).toBe(true);
    expect(a.partA.atmospherics).toEqual(['fishing-rights']);
  });
});
