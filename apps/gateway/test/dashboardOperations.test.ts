import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { dashboardOperations } from "../src/dashboardOperations.ts";
import { apiSchema } from "../src/governance/breakingChanges.ts";
import { QUERY_LIMITS, queryArmor } from "../src/limits/armor.ts";
import { persistedManifest } from "../src/persistedManifest.ts";

// @apollo/gateway builds the API schema with graphql's CommonJS build; validate with the same one.
const graphql = createRequire(import.meta.url)("graphql") as typeof import("graphql");
const supergraph = readFileSync(new URL("../supergraph.graphql", import.meta.url), "utf8");
const committedManifest = JSON.parse(
  readFileSync(new URL("../persisted-operations.json", import.meta.url), "utf8"),
);

describe("the dashboard's real operations", () => {
  it("are valid against the public schema and pass every query limit (production settings)", async () => {
    const schema = await apiSchema(supergraph);
    const armor = queryArmor(true);
    for (const body of dashboardOperations()) {
      const document = graphql.parse(body, armor.parseOptions);
      const errors = graphql.validate(schema, document, [
        ...graphql.specifiedRules,
        ...armor.validationRules,
      ]);
      expect(errors, body.slice(0, 40)).toEqual([]);
    }
    // The same check refuses what the limits are for, so an empty list above means something.
    const nest = (depth: number): string =>
      depth === 0 ? "title" : `recommendations { audit { ${nest(depth - 1)} } }`;
    const tooDeep = graphql.parse(`{ regions { ${nest(QUERY_LIMITS.maxDepth)} } }`);
    expect(
      graphql.validate(schema, tooDeep, [...graphql.specifiedRules, ...armor.validationRules]),
    ).not.toEqual([]);
  });

  it("are the committed allow-list manifest (run `npm run persisted-operations -w @jamlik/gateway`)", () => {
    expect(committedManifest).toEqual(persistedManifest(dashboardOperations()));
  });
});
