export { baseEnvSchema, ConfigError, parseEnv, portSchema, subgraphSecretsSchema } from "./config.ts";
export { createLogger, type Logger } from "./logger.ts";
export {
  createMetrics,
  metricsPlugin,
  type PoolStats,
  PROCESS_METRICS_PREFIX,
  type ServiceMetrics,
  type SubgraphFetchOutcome,
} from "./metrics.ts";
export {
  closeOnSignals,
  createService,
  type GraphqlEndpoint,
  graphqlEndpoint,
  REQUEST_ID_HEADER,
  type RequestInfo,
  type RouteHandler,
  type Service,
  type ServiceOptions,
  sendJson,
} from "./server.ts";
export { SUBGRAPH_CREDENTIAL_HEADER, subgraphCredentialCheck, subgraphGuard } from "./subgraphCredential.ts";
export { injectTraceContext, startTracing, type Tracing, type TracingOptions } from "./tracing.ts";
