/**
 * `npm run server`: builds the game when dist/ is missing, then serves it and the classroom server
 * from one process. HOST (default 127.0.0.1), PORT (2567), SESSIONS_DIR (.sessions), REDIS_URL,
 * PUBLIC_ADDRESS (with Redis: host:port other devices reach this process at).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './startServer';

const dist = resolve(process.env.DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.log(`No built game in ${dist}: building it first (npx vite build).`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('The build failed: fix it, or run `npm run build` to see the errors.');
    process.exit(1);
  }
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 2567);
if (host === '0.0.0.0')
  console.warn(
    'HOST=0.0.0.0: every device on this network can reach the server. Use it only on a classroom network you trust (no encryption: plain HTTP).',
  );

const running = await startServer({
  host,
  port,
  dist,
  sessionsDir: process.env.SESSIONS_DIR,
  redisUrl: process.env.REDIS_URL,
  publicAddress: process.env.PUBLIC_ADDRESS,
  handleSignals: true,
});
console.log(`Eyes Only classroom server: open ${running.url}/ (the teacher), students join with the code.`);
