import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLogger } from "@jamlik/service";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CircuitBreaker } from "./circuitBreaker.ts";
import { startProbes } from "./probe.ts";
import { SubgraphStatus } from "./status.ts";

const logger = createLogger("test", "silent");

/**
 * A subgraph's /ready on a real HTTP server: ready or not, counting the probes it gets. With
 * `held`, its first answer waits until `release()`: a probe the test knows to be out.
 */
async function readyServer(ready: () => boolean, options: { held?: boolean } = {}) {
  let probes = 0;
  let release = () => {};
  const released = options.held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const server: Server = createServer(async (_req, res) => {
    probes++;
    // The answer is what was true when the probe arrived, however long it is held.
    const wasReady = ready();
    if (probes === 1) await released;
    if (wasReady) res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ready"}');
    else res.writeHead(503, { "content-type": "application/json" }).end('{"status":"unavailable"}');
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`,
    probes: () => probes,
    release: () => release(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => undefined),
  };
}

const status = () =>
  new SubgraphStatus(
    "region_se_n",
    "SE-N",
    "Halland",
    new CircuitBreaker({ failureThreshold: 3, cooldownMs: 60_000 }),
  );

/** A failure bound, generous for a busy machine; never a speed check. */
const POLL = { timeout: 10_000, interval: 25 };

/** Waits for real I/O by turns of the event loop (setImmediate is never faked here). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; !condition(); turn++) {
    if (turn > 1_000_000) throw new Error("condition never met");
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("health probes", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("finds a subgraph up, and one that is not ready down with the reason", async () => {
    const up = await readyServer(() => true);
    const starting = await readyServer(() => false);
    cleanups.push(up.close, starting.close);
    const [upStatus, startingStatus] = [status(), status()];
    const probes = startProbes(
      [
        { readyUrl: up.url, status: upStatus },
        { readyUrl: starting.url, status: startingStatus },
      ],
      { intervalMs: 60_000, timeoutMs: 2000, logger },
    );
    cleanups.push(probes.stop);
    await expect.poll(() => upStatus.snapshot().state, POLL).toBe("up");
    await expect.poll(() => startingStatus.snapshot().state, POLL).toBe("down");
    expect(startingStatus.snapshot().lastError).toBe("not ready (HTTP 503)");
  });

  it("does not ask a subgraph that traffic keeps finding up, and asks again once traffic stops", async () => {
    const subgraph = await readyServer(() => true);
    cleanups.push(subgraph.close);
    // The scheduler's clock and timers are the test's: no machine is too slow for it. The probes'
    // HTTP is real; the test waits for it with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    cleanups.push(() => vi.useRealTimers());
    const target = status();
    let sent = 0;
    const probes = startProbes([{ readyUrl: subgraph.url, status: target }], {
      intervalMs: 1000,
      timeoutMs: 2000,
      logger,
      onProbe: () => sent++,
    });
    cleanups.push(probes.stop);
    await until(() => target.snapshot().state === "up");
    expect(sent).toBe(1);
    // Traffic every 50 ms for three intervals: each success is fresher than the interval.
    for (let i = 0; i < 60; i++) {
      target.succeeded(1);
      vi.advanceTimersByTime(50);
    }
    expect(sent).toBe(1);
    // Traffic stops: a whole interval after the last success the subgraph is asked, not before.
    vi.advanceTimersByTime(949);
    expect(sent).toBe(1);
    vi.advanceTimersByTime(1);
    expect(sent).toBe(2);
    await until(() => subgraph.probes() === 2);
  });

  it("asks a subgraph that traffic found failing at once, even right after a success", async () => {
    let ready = true;
    const subgraph = await readyServer(() => ready);
    cleanups.push(subgraph.close);
    const target = status();
    const probes = startProbes([{ readyUrl: subgraph.url, status: target }], {
      intervalMs: 60_000,
      timeoutMs: 2000,
      retryIntervalMs: 50,
      logger,
    });
    cleanups.push(probes.stop);
    await expect.poll(() => target.snapshot().state, POLL).toBe("up");
    target.succeeded(1);
    ready = false;
    target.failed("could not be reached or answered with an error");
    // Retried every 50 ms while down, although the last success is far younger than the interval.
    await expect.poll(() => subgraph.probes(), POLL).toBeGreaterThanOrEqual(3);
    ready = true;
    await expect.poll(() => target.snapshot().state, POLL).toBe("up");
  });

  it("asks again when traffic found it failing while a probe was out, whatever that probe answers", async () => {
    let ready = true;
    const subgraph = await readyServer(() => ready, { held: true });
    cleanups.push(subgraph.close);
    const target = status();
    const probes = startProbes([{ readyUrl: subgraph.url, status: target }], {
      intervalMs: 60_000,
      timeoutMs: 10_000,
      retryIntervalMs: 50,
      logger,
    });
    cleanups.push(probes.stop);
    // The first probe is out (the server holds it) when traffic finds the subgraph failing.
    await expect.poll(() => subgraph.probes(), POLL).toBe(1);
    ready = false;
    target.failed("could not be reached or answered with an error");
    subgraph.release();
    // That probe answers "ready" (it was asked before); the next one, asked at once, finds it down.
    await expect.poll(() => subgraph.probes(), POLL).toBeGreaterThanOrEqual(2);
    await expect.poll(() => target.snapshot().state, POLL).toBe("down");
  });
});
