/**
 * Issue #17 ("A game that answers you"), items 3–5 and the unreadable last papers: papers follow the
 * path, endings are written from the whole run, the state is honest. Both sides are played by the
 * test where it must steer Moscow; the record's path is each decision's history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { checkScenario } from '../../src/engine/analysis/check';
import { historicalStrategy, playStrategy, type Strategy } from '../../src/engine/analysis/historical';
import { contradictedPapers } from '../../src/engine/analysis/paperPaths';
import { playRandomGame } from '../../src/engine/analysis/randomPlay';
import { holds } from '../../src/engine/conditions';
import { epilogueLines } from '../../src/engine/epilogue';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { formatIssue } from '../../src/engine/result';
import { openOptions } from '../../src/engine/rules';
import type { Scenario } from '../../src/engine/schema/scenario';
import type { GameInput } from '../../src/engine/state';
import { readDocument, toView } from '../../src/engine/view';

const FOLDER = 'scenarios/black-saturday';
const loaded = loadScenarioFolder(FOLDER);
if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
const { scenario, sectionFiles } = loaded.value;
const engine = createEngine(scenario);
const BOTH: GameInput = { seed: 1962, controllers: { us: 'human', ussr: 'human' } };

/** The record's path, except where `departures` says otherwise (a choice's option or a package). */
function pathWith(departures: Record<string, string | string[]>): Strategy {
  return (e, snapshot) => {
    const decision = e.index.decisions.get(snapshot.context.current);
    const wanted = decision ? departures[decision.id] : undefined;
    if (!decision || wanted === undefined) return historicalStrategy(e, snapshot);
    if (Array.isArray(wanted)) return { type: 'player.sendReply', side: decision.side, items: wanted };
    return { type: 'player.choose', side: decision.side, option: wanted };
  };
}

function play(departures: Record<string, string | string[]>, on: Engine = engine): GameSnapshot {
  const run = playStrategy(on, BOTH, pathWith(departures));
  if (run.stopped) throw new Error(`the path stopped: ${run.stopped}`);
  return run.snapshot;
}

const papers = (s: GameSnapshot) => s.context.delivered.map((d) => d.id);
const RECORD = play({});

