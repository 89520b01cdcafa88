import { DEV_SECRET_FILE } from "./devSecret.ts";

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything a command touches outside its arguments, so tests can stand in for it. */
export interface CliContext {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Where `npm start` writes the development secret. */
  devSecretFile: URL | string;
  fetch: typeof fetch;
  /** Directory relative FILE arguments are resolved against. */
  cwd: string;
}

export function processContext(): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    devSecretFile: DEV_SECRET_FILE,
    fetch: globalThis.fetch,
    cwd: process.cwd(),
  };
}
