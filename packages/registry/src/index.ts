export { envKey, findRegion, getRegion, UnknownRegionError } from "./lookup.ts";
export {
  buildRegistry,
  FIRST_REGION_PORT,
  type Population,
  REGIONS,
  REGISTRY_FILE,
  type RegionEntry,
  type RegistryFile,
  regionEntrySchema,
  registryFileSchema,
  registrySchema,
  subgraphNameOf,
} from "./regions.ts";
export { REGISTRIES, type RegistryName, registryEnvSchema, selectRegistry } from "./select.ts";
export { DASHBOARD, DEV_IDP, EDITOR, GATEWAY, graphqlPath, localUrl, NATIONAL, STATUS } from "./services.ts";
export { SYNTHETIC_POPULATION, SYNTHETIC_REGIONS } from "./synthetic.ts";
