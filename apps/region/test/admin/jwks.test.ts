import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { REGIONS } from "@jamlik/registry";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, startAdmin } from "./harness.ts";

const code = REGIONS[0]?.code ?? "";

/** Production sign-in: keys from an identity provider's JWKS endpoint (a real HTTP server here). */
describe("admin tokens verified with a JWKS endpoint", () => {
  let jwks: Server;
  let harness: AdminHarness;
  type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  let privateKey: Key;
  let otherKey: Key;
  let jwksUrl: string;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair("RS256")).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    harness = await startAdmin(code, {
      seed: false,
      auth: { issuer: "https://idp.example", audience: "jamlik", jwksUrl },
    });
  });
  afterAll(async () => {
    await harness?.close();
    jwks?.close();
  });

  const sign = (key: Key, issuer = "https://idp.example") =>
    new SignJWT({ region: code, role: "viewer" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject("sso:user")
      .setIssuer(issuer)
      .setAudience("jamlik")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key);

  it("accepts a token signed with the provider's key", async () => {
    const result = await harness.admin(await sign(privateKey), "{ me { subject region role } }");
    expect(result.data).toEqual({ me: { subject: "sso:user", region: code, role: "viewer" } });
  });

  it("refuses a token signed with the public key as an HMAC secret (algorithm confusion), and one without iat", async () => {
    const jwk = (await (await fetch(jwksUrl)).json()) as { keys: { n: string }[] };
    const confused = await new SignJWT({ region: code, role: "admin" })
      .setProtectedHeader({ alg: "HS256", kid: "k1" })
      .setSubject("attacker")
      .setIssuer("https://idp.example")
      .setAudience("jamlik")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(jwk.keys[0]?.n ?? ""));
    const noIat = await new SignJWT({ region: code, role: "viewer" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject("sso:user")
      .setIssuer("https://idp.example")
      .setAudience("jamlik")
      .setExpirationTime("5m")
      .sign(privateKey);
    for (const bearer of [confused, noIat]) {
      const result = await harness.admin(bearer, "{ me { role } }");
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses a token signed with another key or from another issuer", async () => {
    for (const bearer of [await sign(otherKey), await sign(privateKey, "https://evil.example")]) {
      const result = await harness.admin(bearer, "{ me { role } }");
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

/** Locally the regions take both: the development provider's tokens (JWKS) and the CLI's (secret). */
describe("admin tokens from an identity provider beside the CLI's development tokens", () => {
  let jwks: Server;
  let harness: AdminHarness;
  let providerKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  const secret = "a-development-secret-of-length";

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    providerKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "p1", alg: "RS256", use: "sig" };
    jwks = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    harness = await startAdmin(code, {
      seed: false,
      auth: {
        issuer: "http://idp.local",
        audience: "jamlik-admin",
        jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`,
        devSecret: secret,
        devIssuer: "jamlik-dev",
        regionClaim: "https://jamlik.se/region",
        roleClaim: "https://jamlik.se/role",
      },
    });
  });
  afterAll(async () => {
    await harness?.close();
    jwks?.close();
  });

  const claims = { "https://jamlik.se/region": code, "https://jamlik.se/role": "editor" };
  const provider = (issuer = "http://idp.local") =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "p1" })
      .setSubject("se-bd-editor")
      .setIssuer(issuer)
      .setAudience("jamlik-admin")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(providerKey);
  const development = (issuer = "jamlik-dev") =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("cli")
      .setIssuer(issuer)
      .setAudience("jamlik-admin")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(secret));

  it("accepts each with its own keys and issuer, reading the configured claim names", async () => {
    expect((await harness.admin(await provider(), "{ me { subject region role } }")).data).toEqual({
      me: { subject: "se-bd-editor", region: code, role: "editor" },
    });
    expect((await harness.admin(await development(), "{ me { subject } }")).data).toEqual({
      me: { subject: "cli" },
    });
  });

  it("refuses a token of one kind with the other's issuer", async () => {
    for (const token of [await provider("jamlik-dev"), await development("http://idp.local")]) {
      const result = await harness.admin(token, "{ me { subject } }");
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});
