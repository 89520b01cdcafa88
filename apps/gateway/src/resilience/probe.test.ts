import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLogger } from "@jamlik/service";
import { afterEach, describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuitBreaker.ts";
import { startProbes } from "./probe.ts";
import { SubgraphStatus } from "./status.ts";

const logger = createLogger("test", "silent");

/** A subgraph's /ready on a real HTTP server: ready or not, counting the probes it gets. */
async function readyServer(ready: () => boolean) {
  let probes = 0;
  const server: Server = createServer((_req, res) => {
    probes++;
    if (ready()) res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ready"}');
    else res.writeHead(503, { "content-type": "application/json" }).end('{"status":"unavailable"}');
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`,
    probes: () => probes,
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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    const target = status();
    const probes = startProbes([{ readyUrl: subgraph.url, status: target }], {
      intervalMs: 1000,
      timeoutMs: 2000,
      logger,
    });
    cleanups.push(probes.stop);
    await expect.poll(() => subgraph.probes(), POLL).toBe(1);
    // Traffic every 50 ms for three intervals: each success is fresher than the interval.
    for (let i = 0; i < 60; i++) {
      target.succeeded(1);
      await sleep(50);
    }
    expect(subgraph.probes()).toBe(1);
    await expect.poll(() => subgraph.probes(), POLL).toBe(2);
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
    await expect.poll(() => subgraph.probes(), POLL).toBe(1);
    target.succeeded(1);
    ready = false;
    target.failed("could not be reached or answered with an error");
    // Retried every 50 ms while down, although the last success is far younger than the interval.
    await expect.poll(() => subgraph.probes(), POLL).toBeGreaterThanOrEqual(3);
    ready = true;
    await expect.poll(() => target.snapshot().state, POLL).toBe("up");
  });
});
