export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit fails fast before letting one trial request through. */
  cooldownMs: number;
  now?: () => number;
}

/**
 * Per-subgraph circuit breaker: a region that keeps failing costs no time per request while it is
 * down; after the cooldown one request (or the health probe) tries it again, and a success closes it.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private readonly now: () => number;

  private readonly options: CircuitOptions;
  constructor(options: CircuitOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.failures < this.options.failureThreshold) return "closed";
    return this.now() - this.openedAt >= this.options.cooldownMs ? "half-open" : "open";
  }

  /** Whether a request may go to the subgraph now. */
  allow(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.trialInFlight = false;
  }

  failure(): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.openedAt = this.now();
  }
}
