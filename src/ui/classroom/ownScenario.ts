/**
 * "Load your own scenario": a teacher picks a scenario's files, its folder, or one bundle made by
 * `npm run scenario -- bundle <folder>`. The files are checked here in the browser by the same
 * loader and lint as the scenario tool, and a broken scenario is refused with the tool's own
 * messages (file, path, what is wrong), so the teacher can fix it; nothing else changes. A sound one
 * can be played at once, or its role packets printed. The loader (zod, yaml) is loaded only when a
 * scenario is picked, and the check runs in a Web Worker where it can (see checkScenario.ts).
 */
import './packets.css';
import {
  looksLikeBundle,
  type PickedFile,
  type PickedScenario,
  parseBundle,
  pickedScenario,
  scenarioFolder,
} from '../../engine/loader/bundle';
import { decodeScenarioText } from '../../engine/loader/encoding';
import type { Failure, ScenarioIssue } from '../../engine/result';
import type { Scenario } from '../../engine/schema/scenario';
import { focusSoon, h, plural, screenHeading } from '../dom';
import { CheckTookTooLong, checkScenario } from './checkScenario';

export interface OwnScenarioActions {
  back(): void;
  /** Puts the scenario in use and opens the set-up of a game (solo, a class or two teams). */
  setUp(scenario: Scenario): void;
}

/** An issue as the scenario tool prints it (`formatIssue`), with the file and the path picked out. */
export function issueItem(issue: ScenarioIssue): HTMLLIElement {
  return h(
    'li',
    { class: 'issue' },
    h('span', { class: 'issue__file' }, issue.file),
    issue.path ? ': ' : null,
    issue.path ? h('span', { class: 'issue__path' }, issue.path) : null,
    `: ${issue.message}`,
  );
}

/** The picked files as text, decoded as the scenario tool decodes them (file.text() would hide bad bytes). */
async function readPicked(list: FileList): Promise<{ picked: PickedFile[]; unreadable: ScenarioIssue[] }> {
  const picked: PickedFile[] = [];
  const unreadable: ScenarioIssue[] = [];
  for (const file of [...list]) {
    // Other files in a picked folder (pictures, notes) are ignored by pickedScenario: not read at all.
    if (!/\.(ya?ml|md|json)$/i.test(file.name)) {
      picked.push({ name: file.name, relativePath: file.webkitRelativePath, text: '' });
      continue;
    }
    const decoded = decodeScenarioText(new Uint8Array(await file.arrayBuffer()));
    if ('problem' in decoded)
      unreadable.push({ file: file.webkitRelativePath || file.name, path: '', message: decoded.problem });
    else picked.push({ name: file.name, relativePath: file.webkitRelativePath, text: decoded.text });
  }
  return { picked, unreadable };
}

/** The loader's files from a pick: one bundle, or scenario files (loose or in a folder). */
function fromPicked(picked: PickedFile[]): { ok: true; scenario: PickedScenario } | Failure<ScenarioIssue> {
  if (picked.length === 1 && looksLikeBundle(picked[0].name)) {
    const bundle = parseBundle(picked[0].text, picked[0].name);
    if (!bundle.ok) return bundle;
    return {
      ok: true,
      scenario: { files: bundle.value, folder: scenarioFolder(bundle.value.map((f) => f.path)), ignored: [] },
    };
  }
  return { ok: true, scenario: pickedScenario(picked) };
}

