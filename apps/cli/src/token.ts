import { userInfo } from "node:os";
import { SignJWT } from "jose";

export const ROLES = ["viewer", "editor", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const DEFAULT_ISSUER = "jamlik-dev";
export const DEFAULT_AUDIENCE = "jamlik-admin";
export const DEFAULT_EXPIRES = "8h";

export interface DevTokenClaims {
  /** ISO 3166-2 code of the region, e.g. SE-BD. */
  region: string;
  role: Role;
  subject: string;
  issuer?: string;
  audience?: string;
  /** Lifetime in seconds. */
  expiresIn: number;
}

/** Signs a development JWT (HS256) the regional admin endpoints accept. */
export async function signDevToken(
  claims: DevTokenClaims,
  secret: string,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ region: claims.region, role: claims.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.subject)
    .setIssuer(claims.issuer ?? DEFAULT_ISSUER)
    .setAudience(claims.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + claims.expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** `dev:<os user>`, the subject when none is given. */
export function defaultSubject(env: Readonly<Record<string, string | undefined>> = process.env): string {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? env.USERNAME;
  }
  return `dev:${name || "unknown"}`;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "90s", "30m", "8h", "2d", "1w" or plain seconds → seconds; undefined if not a positive duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*([smhdw]?)$/i.exec(text.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * (UNIT_SECONDS[(match[2] || "s").toLowerCase()] ?? 1);
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : undefined;
}
