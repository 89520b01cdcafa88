import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

/** Codes whose messages are written for clients; anything else is masked in production. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "OPERATION_NOT_ALLOWED",
  "RATE_LIMITED",
  "REGION_UNAVAILABLE",
  "SUBGRAPH_UNAVAILABLE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
]);

const INTERNAL = "INTERNAL_SERVER_ERROR";

export interface MaskOptions {
  /** Production also masks the messages of codes that are not written for clients. */
  production: boolean;
  /** Where the unmasked error goes (its message, stack and cause), for whoever runs the service. */
  logger?: Logger;
}

/**
 * The `formatError` of every GraphQL endpoint. An unexpected error (no code of ours: a driver's
 * message, SQL, an internal URL) never reaches a client in any mode: it is logged and answered as
 * "Internal server error". Stack traces are never sent. In production, codes that are not meant
 * for clients are masked too; every error keeps its code (and region) and path.
 */
export function maskErrors(options: MaskOptions) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : INTERNAL;
    const base = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    if (code === INTERNAL || (options.production && !PUBLIC_CODES.has(code))) {
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      options.logger?.error(
        { err: original, path: formatted.path, code },
        "unexpected error answered as internal",
      );
      return { message: "Internal server error", ...base, extensions: { code: INTERNAL } };
    }
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    if (options.production) {
      const region = extensions.region;
      return { message: formatted.message, ...base, extensions: { code, ...(region ? { region } : {}) } };
    }
    return { ...formatted, extensions: { ...extensions, code } };
  };
}
