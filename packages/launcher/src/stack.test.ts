import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { GATEWAY } from "@jamlik/registry";
import { PROCESS_ID_HEADER } from "@jamlik/service/process-id";
import { describe, expect, it } from "vitest";
import { stackProcesses } from "./processes.ts";
import { PortTakenError, waitUntilReady } from "./stack.ts";

describe("waitUntilReady", () => {
  it("refuses a ready answer from another process than the child it waits for", async () => {
    const other = createServer((_req, res) => {
      res.setHeader(PROCESS_ID_HEADER, "1");
      res.end('{"status":"ready"}');
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"], { stdio: "ignore" });
    try {
      const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/ready`;
      await expect(waitUntilReady(url, 10_000, child)).rejects.toBeInstanceOf(PortTakenError);
      // Without a child to compare with, any ready answer will do.
      await expect(waitUntilReady(url, 10_000)).resolves.toBeUndefined();
    } finally {
      child.kill();
      other.close();
    }
  });
});

describe("the stack's processes", () => {
  it("start the gateway with its Node flags from the registry, the others with none", () => {
    const specs = stackProcesses({ regions: [] });
    expect(specs.find((spec) => spec.name === "gateway")?.nodeFlags).toEqual(GATEWAY.nodeFlags);
    for (const spec of specs.filter((s) => s.name !== "gateway"))
      expect(spec.nodeFlags, spec.name).toBeUndefined();
  });
});
