/**
 * Floods: a token bucket per client for messages, and a count of failed joins per address. Both are
 * plain counters over the time given to them (no timers), so tests can drive them.
 */

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token if there is one. */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Failed joins per address in a sliding window: past the limit, the address waits. */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds the address must wait before trying again, or 0. */
  waitFor(address: string, now: number): number {
    const recent = this.recent(address, now);
    if (recent.length < this.limit) return 0;
    return Math.ceil((recent[0] + this.windowMs - now) / 1000);
  }

  fail(address: string, now: number): void {
    const recent = this.recent(address, now);
    recent.push(now);
    this.failures.set(address, recent);
    // Keep the map small: forget addresses whose window has passed.
    if (this.failures.size > 10_000) {
      for (const [key, times] of this.failures)
        if (times.every((t) => t + this.windowMs <= now)) this.failures.delete(key);
    }
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((t) => t + this.windowMs > now);
  }
}

/** One limiter of failed joins per process, shared by the HTTP find and the rooms' onAuth. */
export const failedJoins = new FailureLimiter(Number(process.env.FAILED_JOINS_PER_MINUTE ?? 10), 60_000);
