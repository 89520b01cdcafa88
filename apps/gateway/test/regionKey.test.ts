import { readFileSync } from "node:fs";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { type FetchNode, type PlanNode, QueryPlanner } from "@apollo/query-planner";
import { REGIONS } from "@jamlik/registry";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";

const supergraph = Supergraph.build(readFileSync(new URL("../supergraph.graphql", import.meta.url), "utf8"));
const planner = new QueryPlanner(supergraph);

function fetches(node: PlanNode | undefined): FetchNode[] {
  if (!node) return [];
  switch (node.kind) {
    case "Fetch":
      return [node];
    case "Sequence":
    case "Parallel":
      return node.nodes.flatMap(fetches);
    case "Flatten":
      return fetches(node.node);
    default:
      throw new Error(`unexpected plan node ${node.kind}`);
  }
}

const plan = (query: string) =>
  fetches(planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query))).node as PlanNode);

/** The fields a fetch puts in each `_entities` representation (`requires`), by type. */
const requiredFields = (fetch: FetchNode) =>
  (fetch.requires ?? []).map((selection) =>
    selection.kind === "InlineFragment"
      ? `${selection.typeCondition}: ${selection.selections.map((s) => ("name" in s ? s.name : "")).join(" ")}`
      : "",
  );

describe("the instant a region is read at, in the gateway's query plans", () => {
  it("is part of every region's entity fetch, so `asOf` reaches each region", () => {
    const fetchesOf = plan(`query($asOf: String) { regions(asOf: $asOf) { code careUnits { name } } }`);
    const [national, ...regions] = fetchesOf;
    expect(national?.serviceName).toBe("national");
    // The national subgraph answers the instant with the region list.
    expect(national?.operation).toContain("publishedAsOf");
    expect(regions.map((fetch) => fetch.serviceName).sort()).toEqual(
      REGIONS.map((r) => r.subgraphName).sort(),
    );
    for (const fetch of regions) {
      const region = REGIONS.find((r) => r.subgraphName === fetch.serviceName);
      expect(requiredFields(fetch)).toEqual([`${region?.typeName}: __typename code publishedAsOf`]);
    }
  });

  it("costs a query without `asOf` no extra fetch: one to national, one per region", () => {
    const fetchesOf = plan(`{ regions { code latestValues { value } } }`);
    expect(fetchesOf.map((fetch) => fetch.serviceName).sort()).toEqual(
      ["national", ...REGIONS.map((r) => r.subgraphName)].sort(),
    );
  });
});
