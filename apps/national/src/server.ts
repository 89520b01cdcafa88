import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { createDb, migrationsFolders, nationalSchema } from "@jamlik/db";
import type { RegionEntry } from "@jamlik/registry";
import {
  createMetrics,
  createService,
  type Logger,
  maskErrors,
  type Service,
  subgraphGuard,
} from "@jamlik/service";
import { createContext, type NationalContext } from "./context.ts";
import { nationalSubgraphSchema } from "./schema.ts";
import { seedCatalog } from "./seed.ts";

export interface NationalServerOptions {
  logger: Logger;
  regions: readonly RegionEntry[];
  databaseUrl?: string | undefined;
  databasePoolMax?: number;
  dataDir?: string | undefined;
  production?: boolean;
  onQuery?: (sql: string) => void;
  /** Gateway credentials the federated endpoint accepts; without them it is open (development only). */
  subgraphSecrets?: string[] | undefined;
}

/** Builds the national subgraph (database migrated and catalog seeded); does not listen. */
export interface NationalServer {
  service: Service<NationalContext>;
  context(): NationalContext;
}

export async function createNationalServer(options: NationalServerOptions): Promise<NationalServer> {
  const metrics = createMetrics("national");
  const handle = await createDb({
    schema: nationalSchema,
    url: options.databaseUrl,
    maxConnections: options.databasePoolMax,
    dataDir: options.dataDir,
    migrationsFolder: migrationsFolders.national,
    onQuery: (sql) => {
      metrics.countStatement();
      options.onQuery?.(sql);
    },
    onConnectionError: (error) => options.logger.warn({ err: error }, "database connection lost"),
  });
  metrics.registerDbPool(handle.poolStats);
  await seedCatalog(handle.db);
  const apollo = new ApolloServer<NationalContext>({
    schema: nationalSubgraphSchema(options.regions),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors({ production: options.production ?? false, logger: options.logger }),
    // Federated traces (ftv1) are for Apollo's cloud reporting, which is off here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    logger: options.logger,
  });
  const context = () => createContext(handle.db, options.regions);
  const service = await createService({
    logger: options.logger,
    apollo,
    context,
    ready: handle.ping,
    onClose: handle.close,
    guard: subgraphGuard(options.subgraphSecrets, options.logger),
    metrics,
  });
  return { service, context };
}
