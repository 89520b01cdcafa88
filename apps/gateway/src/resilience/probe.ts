import type { Logger } from "@jamlik/service";
import { request } from "undici";
import type { SubgraphStatus } from "./status.ts";

function isReady(text: string): boolean {
  try {
    return (JSON.parse(text) as { status?: unknown }).status === "ready";
  } catch {
    return false;
  }
}

export interface ProbeTarget {
  /** The subgraph's readiness URL (its database answers). */
  readyUrl: string;
  status: SubgraphStatus;
}

/**
 * Asks every subgraph's /ready, so the status is fresh without traffic. A subgraph that answers is
 * asked again after `intervalMs` (counted from the last success, a probe's or traffic's: one that
 * traffic keeps finding up is not asked); one that does not (not yet started, or down, as a probe
 * or a failed request finds) every `retryIntervalMs`, so that the moment it is up its circuit
 * closes and it is used again, however long the circuit's own cooldown.
 */
export function startProbes(
  targets: ProbeTarget[],
  options: {
    intervalMs: number;
    timeoutMs: number;
    logger: Logger;
    retryIntervalMs?: number;
    /** Told as each probe is sent, before its answer. */
    onProbe?: (target: ProbeTarget) => void;
  },
) {
  let running = true;
  const retry = options.retryIntervalMs ?? 250;
  const probe = async (target: ProbeTarget): Promise<boolean> => {
    const began = performance.now();
    options.onProbe?.(target);
    try {
      const response = await request(target.readyUrl, { signal: AbortSignal.timeout(options.timeoutMs) });
      const text = await response.body.text();
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      // Ready is what our services say when they are: 200 and {"status":"ready"}; anything else is not.
      if (ok && isReady(text)) {
        target.status.succeeded(performance.now() - began);
        return true;
      }
      target.status.failed(
        ok ? "answered /ready with something else" : `not ready (HTTP ${response.statusCode})`,
      );
    } catch {
      target.status.failed("could not be reached");
    }
    return false;
  };
  const loops = targets.map((target) => {
    let timer: NodeJS.Timeout | undefined;
    let probing = false;
    // Traffic found it failing while a probe was out: that probe's answer may predate the failure,
    // so the next probe goes out at once and regardless of that answer.
    let failedWhileProbing = false;
    let dueAt = 0;
    const schedule = (delay: number) => {
      if (!running) return;
      clearTimeout(timer);
      dueAt = Date.now() + delay;
      timer = setTimeout(run, delay);
      timer.unref();
    };
    const run = async () => {
      // Traffic that found the subgraph up says what a probe would: ask only once that is a whole
      // interval old. A busy gateway probes nothing.
      const upAt = target.status.upAt;
      const age = upAt === null ? Number.POSITIVE_INFINITY : Date.now() - upAt;
      if (!failedWhileProbing && age < options.intervalMs) return schedule(options.intervalMs - age);
      probing = true;
      failedWhileProbing = false;
      let up = false;
      try {
        up = await probe(target);
      } catch (error) {
        options.logger.warn({ err: error, url: target.readyUrl }, "probe failed");
      } finally {
        probing = false;
      }
      schedule(up && !failedWhileProbing ? options.intervalMs : retry);
    };
    // A request that failed brings the next probe forward (after the one out, if there is one).
    target.status.onFailure(() => {
      if (probing) failedWhileProbing = true;
      else if (dueAt - Date.now() > retry) schedule(retry);
    });
    void run();
    return { stop: () => clearTimeout(timer) };
  });
  return {
    stop: () => {
      running = false;
      for (const loop of loops) loop.stop();
    },
  };
}
