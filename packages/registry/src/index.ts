export { findRegion, getRegion, envKey, UnknownRegionError } from "./lookup.ts";
export { REGIONS, type RegionEntry, regionEntrySchema, registrySchema } from "./regions.ts";
export { GATEWAY, NATIONAL, graphqlPath, localUrl } from "./services.ts";