export function ownScenarioScreen(actions: OwnScenarioActions): HTMLElement {
  const result = h('div', { class: 'own-scenario__result' });
  const status = h('p', { class: 'own-scenario__status', role: 'status', 'aria-live': 'polite' });
  // The check of the latest pick. The page stays responsive while a check runs, so a teacher can pick
  // again (or leave) meanwhile: that aborts the earlier check, whose result must then never be shown.
  let running: AbortController | undefined;
  const stopChecking = () => running?.abort();

  const picker = (id: string, label: string, hint: string, attributes: Record<string, string | boolean>) => {
    const input = h('input', { id, type: 'file', ...attributes });
    input.addEventListener('change', () => {
      const files = input.files;
      if (files && files.length > 0) void open(files, input);
    });
    return h('div', { class: 'own-scenario__picker' }, h('label', { for: id }, label), input, h('p', {}, hint));
  };

  const content = h(
    'section',
    { class: 'classroom classroom--own', 'aria-labelledby': 'own-heading' },
    h(
      'div',
      { class: 'classroom-page own-scenario' },
      screenHeading(1, 'Load your own scenario', 'own-heading'),
      h(
        'p',
        {},
        'A scenario is a folder of YAML files and documents (see docs/scenario-format.md). It is checked here, in this browser, exactly as the scenario tool checks it; nothing is sent anywhere, and the game you have is kept until you choose to play the new one.',
      ),
      h(
        'div',
        { class: 'own-scenario__pickers' },
        picker('own-files', 'Scenario files', 'Pick its YAML files and its documents (.md) together.', {
          multiple: true,
          accept: '.yaml,.yml,.md,.json',
        }),
        picker('own-folder', 'A scenario folder', 'Pick the folder that holds scenario.yaml.', {
          webkitdirectory: true,
          multiple: true,
        }),
        picker(
          'own-bundle',
          'A scenario bundle',
          'One .scenario.json file made by npm run scenario -- bundle <folder>.',
          { accept: '.json,application/json' },
        ),
      ),
      status,
      result,
      h(
        'div',
        { class: 'classroom__actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'button',
            onclick: () => {
              stopChecking();
              actions.back();
            },
          },
          'Back',
        ),
      ),
    ),
  );
  const host = h('div', { class: 'classroom-host' }, content);

  const showProblems = (issues: ScenarioIssue[], heading: string, intro: string, ignored: string[] = []) => {
    result.replaceChildren(
      h(
        'section',
        { class: 'own-scenario__problems', 'aria-labelledby': 'own-problems-heading' },
        h('h2', { id: 'own-problems-heading', tabindex: -1 }, heading),
        h('p', {}, intro),
        h('ul', {}, ...issues.map(issueItem)),
        ignoredNote(ignored),
      ),
    );
    status.textContent = `${plural(issues.length, 'problem')} found; the scenario was not loaded.`;
    focusSoon(result.querySelector<HTMLElement>('#own-problems-heading'));
  };

  /** What the check warns about (e.g. claims without a basis): listed, folded away, not blocking. */
  const warningsNote = (warnings: readonly ScenarioIssue[]) =>
    warnings.length === 0
      ? null
      : h(
          'details',
          { class: 'own-scenario__warnings' },
          h('summary', {}, `${plural(warnings.length, 'warning')}: the scenario plays, but these are worth fixing`),
          h('ul', {}, ...warnings.map(issueItem)),
        );

  const showScenario = (scenario: Scenario, ignored: string[], warnings: readonly ScenarioIssue[] = []) => {
    const counts = [
      plural(scenario.decisions.filter((d) => d.kind !== 'route').length, 'decision'),
      plural(scenario.endings.length, 'ending'),
      plural(scenario.documents.length, 'document'),
      plural(scenario.roles.length, 'role'),
      plural(scenario.sides.length, 'side'),
      plural(scenario.tracks.length, 'track'),
      plural(scenario.events?.length ?? 0, 'event'),
    ];
    result.replaceChildren(
      h(
        'section',
        { class: 'own-scenario__ready', 'aria-labelledby': 'own-ready-heading', 'data-scenario': scenario.meta.id },
        h('h2', { id: 'own-ready-heading', tabindex: -1 }, scenario.meta.title),
        h(
          'p',
          { class: 'classroom-page__kicker' },
          `Version ${scenario.meta.version} · ${scenario.meta.durationMinutes} minutes`,
        ),
        h('p', {}, scenario.meta.summary),
        h('ul', { class: 'own-scenario__counts', 'aria-label': 'What it holds' }, ...counts.map((c) => h('li', {}, c))),
        ignoredNote(ignored),
        warningsNote(warnings),
        h(
          'div',
          { class: 'classroom__actions' },
          h(
            'button',
            { type: 'button', class: 'button button--primary', onclick: () => actions.setUp(scenario) },
            'Set up a game of it',
          ),
          h(
            'button',
            { type: 'button', class: 'button', onclick: () => void showPackets(scenario) },
            'Its role packets and guide',
          ),
        ),
      ),
    );
    status.textContent = `The scenario is sound: ${scenario.meta.title}.`;
    focusSoon(result.querySelector<HTMLElement>('#own-ready-heading'));
  };

  const showPackets = async (scenario: Scenario) => {
    const { packetsScreen } = await import('./packetPages');
    host.replaceChildren(
      packetsScreen(scenario, {
        back: () => {
          host.replaceChildren(content);
          focusSoon(result.querySelector<HTMLElement>('#own-ready-heading'));
        },
      }),
    );
    focusSoon(host.querySelector<HTMLElement>('#packets-heading'));
  };

  async function open(list: FileList, input: HTMLInputElement): Promise<void> {
    stopChecking();
    const controller = new AbortController();
    running = controller;
    // After every wait: has a newer pick taken over?
    const stale = () => controller.signal.aborted;
    host.setAttribute('aria-busy', 'true');
    delete status.dataset.check;
    try {
      status.textContent = `Reading ${plural(list.length, 'file')}…`;
      const read = await readPicked(list);
      if (stale()) return;
      if (read.unreadable.length > 0) {
        showProblems(read.unreadable, 'These files could not be read', 'Scenario files are UTF-8 text:');
        return;
      }
      const picked = fromPicked(read.picked);
      if (!picked.ok) {
        showProblems(picked.errors, 'This file is not a scenario bundle', 'The file could not be read as a bundle:');
        return;
      }
      const { files, folder, ignored } = picked.scenario;
      if (files.length === 0) {
        showProblems(
          [
            {
              file: folder,
              path: '',
              message: 'no scenario files here: pick the YAML files and documents (.md), the folder, or a bundle',
            },
          ],
          'No scenario found',
          'Nothing picked is part of a scenario:',
          ignored,
        );
        return;
      }
      status.textContent = `Checking ${plural(files.length, 'file')}: the schema, the cross-references, then random games…`;
      const { validation: checked, path } = await checkScenario({ files, folder }, controller.signal);
      if (stale()) return;
      status.dataset.check = path;
      if (checked.ok) showScenario(checked.scenario, ignored, checked.warnings);
      else
        showProblems(
          checked.errors,
          'This scenario cannot be played',
          checked.stage === 'load'
            ? `${plural(checked.errors.length, 'problem')}, as npm run scenario -- check ${folder} reports them. Fix them in the files and pick them again:`
            : `It loads, but the check finds ${plural(checked.errors.length, 'problem')}, as npm run scenario -- check ${folder} reports them:`,
          ignored,
        );
    } catch (error) {
      if (stale()) return;
      if (error instanceof CheckTookTooLong) {
        showProblems(
          [{ file: list[0]?.name ?? 'the scenario', path: '', message: tooLongMessage(error) }],
          'The check took too long',
          'The check of this scenario was stopped before it finished:',
        );
        return;
      }
      showProblems(
        [{ file: list[0]?.name ?? 'the file', path: '', message: `could not be read (${(error as Error).message})` }],
        'The files could not be read',
        'The browser could not read what was picked:',
      );
    } finally {
      if (!stale()) {
        running = undefined;
        host.removeAttribute('aria-busy');
      }
      // The same files can be picked again after a fix.
      input.value = '';
    }
  }

  return host;
}

/** What a teacher can do when the check ran out of time (see CHECK_TIME_LIMIT_MS). */
const tooLongMessage = (error: CheckTookTooLong) =>
  `${error.message}, so the scenario was not loaded. Pick the files again to retry (close other tabs ` +
  'first on a slow computer); if it stops again, run npm run scenario -- check on the folder, which ' +
  'names what makes the check endless (such as a loop of routes with no way out), fix it and pick the files again.';

function ignoredNote(ignored: string[]): HTMLElement | null {
  if (ignored.length === 0) return null;
  const shown = ignored.slice(0, 8);
  return h(
    'p',
    { class: 'own-scenario__ignored' },
    `Not part of the scenario, so not read: ${shown.join(', ')}${ignored.length > shown.length ? ` and ${ignored.length - shown.length} more` : ''}.`,
  );
}
