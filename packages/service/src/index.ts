export { jsonDepth, MAX_JSON_DEPTH, mediaType } from "./body.ts";
export { baseEnvSchema, ConfigError, parseEnv, portSchema, subgraphSecretsSchema } from "./config.ts";
export { createLogger, type Logger } from "./logger.ts";
export { type MaskOptions, maskErrors } from "./maskErrors.ts";
export {
  createMetrics,
  metricsPlugin,
  type PoolStats,
  PROCESS_METRICS_PREFIX,
  type ServiceMetrics,
  type SubgraphFetchOutcome,
} from "./metrics.ts";
export { operationGuard } from "./operationGuard.ts";
export {
  closeOnSignals,
  createService,
  type GraphqlEndpoint,
  type GraphqlEndpointOptions,
  graphqlEndpoint,
  REQUEST_ID_HEADER,
  type RequestInfo,
  RequestRejected,
  type RouteHandler,
  SECURITY_HEADERS,
  type Service,
  type ServiceOptions,
  sendJson,
} from "./server.ts";
export { SUBGRAPH_CREDENTIAL_HEADER, subgraphCredentialCheck, subgraphGuard } from "./subgraphCredential.ts";
export { injectTraceContext, startTracing, type Tracing, type TracingOptions } from "./tracing.ts";
