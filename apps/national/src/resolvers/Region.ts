import type { RegionEntry } from "@jamlik/registry";

/**
 * `Region` is an interface; each registry region is its own type, owned by its subgraph. The type
 * names come from the registry at run time, so this resolver is typed by the registry, not by the
 * generated types (which know one placeholder region).
 */
export const Region = {
  __resolveType: (region: RegionEntry) => region.typeName,
};
