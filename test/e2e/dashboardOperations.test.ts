import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { apiSchema } from "@jamlik/gateway/governance/breakingChanges";
import { QUERY_LIMITS, queryArmor } from "@jamlik/gateway/limits/armor";
import { loadPersistedOperations } from "@jamlik/gateway/limits/persistedOperations";
import { describe, expect, it } from "vitest";

// @apollo/gateway builds the API schema with graphql's CommonJS build; validate with the same one.
const require = createRequire(import.meta.url);
const graphql = require("graphql") as typeof import("graphql");
const supergraph = readFileSync(require.resolve("@jamlik/gateway/supergraph.graphql"), "utf8");
/** The dashboard's persisted documents (npm run codegen): the gateway's allow-list. */
const MANIFEST = require.resolve("@jamlik/dashboard/persisted-documents.json");

describe("the dashboard's persisted operations", () => {
  it("load as the gateway's allow-list: every document under the sha256 of its text", () => {
    const operations = loadPersistedOperations(MANIFEST);
    const names = [...operations.values()].map((body) => /(?:^|\s)(?:query|mutation) (\w+)/.exec(body)?.[1]);
    expect(names.sort()).toEqual([
      "Forandringar",
      "Matt",
      "Metrics",
      "Oversikt",
      "Regioner",
      "Regionrapport",
      "Revision",
      "Utbud",
    ]);
  });

  it("are valid against the public schema and pass every query limit (production settings)", async () => {
    const schema = await apiSchema(supergraph);
    const armor = queryArmor(true);
    for (const body of loadPersistedOperations(MANIFEST).values()) {
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
});
