/**
 * A screen that stays joined to a session until it is left: the console and the projector. It joins
 * as `who`, hands every server message to the screen, says on the screen when the link drops or is
 * refused, and ticks the clock once a second while a decision is open (the debate countdown). The
 * student's screen joins from its own form and keeps its own lifecycle.
 */
import { type Connection, connect, type JoinRequest, reasonOf } from '../../net/client';
import type { ServerMessage } from '../../net/protocol';

/** What the shared lifecycle writes into a screen's model. */
export interface LiveModel {
  reconnecting: boolean;
  problem: string | null;
  now: number;
  state: { decisionOpenedAt?: unknown } | null;
}

export interface LiveConnection {
  /** The link once joined (null before, or after a refused join). */
  current(): Connection | null;
  dispose(): void;
}

export function keepConnected(
  request: JoinRequest,
  model: LiveModel,
  handlers: { message(m: ServerMessage): void; paint(): void; now(): number },
): LiveConnection {
  let connection: Connection | null = null;
  connect(request, {
    message: handlers.message,
    reconnecting: (on) => {
      model.reconnecting = on;
      handlers.paint();
    },
    closed: (reason) => {
      model.problem = reason;
      handlers.paint();
    },
  }).then(
    (c) => {
      connection = c;
    },
    (error) => {
      model.problem = reasonOf(error);
      handlers.paint();
    },
  );
  const tick = setInterval(() => {
    model.now = handlers.now();
    if (model.state?.decisionOpenedAt) handlers.paint();
  }, 1000);
  return {
    current: () => connection,
    dispose: () => {
      clearInterval(tick);
      void connection?.leave();
    },
  };
}
