import { mkdirSync } from "node:fs";
import type { DrizzleConfig } from "drizzle-orm";
import type { Db, DbHandle, DbOptions } from "./client.ts";

/** The embedded database is not installed (the production images): DATABASE_URL must be given. */
class EmbeddedStorageMissingError extends Error {
  readonly code = "EMBEDDED_STORAGE_MISSING";
  constructor(cause: unknown) {
    super("No DATABASE_URL is set and embedded storage (PGlite) is not installed here: set DATABASE_URL", {
      cause,
    });
  }
}

/** PGlite in `dataDir` (`memory://` by default), migrated before it is returned. */
export async function openPglite<TSchema extends Record<string, unknown>>(
  options: DbOptions<TSchema>,
  config: DrizzleConfig<TSchema>,
): Promise<DbHandle<TSchema>> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]).catch((error: unknown) => {
    throw (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND"
      ? new EmbeddedStorageMissingError(error)
      : error;
  });
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, config);
  await migrate(db, { migrationsFolder: options.migrationsFolder });
  return {
    db: db as unknown as Db<TSchema>,
    driver: "pglite",
    ping: async () => {
      await client.query("select 1");
    },
    poolStats: () => undefined,
    close: () => client.close(),
  };
}
