import { describe, expect, it } from "vitest";
import { terminalLine } from "./terminalLines.ts";

const at = Date.parse("2026-12-07T12:01:02");
const pino = (fields: Record<string, unknown>) =>
  JSON.stringify({ level: 30, time: at, pid: 1, hostname: "vm", name: "region-SE-BD", ...fields });

describe("npm start's terminal lines", () => {
  it("says a service's message and its fields on one line, without pino's own fields", () => {
    const line = terminalLine("SE-BD", pino({ port: 4101, ms: 504, msg: "regional subgraph ready" }), {
      color: false,
    });
    expect(line).toBe("12:01:02 SE-BD      regional subgraph ready  port=4101 ms=504");
  });

  it("names a warning and its error's message, without the stack", () => {
    const line = terminalLine(
      "editor",
      pino({
        level: 40,
        msg: "identity provider discovery failed",
        err: { message: "fetch failed", stack: "TypeError: fetch failed\n    at x" },
      }),
      { color: false },
    );
    expect(line).toBe("12:01:02 editor     WARN identity provider discovery failed fetch failed");
  });

  it("keeps an error's stack", () => {
    const line = terminalLine(
      "gateway",
      pino({ level: 50, msg: "request failed", err: { message: "boom", stack: "Error: boom\n    at y" } }),
      {
        color: false,
      },
    );
    expect(line.split("\n")).toEqual([
      "12:01:02 gateway    ERROR request failed boom",
      "Error: boom",
      "    at y",
    ]);
  });

  it("passes other lines through with the service's name", () => {
    expect(terminalLine("dev-idp", "oidc-provider WARNING: something", { color: false })).toMatch(
      /^\d\d:\d\d:\d\d dev-idp {4}oidc-provider WARNING: something$/,
    );
  });

  it("shortens a long field", () => {
    const line = terminalLine("national", pino({ msg: "m", detail: "x".repeat(300) }), { color: false });
    expect(line.length).toBeLessThan(200);
    expect(line).toContain("...");
  });
});
