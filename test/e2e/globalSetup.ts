import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Fault } from "@jamlik/testkit";
import type { TestProject } from "vitest/node";
import { describeStack, type SharedStackName } from "./sharedStacks.ts";
import { startTestStack, type TestStack } from "./stack.ts";

/**
 * The two stacks every e2e file shares, started once per run, and a small control server through
 * which a file stops and starts their processes or sets a fault on a region's proxy (files run in
 * workers of their own; the stacks live here). A file that breaks something restores it before it
 * ends. Everything is torn down (processes, databases) when the run ends.
 */
export default async function setup(project: TestProject) {
  const devSecret = randomBytes(24).toString("hex");
  const subgraphSecret = randomBytes(24).toString("hex");
  // Every answer of both gateways is shaped both ways, compiled and Apollo's, for the whole run.
  const verifyEveryAnswer = { COMPILED_RESULT_SHAPING: "verify", COMPILED_RESULT_SHAPING_VERIFY_SHARE: "1" };
  const started = await Promise.allSettled([
    startTestStack({
      dashboard: true,
      editor: true,
      gatewayEnv: verifyEveryAnswer,
      env: {
        AUTH_DEV_SECRET: devSecret,
        RATE_LIMIT_PER_MINUTE: "1000000",
        // Only the gateway's fast probing of a subgraph that does not answer can bring one back
        // within a test: its own cooldown and probe interval are ten minutes here.
        CIRCUIT_COOLDOWN_MS: "600000",
        PROBE_INTERVAL_MS: "600000",
      },
    }),
    startTestStack({
      env: {
        NODE_ENV: "production",
        SUBGRAPH_SECRETS: subgraphSecret,
        RESPONSE_CACHE: "false",
        RATE_LIMIT_PER_MINUTE: "1000000",
        CIRCUIT_FAILURES: "3",
        CIRCUIT_COOLDOWN_MS: "1500",
      },
      gatewayEnv: verifyEveryAnswer,
      proxied: ["SE-U"],
    }),
  ]);
  const running = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const [open, secured] = started;
  if (open?.status !== "fulfilled" || secured?.status !== "fulfilled") {
    await Promise.all(running.map((stack) => stack.dispose()));
    throw started.find((result) => result.status === "rejected")?.reason;
  }
  const stacks: Record<SharedStackName, TestStack> = { openStack: open.value, securedStack: secured.value };

  const control = createServer(async (req, res) => {
    const [, name, action, target] = (req.url ?? "").split("/");
    const stack = stacks[name as SharedStackName];
    try {
      if (!stack || !target) throw new Error(`unknown ${req.url}`);
      let body = "";
      for await (const chunk of req) body += chunk;
      let answer: unknown = { ok: true };
      if (action === "stop") {
        // A gateway's counts go with its process: taken before it stops.
        if (target === "gateway") shaping.add(await shapingChecks(stack.gatewayUrl).catch(() => NO_CHECKS));
        await stack.stop(target, (body || "SIGTERM") as NodeJS.Signals);
      } else if (action === "start") {
        const child = stack.child(target);
        // Starting what runs is a no-op, so a file can restore in afterAll whatever happened.
        if (!child || child.exitCode !== null || child.signalCode !== null) await stack.start(target);
      } else if (action === "fault") {
        const proxy = stack.proxies[target];
        if (!proxy) throw new Error(`no proxy in front of ${target}`);
        if (body) proxy.set(JSON.parse(body) as Fault);
        answer = { graphqlRequests: proxy.graphqlRequests };
      } else throw new Error(`unknown action ${action}`);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
  project.provide("openStack", describeStack(open.value, devSecret, controlUrl, "openStack"));
  project.provide(
    "securedStack",
    describeStack(secured.value, devSecret, controlUrl, "securedStack", subgraphSecret),
  );
  return async () => {
    await new Promise<void>((resolve) => control.close(() => resolve()));
    for (const stack of running) shaping.add(await shapingChecks(stack.gatewayUrl).catch(() => NO_CHECKS));
    await Promise.all(running.map((stack) => stack.dispose()));
    process.stdout.write(
      `compiled result shaping verified on ${shaping.match + shaping.mismatch} answers: ${shaping.mismatch} mismatches\n`,
    );
    if (shaping.mismatch > 0) {
      // An error thrown here is only logged by vitest: the run must fail.
      process.stderr.write(
        `FAILED: the compiled result shaping differed from Apollo's on ${shaping.mismatch} answers (see the gateway's log)\n`,
      );
      process.exitCode = 1;
    }
  };
}

const NO_CHECKS = { match: 0, mismatch: 0 };

/** The answers shaped both ways so far, over every gateway process of the run. */
const shaping = {
  ...NO_CHECKS,
  add(checks: typeof NO_CHECKS) {
    this.match += checks.match;
    this.mismatch += checks.mismatch;
  },
};

/** A gateway's `gateway_result_shaping_checks_total` by outcome (COMPILED_RESULT_SHAPING=verify). */
async function shapingChecks(gatewayUrl: string): Promise<typeof NO_CHECKS> {
  const text = await (await fetch(new URL("/metrics", gatewayUrl))).text();
  const count = (outcome: string) =>
    Number(
      text.match(
        new RegExp(`^gateway_result_shaping_checks_total\\{[^}]*outcome="${outcome}"[^}]*\\} (\\d+)`, "m"),
      )?.[1] ?? 0,
    );
  return { match: count("match"), mismatch: count("mismatch") };
}
