/**
 * The facilitator's clocks, in real time (UI only: the game's own clock is the scenario's and never
 * reads the wall clock). The exercise clock counts up; the debate timer counts down per decision.
 */
export interface Stopwatch {
  running(): boolean;
  elapsedMs(): number;
  start(): void;
  pause(): void;
  reset(): void;
}

export function stopwatch(now: () => number = () => performance.now()): Stopwatch {
  let startedAt: number | null = null;
  let banked = 0;
  return {
    running: () => startedAt !== null,
    elapsedMs: () => banked + (startedAt === null ? 0 : now() - startedAt),
    start() {
      if (startedAt === null) startedAt = now();
    },
    pause() {
      if (startedAt !== null) banked += now() - startedAt;
      startedAt = null;
    },
    reset() {
      banked = 0;
      startedAt = null;
    },
  };
}

export function formatMinutes(ms: number): string {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  return negative ? `−${text}` : text;
}
