// @vitest-environment happy-dom
/**
 * The after-action review on the real Black Saturday scenario, after games played by the engine:
 * the columns of the timeline, links that only ever go where webLink allows, the scorecard only with
 * what was played, the tracks chart, and the decision map's notes, which survive a zoom.
 */

import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { historicalStrategy, playStrategy } from '../../src/engine/analysis/historical';
import { historicalPath, mapModel, pathOf } from '../../src/engine/analysis/mapModel';
import { createEngine, type Engine, type GameSnapshot } from '../../src/engine/game';
import { buildReview } from '../../src/engine/review';
import type { Scenario } from '../../src/engine/schema/scenario';
import { toView } from '../../src/engine/view';
import { buildReviewModel } from '../../src/session/reviewModel';
import { seriesPath } from '../../src/ui/review/chart';
import { renderDecisionMap } from '../../src/ui/review/decisionMap';
import { reviewScreen } from '../../src/ui/review/reviewScreen';

const loaded = loadScenarioFolder(join(__dirname, '..', '..', 'scenarios', 'black-saturday'));
if (!loaded.ok) throw new Error('black-saturday does not load');
const scenario = loaded.value.scenario;
const engine = createEngine(scenario);
const history = playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot;
const historical = historicalPath(engine);

/** History up to the first reply, then stop: a game with no package sent. */
function beforeTheReply(e: Engine): GameSnapshot {
  return playStrategy(e, { seed: 1962 }, (en, s) => {
    const d = en.index.decisions.get(s.context.current);
    if (d?.kind === 'reply') return { stop: 'before the reply' };
    return historicalStrategy(en, s);
  }).snapshot;
}

const handlers = () => ({ back: vi.fn(), newGame: vi.fn(), whatIf: vi.fn() });

function show(e: Engine, snapshot: GameSnapshot, explored: string[][] = []) {
  const h = handlers();
  const screen = reviewScreen(buildReviewModel(e, snapshot, explored), h);
  document.body.append(screen);
  return { screen, handlers: h };
}

afterEach(() => {
  document.body.replaceChildren();
});

// Each review plays the historical path for its map and lays the map out: seconds on a shared machine.
describe('the review', { timeout: 60_000 }, () => {
  it('sets each decision beside the record, in four columns, one row per decision taken', () => {
    const { screen } = show(engine, history, [pathOf(history)]);
    const review = buildReview(engine, history);
    const heads = [...screen.querySelectorAll('.review__timeline thead th')].map((th) => th.textContent);
    expect(heads).toEqual(['When', 'Your choice', 'The record', 'Sources']);
    const rows = [...screen.querySelectorAll<HTMLTableRowElement>('.review__timeline tbody tr')];
    expect(rows.map((r) => r.dataset.decision)).toEqual(review.rows.map((r) => r.decision));
    for (const [i, row] of rows.entries()) {
      expect(row.cells.length).toBe(4);
      expect(row.cells[0].textContent).toBe(review.rows[i].at);
      expect(row.cells[1].textContent).toContain(review.rows[i].title);
    }
    expect(screen.querySelector('.review__timeline caption')?.textContent).toBe(
      `${review.divergences} of your decisions diverged from the record.`,
    );
    expect(screen.querySelector('h1')?.textContent).toBe('After-action review');
  });

  it('offers What if… on the player’s own decisions and calls back with the decision', () => {
    const { screen, handlers: h } = show(engine, history);
    const button = screen.querySelector<HTMLButtonElement>('.review__timeline tbody tr button');
    const row = button?.closest('tr');
    button?.click();
    expect(h.whatIf).toHaveBeenCalledWith(row?.dataset.decision);
    [...screen.querySelectorAll<HTMLButtonElement>('.review__actions button')]
      .find((b) => b.textContent === 'Back')
      ?.click();
    expect(h.back).toHaveBeenCalled();
  });

  it('links each source only to a web address webLink allows, opening apart from the game', () => {
    const { screen } = show(engine, history);
    const links = [...screen.querySelectorAll<HTMLAnchorElement>('cite.source a')];
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
  });

  it('never makes a link of an unsafe address, nor markup of scenario text', () => {
    const hostile: Scenario = {
      ...scenario,
      decisions: scenario.decisions.map((d) =>
        d.kind !== 'route' && d.history
          ? {
              ...d,
              title: d.title ? `${d.title} <b>bold</b>` : d.title,
              history: { ...d.history, sources: [{ cite: 'Trap', url: 'javascript:alert(1)' }, ...d.history.sources] },
            }
          : d,
      ) as Scenario['decisions'],
    };
    const e = createEngine(hostile);
    const { screen } = show(e, playStrategy(e, { seed: 1962 }, historicalStrategy).snapshot);
    expect(screen.querySelector('b')).toBeNull();
    expect(screen.querySelector('.review__timeline')?.textContent).toContain('<b>bold</b>');
    const traps = [...screen.querySelectorAll('cite.source')].filter((c) => c.textContent === 'Trap');
    expect(traps.length).toBeGreaterThan(0);
    for (const trap of traps) expect(trap.querySelector('a')).toBeNull();
    for (const a of screen.querySelectorAll('a')) expect(a.getAttribute('href')).not.toMatch(/^javascript:/i);
  });

  it('closes a finished game with the same epilogue as its ending screen, and an unfinished one with none', () => {
    const lines = toView(engine, history, { review: true }).ending?.epilogue ?? [];
    expect(lines.length).toBeGreaterThan(0);
    const played = show(engine, history).screen;
    const shown = [...played.querySelectorAll('[data-epilogue]')].map((li) => li.getAttribute('data-epilogue'));
    expect(shown).toEqual(lines.map((l) => l.id));
    expect(played.querySelector('#review-epilogue-heading')?.tagName).toBe('H2');
    document.body.replaceChildren();
    expect(show(engine, beforeTheReply(engine)).screen.querySelector('[data-epilogue]')).toBeNull();
  });

  it('scores the player’s package beside the ExComm’s, and leaves the player’s row out when none was sent', () => {
    const played = show(engine, history).screen;
    const rowsOf = (s: HTMLElement) => [...s.querySelectorAll('.review__memo tbody th')].map((th) => th.textContent);
    expect(rowsOf(played)).toEqual(['Your package', 'The package actually sent']);
    document.body.replaceChildren();
    const early = show(engine, beforeTheReply(engine)).screen;
    expect(rowsOf(early)).toEqual(['The package actually sent']);
    expect(early.textContent).toContain('The game has not ended.');
  });

  it('names the class and its students when the game was a classroom session', () => {
    const screen = reviewScreen(buildReviewModel(engine, history, []), handlers(), [
      { role: 'jfk', students: 2, names: ['Ana', 'Ben'] },
      { role: 'rusk', students: 3, names: [] },
    ]);
    const items = [...screen.querySelectorAll('.review__roster li')].map((li) => li.textContent);
    expect(screen.querySelector('.review__roster p')?.textContent).toBe('5 students in 2 roles.');
    expect(items[0]).toMatch(/: Ana, Ben$/);
    expect(items[1]).toMatch(/: 3 students$/);
  });
});

