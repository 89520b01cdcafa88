import { fileURLToPath } from "node:url";
import * as nationalSchema from "./national/schema.ts";
import * as regionSchema from "./region/schema.ts";

export { createDb, type Db, type DbHandle, type DbOptions, type PoolStats } from "./client.ts";
export type * from "./national/schema.ts";
export type * from "./region/schema.ts";
export { entityTable, SERVED_TABLES, type ServedTable } from "./region/served.ts";
export { setFromExcluded } from "./upsert.ts";
export { nationalSchema, regionSchema };

export type NationalSchema = typeof nationalSchema;
export type RegionSchema = typeof regionSchema;

export const migrationsFolders = {
  national: fileURLToPath(new URL("../migrations/national", import.meta.url)),
  region: fileURLToPath(new URL("../migrations/region", import.meta.url)),
} as const;
