/**
 * A finished (or running) session's replayable save over HTTP, for the teacher's Compare classes
 * screen (#16): only with the facilitator's secret, checked against its hash in the store as a join
 * is; a wrong one counts against the address like a wrong join code. Read from the persisted record
 * (the engine replays its seed and command log), so it works on any process and after a restart.
 */
import { createSave } from '../engine/save';
import { type Refused, type SessionSave, SessionSaveRequestSchema } from '../net/protocol';
import { logLine } from './log';
import { failedJoins } from './rateLimit';
import { secretMatches } from './secrets';
import { engineOfRecord, type ServerContext } from './serverContext';

export interface SaveRequestContext {
  address: string;
  body: unknown;
  now: number;
}

/** The answer to a save request, as a status and a body (the HTTP layer writes it). */
export async function sessionSave(
  ctx: ServerContext,
  req: SaveRequestContext,
): Promise<{ status: number; body: SessionSave | Refused }> {
  const refuse = (status: number, reason: string) => ({ status, body: { type: 'refused', reason } as Refused });
  const wait = failedJoins.waitFor(req.address, req.now);
  if (wait > 0) return refuse(429, `Too many failed requests from your device: wait ${wait} seconds.`);
  const parsed = SessionSaveRequestSchema.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(400, `Cannot fetch the session: ${issue?.path.join('.') || 'request'}: ${issue?.message}.`);
  }
  const { code, secret } = parsed.data;
  const record = await ctx.store.load(code);
  if (!record) {
    failedJoins.fail(req.address, req.now);
    return refuse(404, `No session has the code ${code} on this server.`);
  }
  if (!secretMatches(secret, record.secretHash)) {
    failedJoins.fail(req.address, req.now);
    logLine('save refused', { code, address: req.address });
    return refuse(
      403,
      `Session ${code}: this browser's facilitator key is not the one that session was created with, so its game cannot be fetched.`,
    );
  }
  const engine = await engineOfRecord(ctx, record);
  const snapshot = engine.replay(record.input, record.commands);
  return {
    status: 200,
    body: {
      type: 'save',
      code,
      scenario: engine.scenario.meta.id,
      createdAt: record.createdAt,
      ended: snapshot.status === 'done',
      save: createSave(engine, snapshot, true),
    },
  };
}
