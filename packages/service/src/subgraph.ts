import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { createDb, type Db, type DbHandle } from "@jamlik/db";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import { z } from "zod";
import { baseEnvSchema, subgraphSecretsSchema } from "./config.ts";
import { maskErrors } from "./maskErrors.ts";
import { createMetrics } from "./metrics.ts";
import { createService, type GraphqlEndpoint, type Service } from "./server.ts";
import { subgraphGuard } from "./subgraphCredential.ts";

/** The settings every subgraph (national and each region) reads, with the same names and rules. */
export const subgraphEnvSchema = baseEnvSchema.extend({
  DATABASE_URL: z.url().optional(),
  /** Connections in the service's PostgreSQL pool (many services may share one server). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** The gateway credentials this subgraph accepts (see docs/operations.md, rotation). */
  SUBGRAPH_SECRETS: subgraphSecretsSchema,
  /** PGlite's data folder when there is no DATABASE_URL. */
  DATA_DIR: z.string().optional(),
});

type SubgraphEnv = z.infer<typeof subgraphEnvSchema>;

/** A subgraph in production answers only the gateway: refuse to start without its credentials. */
export const requireSubgraphSecrets: [
  (e: Pick<SubgraphEnv, "NODE_ENV" | "SUBGRAPH_SECRETS">) => boolean,
  { path: string[]; message: string },
] = [
  (e) => e.NODE_ENV !== "production" || !!e.SUBGRAPH_SECRETS,
  { path: ["SUBGRAPH_SECRETS"], message: "required in production: the subgraph answers only the gateway" },
];

/** The parsed settings every subgraph has, under the names its options use. */
export function subgraphSettings(parsed: SubgraphEnv) {
  return {
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    otelEndpoint: parsed.OTEL_EXPORTER_OTLP_ENDPOINT,
    production: parsed.NODE_ENV === "production",
    databaseUrl: parsed.DATABASE_URL,
    databasePoolMax: parsed.DATABASE_POOL_MAX,
    subgraphSecrets: parsed.SUBGRAPH_SECRETS,
  };
}

export interface SubgraphServiceOptions<
  TSchema extends Record<string, unknown>,
  TContext extends BaseContext,
> {
  /** The service's name in metrics: `national`, `region-se-bd`. */
  name: string;
  logger: Logger;
  production?: boolean | undefined;
  /** Gateway credentials the federated endpoint accepts; without them it is open (development only). */
  subgraphSecrets?: string[] | undefined;
  database: {
    schema: TSchema;
    migrationsFolder: string;
    url?: string | undefined;
    dataDir?: string | undefined;
    poolMax?: number | undefined;
    /** Called once per SQL statement (the statement-count tests). */
    onQuery?: ((sql: string) => void) | undefined;
  };
  /** Runs once the database is migrated, before the service answers (seeding an empty database). */
  prepare?: (db: Db<TSchema>) => Promise<void>;
  /** The federated schema, built with `buildSubgraph`. */
  schema: GraphQLSchema;
  /** What the service serves on its database: built once, after `prepare`. */
  serve: (db: Db<TSchema>) => SubgraphParts<TContext>;
}

export interface SubgraphParts<TContext extends BaseContext> {
  /** The GraphQL context of one request. */
  context: () => TContext;
  /** Details for `/ready` beyond the database answering. */
  readiness?: () => Promise<Record<string, unknown>>;
  /** More GraphQL schemas on paths of their own (the region's admin API). */
  endpoints?: GraphqlEndpoint[];
}

export interface SubgraphService<TSchema extends Record<string, unknown>, TContext extends BaseContext> {
  service: Service<TContext>;
  database: DbHandle<TSchema>;
  /** A fresh request context, for in-process operations in tests and scripts. */
  context(): TContext;
}

/**
 * One subgraph process, national or regional: its database opened and migrated (statements and
 * pool in the metrics), Apollo Server with masked errors and introspection off in production, the
 * gateway credential required on the federated endpoint, on the shared HTTP base. Does not listen.
 */
export async function createSubgraphService<
  TSchema extends Record<string, unknown>,
  TContext extends BaseContext,
>(options: SubgraphServiceOptions<TSchema, TContext>): Promise<SubgraphService<TSchema, TContext>> {
  const { logger, database: settings } = options;
  const metrics = createMetrics(options.name);
  const database = await createDb({
    schema: settings.schema,
    url: settings.url,
    maxConnections: settings.poolMax,
    dataDir: settings.dataDir,
    migrationsFolder: settings.migrationsFolder,
    onQuery: (sql) => {
      metrics.countStatement();
      settings.onQuery?.(sql);
    },
    onConnectionError: (error) => logger.warn({ err: error }, "database connection lost"),
  });
  metrics.registerDbPool(database.poolStats);
  await options.prepare?.(database.db);
  const production = options.production ?? false;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    // The service drains its HTTP server on SIGTERM (closeOnSignals); Apollo's own handler would
    // stop the server first and fail the operations still in flight.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors({ production, logger }),
    // Federated traces (ftv1) are for Apollo's cloud reporting, which is off here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    logger,
  });
  const parts = options.serve(database.db);
  const service = await createService({
    logger,
    apollo,
    context: parts.context,
    ready: async () => {
      await database.ping();
      return parts.readiness?.();
    },
    onClose: database.close,
    guard: subgraphGuard(options.subgraphSecrets, logger),
    metrics,
    endpoints: parts.endpoints ?? [],
  });
  return { service, database, context: parts.context };
}
