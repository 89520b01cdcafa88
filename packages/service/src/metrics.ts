import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** How one gateway → subgraph fetch ended. */
export type SubgraphFetchOutcome = "ok" | "error" | "timeout" | "circuit_open" | "invalid_response";

/** Connections of a database pool. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** The Prometheus metrics of one service, in a registry of its own; every series is labelled `service`. */
export interface ServiceMetrics {
  readonly service: string;
  readonly registry: Registry;
  /** One HTTP request answered; `route` is a matched path or `other`, never a raw URL. */
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** One GraphQL operation answered on `endpoint` (for example `/graphql`). */
  observeOperation(endpoint: string, outcome: "ok" | "error"): void;
  /** One subgraph fetch; errors count every outcome but `ok`, the duration every outcome but `circuit_open`. */
  observeSubgraphFetch(
    subgraph: string,
    region: string | undefined,
    seconds: number,
    outcome: SubgraphFetchOutcome,
  ): void;
  /** The database pool to report on each scrape (the last one registered wins); undefined: no pool. */
  registerDbPool(stats: () => PoolStats | undefined): void;
  /** Counts one SQL statement sent to the service's database (`db_statements_total`). */
  countStatement(): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** 1 ms to 10 s. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Prefix of the default Node.js process metrics (`jamlik_process_cpu_seconds_total`, …). */
export const PROCESS_METRICS_PREFIX = "jamlik_";

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: PROCESS_METRICS_PREFIX });
  const registers = [registry];

  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by matched route",
    labelNames: ["route", "method", "status"] as const,
    registers,
  });
  const requestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer an HTTP request, by matched route",
    labelNames: ["route", "method"] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const operations = new Counter({
    name: "graphql_operations_total",
    help: "GraphQL operations answered, by endpoint and whether the response carried errors",
    labelNames: ["endpoint", "outcome"] as const,
    registers,
  });
  const fetchDuration = new Histogram({
    name: "subgraph_fetch_duration_seconds",
    help: "Time of a gateway fetch to a subgraph (circuit-open refusals excluded)",
    labelNames: ["subgraph", "region"] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const statements = new Counter({
    name: "db_statements_total",
    help: "SQL statements sent to the service's database",
    registers: [registry],
  });
  const fetchErrors = new Counter({
    name: "subgraph_fetch_errors_total",
    help: "Gateway fetches to a subgraph that failed, by reason",
    labelNames: ["subgraph", "region", "reason"] as const,
    registers,
  });
  let poolStats: () => PoolStats | undefined = () => undefined;
  new Gauge({
    name: "db_pool_connections",
    help: "Database pool connections by state (total, idle, waiting clients)",
    labelNames: ["state"] as const,
    registers,
    collect() {
      this.reset();
      const stats = poolStats();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });

  return {
    service,
    registry,
    observeRequest: (route, method, status, seconds) => {
      requests.inc({ route, method, status: String(status) });
      requestDuration.observe({ route, method }, seconds);
    },
    observeOperation: (endpoint, outcome) => operations.inc({ endpoint, outcome }),
    observeSubgraphFetch: (subgraph, region, seconds, outcome) => {
      // An empty label value is an absent label to Prometheus: the national subgraph has no region.
      const labels = { subgraph, region: region ?? "" };
      if (outcome !== "circuit_open") fetchDuration.observe(labels, seconds);
      if (outcome !== "ok") fetchErrors.inc({ ...labels, reason: outcome });
    },
    registerDbPool: (stats) => {
      poolStats = stats;
    },
    countStatement: () => statements.inc(),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}

/**
 * Counts the GraphQL operations of one endpoint as `ok` or `error` (the response carries errors).
 * `createService` adds it to each of its endpoints when given metrics.
 */
export function metricsPlugin<TContext extends BaseContext = BaseContext>(
  metrics: ServiceMetrics,
  endpoint: string,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        const { body } = response;
        const errors = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
        metrics.observeOperation(endpoint, errors?.length ? "error" : "ok");
      },
    }),
  };
}
