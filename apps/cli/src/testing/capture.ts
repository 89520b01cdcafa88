import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliContext } from "../context.ts";

export interface Captured {
  ctx: CliContext;
  stdout(): string;
  stderr(): string;
  /** A fresh directory FILE arguments are relative to. */
  dir: string;
}

/** A CLI context writing into strings, with no token, no dev secret and its own working directory. */
export function capture(overrides: Partial<CliContext> = {}): Captured {
  const dir = mkdtempSync(join(tmpdir(), "jamlik-cli-"));
  let out = "";
  let err = "";
  return {
    ctx: {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
      env: {},
      devSecretFile: join(dir, "no-dev-secret"),
      fetch: globalThis.fetch,
      cwd: dir,
      ...overrides,
    },
    stdout: () => out,
    stderr: () => err,
    dir,
  };
}
