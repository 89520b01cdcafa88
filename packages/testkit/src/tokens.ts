import { SignJWT } from "jose";

/**
 * A development admin token for `region` with `role`, as `jamlik token` signs it, for tests and
 * benchmarks against a region started with a development secret.
 */
export function adminToken(
  secret: string,
  region: string,
  role: string,
  subject = `e2e-${role}`,
  expiresIn = "10m",
): Promise<string> {
  return new SignJWT({ region, role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer("jamlik-dev")
    .setAudience("jamlik-admin")
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
