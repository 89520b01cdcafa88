export * from "@jamlik/domain/enums";
export * from "./admin.ts";
export { buildSubgraph } from "./buildSubgraph.ts";
export { csvTypeDefs } from "./csvTypeDefs.ts";
export * from "./entities.ts";
export * from "./errors.ts";
export { instantArg, PUBLISHED_HISTORY_RULE } from "./instant.ts";
export {
  adminTypeDefs,
  nationalTypeDefs,
  objectTypeNames,
  regionTypeDefs,
  statusTypeDefs,
} from "./typeDefs.ts";
