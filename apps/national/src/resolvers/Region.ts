import type { RegionEntry } from "@jamlik/registry";

/** `Region` is an interface; each registry region is its own type, owned by its subgraph. */
export const Region = {
  __resolveType: (region: RegionEntry) => region.typeName,
};
