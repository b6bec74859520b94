/**
 * Harness: the decision map alone, over the real scenario, with a few games recorded in this
 * browser. ?fresh shows it before any game; ?full lets the page grow to the map's full size
 * (for screenshots); ?contrast turns on the high-contrast setting.
 */
import '@fontsource/special-elite/400.css';
import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '../../../src/ui/overlay.css';
import '../../../src/ui/play/play.css';
import scenario from 'virtual:scenario';
import { historicalStrategy, playStrategy } from '../../../src/engine/analysis/historical';
import { historicalPath, mapModel, pathOf } from '../../../src/engine/analysis/mapModel';
import { createEngine } from '../../../src/engine/game';
import { loadExplored, recordPath } from '../../../src/session/explored';
import { browserStore } from '../../../src/session/storage';
import { h } from '../../../src/ui/dom';
import { renderDecisionMap } from '../../../src/ui/review/decisionMap';

const params = new URLSearchParams(location.search);
const engine = createEngine(scenario);
const store = browserStore();
const id = scenario.meta.id;

/** History, except at the named decisions, where the given option is taken instead. */
function play(seed: number, changes: Record<string, string>): string[] {
  const run = playStrategy(engine, { seed }, (e, s) => {
    const d = e.index.decisions.get(s.context.current);
    if (d?.kind === 'choice' && changes[d.id]) return { type: 'player.choose', side: d.side, option: changes[d.id] };
    const move = historicalStrategy(e, s);
    if ('stop' in move && d?.kind === 'choice') return { type: 'player.choose', side: d.side, option: d.options[0].id };
    return move;
  });
  return pathOf(run.snapshot);
}

store.remove(`eyes-only:explored:${id}`);
if (!params.has('fresh')) {
  recordPath(store, id, play(1962, {}));
  recordPath(store, id, play(1962, { 'u2-loss': 'strike-missiles' }));
  recordPath(store, id, play(7, { 'second-letter': 'demand-removal', 'u2-loss': 'retaliate-sam' }));
  recordPath(store, id, play(1962, { jupiters: 'remove-publicly', 'summit-agenda': 'press-for-summit' }));
}
const explored = loadExplored(store, id);
const model = mapModel(engine, { explored, historical: historicalPath(engine) });

if (params.has('contrast')) document.documentElement.classList.add('high-contrast');
if (params.has('full')) {
  const style = document.createElement('style');
  style.textContent =
    'html,body{height:auto;overflow:visible;display:block} #stage{width:auto;aspect-ratio:auto} #ui-overlay{position:static} .review{height:auto} .decision-map__viewport{max-height:none}';
  document.head.append(style);
}

const opened: string[] = [];
const map = renderDecisionMap(engine.index, model, { onOpenNode: (node) => opened.push(node) });
const overlay = document.getElementById('ui-overlay') as HTMLElement;
overlay.append(h('article', { class: 'review' }, h('h1', { class: 'screen-heading' }, 'After-action review'), map));
Object.assign(window, { mapHarness: { explored, model, opened } });
