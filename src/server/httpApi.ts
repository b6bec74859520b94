/**
 * The plain HTTP side of the server: creating a session, finding one by its code (restoring it from
 * the store when the process that ran it is gone), and the game's built files. Colyseus's own routes
 * (`/matchmake/...`) are left to Colyseus.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { matchMaker } from '@colyseus/core';
import { SERVER_MARK } from '../net/probe';
import {
  CREATE_PATH,
  CreateSessionSchema,
  FIND_PATH,
  FindSessionSchema,
  MAX_CREATE_BYTES,
  type Refused,
  ROOM_NAME,
  SAVE_PATH,
  type SessionCreated,
  type SessionFound,
} from '../net/protocol';
import { newSessionRecord } from './classSession';
import { logLine } from './log';
import { FailureLimiter, failedJoins } from './rateLimit';
import { bundledEngine, bundleKey, ownEngine } from './scenarios';
import { newJoinCode, newSecret } from './secrets';
import type { ServerContext } from './serverContext';
import { sessionSave } from './sessionSave';

/** Sessions created per address per minute: a class needs one, a teacher trying things a few. */
const creates = new FailureLimiter(Number(process.env.CREATES_PER_MINUTE ?? 30), 60_000);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.wav': 'audio/wav',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const refused = (res: ServerResponse, status: number, reason: string) =>
  send(res, status, { type: 'refused', reason } satisfies Refused);

/** The request's body as text, or null when it passes `limit` bytes (the request is then drained). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const addressOfRequest = (req: IncomingMessage) =>
  (process.env.TRUST_PROXY === '1' &&
    String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      .trim()) ||
  req.socket.remoteAddress ||
  'unknown';

async function jsonBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<unknown | undefined> {
  const text = await readBody(req, limit);
  if (text === null) {
    refused(res, 413, `That request is too large (at most ${limit} bytes).`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    refused(res, 400, 'That request is not JSON.');
    return undefined;
  }
}

async function createSession(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const address = addressOfRequest(req);
  const now = Date.now();
  const wait = creates.waitFor(address, now);
  if (wait > 0) return refused(res, 429, `Too many sessions created from your device: wait ${wait} seconds.`);
  creates.fail(address, now);
  const body = await jsonBody(req, res, MAX_CREATE_BYTES);
  if (body === undefined) return;
  const parsed = CreateSessionSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refused(res, 400, `Cannot create the session: ${issue?.path.join('.') || 'set-up'}: ${issue?.message}.`);
  }
  const setup = parsed.data;
  const engine =
    'id' in setup.scenario ? bundledEngine(ctx.scenariosRoot, setup.scenario.id) : ownEngine(setup.scenario.bundle);
  if (typeof engine === 'string') return refused(res, 400, `Cannot create the session: ${engine}.`);
  let code = newJoinCode();
  for (let i = 0; i < 20 && (await ctx.store.load(code)); i++) code = newJoinCode();
  const secret = newSecret();
  let scenario: { id: string } | { bundleKey: string };
  if ('id' in setup.scenario) scenario = { id: engine.scenario.meta.id };
  else {
    scenario = { bundleKey: bundleKey(setup.scenario.bundle) };
    await ctx.store.saveBundle(scenario.bundleKey, setup.scenario.bundle);
  }
  const record = newSessionRecord(engine, setup, scenario, code, secret, now);
  if (typeof record === 'string') return refused(res, 400, `Cannot create the session: ${record}.`);
  await ctx.store.save(record);
  const room = await matchMaker.createRoom(ROOM_NAME, { code });
  logLine('session created', { code, scenario: engine.scenario.meta.id, classSize: setup.classSize, address });
  send(res, 200, {
    type: 'created',
    code,
    secret,
    roomId: room.roomId,
    joinUrl: ctx.joinUrl(code),
  } satisfies SessionCreated);
}

/** Rooms being restored by this process, so two finds at once restore a session once. */
const restoring = new Map<string, Promise<string>>();

