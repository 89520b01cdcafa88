import { request } from "node:http";
import { REGIONS } from "@jamlik/registry";
import { ROLES } from "@jamlik/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, startAdmin, token } from "./harness.ts";

const CREATE = `mutation($title: String!) { createDecision(input: { title: $title }) { id version publication } }`;
const PUBLISH = `mutation($id: Int!) { publish(records: [{ entity: DECISION, id: $id }]) { published { id publication } } }`;
const rank = (role: string) => ROLES.indexOf(role as (typeof ROLES)[number]);

describe.each(REGIONS)("sign-in and roles at $code's admin endpoint", (region) => {
  let harness: AdminHarness;
  beforeAll(async () => {
    harness = await startAdmin(region.code, { seed: false });
  });
  afterAll(() => harness?.close());

  it("answers every region × role token as its rules say", async () => {
    for (const tokenRegion of REGIONS) {
      for (const role of ROLES) {
        const bearer = await token(tokenRegion.code, role);
        const own = tokenRegion.code === region.code;
        const label = `${tokenRegion.code} ${role} token at ${region.code}`;

        const me = await harness.admin(bearer, "{ me { region role } }");
        if (own) expect(me.data, label).toEqual({ me: { region: region.code, role } });
        else {
          expect(me.status, label).toBe(403);
          expect(me.errors?.[0]?.extensions?.code, label).toBe("FORBIDDEN");
        }

        const created = await harness.admin<{ createDecision: { id: number } }>(bearer, CREATE, {
          title: label,
        });
        const mayWrite = own && rank(role) >= rank("editor");
        if (mayWrite) expect(created.errors, label).toBeUndefined();
        else expect(created.errors?.[0]?.extensions?.code, label).toBe("FORBIDDEN");

        if (mayWrite) {
          const published = await harness.admin(bearer, PUBLISH, { id: created.data?.createDecision.id });
          if (rank(role) >= rank("publisher")) expect(published.errors, label).toBeUndefined();
          else expect(published.errors?.[0]?.extensions?.code, label).toBe("FORBIDDEN");
        }
      }
    }
  });

  it("checks the role before the input: a viewer sending invalid input gets FORBIDDEN and no catalog", async () => {
    const viewer = await token(region.code, "viewer");
    const result = await harness.admin(
      viewer,
      `mutation { createGoal(input: { metricCode: "NOT_A_METRIC", period: "2020" }) { id } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(result)).not.toContain("LOGGED_IN_SHARE");
  });

  it("records who made each change", async () => {
    const bearer = await token(region.code, "editor", { subject: "anna.andersson" });
    const created = await harness.admin<{ createDecision: { id: number } }>(bearer, CREATE, { title: "Vem" });
    const history = await harness.admin<{ history: { actor: string; role: string; operation: string }[] }>(
      bearer,
      `query($id: Int!) { history(entity: DECISION, id: $id) { actor role operation } }`,
      { id: created.data?.createDecision.id },
    );
    expect(history.data?.history).toEqual([{ actor: "anna.andersson", role: "editor", operation: "CREATE" }]);
  });
});

describe("tokens that must not get in", () => {
  let harness: AdminHarness;
  const code = REGIONS[0]?.code ?? "";
  beforeAll(async () => {
    harness = await startAdmin(code, { seed: false });
  });
  afterAll(() => harness?.close());

  const unauthenticated = async (bearer: string | undefined, query = "{ me { role } }") => {
    const result = await harness.admin(bearer, query);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.data ?? null).toBeNull();
  };

  it("refuses no token, for queries, mutations and introspection alike", async () => {
    await unauthenticated(undefined);
    await unauthenticated(undefined, CREATE.replace("$title", '"x"').replace("($title: String!)", ""));
    await unauthenticated(undefined, "{ __schema { types { name } } }");
    await unauthenticated(undefined, '{ __type(name: "Mutation") { fields { name } } }');
  });

  it("refuses a wrong signature, an expired token, a wrong issuer or audience and bad claims", async () => {
    await unauthenticated(await token(code, "admin", { secret: "another-secret-of-enough-length" }));
    await unauthenticated(await token(code, "admin", { expiresIn: Math.floor(Date.now() / 1000) - 60 }));
    await unauthenticated(await token(code, "admin", { issuer: "someone-else" }));
    await unauthenticated(await token(code, "admin", { audience: "another-api" }));
    await unauthenticated(await token(code, "superuser"));
    await unauthenticated(await token(code, "admin", { subject: null }));
    await unauthenticated("not-a-jwt");
  });

  it("refuses another HMAC algorithm, an iat in the future and a lifetime past the limit", async () => {
    const now = Math.floor(Date.now() / 1000);
    await unauthenticated(await token(code, "admin", { algorithm: "HS512" }));
    await unauthenticated(await token(code, "admin", { algorithm: "HS384" }));
    await unauthenticated(await token(code, "admin", { issuedAt: now + 3600, expiresIn: now + 7200 }));
    const century = await harness.admin(
      await token(code, "admin", { expiresIn: now + 100 * 365 * 86_400 }),
      "{ me { role } }",
    );
    expect(century.status).toBe(401);
    expect(century.errors?.[0]?.message).toMatch(/at most 12 h/);
    // Twelve hours is still fine.
    const day = await harness.admin(await token(code, "admin", { expiresIn: "12h" }), "{ me { role } }");
    expect(day.data).toEqual({ me: { role: "admin" } });
  });

  it("checks the token before reading the body: answers 401 while the upload has barely begun", async () => {
    // 20 MB announced, 1 kB sent, the rest never: only a server that does not wait for the body answers.
    const url = new URL(harness.adminUrl);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": 20 * 1024 * 1024 },
        },
        (res) => {
          let body = "";
          res.on("data", (chunk) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.write(`{"query":"{ me { role } }","variables":{"pad":"${"x".repeat(1024)}`);
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("an admin endpoint without signing keys", () => {
  it("refuses everyone", async () => {
    const code = REGIONS[0]?.code ?? "";
    const harness = await startAdmin(code, {
      seed: false,
      auth: { issuer: "jamlik-dev", audience: "jamlik-admin" },
    });
    try {
      const result = await harness.admin(await token(code, "admin"), "{ me { role } }");
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await harness.close();
    }
  });
});
