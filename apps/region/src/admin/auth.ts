import { ForbiddenError, ROLES, type Role, UnauthenticatedError } from "@jamlik/schema";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** The longest lifetime (exp − iat, seconds) a token may have; default 12 hours. */
  maxTokenLifetimeSeconds?: number;
  /** Keys from a JWKS endpoint (production). */
  jwksUrl?: string | undefined;
  /** A shared HS256 secret (development). */
  devSecret?: string | undefined;
}

export interface Principal {
  subject: string;
  region: string;
  role: Role;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  region: z.string().min(1),
  role: z.enum(ROLES),
});

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

/** Keys from an identity provider are asymmetric; a shared secret (development) signs HS256 only. */
const JWKS_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
];
const DEV_ALGORITHMS = ["HS256"];
/** Clock difference tolerated between the token's issuer and this server. */
const CLOCK_TOLERANCE_SECONDS = 30;
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;

/**
 * Verifies bearer JWTs: signature (JWKS or the development secret) with an allowed algorithm only,
 * issuer, audience, an `iat` not in the future, expiry, a lifetime of at most
 * `maxTokenLifetimeSeconds`, and the `region` and `role` claims. Anything missing or wrong is
 * UNAUTHENTICATED.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let key: JWTVerifyGetKey | Uint8Array | undefined;
  let algorithms: string[] = [];
  if (config.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwksUrl));
    algorithms = JWKS_ALGORITHMS;
  } else if (config.devSecret) {
    key = new TextEncoder().encode(config.devSecret);
    algorithms = DEV_ALGORITHMS;
  }
  const maxLifetime = config.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;

  return async (authorization) => {
    if (!key) throw new UnauthenticatedError("The admin endpoint has no signing keys configured");
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match?.[1]) throw new UnauthenticatedError("A bearer token is required");
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(match[1], key as Uint8Array, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
        requiredClaims: ["exp", "sub", "iat"],
        // With a maximum age jose also refuses an iat in the future.
        maxTokenAge: maxLifetime,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch {
      throw new UnauthenticatedError("The token is invalid or has expired");
    }
    const { exp, iat } = payload as { exp: number; iat: number };
    if (exp - iat > maxLifetime) {
      throw new UnauthenticatedError(
        `The token lives ${Math.round((exp - iat) / 3600)} h; this endpoint accepts tokens of at most ${maxLifetime / 3600} h`,
      );
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new UnauthenticatedError("The token lacks a valid region or role claim");
    return { subject: claims.data.sub, region: claims.data.region, role: claims.data.role };
  };
}

/** Throws FORBIDDEN unless the principal belongs to `region` and has at least `role`. */
export function authorize(principal: Principal, region: string, role: Role): void {
  if (principal.region !== region) {
    throw new ForbiddenError(`This token is for ${principal.region}; this is ${region}`);
  }
  if (ROLES.indexOf(principal.role) < ROLES.indexOf(role)) {
    throw new ForbiddenError(`This needs the role ${role} or higher; the token has ${principal.role}`);
  }
}
