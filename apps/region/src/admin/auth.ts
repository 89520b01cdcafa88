import { ForbiddenError, ROLES, type Role, UnauthenticatedError } from "@jamlik/schema";
import { createRemoteJWKSet, decodeProtectedHeader, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** The longest lifetime (exp − iat, seconds) a token may have; default 12 hours. */
  maxTokenLifetimeSeconds?: number;
  /** Keys from a JWKS endpoint (production). */
  jwksUrl?: string | undefined;
  /** A shared HS256 secret (development: the CLI's tokens), beside or instead of the JWKS. */
  devSecret?: string | undefined;
  /** The issuer of the development tokens; `issuer` when not given. */
  devIssuer?: string | undefined;
  /** The claims that hold the user's region and role (the identity provider's names). */
  regionClaim?: string;
  roleClaim?: string;
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

interface KeySource {
  key: JWTVerifyGetKey | Uint8Array;
  algorithms: string[];
  issuer: string;
}

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
  const provider: KeySource | undefined = config.jwksUrl
    ? { key: createRemoteJWKSet(new URL(config.jwksUrl)), algorithms: JWKS_ALGORITHMS, issuer: config.issuer }
    : undefined;
  const development: KeySource | undefined = config.devSecret
    ? {
        key: new TextEncoder().encode(config.devSecret),
        algorithms: DEV_ALGORITHMS,
        issuer: config.devIssuer ?? config.issuer,
      }
    : undefined;
  const maxLifetime = config.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const regionClaim = config.regionClaim ?? "region";
  const roleClaim = config.roleClaim ?? "role";

  return async (authorization) => {
    if (!provider && !development)
      throw new UnauthenticatedError("The admin endpoint has no signing keys configured");
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match?.[1]) throw new UnauthenticatedError("A bearer token is required");
    let payload: Record<string, unknown>;
    try {
      // The algorithm picks the keys: HS256 only the development secret, the others only the JWKS.
      const { alg } = decodeProtectedHeader(match[1]);
      const source = alg && DEV_ALGORITHMS.includes(alg) ? development : provider;
      if (!source) throw new Error(`no keys for ${alg}`);
      ({ payload } = await jwtVerify(match[1], source.key as Uint8Array, {
        issuer: source.issuer,
        audience: config.audience,
        algorithms: source.algorithms,
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
    const claims = claimsSchema.safeParse({
      sub: payload.sub,
      region: payload[regionClaim],
      role: payload[roleClaim],
    });
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
