export { baseEnvSchema, ConfigError, parseEnv, portSchema } from "./config.ts";
export { createLogger, type Logger } from "./logger.ts";
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
