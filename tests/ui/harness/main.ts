/**
 * A page for looking at the documents UI in a real browser (not part of the game):
 *   npx vite tests/ui/harness --port 5231 --host 127.0.0.1
 * Query parameters:
 *   ?view=gallery (default)       several real documents laid out, and the folder
 *   ?view=doc&id=…[&clean=1]      one document (clean: its clean transcription)
 *   ?view=viewer&id=…[&clean=1]   the modal viewer over a stand-in table
 *   ?view=folder                  the briefing folder
 *   &hc=1                         high-contrast mode; &scale=1.25 text scale
 */
import '@fontsource/special-elite/400.css';
import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '../../../src/ui/overlay.css';
import './harness.css';
import scenario from 'virtual:scenario';
import { parse } from 'yaml';
import { historicalStrategy, playStrategy } from '../../../src/engine/analysis/historical';
import { createEngine } from '../../../src/engine/game';
import { splitFrontMatter } from '../../../src/engine/loader/frontMatter';
import { ScenarioDocument } from '../../../src/engine/schema/scenario';
import { type DocumentSummary, toView } from '../../../src/engine/view';
import {
  openDocumentViewer,
  parseMarkdown,
  plainText,
  renderBriefingFolder,
  renderDocument,
} from '../../../src/ui/documents/documents';

const raw = import.meta.glob('../../../scenarios/black-saturday/documents/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const documents = new Map<string, ScenarioDocument>();
for (const [path, text] of Object.entries(raw)) {
  const split = splitFrontMatter(text);
  if (!split) throw new Error(`${path}: no front matter`);
  const doc = ScenarioDocument.parse({ ...parse(split.frontMatter), body: split.body, file: path });
  documents.set(doc.id, doc);
}

/** With &markings=1, a summary gets sample markings, to see them drawn on a typed paper. */
const SAMPLE_MARKINGS: ScenarioDocument['markings'] = [
  { kind: 'stamp', text: 'TOP SECRET' },
  { kind: 'handwritten', text: 'Seen by the President / 10/30' },
  { kind: 'struck', text: 'EYES ONLY' },
  { kind: 'typed', text: 'Copy 3 of 12' },
];

function get(id: string): ScenarioDocument {
  const doc = documents.get(id);
  if (!doc) throw new Error(`no document "${id}"`);
  return new URLSearchParams(location.search).get('markings') ? { ...doc, markings: SAMPLE_MARKINGS } : doc;
}

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'gallery';
const host = document.getElementById('ui-host') as HTMLElement;
if (params.get('hc')) document.body.classList.add('high-contrast');
if (params.get('scale')) document.documentElement.style.setProperty('--text-scale', params.get('scale') ?? '1');
document.body.dataset.view = view;

const FOLDER_IDS = [
  'situation-27',
  'khrushchev-letter-26',
  'planning-negotiation-26',
  'rostow-notes-26',
  'report-no-4',
  'moscow-radio-27',
  'u2-shot-down',
  'ankara-rome-jupiters',
  'rostow-negotiations-memo',
];
const READ = new Set(['situation-27', 'khrushchev-letter-26', 'planning-negotiation-26', 'rostow-notes-26']);

/**
 * The folder's summaries as the game shows them: the real view (toView) of a game played along the
 * record, so the harness sees the times and order the player sees (never summaries made by hand).
 */
const engine = createEngine(scenario);
const played = playStrategy(engine, { seed: 1962 }, historicalStrategy).snapshot;
const delivered = toView(engine, played, { side: scenario.meta.playerSide }).documents;

function summaries(): DocumentSummary[] {
  return FOLDER_IDS.flatMap((id) => {
    const summary = delivered.find((d) => d.id === id);
    return summary ? [{ ...summary, read: READ.has(id) }] : [];
  });
}

function openViewer(id: string, opener?: HTMLElement | null) {
  const viewer = openDocumentViewer(host, get(id), {
    opener,
    reducedMotion: params.get('motion') !== '1',
    clean: params.get('clean') === '1',
    onClose: () => {
      document.body.dataset.closed = id;
    },
  });
  (window as unknown as { harnessViewer: unknown }).harnessViewer = viewer;
}

switch (view) {
  case 'doc': {
    const id = params.get('id') ?? 'rostow-negotiations-memo';
    host.append(renderDocument(get(id), { clean: params.get('clean') === '1' }));
    (window as unknown as { harnessPlain: string }).harnessPlain = plainText(parseMarkdown(get(id).body));
    break;
  }
  case 'hostile': {
    // What a hostile upload could try: markup in every field, a script URL for the source.
    const hostile: ScenarioDocument = {
      ...get('bundy-open-issues'),
      title: '<img src=x onerror="window.pwned=1">Title',
      from: '<script>window.pwned=1</script>',
      body: '<script>window.pwned=1</script>\n\n**<img src=x onerror="window.pwned=1">** *<a href="javascript:window.pwned=1">x</a>*',
      source: { cite: 'A <b>cite</b>', url: 'javascript:window.pwned=1' },
      markings: [{ kind: 'stamp', text: '<svg onload="window.pwned=1">' }],
    };
    host.append(renderDocument(hostile));
    break;
  }
  case 'viewer': {
    const opener = document.createElement('button');
    opener.type = 'button';
    opener.className = 'button button--primary harness__opener';
    opener.textContent = 'Open the document';
    const id = params.get('id') ?? 'rostow-negotiations-memo';
    opener.addEventListener('click', () => openViewer(id, opener));
    host.append(opener);
    opener.focus();
    if (params.get('open') !== '0') openViewer(id, opener);
    break;
  }
  case 'folder': {
    const render = (currentId?: string) => {
      const folder = renderBriefingFolder(summaries(), {
        currentId,
        onOpen: (id) => {
          READ.add(id);
          render(id);
          const button = host.querySelector<HTMLElement>(`[data-document-id="${id}"]`);
          openViewer(id, button);
        },
      });
      host.replaceChildren(folder);
    };
    render(params.get('current') ?? undefined);
    break;
  }
  default: {
    const ids = (
      params.get('ids') ??
      'rostow-negotiations-memo,dobrynin-cable-27,khrushchev-letter-26,moscow-radio-27,u2-shot-down,reserve-callup,bundy-open-issues'
    ).split(',');
    host.append(renderBriefingFolder(summaries(), { onOpen: (id) => openViewer(id) }));
    for (const id of ids) host.append(renderDocument(get(id)));
  }
}
document.body.dataset.ready = 'true';
