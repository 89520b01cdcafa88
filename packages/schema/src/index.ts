export { buildSubgraph } from "./buildSubgraph.ts";
export * from "./enums.ts";
export * from "./errors.ts";
export { nationalTypeDefs, objectTypeNames, regionTypeDefs } from "./typeDefs.ts";
