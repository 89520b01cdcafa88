import { migrationsFolders, regionSchema } from "@jamlik/db";
import type { RegionEntry } from "@jamlik/registry";
import type { Logger, Service } from "@jamlik/service";
import { createSubgraphService } from "@jamlik/service/subgraph";
import type { AuthConfig } from "./admin/auth.ts";
import { adminEndpoint } from "./admin/endpoint.ts";
import type { SeedMode } from "./config.ts";
import { createContext, type RegionContext } from "./context.ts";
import type { RegionDb } from "./db.ts";
import { publicationVersion } from "./publication/publicationVersion.ts";
import { snapshotAtCache } from "./publication/publishedAt.ts";
import { regionSubgraphSchema } from "./schema.ts";
import { seedRegion } from "./seed.ts";
import { snapshotCache } from "./snapshot.ts";
import { seedSynthetic } from "./syntheticSeed.ts";

export interface RegionServerOptions {
  region: RegionEntry;
  logger: Logger;
  databaseUrl?: string | undefined;
  databasePoolMax?: number;
  dataDir?: string | undefined;
  production?: boolean;
  /** What an empty database is filled with (default: the source documents). */
  seed?: SeedMode | boolean;
  /** Synthetic data: the number of care units (default: the region's population share). */
  syntheticCareUnits?: number | undefined;
  onQuery?: (sql: string) => void;
  /** Gateway credentials the federated endpoint accepts; without them it is open (development only). */
  subgraphSecrets?: string[] | undefined;
  /** How admin tokens are verified; without keys every admin request is UNAUTHENTICATED. */
  auth?: AuthConfig;
}

export interface RegionServer {
  service: Service<RegionContext>;
  db: RegionDb;
  /** A fresh request context, for in-process operations in tests and scripts. */
  context(): RegionContext;
}

/** Builds one region's subgraph (database migrated, seeded when empty); does not listen. */
export async function createRegionServer(options: RegionServerOptions): Promise<RegionServer> {
  const { region, logger } = options;
  const { service, database, context } = await createSubgraphService({
    name: `region-${region.code.toLowerCase()}`,
    logger,
    production: options.production,
    subgraphSecrets: options.subgraphSecrets,
    database: {
      schema: regionSchema,
      migrationsFolder: migrationsFolders.region,
      url: options.databaseUrl,
      dataDir: options.dataDir,
      poolMax: options.databasePoolMax,
      onQuery: options.onQuery,
    },
    prepare: (db) => seedEmpty(db, options),
    schema: regionSubgraphSchema(region),
    serve: (db) => {
      const version = publicationVersion(db);
      const snapshot = snapshotCache(db, version.current);
      const snapshotAt = snapshotAtCache(db);
      return {
        context: () => createContext(db, region, snapshot, snapshotAt, version.current),
        // A gateway that caches answers watches the publication version to know when to drop them.
        readiness: async () => ({ publicationVersion: await version.current() }),
        endpoints: [
          adminEndpoint({
            db,
            region,
            logger,
            production: options.production ?? false,
            auth: options.auth ?? { issuer: "jamlik-dev", audience: "jamlik-admin" },
            afterWrite: version.invalidate,
          }),
        ],
      };
    },
  });
  return { service, db: database.db, context };
}

/** Fills an empty database with what `seed` asks for: the documents' facts, synthetic data or nothing. */
async function seedEmpty(db: RegionDb, options: RegionServerOptions): Promise<void> {
  const { region, logger } = options;
  const seed =
    options.seed === true || options.seed === undefined
      ? "documents"
      : options.seed === false
        ? "none"
        : options.seed;
  if (seed === "documents") {
    const result = await seedRegion(db, region);
    if (result.seeded) logger.info(result, "seeded an empty database from the source documents");
  } else if (seed === "synthetic") {
    const result = await seedSynthetic(db, region, options.syntheticCareUnits);
    if (result.seeded) logger.info(result, "seeded an empty database with synthetic benchmark data");
  }
}
