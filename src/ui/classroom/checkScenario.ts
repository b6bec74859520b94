/**
 * Checks a teacher's scenario files in a Web Worker (`validate.worker.ts`), so the page stays
 * responsive and its status line current during a check that can take seconds. Whenever the worker
 * cannot do it (no Worker in this browser, a worker script that will not load, a worker that fails),
 * the check runs on the main thread instead, exactly as it did before there was a worker: the same
 * function on the same files, so the result and the messages are the same whichever way it ran.
 */
import type { Validation } from '../../engine/classroom/validate';
import type { ScenarioFile } from '../../engine/loader/index';

/** To the worker: plain strings only. */
export interface CheckRequest {
  files: readonly ScenarioFile[];
  folder: string;
}
/** From the worker: a `Validation` is plain data (a plain-JSON scenario, or plain issue objects). */
export type CheckReply = { ok: true; validation: Validation } | { ok: false; message: string };
/** Where the check ran; the page shows it (`data-check`) for the browser tests. */
export type CheckPath = 'worker' | 'main-thread';

/**
 * The check of the files. Aborting `signal` (a newer pick) stops a worker at once and rejects with the
 * signal's reason; a check already running on the main thread cannot be stopped, so the caller must
 * still ignore what an aborted check returns.
 */
export async function checkScenario(
  request: CheckRequest,
  signal: AbortSignal,
): Promise<{ validation: Validation; path: CheckPath }> {
  try {
    return { validation: await inWorker(request, signal), path: 'worker' };
  } catch (error) {
    if (signal.aborted) throw error;
    // Not an error of the page: the teacher still gets the check, only with a frozen page meanwhile.
    console.warn('The scenario is checked on the main thread:', error);
  }
  const { validateScenarioFiles } = await import('../../engine/classroom/validate');
  // Let the status paint before the check, which holds the page for a moment.
  await nextFrame();
  signal.throwIfAborted();
  return { validation: validateScenarioFiles(request.files, request.folder), path: 'main-thread' };
}

async function inWorker(request: CheckRequest, signal: AbortSignal): Promise<Validation> {
  // `&inline`: the worker's code is a string in this chunk, started from a blob: URL. The single-file
  // build (`npm run build:offline`, opened from file://) cannot have a worker file beside it, and one
  // way for both builds keeps one way to test. Imported only when a scenario is picked, like the loader.
  const { default: ValidateWorker } = await import('./validate.worker?worker&inline');
  signal.throwIfAborted();
  const worker = new ValidateWorker({ name: 'scenario-check' });
  return new Promise<Validation>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
    };
    // A newer pick: stop this check now rather than let it use the machine for a result nobody sees.
    const cancel = () => {
      finish();
      reject(signal.reason);
    };
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      finish();
      if (data.ok) resolve(data.validation);
      else reject(new Error(data.message));
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
