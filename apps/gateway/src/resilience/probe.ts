import type { Logger } from "@jamlik/service";
import type { SubgraphStatus } from "./status.ts";

export interface ProbeTarget {
  /** The subgraph's readiness URL (its database answers). */
  readyUrl: string;
  status: SubgraphStatus;
}

/**
 * Asks every subgraph's /ready on an interval, so the status is fresh without traffic and a region
 * that comes back closes its circuit before the next client request needs it.
 */
export function startProbes(
  targets: ProbeTarget[],
  options: { intervalMs: number; timeoutMs: number; logger: Logger },
) {
  let running = true;
  const probe = async (target: ProbeTarget) => {
    const started = performance.now();
    try {
      const response = await fetch(target.readyUrl, { signal: AbortSignal.timeout(options.timeoutMs) });
      await response.arrayBuffer();
      if (response.ok) target.status.succeeded(performance.now() - started);
      else target.status.failed(`not ready (HTTP ${response.status})`);
    } catch {
      target.status.failed("could not be reached");
    }
  };
  const round = async () => {
    await Promise.all(targets.map(probe));
  };
  const timer = setInterval(() => {
    if (running) round().catch((error: unknown) => options.logger.warn({ err: error }, "probe round failed"));
  }, options.intervalMs);
  timer.unref();
  void round();
  return {
    stop: () => {
      running = false;
      clearInterval(timer);
    },
  };
}