describe('papers that follow the path', () => {
  it('the record path still ends historical, with the record’s papers and no invented one', () => {
    expect(RECORD.context.ending).toBe('historical-settlement');
    expect(papers(RECORD)).toContain('kennedy-letter-27');
    expect(papers(RECORD)).toContain('khrushchev-letter-28');
    for (const id of papers(RECORD)) expect(engine.index.documents.get(id)?.counterfactual, id).toBeFalsy();
  });

  it('a public trade gets a broadcast that names Turkey, NATO’s answer, and the letter as sent', () => {
    const run = play({
      'turkey-meeting': 'public-trade',
      jupiters: 'remove-publicly',
      'evening-reply': [
        'halt-work',
        'un-verified-removal',
        'no-invasion-pledge',
        'public-jupiter-trade',
        'public-letter',
        'no-pressure',
      ],
    });
    const got = papers(run);
    expect(got).toContain('khrushchev-letter-28-trade');
    expect(got).not.toContain('khrushchev-letter-28');
    expect(got).toContain('nato-council-trade');
    expect(got).toContain('kennedy-letter-27-yours');
    expect(got).not.toContain('kennedy-letter-27');
    const broadcast = readDocument(engine, run, { side: 'us' }, 'khrushchev-letter-28-trade');
    expect(broadcast?.body).not.toMatch(/Nothing is said of Turkey/);
    expect(broadcast?.markings?.[0]?.text).toMatch(/COUNTERFACTUAL/);
  });

  it('a private letter is not “released to the press”, and it lists the package that was built', () => {
    const items = ['halt-work', 'un-verified-removal', 'no-invasion-pledge', 'deadline', 'private-letter'];
    const run = play({ 'evening-reply': items });
    expect(papers(run)).toContain('kennedy-letter-27-private');
    expect(papers(run)).not.toContain('kennedy-letter-27');
    const letter = readDocument(engine, run, { side: 'us' }, 'kennedy-letter-27-private');
    expect(letter?.title).toMatch(/Counterfactual/);
    expect(letter?.body).not.toContain('{{package}}');
    expect(letter?.body).toContain('Private letter only');
    expect(letter?.body).toContain('Assurance against invasion, once removal is verified');
    expect(letter?.classification).not.toMatch(/press/);
  });

  it('a strike on a SAM site brings a damage report, and the Grozny boarded is reported', () => {
    const strike = play({ 'u2-loss': 'retaliate-sam', 'soviet-after-sam-strike': 'absorb-and-talk' });
    expect(papers(strike)).toContain('damage-sam-sites');
    expect(papers(RECORD)).not.toContain('damage-sam-sites');
    const grozny = play({ 'nine-pm': 'pol-tonight' });
    expect(papers(grozny)).toContain('grozny-boarded');
    expect(papers(RECORD)).not.toContain('grozny-boarded');
  });

  it('offers “repeat the private assurance” only to a run that gave one', () => {
    const reach = (rfk: string) =>
      playStrategy(engine, BOTH, (e, s) =>
        s.context.current === 'sunday-counter'
          ? { stop: 'here' }
          : pathWith({ 'rfk-mission': rfk, 'soviet-answer': 'counter-turkey' })(e, s),
      ).snapshot;
    const options = (s: GameSnapshot) => {
      const d = engine.index.decisions.get('sunday-counter');
      return d?.kind === 'choice' ? openOptions(d, s.context).map((o) => o.id) : [];
    };
    const without = reach('deadline-only');
    expect(without.context.current).toBe('sunday-counter');
    expect(options(without)).not.toContain('repeat-private-offer');
    expect(options(without)).toContain('private-offer-now');
    const given = reach('assurance-and-deadline');
    expect(options(given)).toContain('repeat-private-offer');
    expect(options(given)).not.toContain('private-offer-now');
  });

  it('property: no paper delivered on any random path asserts what that path contradicts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        // Stepping command by command, each new paper is judged against the game as it then stands.
        const game = playRandomGame(engine, seed);
        expect(game.contradictions).toEqual([]);
        // And the variant chosen is never one whose condition failed.
        for (const d of game.final.context.delivered) {
          const owner = engine.index.variantOf.get(d.id);
          if (!owner) continue;
          const variant = engine.index.documents.get(owner)?.variants?.find((v) => v.document === d.id);
          expect(variant, d.id).toBeDefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('contradictedPapers catches a paper whose assertion the run breaks', () => {
    const trade = play({
      'turkey-meeting': 'public-trade',
      jupiters: 'remove-publicly',
      'evening-reply': [
        'halt-work',
        'un-verified-removal',
        'no-invasion-pledge',
        'public-jupiter-trade',
        'public-letter',
        'no-pressure',
      ],
    });
    // Hand the record's broadcast to the trade path, as the game did before variants: caught.
    const before = { ...trade, context: { ...trade.context, delivered: [] } } as GameSnapshot;
    const after = {
      ...trade,
      context: { ...trade.context, delivered: [{ id: 'khrushchev-letter-28', at: 0 }] },
    } as GameSnapshot;
    expect(contradictedPapers(engine, before, after)).toEqual([
      { document: 'khrushchev-letter-28', at: trade.context.current },
    ]);
  });
});

// Each check plays a few hundred games: room on a loaded machine (these are not timing tests).
describe('check reports what no path reaches, with the file and the path', { timeout: 60_000 }, () => {
  const withChange = (change: (s: Scenario) => void) => {
    const copy = structuredClone(scenario);
    change(copy);
    return checkScenario(createEngine(copy), sectionFiles, FOLDER, { games: 300, seed: 1 }).map(formatIssue);
  };

  it('an unreachable variant', () => {
    const issues = withChange((s) => {
      const doc = s.documents.find((d) => d.id === 'khrushchev-letter-28');
      if (doc?.variants) doc.variants[1].when = { track: 'escalation', atLeast: 99 };
    });
    expect(
      issues.some((i) =>
        /khrushchev-letter-28\.md: variants\[1\]: the variant "khrushchev-letter-28-late" is never chosen/.test(i),
      ),
    ).toBe(true);
  });

  it('an unreachable epilogue line', () => {
    const issues = withChange((s) => {
      const line = s.epilogue?.find((l) => l.id === 'summit-pact');
      if (line) line.when = { track: 'escalation', atLeast: 99 };
    });
    expect(
      issues.some((i) =>
        /epilogue\.yaml: epilogue\[\d+\]: the epilogue line "summit-pact" \(The summit\) is never shown/.test(i),
      ),
    ).toBe(true);
  });

  it('a path handed a paper that contradicts it (the variant for a public trade removed)', () => {
    const issues = withChange((s) => {
      const doc = s.documents.find((d) => d.id === 'khrushchev-letter-28');
      if (doc?.variants) doc.variants = doc.variants.filter((v) => v.document !== 'khrushchev-letter-28-trade');
    });
    expect(issues.some((i) => /khrushchev-letter-28\.md: asserts: handed to a run that contradicts/.test(i))).toBe(
      true,
    );
  });
});

describe('endings from the whole run', () => {
  const lines = (s: GameSnapshot) => epilogueLines(engine.index, s.context).map((l) => l.id);

  it('three late departures (the bombers, the Jupiters, the pledge) end with different epilogues', () => {
    const bombers = play({ 'il28-question': 'ultimatum' });
    const jupiters = play({ jupiters: 'delay' });
    const pledge = play({ inspection: 'withhold-pledge' });
    const record = lines(RECORD);
    expect(lines(bombers)).toContain(lines(bombers).find((l) => l.startsWith('bombers-ultimatum')));
    expect(lines(jupiters)).toContain('jupiters-delayed');
    expect(lines(pledge)).toContain('pledge-withheld');
    for (const run of [bombers, jupiters, pledge]) {
      expect(lines(run)).not.toEqual(record);
      // None of them is the historical ending: each soured the settlement the private assurance bought.
      expect(engine.index.endings.get(run.context.ending ?? '')?.kind).toBe('counterfactual');
    }
    expect(new Set([lines(bombers).join(), lines(jupiters).join(), lines(pledge).join()]).size).toBe(3);
  });

  it('a late departure after the private assurance ends in the soured settlement, whose epilogue says the promise was spent', () => {
    // The record's path gives the assurance through Robert Kennedy; each run then sours what it bought.
    const late: Record<string, string>[] = [
      { jupiters: 'delay' },
      { inspection: 'withhold-pledge' },
      { 'il28-question': 'ultimatum' },
    ];
    for (const departure of late) {
      const run = play(departure);
      expect(run.context.flags.jupiterAssurance, JSON.stringify(departure)).toBe(true);
      expect(run.context.ending, JSON.stringify(departure)).toBe('soured-settlement');
      const epilogue = epilogueLines(engine.index, run.context);
      // Its own topic, first, invented and saying so, with the record it departs from sourced.
      expect(epilogue[0]).toMatchObject({
        id: 'assurance-soured',
        topic: 'The private assurance',
        kind: 'counterfactual',
      });
      expect(epilogue[0].source).toBeTruthy();
      const view = toView(engine, run, { side: 'us' });
      expect(view.ending?.id).toBe('soured-settlement');
      expect(view.ending?.epilogue.map((l) => l.id)).toContain('assurance-soured');
    }
    // The record's own path, and a late departure that sours nothing, do not get the line.
    expect(lines(RECORD)).not.toContain('assurance-soured');
    const summit = play({ 'summit-agenda': 'press-for-summit' });
    expect(summit.context.ending).toBe('near-settlement');
    expect(lines(summit)).not.toContain('assurance-soured');
    // A soured settlement without the assurance keeps the other lines and not this one.
    const noAssurance = play({
      'evening-reply': ['halt-work', 'un-verified-removal', 'no-invasion-pledge', 'deadline', 'rfk-dobrynin'],
      'rfk-mission': 'deadline-only',
      jupiters: 'keep-them',
      'il28-question': 'ultimatum',
    });
    expect(noAssurance.context.flags.jupiterAssurance).toBeFalsy();
    expect(noAssurance.context.ending).toBe('soured-settlement');
    expect(lines(noAssurance)).toContain('bombers-ultimatum');
    expect(lines(noAssurance)).not.toContain('assurance-soured');
  });

  it('every epilogue line says whether it is history (with a source) or invented', () => {
    for (const line of scenario.epilogue ?? []) {
      if (line.kind === 'historical') expect(line.source, line.id).toBeTruthy();
      else expect(line.kind).toBe('counterfactual');
    }
    const view = toView(engine, RECORD, { side: 'us' });
    expect(view.ending?.epilogue.map((l) => l.topic)).toEqual(
      expect.arrayContaining(['The bombers', 'The pledge', 'The Jupiters', 'The summit']),
    );
  });

  it('an ultimatum over the bombers never sits beside a historical ending or DEFCON 1', () => {
    const run = play({ 'il28-question': 'ultimatum', 'soviet-il28': 'drag-out' });
    const view = toView(engine, run, { review: true });
    expect(view.ending?.kind).toBe('counterfactual');
    expect(view.tracks.find((t) => t.id === 'escalation')?.level).not.toMatch(/DEFCON 1/);
  });
});

describe('an honest state', () => {
  const track = (s: GameSnapshot, id: string) => s.context.tracks[id];

  it('a full air strike lowers the operational sites; withdrawal ends them; the midterms pass', () => {
    const strike = playStrategy(engine, BOTH, (e, s) =>
      s.context.current === 'soviet-after-air-strike'
        ? { stop: 'struck' }
        : pathWith({ 'u2-loss': 'strike-missiles' })(e, s),
    ).snapshot;
    expect(track(strike, 'missile-readiness')).toBeLessThanOrEqual(4);
    expect(toView(engine, strike, { side: 'us' }).tracks.find((t) => t.id === 'missile-readiness')?.level).toMatch(
      /struck/,
    );
    expect(track(RECORD, 'missile-readiness')).toBe(0);
    const view = toView(engine, RECORD, { side: 'us' });
    expect(view.tracks.find((t) => t.id === 'domestic-standing')?.label).toMatch(/after the midterms/);
    expect(view.tracks.find((t) => t.id === 'missile-readiness')?.level).toMatch(/shipped back/);
  });

  it('DEFCON 1 has a scene (a FLASH paper, once) and a consequence (tracks, flag, no historical ending)', () => {
    const run = play({ 'u2-loss': 'strike-missiles', 'soviet-after-air-strike': 'absorb-and-protest' });
    expect(papers(run)).toContain('defcon-one');
    expect(run.context.flags.defconOne).toBe(true);
    expect(run.context.log.filter((e) => e.kind === 'rule' && e.rule === 'defcon-one')).toHaveLength(1);
    expect(engine.index.endings.get(run.context.ending ?? '')?.kind).toBe('counterfactual');
    expect(papers(RECORD)).not.toContain('defcon-one');
  });
});

describe('the last papers (hotline, test ban) can be read after the ending', () => {
  it('marks them read, and a replay of the commands reaches the same game', () => {
    expect(RECORD.status).toBe('done');
    let snapshot = RECORD;
    for (const id of ['hotline-agreement', 'test-ban-treaty']) {
      expect(toView(engine, snapshot, { side: 'us' }).documents.find((d) => d.id === id)?.read).toBe(false);
      const result = engine.step(snapshot, { type: 'player.read', document: id });
      expect(result.ok).toBe(true);
      if (result.ok) snapshot = result.snapshot;
      expect(toView(engine, snapshot, { side: 'us' }).documents.find((d) => d.id === id)?.read).toBe(true);
    }
    // Anything else is still refused after the end.
    expect(engine.step(snapshot, { type: 'player.choose', side: 'us', option: 'x' })).toMatchObject({ ok: false });
    const replayed = engine.replay(BOTH, snapshot.context.commands);
    expect(replayed.context.read).toEqual(snapshot.context.read);
    expect(holds({ flag: 'midtermsHeld' }, replayed.context)).toBe(true);
  });
});

describe('the review carries the epilogue', () => {
  it('in its ending and in the Markdown export, each line marked history or invented', async () => {
    const { buildReview } = await import('../../src/engine/review');
    const { reviewMarkdown } = await import('../../src/engine/reviewMarkdown');
    const run = play({ jupiters: 'delay' });
    const review = buildReview(engine, run);
    expect(review.ending?.epilogue.map((l) => l.id)).toContain('jupiters-delayed');
    const md = reviewMarkdown(review);
    expect(md).toContain('### What became of it');
    expect(md).toMatch(/- \*\*The Jupiters\*\* \(counterfactual: invented for the game\): The promise on the Jupiters/);
    expect(md).toMatch(/- \*\*The pledge\*\* \(history; source: \[FRUS 1961–1963, vol\. VI, doc\. 69\]/);
  });
});
