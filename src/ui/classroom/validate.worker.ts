/**
 * The check of a teacher's own scenario (`validateScenarioFiles`), run in a Web Worker so that the page
 * stays responsive: the whole check of a full scenario (its random games above all) takes seconds on a
 * slow classroom machine, and on the main thread nothing, not even the status line, could update.
 * Started by `checkScenario.ts`, one worker per check. Only plain data crosses: the files as strings
 * in, and out either the `Validation` (a plain-JSON scenario or plain issue objects) or what was thrown.
 */
import { validateScenarioFiles } from '../../engine/loader/validateBundle';
import type { CheckReply, CheckRequest } from './checkScenario';

// The project's types are the DOM's, where `self` is a Window; in a worker it is the worker's scope,
// whose postMessage takes no target origin.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};

scope.onmessage = ({ data }) => {
  let reply: CheckReply;
  try {
    reply = { ok: true, validation: validateScenarioFiles(data.files, data.folder) };
  } catch (error) {
    // Answered, not thrown: the page then runs the check itself, so a bug shows as it always did.
    reply = { ok: false, errors: [String(error)] };
  }
  scope.postMessage(reply);
};
