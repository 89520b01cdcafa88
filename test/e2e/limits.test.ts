import { postGraphQL } from "@jamlik/testkit";
import { describe, expect, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

/** The dashboard's comparison query: the deepest and widest query a real client sends. */
const COMPARISON = `query Comparison($metric: ID!) {
  regions {
    code name
    latest(metric: $metric) { period value source { document dnr quote } }
    goals { metric { code name unit } target comparator period attainment latest { period value } }
    coverage { share unitsTotal unitsComplete gaps { careUnit { hsaId name municipality { code name } } missing { code name } } municipalities { municipality { code name } share missing { code } } }
    careUnits { hsaId name demo municipality { code name } offerings { service { code name kind } validFrom validTo } }
    recommendations { text audit { title year } decisions { dnr date } activities { title due status overdue(asOf: "2026-11-25") } }
    actionPlans { title activities { heading title due status completedOn overdue(asOf: "2026-11-25") } }
  }
  regionStatus { code state lastSuccess latencyMs }
}`;

describe("query limits at the gateway (production settings)", () => {
  const stack = sharedStack("securedStack");
  const post = (body: string, contentType = "application/json") =>
    fetch(stack.gatewayUrl, { method: "POST", headers: { "content-type": contentType }, body });
  const gql = (query: string, variables?: Record<string, unknown>) =>
    postGraphQL(stack.gatewayUrl, query, variables);
  const stillAlive = async () => {
    const result = await gql(COMPARISON, { metric: "LOGGED_IN_SHARE" });
    expect(result.errors).toBeUndefined();
  };

  it("lets the dashboard's real comparison query through", async () => {
    const result = await gql(COMPARISON, { metric: "LOGGED_IN_SHARE" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions).toHaveLength(3);
  });

  it("refuses a query nested too deep", async () => {
    const nest = (depth: number): string =>
      depth === 0 ? "title" : `recommendations { audit { ${nest(depth - 1)} } }`;
    const deep = `{ regions { ${nest(6)} } }`;
    const result = await gql(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    await stillAlive();
  });

  it("refuses an alias bomb", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: regions { code }`).join(" ");
    const result = await gql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
    await stillAlive();
  });

  it("refuses a huge query and too many directives", async () => {
    const fields = Array.from({ length: 4000 }, () => "code").join(" ");
    const huge = await gql(`{ regions { ${fields} } }`);
    expect(huge.errors?.[0]?.message).toMatch(/token/i);
    const directives = await gql(`{ regions { code ${"@include(if: true) ".repeat(60)} } }`);
    expect(directives.errors?.[0]?.message).toMatch(/directive/i);
    await stillAlive();
  });

  it("refuses malformed queries and request bodies with a clear 400", async () => {
    const malformed = await gql("{ regions { code ");
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const notJson = await post("{ this is not json");
    expect(notJson.status).toBe(400);
    const batch = await post(
      JSON.stringify([{ query: "{ regions { code } }" }, { query: "{ regions { code } }" }]),
    );
    expect(batch.status).toBe(400);
    const empty = await post("");
    expect(empty.status).toBe(400);
    const wrongType = await post("query=%7Bregions%7Bcode%7D%7D", "application/x-www-form-urlencoded");
    expect([400, 415]).toContain(wrongType.status);
    await stillAlive();
  });

  it("refuses a body over the limit without reading it all", async () => {
    const response = await post(JSON.stringify({ query: `{ regions { code } } #${"x".repeat(2_000_000)}` }));
    expect(response.status).toBe(413);
    await stillAlive();
  });

  it("keeps introspection off, field suggestions quiet and CSRF prevention on in production", async () => {
    const introspection = await gql("{ __schema { types { name } } }");
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await gql("{ regions { cod } }");
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const simple = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent("{ regions { code } }")}`);
    expect(simple.status).toBe(400); // a GET without a preflight-forcing header is refused (CSRF)
    const withHeader = await fetch(
      `${stack.gatewayUrl}?query=${encodeURIComponent("{ regions { code } }")}`,
      {
        headers: { "apollo-require-preflight": "true" },
      },
    );
    expect(withHeader.status).toBe(200);
  });
});
