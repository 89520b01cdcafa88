import type { CircuitBreaker, CircuitState } from "./circuitBreaker.ts";

export interface SubgraphHealth {
  subgraph: string;
  regionCode: string | null;
  regionName: string | null;
  state: "up" | "down" | "unknown";
  circuit: CircuitState;
  lastSuccess: string | null;
  lastFailure: string | null;
  /** Latency of the last successful exchange. */
  latencyMs: number | null;
  consecutiveFailures: number;
  /** Why the last exchange failed, in words safe to show anyone. */
  lastError: string | null;
}

/** What the gateway knows of one subgraph, from real traffic and from its health probe. */
export class SubgraphStatus {
  private lastSuccess: number | null = null;
  private lastFailure: number | null = null;
  private latencyMs: number | null = null;
  private consecutiveFailures = 0;
  private lastError: string | null = null;
  private readonly failureListeners: (() => void)[] = [];

  readonly subgraph: string;
  readonly regionCode: string | null;
  readonly regionName: string | null;
  readonly circuit: CircuitBreaker;
  constructor(
    subgraph: string,
    regionCode: string | null,
    regionName: string | null,
    circuit: CircuitBreaker,
  ) {
    this.subgraph = subgraph;
    this.regionCode = regionCode;
    this.regionName = regionName;
    this.circuit = circuit;
  }

  succeeded(latencyMs: number): void {
    this.lastSuccess = Date.now();
    this.latencyMs = Math.round(latencyMs * 10) / 10;
    this.consecutiveFailures = 0;
    this.lastError = null;
    this.circuit.success();
  }

  failed(reason: string): void {
    this.lastFailure = Date.now();
    this.consecutiveFailures += 1;
    this.lastError = reason;
    this.circuit.failure();
    for (const listener of this.failureListeners) listener();
  }

  /**
   * When an exchange (traffic or a probe) last found the subgraph up, in epoch ms; null when none
   * has, or one failed since (or in the same millisecond, which counts as failing).
   */
  get upAt(): number | null {
    if (this.lastSuccess === null || (this.lastFailure ?? -1) >= this.lastSuccess) return null;
    return this.lastSuccess;
  }

  /** Called on every failure, from traffic or a probe (the probe then asks again soon). */
  onFailure(listener: () => void): void {
    this.failureListeners.push(listener);
  }

  snapshot(): SubgraphHealth {
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    const state =
      this.lastSuccess === null && this.lastFailure === null
        ? "unknown"
        : (this.lastFailure ?? 0) > (this.lastSuccess ?? 0)
          ? "down"
          : "up";
    return {
      subgraph: this.subgraph,
      regionCode: this.regionCode,
      regionName: this.regionName,
      state,
      circuit: this.circuit.state,
      lastSuccess: iso(this.lastSuccess),
      lastFailure: iso(this.lastFailure),
      latencyMs: this.latencyMs,
      consecutiveFailures: this.consecutiveFailures,
      lastError: this.lastError,
    };
  }
}
