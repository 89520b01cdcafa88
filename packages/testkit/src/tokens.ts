import { SignJWT } from "jose";

/** A development admin token for `region` with `role`, as `jamlik token` signs it. */
export function adminToken(
  secret: string,
  region: string,
  role: string,
  subject = `e2e-${role}`,
): Promise<string> {
  return new SignJWT({ region, role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer("jamlik-dev")
    .setAudience("jamlik-admin")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(secret));
}
