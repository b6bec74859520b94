/**
 * The classroom server as `npm run bench:server` runs it: a child process of its own (PORT, and
 * REDIS_URL with PUBLIC_ADDRESS for the two-process run, or SESSIONS_DIR), quiet, answering the
 * benchmark's CPU questions (cpuReport.ts); prints READY once it listens (the bundled scenarios are
 * read before that, so no session pays for them).
 */
import { setQuiet } from '../src/server/log';
import { startServer } from '../src/server/startServer';
import { answerCpuQueries } from './cpuReport';

setQuiet(true);
answerCpuQueries();
await startServer({
  port: Number(process.env.PORT),
  redisUrl: process.env.REDIS_URL,
  publicAddress: process.env.PUBLIC_ADDRESS,
  sessionsDir: process.env.SESSIONS_DIR,
  dist: process.env.DIST ?? 'dist',
});
console.log('READY');
