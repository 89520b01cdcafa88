import type { Logger } from "@jamlik/service";

/**
 * Watches every subgraph's `/ready` for its publication version (and whether it answers) and
 * calls `onChange` as soon as any of them moves: a region published or retracted, went away or
 * came back. Loopback-cheap; the interval bounds how stale a cached answer can be.
 */
export function watchVersions(
  readyUrls: string[],
  options: { intervalMs: number; timeoutMs: number; logger: Logger; onChange: () => void },
) {
  let last: string | undefined;
  let running = false;
  const read = async (url: string) => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
      if (!response.ok) return "down";
      const body = (await response.json()) as { publicationVersion?: number };
      return String(body.publicationVersion ?? "up");
    } catch {
      return "down";
    }
  };
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const vector = (await Promise.all(readyUrls.map(read))).join(",");
      if (last !== undefined && vector !== last) options.onChange();
      last = vector;
    } catch (error) {
      options.logger.warn({ err: error }, "version watch failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