describe('the class handout', { timeout: 60_000 }, () => {
  it('opens from the review in its place, one row per decision, and gives the review back', () => {
    const { screen } = show(engine, history);
    const open = [...screen.querySelectorAll<HTMLButtonElement>('.review__actions button')].find(
      (b) => b.textContent === 'Class handout',
    );
    open?.click();
    const handout = document.querySelector('.handout');
    expect(screen.isConnected).toBe(false);
    expect(handout?.querySelector('h1')?.textContent).toBe(`Class handout: ${scenario.meta.title}`);
    const review = buildReview(engine, history);
    const rows = [...(handout?.querySelectorAll<HTMLElement>('.handout__decisions tbody tr') ?? [])];
    expect(rows.map((r) => r.dataset.decision)).toEqual(review.rows.map((r) => r.decision));
    expect(rows[0].querySelector('.handout__flag')?.textContent).toBe('As in 1962.');
    expect(handout?.querySelector('.handout__count')?.textContent).toBe(
      '0 of your decisions diverged from the record.',
    );
    expect(handout?.querySelectorAll('.tracks-legend li').length).toBe(review.series.length);
    [...(handout?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
      .find((b) => b.textContent === 'Back to the review')
      ?.click();
    expect(screen.isConnected).toBe(true);
    expect(document.querySelector('.handout')).toBeNull();
  });
});

describe('the tracks chart', { timeout: 60_000 }, () => {
  it('draws one line per track, its points spread across the chart and scaled to the track’s range', () => {
    const { screen } = show(engine, history);
    const review = buildReview(engine, history);
    const paths = [...screen.querySelectorAll<SVGPathElement>('.tracks-chart path')];
    const drawn = review.series.filter((s) => s.points.length >= 2);
    expect(paths.map((p) => p.getAttribute('data-track'))).toEqual(drawn.map((s) => s.track));
    for (const path of paths) {
      const steps = path.getAttribute('d')?.split(' ') ?? [];
      const series = drawn.find((s) => s.track === path.getAttribute('data-track'));
      expect(steps.length).toBe(series?.points.length);
      expect(path.querySelector('title')?.textContent).toContain(series?.label);
    }
    const dashes = new Set(paths.map((p) => p.getAttribute('stroke-dasharray')));
    expect(dashes.size).toBe(Math.min(paths.length, 9));
  });

  it('is labelled: its axes, each track by name with its scale, and where each started and ended', () => {
    const { screen } = show(engine, history);
    const review = buildReview(engine, history);
    const axis = [...screen.querySelectorAll('.tracks-chart__axes text')].map((t) => t.textContent);
    expect(axis).toEqual(expect.arrayContaining(['max', 'min', 'each track’s scale', review.series[0].points[0].at]));
    const legend = [...screen.querySelectorAll<HTMLElement>('.tracks-legend li')];
    expect(legend.map((li) => li.dataset.track)).toEqual(review.series.map((s) => s.track));
    for (const [i, li] of legend.entries()) {
      const track = scenario.tracks[i];
      const series = review.series[i];
      expect(li.textContent?.replace(/\s+/g, ' ')).toContain(
        `${track.label}${track.hidden ? ' (hidden during play)' : ''}: points on a scale of ${track.min} to ${track.max}; ${series.points[0].value} at the start, ${series.points.at(-1)?.value} at the end.`,
      );
    }
  });

  it('puts a track’s minimum at the bottom and its maximum at the top', () => {
    const d = seriesPath([0, 10], { min: 0, max: 10 });
    const [from, to] = d.split(' ').map((p) => Number(p.slice(1).split(',')[1]));
    expect(from).toBeGreaterThan(to);
    expect(seriesPath([5, 5], { min: 0, max: 10 })).toMatch(/^M[\d.]+,([\d.]+) L[\d.]+,\1$/);
  });
});

describe('the decision map', { timeout: 60_000 }, () => {
  const model = () => mapModel(engine, { explored: [pathOf(history)], historical });

  it('draws a box per node and a text list that says the same', () => {
    const onOpenNode = vi.fn();
    const map = renderDecisionMap(engine.index, model(), { onOpenNode });
    document.body.append(map);
    const m = model();
    expect(map.querySelectorAll('[data-node]').length).toBe(m.nodes.length);
    expect(map.querySelectorAll('.decision-map__list li').length).toBe(m.nodes.length);
    expect(map.querySelector('.decision-map__count')?.textContent).toContain(
      `${m.endingsFound} of ${m.endingsTotal} endings found`,
    );
    expect(map.querySelectorAll('.decision-map__legend li').length).toBe(11);
  });

  it('opens a node’s note by click or keyboard, marks it pressed, and leads on to the next', () => {
    const onOpenNode = vi.fn();
    const map = renderDecisionMap(engine.index, model(), { onOpenNode });
    document.body.append(map);
    const first = model().nodes[0];
    const box = map.querySelector<SVGGElement>(`[data-node="${first.id}"]`) as SVGGElement;
    box.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onOpenNode).toHaveBeenLastCalledWith(first.id);
    expect(box.getAttribute('aria-pressed')).toBe('true');
    expect(map.querySelector('.decision-map__panel h3')?.textContent).toBe(first.label);
    const next = map.querySelector<HTMLButtonElement>('.decision-map__next button');
    const target = next?.textContent;
    next?.click();
    expect(map.querySelector('.decision-map__panel h3')?.textContent).toBe(target);
    expect(box.getAttribute('aria-pressed')).toBe('false');
    expect((document.activeElement as Element | null)?.getAttribute('data-node')).toBe(onOpenNode.mock.lastCall?.[0]);
    const ending = model().nodes.find((n) => n.kind === 'ending');
    const endingBox = map.querySelector(`[data-node="${ending?.id}"]`) as SVGGElement;
    endingBox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(map.querySelector('.decision-map__phase')?.textContent).toMatch(/ending$/);
  });

  it('keeps a note and what was opened in it through a zoom, and zooms in steps', () => {
    const map = renderDecisionMap(engine.index, model());
    document.body.append(map);
    const first = model().nodes[0];
    map.querySelector(`[data-node="${first.id}"]`)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const details = map.querySelector<HTMLDetailsElement>('.decision-map__panel details');
    if (details) details.open = true;
    const zoomIn = map.querySelector<HTMLButtonElement>('[aria-label="Zoom in"]');
    zoomIn?.click();
    expect(map.querySelector('.decision-map__zoom-level')?.textContent).toBe('125%');
    expect(map.querySelector<SVGSVGElement>('.decision-map__svg')?.getAttribute('style')).toMatch(/--map-width: \d+px/);
    expect(map.querySelector('.decision-map__panel details')).toBe(details);
    if (details) expect(details.open).toBe(true);
    expect(map.querySelector('.decision-map__panel h3')?.textContent).toBe(first.label);
    map.querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')?.click();
    map.querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')?.click();
    expect(map.querySelector('.decision-map__zoom-level')?.textContent).toBe('88%');
    [...map.querySelectorAll<HTMLButtonElement>('.decision-map__zoom button')]
      .find((b) => b.textContent === 'Actual size')
      ?.click();
    expect(map.querySelector('.decision-map__zoom-level')?.textContent).toBe('100%');
  });

  it('opens a note from the text list and puts the focus on its heading', () => {
    const map = renderDecisionMap(engine.index, model());
    document.body.append(map);
    const buttons = map.querySelectorAll<HTMLButtonElement>('.decision-map__list button');
    buttons[1].click();
    expect(document.activeElement?.tagName).toBe('H3');
    expect(document.activeElement?.textContent).toBe(model().nodes[1].label);
  });
});
