import { ApolloServer } from "@apollo/server";
import type { RegionEntry } from "@jamlik/registry";
import { adminInputs } from "@jamlik/schema";
import { loadNationalSeed } from "@jamlik/seeds";
import { graphqlEndpoint, type Logger, maskErrors } from "@jamlik/service";
import type { RegionDb } from "../db.ts";
import { type AuthConfig, createTokenVerifier, type Principal } from "./auth.ts";
import { type AdminContext, authenticateAdmin, createAdminContext } from "./context.ts";
import { adminSchema } from "./schema.ts";
import { entitySpecs } from "./specs.ts";

export const ADMIN_PATH = "/admin/graphql";

/**
 * Imports arrive as one request (one transaction): 50 000 measurement rows are about 5 MB of
 * JSON. Only a caller with a valid token for this region gets to send that much.
 */
export const ADMIN_BODY_LIMIT = 16 * 1024 * 1024;

export function adminEndpoint(options: {
  db: RegionDb;
  region: RegionEntry;
  auth: AuthConfig;
  logger: Logger;
  production: boolean;
  /** Called after every committed write. */
  afterWrite?: () => void;
}) {
  const catalog = loadNationalSeed();
  const inputs = adminInputs({
    serviceCodes: catalog.services.map((service) => service.code),
    metricCodes: catalog.metrics.map((metric) => metric.code),
    metricUnits: Object.fromEntries(catalog.metrics.map((metric) => [metric.code, metric.unit])),
  });
  const deps = {
    afterWrite: options.afterWrite,
    db: options.db,
    region: options.region,
    verify: createTokenVerifier(options.auth),
    inputs,
    specs: entitySpecs(inputs),
  };
  const apollo = new ApolloServer<AdminContext>({
    schema: adminSchema(),
    // The service drains its HTTP server on SIGTERM (closeOnSignals); Apollo's own handler would
    // stop the server first and fail the operations still in flight.
    stopOnTerminationSignals: false,
    logger: options.logger,
    // Introspection is allowed, but like everything here only with a valid token for this region.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskErrors({ production: options.production, logger: options.logger }),
  });
  return graphqlEndpoint<AdminContext, Principal>(
    ADMIN_PATH,
    apollo,
    (info, principal) => createAdminContext(deps, info, principal),
    {
      bodyLimitBytes: ADMIN_BODY_LIMIT,
      authenticate: (info) => authenticateAdmin(deps, info),
    },
  );
}
