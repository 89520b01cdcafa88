import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { usageError } from "./errors.ts";

/** Written by `npm start` (the launcher); the repository root is three levels up from apps/cli/src. */
export const DEV_SECRET_FILE = new URL("../../../.data/dev-secret", import.meta.url);

export const DEV_SECRET_ENV = "AUTH_DEV_SECRET";

export interface DevSecret {
  secret: string;
  /** Where it came from, for messages: "--secret", the variable name or the file path. */
  from: string;
}

export interface DevSecretSources {
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  file: URL | string;
}

/** The development signing secret: `--secret`, else $AUTH_DEV_SECRET, else the file; undefined if none. */
export async function findDevSecret({ flag, env, file }: DevSecretSources): Promise<DevSecret | undefined> {
  if (flag) return { secret: flag, from: "--secret" };
  const fromEnv = env[DEV_SECRET_ENV];
  if (fromEnv) return { secret: fromEnv, from: DEV_SECRET_ENV };
  const path = file instanceof URL ? fileURLToPath(file) : file;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw usageError(`cannot read the development secret ${path}: ${(error as Error).message}`);
  }
  const secret = text.trim();
  return secret ? { secret, from: path } : undefined;
}

export const NO_DEV_SECRET_HINT =
  "start the local stack with `npm start` (it writes .data/dev-secret), " +
  `set ${DEV_SECRET_ENV}, or pass --secret`;
