export { envKey, findRegion, getRegion, UnknownRegionError } from "./lookup.ts";
export { REGIONS, type RegionEntry, regionEntrySchema, registrySchema } from "./regions.ts";
export { REGISTRIES, type RegistryName, registryEnvSchema, selectRegistry } from "./select.ts";
export { GATEWAY, graphqlPath, localUrl, NATIONAL, STATUS } from "./services.ts";
export { SYNTHETIC_POPULATION, SYNTHETIC_REGIONS } from "./synthetic.ts";