/** The live room of a session, restoring it from the store on this cluster when no process runs it. */
export async function findRoom(ctx: ServerContext, code: string): Promise<string | null> {
  const rooms = await matchMaker.query({ name: ROOM_NAME });
  const live = rooms.find((r) => (r.metadata as { code?: string } | undefined)?.code === code);
  if (live) {
    const alive = live.processId === matchMaker.processId || (await matchMaker.healthCheckProcessId(live.processId));
    if (alive) return live.roomId;
    logLine('process gone', { code, process: live.processId });
  }
  if (!(await ctx.store.load(code))) return null;
  let pending = restoring.get(code);
  if (!pending) {
    pending = restoreOnce(code).finally(() => restoring.delete(code));
    restoring.set(code, pending);
  }
  return pending;
}

/** Across processes, a counter in the shared presence elects the one that restores the session. */
async function restoreOnce(code: string): Promise<string> {
  const key = `eyes-only:restore:${code}`;
  const claim = await matchMaker.presence.incr(key);
  await matchMaker.presence.expire(key, 15);
  if (claim === 1) {
    try {
      const room = await matchMaker.createRoom(ROOM_NAME, { code });
      logLine('session restored', { code, room: room.roomId });
      return room.roomId;
    } finally {
      await matchMaker.presence.del(key);
    }
  }
  // Another process restores it: wait for its room to be listed.
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const rooms = await matchMaker.query({ name: ROOM_NAME });
    const room = rooms.find((r) => (r.metadata as { code?: string } | undefined)?.code === code);
    if (room) return room.roomId;
  }
  throw new Error(`session ${code} was being restored elsewhere and did not appear`);
}

async function findSession(ctx: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const address = addressOfRequest(req);
  const now = Date.now();
  const wait = failedJoins.waitFor(address, now);
  if (wait > 0) return refused(res, 429, `Too many failed joins from your device: wait ${wait} seconds.`);
  const body = await jsonBody(req, res, 1024);
  if (body === undefined) return;
  const parsed = FindSessionSchema.safeParse(body);
  const code = parsed.success ? parsed.data.code : null;
  const roomId = code ? await findRoom(ctx, code) : null;
  if (!roomId) {
    failedJoins.fail(address, now);
    logLine('find refused', { address, code: code ?? 'malformed' });
    return refused(res, 404, 'No session has that code: check it on the projector.');
  }
  send(res, 200, { type: 'found', roomId } satisfies SessionFound);
}

/** Serves the game's built files; any path without a file is the game's page (it reads `?join=`). */
function serveStatic(dist: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  const root = normalize(dist + sep);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('The game is not built: run `npx vite build`.');
    return;
  }
  const page = file.endsWith('index.html');
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': page ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  // The page carries the server's mark, so the set-up knows to offer every student a device (net/probe.ts).
  else if (page)
    res.end(readFileSync(file, 'utf8').replace('<head>', `<head><meta name="${SERVER_MARK}" content="classroom">`));
  else createReadStream(file).pipe(res);
}

export function httpHandler(ctx: ServerContext, dist: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    const run = async () => {
      if (path === CREATE_PATH && req.method === 'POST') return createSession(ctx, req, res);
      if (path === FIND_PATH && req.method === 'POST') return findSession(ctx, req, res);
      if (path === SAVE_PATH && req.method === 'POST') {
        const body = await jsonBody(req, res, 1024);
        if (body === undefined) return;
        const answer = await sessionSave(ctx, { address: addressOfRequest(req), body, now: Date.now() });
        return send(res, answer.status, answer.body);
      }
      if (path.startsWith('/api/')) return refused(res, 404, 'No such call.');
      return serveStatic(dist, req, res);
    };
    run().catch((error) => {
      logLine('error', { path, error: (error as Error).message });
      if (!res.headersSent) send(res, 500, { type: 'error', reason: 'The server could not do that.' });
      else res.end();
    });
  };
}
