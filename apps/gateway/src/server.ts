import type { IncomingMessage } from "node:http";
import { ApolloGateway, LocalGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { NATIONAL, type RegionEntry, STATUS } from "@jamlik/registry";
import {
  createMetrics,
  createService,
  graphqlEndpoint,
  type Logger,
  maskErrors,
  type Service,
  sendJson,
} from "@jamlik/service";
import { Counter } from "prom-client";
import { responseCachePlugin } from "./cache/plugin.ts";
import { ResponseCache } from "./cache/responseCache.ts";
import { watchVersions } from "./cache/versionWatcher.ts";
import type { GatewayConfig } from "./config.ts";
import type { GatewayContext } from "./context.ts";
import { SubgraphDataSource } from "./dataSource.ts";
import { installCompiledExecution } from "./execution/install.ts";
import { explorerRoute } from "./explorer.ts";
import { queryArmor } from "./limits/armor.ts";
import {
  allowListPlugin,
  loadPersistedOperations,
  persistedOperationsCache,
} from "./limits/persistedOperations.ts";
import { RateLimiter, rateLimited } from "./limits/rateLimit.ts";
import { quietInfo } from "./quietInfo.ts";
import { CircuitBreaker } from "./resilience/circuitBreaker.ts";
import { startProbes } from "./resilience/probe.ts";
import { SubgraphStatus } from "./resilience/status.ts";
import { subgraphClient } from "./resilience/subgraphClient.ts";
import { statusSubgraphSchema } from "./statusSubgraph.ts";

export type GatewayServerConfig = Pick<
  GatewayConfig,
  | "subgraphUrls"
  | "subgraphSecret"
  | "subgraphTimeoutMs"
  | "subgraphMaxSockets"
  | "circuit"
  | "probeIntervalMs"
  | "rateLimitPerMinute"
  | "trustedProxies"
  | "persistedOperationsPath"
  | "persistedOperationsOnly"
  | "production"
  | "responseCache"
  | "deduplicateSubgraphRequests"
  | "shareIdenticalRequests"
  | "compiledResultShaping"
>;

export interface GatewayServerOptions extends GatewayServerConfig {
  logger: Logger;
  regions: readonly RegionEntry[];
  supergraphSdl: string;
}

const readyUrl = (graphqlUrl: string) => new URL("/ready", graphqlUrl).toString();

/** Subgraph name → URL as the supergraph writes them (`@join__graph`), before any override. */
function supergraphUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    if (match[1] && match[2]) urls[match[1]] = match[2];
  }
  return urls;
}

/** Who is asking: the peer, or the client a trusted proxy names in X-Forwarded-For. */
function clientOf(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded !== "string" || !trustedProxies.includes(peer)) return peer;
  return forwarded.split(",")[0]?.trim() || peer;
}

