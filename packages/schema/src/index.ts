export * from "@jamlik/domain/enums";
export * from "./admin.ts";
export { buildSubgraph } from "./buildSubgraph.ts";
export * from "./errors.ts";
export { nationalTypeDefs, objectTypeNames, regionTypeDefs, statusTypeDefs } from "./typeDefs.ts";
