import type { CliContext } from "../context.ts";
import { findDevSecret, NO_DEV_SECRET_HINT } from "../devSecret.ts";
import { EXIT, type ExitCode, usageError } from "../errors.ts";
import { defaultSubject, type Role, signDevToken } from "../token.ts";

export interface TokenOptions {
  region: string;
  role: Role;
  subject?: string | undefined;
  /** Seconds. */
  expires: number;
  secret?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** `jamlik token`: prints a development JWT for a region's admin endpoint. */
export async function tokenCommand(options: TokenOptions, ctx: CliContext): Promise<ExitCode> {
  const found = await findDevSecret({ flag: options.secret, env: ctx.env, file: ctx.devSecretFile });
  if (!found) throw usageError(`no development secret: ${NO_DEV_SECRET_HINT}`);
  const token = await signDevToken(
    {
      region: options.region,
      role: options.role,
      subject: options.subject ?? defaultSubject(ctx.env),
      issuer: options.issuer,
      audience: options.audience,
      expiresIn: options.expires,
    },
    found.secret,
  );
  ctx.stdout.write(`${token}\n`);
  return EXIT.ok;
}
