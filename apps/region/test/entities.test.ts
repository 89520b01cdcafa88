import { REGIONS } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import { entityQuery, startRegion } from "./harness.ts";

describe.each(REGIONS)("$code's subgraph", (region) => {
  it(`resolves @key(fields: "code") on ${region.typeName} for its own code only`, async () => {
    const harness = await startRegion(region.code);
    try {
      const others = REGIONS.filter((r) => r.code !== region.code).map((r) => ({
        __typename: region.typeName,
        code: r.code,
      }));
      const { data, errors } = await harness.run<{ _entities: unknown[] }>(
        entityQuery(region.typeName, "__typename code name coverage { unitsTotal } goals { attainment }"),
        { reps: [{ __typename: region.typeName, code: region.code }, ...others] },
      );
      expect(errors).toEqual([]);
      expect(data?._entities[0]).toMatchObject({
        __typename: region.typeName,
        code: region.code,
        name: region.name,
      });
      expect(data?._entities.slice(1)).toEqual(others.map(() => null));
    } finally {
      await harness.close();
    }
  });
});
