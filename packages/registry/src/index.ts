export { envKey, findRegion, getRegion, UnknownRegionError } from "./lookup.ts";
export { REGIONS, type RegionEntry, regionEntrySchema, registrySchema } from "./regions.ts";
export { GATEWAY, graphqlPath, localUrl, NATIONAL, STATUS } from "./services.ts";