/** The federated gateway over the static supergraph; does not listen. */
export async function createGatewayServer(options: GatewayServerOptions): Promise<Service<GatewayContext>> {
  const { logger, regions } = options;
  // Process-wide: once in place, every gateway of the process shapes its answers this way.
  const metrics = createMetrics("gateway");
  const shapingChecks = new Counter({
    name: "gateway_result_shaping_checks_total",
    help: "Answers shaped both ways in COMPILED_RESULT_SHAPING=verify, by whether the two were equal",
    labelNames: ["outcome"] as const,
    registers: [metrics.registry],
  });
  const { mode, verifyShare } = options.compiledResultShaping;
  if (mode !== "off")
    installCompiledExecution({
      logger,
      mode,
      verifyShare,
      onVerified: (outcome) => shapingChecks.inc({ outcome }),
    });
  const urls = { ...supergraphUrls(options.supergraphSdl), ...options.subgraphUrls };
  delete urls[STATUS.subgraphName];
  const client = subgraphClient({
    timeoutMs: options.subgraphTimeoutMs,
    maxSockets: options.subgraphMaxSockets,
    deduplicate: options.deduplicateSubgraphRequests,
  });
  const statuses = new Map<string, SubgraphStatus>();
  const statusOf = (name: string) => {
    const region = regions.find((r) => r.subgraphName === name);
    let status = statuses.get(name);
    if (!status) {
      status = new SubgraphStatus(
        name,
        region?.code ?? null,
        region?.name ?? null,
        new CircuitBreaker(options.circuit),
      );
      statuses.set(name, status);
    }
    return status;
  };
  const regionHealth = () => regions.map((region) => statusOf(region.subgraphName).snapshot());
  const statusSchema = statusSubgraphSchema(regionHealth);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Its start-up notes ("Gateway successfully loaded schema") are details, not news.
    logger: quietInfo(logger),
    buildService: ({ name, url }) => {
      if (name === STATUS.subgraphName) return new LocalGraphQLDataSource(statusSchema);
      const region = regions.find((r) => r.subgraphName === name);
      return new SubgraphDataSource(
        {
          name,
          url: options.subgraphUrls[name] ?? url ?? "",
          regionCode: region?.code,
          regionName: region?.name,
        },
        {
          client,
          status: statusOf(name),
          credential: options.subgraphSecret,
          observe: (outcome, seconds) => metrics.observeSubgraphFetch(name, region?.code, seconds, outcome),
        },
      );
    },
  });

  const cache = options.responseCache
    ? new ResponseCache<{ data?: Record<string, unknown> | null }>({
        maxEntries: options.responseCache.maxEntries,
        maxBytes: options.responseCache.maxBytes,
        ttlMs: options.responseCache.ttlMs,
        // Measured once, when a missed answer is stored.
        sizeOf: (answer) => JSON.stringify(answer).length,
      })
    : undefined;
  const watcher =
    cache && options.responseCache
      ? watchVersions(Object.values(urls).map(readyUrl), {
          intervalMs: options.responseCache.watchMs,
          timeoutMs: 1000,
          logger,
          onChange: () => cache.clear(),
        })
      : undefined;

  const persisted = options.persistedOperationsPath
    ? loadPersistedOperations(options.persistedOperationsPath)
    : undefined;
  const armor = queryArmor(options.production);
  // What every public GraphQL endpoint of the gateway shares: limits, masking, no batching, CSRF.
  const publicEndpoint = {
    logger,
    // The service drains its HTTP server on SIGTERM (closeOnSignals); Apollo's own handler would
    // stop the server first and fail the operations still in flight.
    stopOnTerminationSignals: false,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    formatError: maskErrors({ production: options.production, logger }),
  };
  const apollo = new ApolloServer<GatewayContext>({
    ...publicEndpoint,
    gateway,
    ...(persisted ? { persistedQueries: { cache: persistedOperationsCache(persisted), ttl: null } } : {}),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      ...(persisted && options.persistedOperationsOnly ? [allowListPlugin(persisted)] : []),
      ...(cache ? [responseCachePlugin<GatewayContext>(cache)] : []),
    ],
  });

  const probes = startProbes(
    Object.entries(urls).map(([name, url]) => ({ readyUrl: readyUrl(url), status: statusOf(name) })),
    { intervalMs: options.probeIntervalMs, timeoutMs: Math.min(1000, options.subgraphTimeoutMs), logger },
  );

  const limiter = new RateLimiter(options.rateLimitPerMinute);

  // The status subgraph over HTTP too, for a gateway that is not this one (Hive Gateway, Router),
  // with the same limits as the public endpoint.
  const statusApollo = new ApolloServer({
    ...publicEndpoint,
    schema: statusSchema,
    // It is served here, never traced by a gateway of its own.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...armor.plugins,
    ],
  });

  return createService({
    logger,
    apollo,
    shareIdenticalInFlight: options.shareIdenticalRequests,
    // The rate limit is checked first, before the body is parsed or planned.
    context: ({ requestId, log, req }) => {
      const client = clientOf(req, options.trustedProxies);
      const wait = limiter.take(client);
      if (wait > 0) throw rateLimited(wait);
      return { requestId, log, client };
    },
    // Ready means able to serve: the national subgraph (the region list) has answered, and every
    // region's state is known (up, or down and reported as such).
    ready: async () => {
      const national = statusOf(NATIONAL.subgraphName).snapshot();
      if (national.state !== "up") throw new Error("the national subgraph has not answered yet");
      const unknown = regionHealth().filter((health) => health.state === "unknown");
      if (unknown.length > 0) {
        throw new Error(`not yet probed: ${unknown.map((health) => health.regionCode).join(", ")}`);
      }
      return { national: "up", regionsUp: regionHealth().filter((health) => health.state === "up").length };
    },
    routes: {
      "/": explorerRoute,
      "/explorer": explorerRoute,
      "/status": (_info, res) =>
        sendJson(res, 200, {
          gateway: "up",
          regions: regionHealth(),
          national: statusOf(NATIONAL.subgraphName).snapshot(),
        }),
    },
    endpoints: [graphqlEndpoint(STATUS.path, statusApollo, () => ({}))],
    metrics,
    onClose: async () => {
      probes.stop();
      watcher?.stop();
      await client.close();
    },
  });
}
