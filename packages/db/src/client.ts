import type { Logger as DrizzleLogger } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";

/** Drizzle over either driver; the rest of the code cannot tell which. */
export type Db<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface DbOptions<TSchema extends Record<string, unknown>> {
  schema: TSchema;
  /** PostgreSQL connection string; without it the database is PGlite in `dataDir`. */
  url?: string | undefined;
  /** PGlite data folder; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  migrationsFolder: string;
  /** Pool size for pg. */
  maxConnections?: number;
  /** Called once per SQL statement sent (used by the statement-count test and metrics). */
  onQuery?: (sql: string) => void;
  /** An idle pooled connection failed (database restarted, connection killed). */
  onConnectionError?: (error: Error) => void;
}

/** Connections of the pg pool: open ones, idle ones, and clients waiting for one. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface DbHandle<TSchema extends Record<string, unknown>> {
  db: Db<TSchema>;
  driver: "pg" | "pglite";
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** The pool's connections now (for metrics); undefined for PGlite, which has no pool. */
  poolStats(): PoolStats | undefined;
  close(): Promise<void>;
}

/**
 * Opens the database and applies the committed migrations on a single connection before
 * returning; a failed migration throws and the service does not start.
 */
export async function createDb<TSchema extends Record<string, unknown>>(
  options: DbOptions<TSchema>,
): Promise<DbHandle<TSchema>> {
  const logger: DrizzleLogger | undefined = options.onQuery
    ? { logQuery: (sql) => options.onQuery?.(sql) }
    : undefined;
  const config = { schema: options.schema, casing: "snake_case" as const, ...(logger ? { logger } : {}) };

  if (options.url) {
    await migrateWithOneConnection(options.url, options.migrationsFolder);
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // Without a listener an idle connection's error would crash the process; the pool replaces it.
    pool.on("error", (error) => options.onConnectionError?.(error));
    const db = drizzlePg(pool, config) as unknown as Db<TSchema>;
    return {
      db,
      driver: "pg",
      ping: async () => {
        await pool.query("select 1");
      },
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => pool.end(),
    };
  }

  // Loaded only here: the production images leave PGlite out (they run on PostgreSQL).
  const { openPglite } = await import("./pglite.ts");
  return openPglite(options, config);
}

async function migrateWithOneConnection(url: string, migrationsFolder: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migratePg(drizzlePg(client, { casing: "snake_case" }), { migrationsFolder });
  } finally {
    await client.end();
  }
}
