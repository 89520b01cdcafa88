import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { createDb, migrationsFolders, regionSchema } from "@jamlik/db";
import type { RegionEntry } from "@jamlik/registry";
import {
  createMetrics,
  createService,
  type Logger,
  maskErrors,
  type Service,
  subgraphGuard,
} from "@jamlik/service";
import type { AuthConfig } from "./admin/auth.ts";
import { adminEndpoint } from "./admin/endpoint.ts";
import type { SeedMode } from "./config.ts";
import { createContext, type RegionContext } from "./context.ts";
import type { RegionDb } from "./db.ts";
import { publicationVersion } from "./publicationVersion.ts";
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
  const metrics = createMetrics(`region-${region.code.toLowerCase()}`);
  const handle = await createDb({
    schema: regionSchema,
    url: options.databaseUrl,
    maxConnections: options.databasePoolMax,
    dataDir: options.dataDir,
    migrationsFolder: migrationsFolders.region,
    onQuery: (sql) => {
      metrics.countStatement();
      options.onQuery?.(sql);
    },
    onConnectionError: (error) => options.logger.warn({ err: error }, "database connection lost"),
  });
  metrics.registerDbPool(handle.poolStats);
  const seed =
    options.seed === true || options.seed === undefined
      ? "documents"
      : options.seed === false
        ? "none"
        : options.seed;
  if (seed === "documents") {
    const result = await seedRegion(handle.db, region);
    if (result.seeded) logger.info(result, "seeded an empty database from the source documents");
  } else if (seed === "synthetic") {
    const result = await seedSynthetic(handle.db, region, options.syntheticCareUnits);
    if (result.seeded) logger.info(result, "seeded an empty database with synthetic benchmark data");
  }
  const version = publicationVersion(handle.db);
  const snapshot = snapshotCache(handle.db, version.current);
  const apollo = new ApolloServer<RegionContext>({
    schema: regionSubgraphSchema(region),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors({ production: options.production ?? false, logger }),
    // Federated traces (ftv1) are for Apollo's cloud reporting, which is off here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    logger,
  });
  const service = await createService({
    logger,
    apollo,
    context: () => createContext(handle.db, region, snapshot),
    // A gateway that caches answers watches the publication version to know when to drop them.
    ready: async () => {
      await handle.ping();
      return { publicationVersion: await version.current() };
    },
    onClose: handle.close,
    guard: subgraphGuard(options.subgraphSecrets, options.logger),
    metrics,
    endpoints: [
      adminEndpoint({
        db: handle.db,
        region,
        logger,
        production: options.production ?? false,
        auth: options.auth ?? { issuer: "jamlik-dev", audience: "jamlik-admin" },
        afterWrite: version.invalidate,
      }),
    ],
  });
  return { service, db: handle.db, context: () => createContext(handle.db, region, snapshot) };
}
