// @vitest-environment happy-dom
/**
 * "Load your own scenario" as a teacher meets it, with the project's own fixtures: a sound bundle is
 * shown with its counts and can be set up; a bundle whose step leads nowhere is refused with the
 * scenario tool's message (file, path, fix); a file that is not a bundle says so. The check runs on
 * the main thread here (no Worker in happy-dom), as it does in a browser without one. And the
 * worker's side of the check, with a stand-in worker: its answer, its failure, a newer pick.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckTookTooLong, type CheckWorker, checkInWorker } from '../../src/ui/classroom/checkScenario';
import { issueItem, ownScenarioScreen } from '../../src/ui/classroom/ownScenario';

const bundle = (name: string) => readFileSync(`tests/fixtures/bundles/${name}`, 'utf8');

function pick(screen: HTMLElement, id: string, files: File[]) {
  const input = screen.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

/** Until the screen is no longer busy checking. */
async function settled(screen: HTMLElement) {
  await vi.waitFor(
    () => {
      if (screen.getAttribute('aria-busy') === 'true') throw new Error('still checking');
      if (!screen.querySelector('.own-scenario__result')?.children.length) throw new Error('no result yet');
    },
    { timeout: 60_000, interval: 50 },
  );
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('loading your own scenario', { timeout: 90_000 }, () => {
  it('shows a sound bundle with its title and counts, and sets up a game of it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setUp = vi.fn();
    const screen = ownScenarioScreen({ back: vi.fn(), setUp });
    document.body.append(screen);
    pick(screen, 'own-bundle', [new File([bundle('mini.scenario.json')], 'mini.scenario.json')]);
    await settled(screen);
    const ready = screen.querySelector<HTMLElement>('.own-scenario__ready');
    expect(ready).not.toBeNull();
    expect(screen.querySelector('[role="status"]')?.textContent).toMatch(/^The scenario is sound: /);
    const counts = [...screen.querySelectorAll('.own-scenario__counts li')].map((li) => li.textContent);
    expect(counts.some((c) => /^\d+ decisions?$/.test(c ?? ''))).toBe(true);
    expect(counts.some((c) => /^\d+ endings?$/.test(c ?? ''))).toBe(true);
    screen.querySelector<HTMLButtonElement>('.own-scenario__ready .button--primary')?.click();
    expect(setUp).toHaveBeenCalledWith(
      expect.objectContaining({ meta: expect.objectContaining({ id: ready?.dataset.scenario }) }),
    );
  });

  it('refuses a broken bundle with the file, the path and what is wrong', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const screen = ownScenarioScreen({ back: vi.fn(), setUp: vi.fn() });
    document.body.append(screen);
    pick(screen, 'own-bundle', [new File([bundle('dangling-next.scenario.json')], 'dangling-next.scenario.json')]);
    await settled(screen);
    expect(screen.querySelector('.own-scenario__ready')).toBeNull();
    const issues = [...screen.querySelectorAll('.own-scenario__problems li.issue')];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].querySelector('.issue__file')?.textContent).toMatch(/\.ya?ml$/);
    expect(screen.querySelector('[role="status"]')?.textContent).toMatch(
      /problems? found; the scenario was not loaded\.$/,
    );
  });

  it('says so when a file is not a bundle', async () => {
    const screen = ownScenarioScreen({ back: vi.fn(), setUp: vi.fn() });
    document.body.append(screen);
    pick(screen, 'own-bundle', [new File(['{"not": "a bundle"}'], 'notes.scenario.json')]);
    await settled(screen);
    expect(screen.querySelector('#own-problems-heading')?.textContent).toBe('This file is not a scenario bundle');
  });

  it('writes an issue as the scenario tool does, markup as text', () => {
    const item = issueItem({ file: 'decisions.yaml', path: 'decisions[0].next', message: 'no <b>such</b> decision' });
    expect(item.textContent).toBe('decisions.yaml: decisions[0].next: no <b>such</b> decision');
    expect(item.querySelector('b')).toBeNull();
    expect(issueItem({ file: 'scenario.yaml', path: '', message: 'x' }).textContent).toBe('scenario.yaml: x');
  });
});

/** A worker that answers (or fails) when told to, and records being stopped. */
function standIn() {
  type Handler = ((event: never) => void) | null;
  const worker = {
    onmessage: null as Handler,
    onerror: null as Handler,
    onmessageerror: null as Handler,
    posted: [] as unknown[],
    terminated: false,
    postMessage(message: unknown) {
      this.posted.push(message);
    },
    terminate() {
      this.terminated = true;
    },
  };
  return worker as typeof worker & CheckWorker;
}
const request = { files: [], folder: 'mine' };

describe('the check in a worker', () => {
  it('gives the worker’s answer and stops the worker', async () => {
    const worker = standIn();
    const answer = checkInWorker(worker, request, new AbortController().signal, 60_000);
    expect(worker.posted).toEqual([request]);
    const validation = { ok: false, stage: 'load', issues: [] };
    worker.onmessage?.(new MessageEvent('message', { data: { ok: true, validation } }) as never);
    await expect(answer).resolves.toEqual(validation);
    expect(worker.terminated).toBe(true);
  });

  it('rejects when the worker fails or reports a failure', async () => {
    const failing = standIn();
    const failed = checkInWorker(failing, request, new AbortController().signal, 60_000);
    failing.onerror?.(new Event('error') as never);
    await expect(failed).rejects.toThrow(/the check's worker failed \(error\)/);
    const refusing = standIn();
    const refused = checkInWorker(refusing, request, new AbortController().signal, 60_000);
    refusing.onmessage?.(new MessageEvent('message', { data: { ok: false, errors: ['out of memory'] } }) as never);
    await expect(refused).rejects.toThrow('out of memory');
  });

  it('stops at once for a newer pick, and after the time limit', async () => {
    const worker = standIn();
    const controller = new AbortController();
    const aborted = checkInWorker(worker, request, controller.signal, 60_000);
    controller.abort(new Error('a newer pick'));
    await expect(aborted).rejects.toThrow('a newer pick');
    expect(worker.terminated).toBe(true);
    vi.useFakeTimers();
    try {
      const slow = standIn();
      const late = checkInWorker(slow, request, new AbortController().signal, 1000);
      vi.advanceTimersByTime(1000);
      await expect(late).rejects.toBeInstanceOf(CheckTookTooLong);
      expect(slow.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
