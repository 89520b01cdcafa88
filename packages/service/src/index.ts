export { jsonDepth, MAX_JSON_DEPTH, mediaType, RequestBodyError, readBody } from "./body.ts";
export {
  baseEnvSchema,
  ConfigError,
  flagSchema,
  parseEnv,
  portSchema,
  subgraphSecretsSchema,
} from "./config.ts";
export {
  closeOnSignals,
  createHttpService,
  type HttpService,
  type HttpServiceOptions,
  REQUEST_ID_HEADER,
  type RequestInfo,
  RequestRejected,
  type RouteHandler,
  relayAnswer,
  SECURITY_HEADERS,
  sendJson,
} from "./http.ts";
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
  createService,
  type GraphqlEndpoint,
  type GraphqlEndpointOptions,
  graphqlEndpoint,
  type Service,
  type ServiceOptions,
} from "./server.ts";
export { SUBGRAPH_CREDENTIAL_HEADER, subgraphCredentialCheck, subgraphGuard } from "./subgraphCredential.ts";
export { injectTraceContext, startTracing, type Tracing, type TracingOptions } from "./tracing.ts";
