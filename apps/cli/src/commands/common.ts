import { resolve } from "node:path";
import type { CliContext } from "../context.ts";
import { findDevSecret } from "../devSecret.ts";
import { CliError, EXIT } from "../errors.ts";
import { defaultSubject, type Role, signDevToken } from "../token.ts";

export const TOKEN_ENV = "JAMLIK_TOKEN";

/** Lifetime of the tokens minted for one import or export. */
const MINTED_TOKEN_SECONDS = 15 * 60;

/** Options every command that talks to a region's admin endpoint takes. */
export interface EndpointOptions {
  region: string;
  url?: string | undefined;
  token?: string | undefined;
}

/** `--token`, else $JAMLIK_TOKEN, else a short-lived development token minted with the dev secret. */
export async function resolveToken(options: EndpointOptions, role: Role, ctx: CliContext): Promise<string> {
  const given = options.token ?? ctx.env[TOKEN_ENV];
  if (given) return given;
  const found = await findDevSecret({ env: ctx.env, file: ctx.devSecretFile });
  if (!found) {
    throw new CliError(
      `no token: pass --token or set ${TOKEN_ENV}; for the local stack, start it with \`npm start\` ` +
        "(it writes .data/dev-secret) so jamlik can mint a development token",
      EXIT.usage,
    );
  }
  return signDevToken(
    { region: options.region, role, subject: defaultSubject(ctx.env), expiresIn: MINTED_TOKEN_SECONDS },
    found.secret,
  );
}

export function resolvePath(ctx: CliContext, file: string): string {
  return resolve(ctx.cwd, file);
}
