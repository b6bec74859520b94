/**
 * A classroom server in a child process, for the tests that kill one: started with PORT and either
 * REDIS_URL or SESSIONS_DIR in its environment; prints READY once it listens.
 */
import { setQuiet } from '../../src/server/log';
import { startServer } from '../../src/server/startServer';

setQuiet(process.env.CLASSROOM_LOG !== 'on');
await startServer({
  port: Number(process.env.PORT),
  redisUrl: process.env.REDIS_URL,
  sessionsDir: process.env.SESSIONS_DIR,
  dist: process.env.DIST ?? 'dist',
});
console.log('READY');
