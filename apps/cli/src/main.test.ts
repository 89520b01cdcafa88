import { describe, expect, it } from "vitest";
import { EXIT } from "./errors.ts";
import { runCli } from "./main.ts";
import { capture } from "./testing/capture.ts";

describe("option validation", () => {
  it.each([
    [
      ["token", "--region", "SE-XX", "--role", "editor"],
      /argument 'SE-XX' is invalid\. Unknown region; known: SE-BD/,
    ],
    [
      ["token", "--region", "SE-BD", "--role", "boss"],
      /argument 'boss' is invalid\. Allowed choices are viewer, editor/,
    ],
    [["token", "--role", "editor"], /required option '--region <code>' not specified/],
    [["token", "--region", "SE-BD"], /required option '--role <role>' not specified/],
    [["token", "--region", "SE-BD", "--role", "editor", "--expires", "soon"], /Use a duration such as/],
    [["token", "--region", "SE-BD", "--role", "editor", "--expires", "2d"], /At most 12h/],
    [
      ["import", "patients", "x.csv", "--region", "SE-BD"],
      /value 'patients' is invalid for argument 'format'\. Allowed choices are care-units/,
    ],
    [["import", "measurements", "x.csv", "--region", "SE-Q"], /Unknown region/],
    [["export", "offerings", "--region", "SE-BD", "--url", "ftp://x"], /Use an http\(s\) URL/],
    [
      ["import", "offerings", "o.csv", "--region", "SE-BD", "--idempotency-key", "short"],
      /Use 8–200 letters/,
    ],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [[], /Usage: jamlik/],
  ])("exits 2 with a message for %j", async (args, message) => {
    const io = capture({ env: { AUTH_DEV_SECRET: "secret" } });
    expect(await runCli(args, io.ctx)).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(message);
    expect(io.stdout()).toBe("");
  });

  it.each(["token", "import", "export"])("exits 0 for %s --help", async (command) => {
    const io = capture();
    expect(await runCli([command, "--help"], io.ctx)).toBe(EXIT.ok);
    expect(io.stdout()).toContain(`Usage: jamlik ${command} [options]`);
  });
});
