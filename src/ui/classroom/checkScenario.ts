/**
 * Checks a teacher's scenario files in a Web Worker (`validate.worker.ts`), so the page stays
 * responsive and its status line current during a check that can take seconds. Whenever the worker
 * cannot do it (no Worker in this browser, a worker script that will not load, a worker that fails),
 * the check runs on the main thread instead, exactly as it did before there was a worker: the same
 * function on the same files, so the result and the messages are the same whichever way it ran.
 *
 * A check in a worker has a time limit. The engine bounds what one command can do (an endless loop of
 * routes or model picks is stopped and refused), so every check should end well within it; the limit
 * is for whatever still would not (a scenario no one foresaw, a machine that has stalled), so that the
 * teacher is told what happened instead of watching "Checking…" for ever. A check that ran out of
 * time is not tried again on the main thread, where nothing could stop it.
 */

import type { ScenarioFile } from '../../engine/loader/index';
import type { Validation } from '../../engine/loader/validateBundle';
import type { Failure } from '../../engine/result';

/** To the worker: plain strings only. */
export interface CheckRequest {
  files: readonly ScenarioFile[];
  folder: string;
}
/** From the worker: a `Validation` is plain data (a plain-JSON scenario, or plain issue objects). */
export type CheckReply = { ok: true; validation: Validation } | Failure<string>;
/** Where the check ran; the page shows it (`data-check`) for the browser tests. */
export type CheckPath = 'worker' | 'main-thread';

/**
 * How long a check may take in its worker. Black Saturday, the largest scenario there is, takes about
 * 2 s in a worker on a classroom laptop; ten times that leaves room for a slow machine and a larger
 * scenario, and is still short enough for a teacher to wait for.
 */
export const CHECK_TIME_LIMIT_MS = 20_000;

/** The worker did not answer within the time limit and was stopped. */
export class CheckTookTooLong extends Error {
  constructor(readonly limitMs: number) {
    super(`the check did not finish within ${Math.round(limitMs / 1000)} seconds and was stopped`);
    this.name = 'CheckTookTooLong';
  }
}

/** The part of a Worker the check uses, so that a test can stand in for one. */
export type CheckWorker = Pick<Worker, 'onmessage' | 'onerror' | 'onmessageerror' | 'postMessage' | 'terminate'>;

/**
 * The check of the files. Aborting `signal` (a newer pick) stops a worker at once and rejects with the
 * signal's reason; a check already running on the main thread cannot be stopped, so the caller must
 * still ignore what an aborted check returns.
 */
export async function checkScenario(
  request: CheckRequest,
  signal: AbortSignal,
  timeLimitMs = CHECK_TIME_LIMIT_MS,
): Promise<{ validation: Validation; path: CheckPath }> {
  try {
    return { validation: await inWorker(request, signal, timeLimitMs), path: 'worker' };
  } catch (error) {
    if (signal.aborted || error instanceof CheckTookTooLong) throw error;
    // Not an error of the page: the teacher still gets the check, only with a frozen page meanwhile.
    console.warn('The scenario is checked on the main thread:', error);
  }
  const { validateScenarioFiles } = await import('../../engine/loader/validateBundle');
  // Let the status paint before the check, which holds the page for a moment.
  await nextFrame();
  signal.throwIfAborted();
  return { validation: validateScenarioFiles(request.files, request.folder), path: 'main-thread' };
}

async function inWorker(request: CheckRequest, signal: AbortSignal, timeLimitMs: number): Promise<Validation> {
  // `&inline`: the worker's code is a string in this chunk, started from a blob: URL. The single-file
  // build (`npm run build:offline`, opened from file://) cannot have a worker file beside it, and one
  // way for both builds keeps one way to test. Imported only when a scenario is picked, like the loader.
  const { default: ValidateWorker } = await import('./validate.worker?worker&inline');
  signal.throwIfAborted();
  return checkInWorker(new ValidateWorker({ name: 'scenario-check' }), request, signal, timeLimitMs);
}

/**
 * One check in a started worker: the worker's answer, or a rejection when the worker fails, when
 * `signal` aborts (a newer pick) or when `timeLimitMs` passes first (CheckTookTooLong). The worker is
 * stopped whichever comes first.
 */
export function checkInWorker(
  worker: CheckWorker,
  request: CheckRequest,
  signal: AbortSignal,
  timeLimitMs: number,
): Promise<Validation> {
  return new Promise<Validation>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      signal.removeEventListener('abort', cancel);
    };
    // A newer pick: stop this check now rather than let it use the machine for a result nobody sees.
    const cancel = () => {
      finish();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new CheckTookTooLong(timeLimitMs));
    }, timeLimitMs);
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      finish();
      if (data.ok) resolve(data.validation);
      else reject(new Error(data.errors.join('; ')));
    };
    // The script did not load or threw outside the check, or a message could not be cloned.
    worker.onerror = worker.onmessageerror = (event: Event) => {
      event.preventDefault();
      finish();
      reject(new Error(`the check's worker failed (${event instanceof ErrorEvent ? event.message : event.type})`));
    };
    try {
      worker.postMessage(request);
    } catch (error) {
      finish();
      reject(error);
    }
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
