import { readFileSync } from "node:fs";
import { REGIONS, REGISTRIES } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import { composeSupergraph, subgraphDefinitions } from "../src/compose.ts";

const committed = readFileSync(new URL("../supergraph.graphql", import.meta.url), "utf8");

describe("supergraph", () => {
  it("composes from the registry and the subgraph schemas", () => {
    const { supergraphSdl } = composeSupergraph(REGIONS);
    expect(supergraphSdl).toContain("interface Region");
    for (const region of REGIONS)
      expect(supergraphSdl).toContain(`type ${region.typeName} implements Region`);
  });

  it("is committed and not stale (run `npm run compose` after changing a schema or the registry)", () => {
    expect(committed).toBe(composeSupergraph(REGIONS).supergraphSdl);
  });

  it("routes each region's type to that region's subgraph only", () => {
    const text = committed;
    for (const region of REGIONS) {
      const graph = region.subgraphName.toUpperCase();
      const typeBlock = text.slice(text.indexOf(`type ${region.typeName} implements Region`));
      const header = typeBlock.slice(0, typeBlock.indexOf("{"));
      // The instant a region is read at is part of its key, so it reaches every region's entity fetch.
      expect(header).toContain(`@join__type(graph: ${graph}, key: "code publishedAsOf")`);
      expect(header).toContain('@join__type(graph: NATIONAL, key: "code publishedAsOf", resolvable: false)');
      for (const other of REGIONS.filter((r) => r !== region)) {
        expect(header).not.toContain(`graph: ${other.subgraphName.toUpperCase()}`);
      }
    }
  });

  it("has one subgraph for national, one per registry region and the gateway's status subgraph", () => {
    expect(subgraphDefinitions(REGIONS).map((s) => s.name)).toEqual([
      "national",
      ...REGIONS.map((region) => region.subgraphName),
      "status",
    ]);
  });

  it("fails loudly when a region's schema does not compose", () => {
    const clash = [REGIONS[0], { ...REGIONS[1], typeName: "CareUnit" }] as typeof REGIONS;
    expect(() => composeSupergraph(clash)).toThrow(/composition failed/);
  });

  it("composes the synthetic national registry of 21 regions from configuration alone", () => {
    const { supergraphSdl } = composeSupergraph(REGISTRIES["synthetic-21"]);
    for (const region of REGISTRIES["synthetic-21"]) {
      expect(supergraphSdl).toContain(`type ${region.typeName} implements Region`);
    }
  });
});
