/**
 * The own-scenario check in a Web Worker (src/ui/classroom/validate.worker.ts): what crosses the
 * worker boundary is copied by the structured clone algorithm, which keeps plain data only (no
 * prototypes, functions, getters). The page shows the copy, so the copy must equal the original,
 * for a sound scenario and for each kind of refusal, or the worker would change what the teacher sees.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readScenarioFiles } from '../../src/cli/scenarioFolder';
import type { ScenarioFile } from '../../src/engine/loader';
import { validateScenarioFiles } from '../../src/engine/loader/validateBundle';
import {
  CHECK_TIME_LIMIT_MS,
  type CheckReply,
  type CheckRequest,
  CheckTookTooLong,
  type CheckWorker,
  checkInWorker,
} from '../../src/ui/classroom/checkScenario';

/** A folder for each kind of answer: sound, refused by the loader, refused by the lint. */
const FOLDERS = {
  sound: 'scenarios/black-saturday',
  load: 'tests/fixtures/broken/dangling-next',
  check: 'tests/fixtures/broken/cycle-no-exit',
};

describe('what crosses the worker boundary', () => {
  for (const [name, folder] of Object.entries(FOLDERS)) {
    it(`survives a structured clone unchanged: ${name} (${folder})`, () => {
      const request: CheckRequest = { files: readScenarioFiles(folder), folder };
      expect(structuredClone(request)).toStrictEqual(request);
      const validation = validateScenarioFiles(request.files, request.folder);
      expect(validation.ok ? 'sound' : validation.stage).toBe(name);
      // toStrictEqual also compares prototypes and undefined properties, which a clone would lose.
      expect(structuredClone(validation)).toStrictEqual(validation);
    }, 60_000);
  }
});

describe('the worker script', () => {
  const replies: CheckReply[] = [];
  const scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage(reply: CheckReply): void } = {
    onmessage: null,
    postMessage: (reply) => replies.push(reply),
  };
  const hadSelf = 'self' in globalThis;
  const before = (globalThis as { self?: unknown }).self;

  beforeAll(async () => {
    // The worker listens on its global `self`: here a stand-in that records the replies.
    (globalThis as { self?: unknown }).self = scope;
    await import('../../src/ui/classroom/validate.worker');
  });
  afterAll(() => {
    if (hadSelf) (globalThis as { self?: unknown }).self = before;
    else delete (globalThis as { self?: unknown }).self;
  });

  it('answers a request with the validation the main thread would compute', () => {
    const folder = FOLDERS.load;
    const files = readScenarioFiles(folder);
    replies.length = 0;
    scope.onmessage?.({ data: { files, folder } satisfies CheckRequest });
    expect(replies).toEqual([{ ok: true, validation: validateScenarioFiles(files, folder) }]);
  });

  it('answers, rather than throws, when the check itself throws', () => {
    replies.length = 0;
    // Not a list of files: the loader throws on it, as it would on the main thread.
    scope.onmessage?.({ data: { files: null as unknown as ScenarioFile[], folder: 'x' } });
    expect(replies).toHaveLength(1);
    expect(replies[0].ok).toBe(false);
  });
});

describe('the time limit of a check in a worker', () => {
  /** A worker that takes the request and answers only when told to, and says whether it was stopped. */
  function standIn() {
    const worker = {
      onmessage: null as ((event: MessageEvent<CheckReply>) => void) | null,
      onerror: null,
      onmessageerror: null,
      postMessage: () => {},
      terminated: false,
      terminate() {
        worker.terminated = true;
      },
      answer(reply: CheckReply) {
        worker.onmessage?.({ data: reply } as MessageEvent<CheckReply>);
      },
    };
    return worker as unknown as CheckWorker & { terminated: boolean; answer(reply: CheckReply): void };
  }
  const request: CheckRequest = { files: [], folder: 'mine' };
  const sound: CheckReply = { ok: false, errors: ['any answer'] };

  // The clock is the test's: time passes only when the test moves it.
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is 20 seconds, named once', () => {
    expect(CHECK_TIME_LIMIT_MS).toBe(20_000);
  });

  it('stops a check that has not answered when the limit passes, and says so', async () => {
    vi.useFakeTimers();
    const worker = standIn();
    const checking = checkInWorker(worker, request, new AbortController().signal, 2000);
    const outcome = checking.then(
      () => 'answered',
      (error) => error,
    );
    vi.advanceTimersByTime(1999);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(CheckTookTooLong);
    expect((error as Error).message).toBe('the check did not finish within 2 seconds and was stopped');
    expect(worker.terminated).toBe(true);
    // A late answer changes nothing.
    worker.answer(sound);
  });

  it('lets a check that answers in time give its answer, and no limit fires after it', async () => {
    vi.useFakeTimers();
    const worker = standIn();
    const checking = checkInWorker(worker, request, new AbortController().signal, CHECK_TIME_LIMIT_MS);
    vi.advanceTimersByTime(CHECK_TIME_LIMIT_MS - 1);
    worker.answer(sound);
    await expect(checking).rejects.toThrow('any answer');
    expect(worker.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
