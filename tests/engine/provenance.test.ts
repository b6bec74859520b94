/**
 * Claim-level provenance: `check` warns (never fails) for a claim without a basis, `stats` counts
 * them, and every view a screen renders carries each basis with its source resolved. The mini
 * fixture has no bases; mini-sourced is the same scenario with a basis on every claim.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { scenarioStats } from '../../src/engine/analysis/stats';
import { facilitatorGuide, NO_STANCE, rolePackets } from '../../src/engine/classroom/packets';
import { createEngine } from '../../src/engine/game';
import { loadScenario } from '../../src/engine/loader';
import { validateScenarioFiles } from '../../src/engine/loader/validateBundle';
import { resolveBases } from '../../src/engine/provenance';
import { formatIssue, isError, isWarning } from '../../src/engine/result';
import { buildReview } from '../../src/engine/review';
import { reviewMarkdown } from '../../src/engine/reviewMarkdown';
import { readDocument, toView } from '../../src/engine/view';
import { FIXTURES } from './helpers';

const folder = (name: string) => `tests/fixtures/scenarios/${name}`;

function load(name: string, edit: (path: string, text: string) => string = (_p, t) => t) {
  const files = readScenarioFiles(join(FIXTURES, name)).map((f) => ({ ...f, text: edit(f.path, f.text) }));
  const loaded = loadScenario(files, folder(name));
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return loaded.value;
}

const check = (name: string, edit?: (path: string, text: string) => string) => {
  const { scenario, sectionFiles } = load(name, edit);
  return checkScenario(createEngine(scenario), sectionFiles, folder(name), { games: 200, seed: 1 });
};

describe('scenario check: claims without a basis', () => {
  it('warns once for each position, stance, history note and summarised document without one, naming file and path', () => {
    const issues = check('mini');
    expect(issues.filter(isError)).toEqual([]);
    const warnings = issues.filter(isWarning).map(formatIssue);
    const at = folder('mini');
    expect(warnings.map((w) => w.split(': warning')[0])).toEqual([
      `${at}/roles.yaml: roles.mayor.stance.basis`,
      `${at}/decisions.yaml: decisions.opening.advisers[0].basis`,
      `${at}/decisions.yaml: decisions.opening.history.basis`,
      `${at}/decisions.yaml: decisions.opening-again.history.basis`,
      `${at}/decisions.yaml: decisions.offer.history.basis`,
      `${at}/decisions.yaml: decisions.south-answer.history.basis`,
      `${at}/documents/briefing.md: basis`,
      `${at}/documents/claim.md: basis`,
      `${at}/documents/governor-orders.md: basis`,
      `${at}/documents/storm-report.md: basis`,
    ]);
    expect(warnings[1]).toContain("no basis for The Mayor's position at “The first note”: add basis with a pinpoint");
    expect(warnings[1]).toContain('an anchor');
  });

  it('is quiet when every claim has a basis', () => {
    expect(check('mini-sourced')).toEqual([]);
  });

  it('asks no basis of a verbatim document', () => {
    const issues = check('mini', (path, text) =>
      path.endsWith('claim.md') ? text.replace('rendering: summary', 'rendering: verbatim') : text,
    );
    expect(issues.map((i) => i.file)).not.toContain(`${folder('mini')}/documents/claim.md`);
    expect(issues.filter(isWarning)).toHaveLength(9);
  });

  it('refuses, at load, a basis whose source links anywhere but the web (the one URL policy)', () => {
    const files = readScenarioFiles(join(FIXTURES, 'mini-sourced')).map((f) =>
      f.path.endsWith('decisions.yaml')
        ? {
            ...f,
            text: f.text.replace(
              'source: Test fixture letter book,',
              'source: { cite: Letter book, url: "javascript:alert(1)" },',
            ),
          }
        : f,
    );
    const loaded = loadScenario(files, folder('mini-sourced'));
    expect(loaded.ok ? [] : loaded.errors.map(formatIssue)).toEqual([
      expect.stringMatching(
        /decisions\.yaml: decisions\.opening\.advisers\[0\]\.basis\[1\]\.source\.url: a source link must be a web address starting with http:\/\/ or https:\/\/, not "javascript:"$/,
      ),
    ]);
  });

  it('refuses, at load, an anchor longer than a few words, naming the file and the path', () => {
    const files = readScenarioFiles(join(FIXTURES, 'mini-sourced')).map((f) =>
      f.path.endsWith('roles.yaml')
        ? { ...f, text: f.text.replace('anchor: "a quiet settlement"', `anchor: "${'word '.repeat(13).trim()}"`) }
        : f,
    );
    const loaded = loadScenario(files, folder('mini-sourced'));
    expect(loaded.ok ? [] : loaded.errors.map(formatIssue)).toEqual([
      expect.stringMatching(
        /roles\.yaml: roles\.mayor\.stance\.basis\[0\]\.anchor: an anchor is a few words of the source \(at most 12\), never a passage$/,
      ),
    ]);
  });

  it('lets a scenario with warnings through the browser check, with its warnings beside it', () => {
    const files = readScenarioFiles(join(FIXTURES, 'mini'));
    const checked = validateScenarioFiles(files, folder('mini'), { games: 100, seed: 1 });
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.warnings.length).toBe(10);
  });
});

describe('scenario stats: claims with and without a basis', () => {
  it('counts them', () => {
    const without = scenarioStats(load('mini').scenario);
    expect([without.claims, without.claimsWithBasis, without.claimsWithoutBasis]).toEqual([10, 0, 10]);
    const withBases = scenarioStats(load('mini-sourced').scenario);
    expect([withBases.claims, withBases.claimsWithBasis, withBases.claimsWithoutBasis]).toEqual([10, 10, 0]);
  });
});

describe('the views carry each basis with its source resolved', () => {
  const { scenario } = load('mini-sourced');
  const engine = createEngine(scenario);
  const minutes = { cite: 'Harbour minutes, 1 January', url: 'https://example.org/minutes' };

  it('resolves a missing source to the item’s own, and keeps one that is named', () => {
    expect(resolveBases([{ pinpoint: 'p. 1', anchor: 'a b' }], 'Own')).toEqual([
      { pinpoint: 'p. 1', anchor: 'a b', source: 'Own' },
    ]);
    expect(resolveBases([{ source: 'Other', pinpoint: 'p. 1', anchor: 'a b' }], 'Own')[0].source).toBe('Other');
    expect(resolveBases(undefined, 'Own')).toEqual([]);
  });

  it('gives the desk each adviser’s pinpoints', () => {
    const view = toView(engine, engine.start({ seed: 1 }), { side: 'north' });
    expect(view.decision?.advisers[0].bases).toEqual([
      { pinpoint: 'para. 2', anchor: 'talk before anything else', source: minutes },
      { pinpoint: 'fol. 7', anchor: 'no guns', source: 'Test fixture letter book' },
    ]);
  });

  it('gives the document viewer the document’s pinpoints', () => {
    const doc = readDocument(engine, engine.start({ seed: 1 }), { side: 'north' }, 'claim');
    expect(doc?.bases).toEqual([
      {
        pinpoint: 'para. 1',
        anchor: 'the lighthouse is theirs',
        source: { cite: 'Test fixture claim', url: 'https://example.org/claim' },
      },
    ]);
  });

  it('gives the ending, the review rows and the Markdown export their pinpoints', () => {
    const run = playStrategy(engine, { seed: 1 }, historicalStrategy);
    expect(run.snapshot.context.ending).toBe('peace');
    expect(toView(engine, run.snapshot, { review: true }).ending?.bases).toEqual([
      { pinpoint: 'p. 9', anchor: 'the quarrel ended', source: 'Test fixture' },
    ]);
    const review = buildReview(engine, run.snapshot);
    const opening = review.rows.find((r) => r.decision === 'opening');
    expect(opening?.bases).toEqual([
      { pinpoint: 'p. 1', anchor: 'as the record says', source: 'Test fixture, history note' },
    ]);
    expect(opening?.advisers.map((a) => [a.name, a.position, a.bases.length])).toEqual([
      ['The Mayor', 'Talk first.', 2],
    ]);
    const markdown = reviewMarkdown(review);
    expect(markdown).toContain(
      "- The Mayor (in the project's words): Talk first. ([Harbour minutes, 1 January](https://example.org/minutes)). Where this comes from: para. 2 in [Harbour minutes, 1 January](https://example.org/minutes), the words to look for: “talk before anything else”; fol. 7 in Test fixture letter book, the words to look for: “no guns”.",
    );
    expect(markdown).toContain(
      '- The record: Where this comes from: p. 1 in Test fixture, history note, the words to look for: “as the record says”.',
    );
    expect(markdown).toContain(
      'Where this comes from: p. 9 in Test fixture, the words to look for: “the quarrel ended”.',
    );
  });

  it('leaves the Markdown export without basis lines when the scenario has none', () => {
    const mini = createEngine(load('mini').scenario);
    const run = playStrategy(mini, { seed: 1 }, historicalStrategy);
    const markdown = reviewMarkdown(buildReview(mini, run.snapshot));
    expect(markdown).not.toContain('Where this comes from');
    // The positions are still there, marked as the project's paraphrase.
    expect(markdown).toContain("- The Mayor (in the project's words): Talk first. (Test fixture).");
  });
});

describe('role packets and the facilitator’s guide', () => {
  const { scenario } = load('mini-sourced');

  it('give a stance its pinpoints, and a role without one the role-play note', () => {
    const packets = rolePackets(scenario).packets;
    const mayor = packets.find((p) => p.role.id === 'mayor');
    expect(mayor?.stance?.bases).toEqual([{ pinpoint: 'p. 3', anchor: 'a quiet settlement', source: 'Test fixture' }]);
    expect(packets.find((p) => p.role.id === 'keeper')?.stance).toBeNull();
    expect(NO_STANCE).toMatch(/^No recorded position in the sources: role-play guidance/);
  });

  it('prints each decision’s history note and positions with their pinpoints, each decision once', () => {
    const guide = facilitatorGuide(scenario);
    const ids = guide.claims.map((c) => c.decision);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(['offer', 'opening', 'opening-again', 'south-answer']);
    const opening = guide.claims.find((c) => c.decision === 'opening');
    expect(opening?.history?.bases[0]).toEqual({
      pinpoint: 'p. 1',
      anchor: 'as the record says',
      source: 'Test fixture, history note',
    });
    expect(opening?.positions.map((p) => [p.who, p.text, p.bases.map((b) => b.pinpoint)])).toEqual([
      ['The Mayor', 'Talk first.', ['para. 2', 'fol. 7']],
    ]);
    expect(guide.endings.find((e) => e.id === 'peace')?.bases.map((b) => b.anchor)).toEqual(['the quarrel ended']);
  });

  it('prints the roles’ stances with their pinpoints in the guide, since a printed packet leaves them out', () => {
    const guide = facilitatorGuide(scenario);
    expect(guide.stances.map((s) => [s.role, s.bases])).toEqual([
      ['mayor', [{ pinpoint: 'p. 3', anchor: 'a quiet settlement', source: 'Test fixture' }]],
    ]);
  });
});

describe('the scenario tool', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/scenarioTool.ts', ...args], {
      encoding: 'utf8',
    });

  it('check prints the warnings and still passes (exit 0); stats --json counts the claims', () => {
    const checked = run('check', folder('mini'), '--games', '50');
    expect(checked.status).toBe(0);
    expect(checked.stderr.split('\n').filter((l) => l.includes(': warning: no basis for'))).toHaveLength(10);
    expect(checked.stdout).toContain('clean (10 warning(s) above)');
    expect(checked.stdout).toContain('0 of 10 claims have a basis');
    const stats = JSON.parse(run('stats', folder('mini-sourced'), '--json').stdout);
    expect([stats.claims, stats.claimsWithBasis, stats.claimsWithoutBasis]).toEqual([10, 10, 0]);
  }, 60_000);

  it('check fails (exit 1) on an error, printing the warnings too', () => {
    const checked = run('check', 'tests/fixtures/broken/cycle-no-exit', '--games', '50');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('a dead end');
    expect(checked.stderr).toMatch(/1 problem\(s\) and \d+ warning\(s\) in tests\/fixtures\/broken\/cycle-no-exit/);
  }, 60_000);
});
