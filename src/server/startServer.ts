/**
 * Starts the classroom server in this process: one HTTP server for the game's files, the session API
 * and Colyseus's WebSockets. Embedded by default (in-memory presence, sessions in a folder); with a
 * Redis URL, processes share rooms (Redis presence and driver) and sessions (persisted in Redis).
 */
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { LocalPresence, matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES, MEMO_MAX_BYTES, ROOM_NAME } from '../net/protocol';
import { ClassroomRoom } from './classroomRoom';
import { httpHandler } from './httpApi';
import { logLine } from './log';
import { loadBundledScenarios } from './scenarios';
import { setServerContext } from './serverContext';
import { FolderSessionStore, PresenceSessionStore } from './sessionStore';

// @colyseus/core 0.18 reads the global `WebSocket.OPEN` when a client reconnects; Node 20 has no global
// WebSocket (Node 22 has), and without it every reconnection is refused. `ws` is the transport's own.
if (!('WebSocket' in globalThis)) Object.assign(globalThis, { WebSocket });

export interface StartOptions {
  host?: string;
  port?: number;
  /** The game's built files (default `dist/`). */
  dist?: string;
  /** Where the embedded server keeps sessions (default `.sessions/`); unused with Redis. */
  sessionsDir?: string;
  /** `redis://127.0.0.1:6379`: share sessions and rooms with other processes. */
  redisUrl?: string;
  /** This process's address as other processes' clients reach it (`host:port`); with Redis only. */
  publicAddress?: string;
  /** The bundled scenarios' folder (default `scenarios/`). */
  scenariosRoot?: string;
  /** Exit cleanly on SIGINT/SIGTERM (the CLI); tests close the server themselves. */
  handleSignals?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The address other devices on the network use, when the server listens on every interface. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 2567;
  const shownHost = host === '0.0.0.0' ? lanAddress() : host;
  const url = `http://${shownHost}:${port}`;
  const redis = options.redisUrl;
  const presence = redis ? new RedisPresence(redis) : new LocalPresence();
  const driver = redis ? new RedisDriver(redis) : undefined;
  const store = redis
    ? new PresenceSessionStore(presence)
    : new FolderSessionStore(resolve(options.sessionsDir ?? '.sessions'));
  const scenariosRoot = resolve(options.scenariosRoot ?? 'scenarios');
  // Read and checked before the server listens: the first session is created as fast as any other.
  const started = Date.now();
  const bundled = loadBundledScenarios(scenariosRoot);
  logLine('scenarios', { loaded: bundled.ids.join(',') || 'none', ms: Date.now() - started });
  for (const problem of bundled.problems) logLine('scenario not loaded', { problem });
  setServerContext({
    store,
    scenariosRoot,
    joinUrl: (code) => `${url}/?join=${code}`,
  });

  const http = createServer();
  // Longer than clients' keep-alive (undici's is 4 s after use, browsers' longer): the server never
  // closes a kept-alive connection just as a client sends on it ("other side closed").
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  // A frame over this size closes the sender's connection at the socket; smaller ones over their type's
  // cap (maxMessageBytes: 8 KB, a memo's MEMO_MAX_BYTES) reach the room and are refused there, with a reason.
  // A phone's browser may be slow to answer a ping (a busy page, a weak network): allow 20 s before the
  // server calls it gone; the SDK reconnects to the same seat after that anyway.
  const transport = new WebSocketTransport({
    server: http,
    maxPayload: Math.max(MAX_MESSAGE_BYTES, MEMO_MAX_BYTES) * 4,
    pingInterval: 5000,
    pingMaxRetries: 4,
  });
  const server = new Server({
    transport,
    presence,
    ...(driver ? { driver } : {}),
    ...(redis ? { publicAddress: options.publicAddress ?? `${shownHost}:${port}` } : {}),
    greet: false,
    gracefullyShutdown: options.handleSignals === true,
  });
  server.define(ROOM_NAME, ClassroomRoom);
  await server.listen(port, host);

  // Colyseus answers its own routes (matchmaking, health); everything else is ours.
  const colyseus = http.listeners('request') as ((...args: unknown[]) => void)[];
  http.removeAllListeners('request');
  const ours = httpHandler(
    { store, scenariosRoot, joinUrl: (code) => `${url}/?join=${code}` },
    resolve(options.dist ?? 'dist'),
  );
  http.on('request', (req, res) => {
    const path = req.url ?? '/';
    if (path.startsWith('/matchmake') || path.startsWith('/__healthcheck') || req.method === 'OPTIONS')
      for (const listener of colyseus) listener(req, res);
    else ours(req, res);
  });
  logLine('listening', { url, process: matchMaker.processId, redis: redis ? 'yes' : 'no' });

  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    close: () => server.gracefullyShutdown(false),
  };
}
