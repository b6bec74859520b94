/**
 * Issue #17 in the browser: a hawkish and a dovish solo game each receive a paper the record's path
 * does not (a variant or an invented report) and close with an epilogue line of their own.
 */
import { expect, test } from '@playwright/test';
import { historicalStrategy, playStrategy, type Strategy } from '../../src/engine/analysis/historical';
import { epilogueLines } from '../../src/engine/epilogue';
import { blackSaturday, collectErrors, passInterludes, sendThroughHook, startNewGame } from './helpers';

const engine = blackSaturday();

function path(departures: Record<string, string | string[]>): Strategy {
  return (e, snapshot) => {
    const d = e.index.decisions.get(snapshot.context.current);
    const wanted = d ? departures[d.id] : undefined;
    if (!d || wanted === undefined) return historicalStrategy(e, snapshot);
    return Array.isArray(wanted)
      ? { type: 'player.sendReply', side: d.side, items: wanted }
      : { type: 'player.choose', side: d.side, option: wanted };
  };
}

/** The first seed on which the path plays to its end and shows the epilogue line wanted. */
function plan(departures: Record<string, string | string[]>, line: string) {
  for (let seed = 1962; seed < 2062; seed++) {
    const run = playStrategy(engine, { seed }, path(departures));
    if (run.stopped) continue;
    if (!epilogueLines(engine.index, run.snapshot.context).some((l) => l.id === line)) continue;
    const commands = run.snapshot.context.commands.filter((c) => c.type !== 'player.read');
    return { seed, commands, papers: run.snapshot.context.delivered.map((d) => d.id) };
  }
  throw new Error(`no seed plays the path to "${line}"`);
}

const runs = [
  {
    name: 'hawkish',
    line: 'bombers-ultimatum',
    paper: 'grozny-boarded',
    plan: plan(
      { 'second-letter': 'demand-removal', 'nine-pm': 'pol-tonight', 'il28-question': 'ultimatum' },
      'bombers-ultimatum',
    ),
  },
  {
    name: 'dovish',
    line: 'summit-pressed',
    paper: 'kennedy-letter-27-private',
    plan: plan(
      {
        'evening-reply': [
          'halt-work',
          'un-verified-removal',
          'no-invasion-pledge',
          'private-jupiter-assurance',
          'summit-after-cuba',
          'no-pressure',
          'private-letter',
        ],
        'summit-agenda': 'press-for-summit',
      },
      'summit-pressed',
    ),
  },
];

test.describe('papers and endings that follow the path', () => {
  for (const run of runs) {
    test(`a ${run.name} game gets its own paper and its own epilogue`, async ({ page }) => {
      test.setTimeout(180_000);
      expect(run.plan.papers).toContain(run.paper);
      const errors = collectErrors(page);
      await page.goto('/');
      await startNewGame(page, run.plan.seed);
      // The path, not the clicking, is this test's subject (solo.spec.ts clicks and types a whole game):
      // the decisions go through the hook the buttons' session answers.
      await passInterludes(page);
      for (const command of run.plan.commands) await sendThroughHook(page, command);
      await passInterludes(page);
      await expect(page.locator('[data-ending]')).toBeVisible();
      // The paper is in the player's folder, and says on its face that it is invented.
      const papers = await page.evaluate(
        () => window.eyesOnly?.view().documents.map((d) => `${d.id}|${d.title}`) ?? [],
      );
      const paper = papers.find((p) => p.startsWith(`${run.paper}|`));
      expect(paper).toMatch(/Counterfactual/);
      // The ending closes with the run's own line, labelled invented.
      const line = page.locator(`[data-epilogue="${run.line}"]`);
      await expect(line).toBeVisible();
      await expect(line).toContainText('counterfactual: invented for the game');
      expect(errors).toEqual([]);
    });
  }
});
