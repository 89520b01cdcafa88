import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeJwt, errors, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { findDevSecret } from "./devSecret.ts";
import { EXIT } from "./errors.ts";
import { runCli } from "./main.ts";
import { capture } from "./testing/capture.ts";
import { defaultSubject, parseDuration, signDevToken } from "./token.ts";

const SECRET = "test-secret-with-enough-entropy-0123456789";
const key = (secret: string) => new TextEncoder().encode(secret);

describe("signDevToken", () => {
  it("signs HS256 with region, role, subject, issuer, audience and expiry", async () => {
    const now = new Date();
    const token = await signDevToken(
      { region: "SE-BD", role: "editor", subject: "dev:anna", expiresIn: 3600 },
      SECRET,
      now,
    );
    const { payload, protectedHeader } = await jwtVerify(token, key(SECRET), {
      issuer: "jamlik-dev",
      audience: "jamlik-admin",
      algorithms: ["HS256"],
    });
    expect(protectedHeader.alg).toBe("HS256");
    expect(payload).toMatchObject({ region: "SE-BD", role: "editor", sub: "dev:anna" });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);
  });

  it("fails verification with the wrong secret", async () => {
    const token = await signDevToken(
      { region: "SE-BD", role: "viewer", subject: "x", expiresIn: 60 },
      SECRET,
    );
    await expect(jwtVerify(token, key("another-secret"))).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });

  it("expires", async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    const token = await signDevToken(
      { region: "SE-BD", role: "viewer", subject: "x", expiresIn: 3600 },
      SECRET,
      twoHoursAgo,
    );
    await expect(jwtVerify(token, key(SECRET))).rejects.toBeInstanceOf(errors.JWTExpired);
  });

  it("uses the issuer and audience given", async () => {
    const token = await signDevToken(
      { region: "SE-U", role: "admin", subject: "x", issuer: "other", audience: "aud", expiresIn: 60 },
      SECRET,
    );
    expect(decodeJwt(token)).toMatchObject({ iss: "other", aud: "aud", region: "SE-U", role: "admin" });
  });
});

describe("parseDuration", () => {
  it("reads seconds, minutes, hours, days and weeks", () => {
    expect(parseDuration("8h")).toBe(28_800);
    expect(parseDuration("30m")).toBe(1800);
    expect(parseDuration("90")).toBe(90);
    expect(parseDuration("2d")).toBe(172_800);
    expect(parseDuration("1w")).toBe(604_800);
    expect(parseDuration("0h")).toBeUndefined();
    expect(parseDuration("-1h")).toBeUndefined();
    expect(parseDuration("soon")).toBeUndefined();
  });
});

describe("findDevSecret", () => {
  it("prefers the flag, then the environment, then the file", async () => {
    const { dir } = capture();
    const file = join(dir, "dev-secret");
    writeFileSync(file, "from-file\n");
    expect(await findDevSecret({ flag: "flag", env: { AUTH_DEV_SECRET: "env" }, file })).toMatchObject({
      secret: "flag",
    });
    expect(await findDevSecret({ env: { AUTH_DEV_SECRET: "env" }, file })).toMatchObject({ secret: "env" });
    expect(await findDevSecret({ env: {}, file })).toEqual({ secret: "from-file", from: file });
    expect(await findDevSecret({ env: {}, file: join(dir, "missing") })).toBeUndefined();
  });
});

describe("jamlik token", () => {
  it("prints a token signed with the dev secret file", async () => {
    const io = capture();
    writeFileSync(io.ctx.devSecretFile, SECRET);
    const code = await runCli(
      ["token", "--region", "SE-BD", "--role", "publisher", "--expires", "30m"],
      io.ctx,
    );
    expect(code).toBe(EXIT.ok);
    const { payload } = await jwtVerify(io.stdout().trim(), key(SECRET), {
      issuer: "jamlik-dev",
      audience: "jamlik-admin",
    });
    expect(payload).toMatchObject({ region: "SE-BD", role: "publisher", sub: defaultSubject() });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(1800);
  });

  it("takes --secret, --subject, --issuer and --audience, and the region in any case", async () => {
    const io = capture();
    const code = await runCli(
      [
        "token",
        "--region",
        "se-u",
        "--role",
        "admin",
        "--secret",
        "s",
        "--subject",
        "ci",
        "--issuer",
        "i",
        "--audience",
        "a",
      ],
      io.ctx,
    );
    expect(code).toBe(EXIT.ok);
    expect(decodeJwt(io.stdout().trim())).toMatchObject({ region: "SE-U", sub: "ci", iss: "i", aud: "a" });
  });

  it("takes the secret from AUTH_DEV_SECRET", async () => {
    const io = capture({ env: { AUTH_DEV_SECRET: SECRET } });
    expect(await runCli(["token", "--region", "SE-N", "--role", "viewer"], io.ctx)).toBe(EXIT.ok);
    await expect(jwtVerify(io.stdout().trim(), key(SECRET))).resolves.toBeDefined();
  });

  it("exits 2 and says how to get a secret when there is none", async () => {
    const io = capture();
    expect(await runCli(["token", "--region", "SE-BD", "--role", "editor"], io.ctx)).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(/no development secret: start the local stack with `npm start`.*--secret/);
    expect(io.stdout()).toBe("");
  });
});
