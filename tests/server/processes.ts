/**
 * Child processes for the cluster tests: Debian's redis-server on a port of the test's own, and
 * classroom servers (serverProcess.ts) that a test can kill.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/** Fails (never skips) when Redis is missing, naming the command that installs it. */
export function requireRedis(): void {
  const found = existsSync(REDIS_SERVER) || spawnSync('which', ['redis-server']).status === 0;
  if (!found)
    throw new Error(
      `redis-server is not installed (looked for ${REDIS_SERVER}): run \`npm run setup:system\`, which installs it.`,
    );
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in ${ms} ms:\n${seen.slice(-2000)}`)), ms);
    const look = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', (c: Buffer) => {
      seen += c.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!pattern.test(seen)) reject(new Error(`${what} exited (${code}) before it was ready:\n${seen.slice(-2000)}`));
    });
  });
}

export async function startRedis(port: number): Promise<ChildProcess> {
  requireRedis();
  const bin = existsSync(REDIS_SERVER) ? REDIS_SERVER : 'redis-server';
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /Ready to accept connections/, `redis-server on port ${port}`);
  return child;
}

export async function startServerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const script = join(__dirname, 'serverProcess.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForLine(child, /READY/, `the classroom server on port ${env.PORT}`);
  return child;
}

/** Kills a child and waits for it to be gone. */
export function kill(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
