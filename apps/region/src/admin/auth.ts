import { ForbiddenError, ROLES, type Role, UnauthenticatedError } from "@jamlik/schema";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";

export interface AuthConfig {
  issuer: string;
  audience: string;
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

/**
 * Verifies bearer JWTs: signature (JWKS or the development secret), issuer, audience, expiry and
 * the `region` and `role` claims. Anything missing or wrong is UNAUTHENTICATED.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let key: JWTVerifyGetKey | Uint8Array | undefined;
  if (config.jwksUrl) key = createRemoteJWKSet(new URL(config.jwksUrl));
  else if (config.devSecret) key = new TextEncoder().encode(config.devSecret);

  return async (authorization) => {
    if (!key) throw new UnauthenticatedError("The admin endpoint has no signing keys configured");
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match?.[1]) throw new UnauthenticatedError("A bearer token is required");
    try {
      const { payload } = await jwtVerify(match[1], key as Uint8Array, {
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ["exp", "sub"],
      });
      const claims = claimsSchema.parse(payload);
      return { subject: claims.sub, region: claims.region, role: claims.role };
    } catch {
      throw new UnauthenticatedError("The token is invalid or has expired");
    }
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
