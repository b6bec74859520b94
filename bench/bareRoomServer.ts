/**
 * The baseline for `npm run bench:server`: a bare Colyseus room that only rebroadcasts. Each vote is
 * answered with a count broadcast to every client of the room (what the classroom sends, without the
 * engine, validation, persistence or per-seat views). Run as a child process of its own: PORT; prints
 * READY; answers the benchmark's CPU questions (cpuReport.ts).
 */
import { type Client, LocalPresence, Room, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { answerCpuQueries } from './cpuReport';

class BareRoom extends Room {
  override maxClients = 100;
  private cast = 0;

  override onCreate() {
    this.onMessage('vote', (_client: Client) => {
      this.cast += 1;
      this.broadcast('tally', { cast: this.cast });
    });
  }
}

answerCpuQueries();
const server = new Server({ transport: new WebSocketTransport(), presence: new LocalPresence(), greet: false });
server.define('bare', BareRoom).filterBy(['session']);
await server.listen(Number(process.env.PORT), '127.0.0.1');
console.log('READY');
