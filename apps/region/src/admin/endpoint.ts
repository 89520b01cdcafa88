import { ApolloServer } from "@apollo/server";
import type { RegionEntry } from "@jamlik/registry";
import { adminInputs } from "@jamlik/schema";
import { loadNationalSeed } from "@jamlik/seeds";
import { graphqlEndpoint, type Logger } from "@jamlik/service";
import type { RegionDb } from "../db.ts";
import { type AuthConfig, createTokenVerifier } from "./auth.ts";
import { type AdminContext, createAdminContext } from "./context.ts";
import { adminSchema } from "./schema.ts";
import { entitySpecs } from "./specs.ts";

export const ADMIN_PATH = "/admin/graphql";

/** Imports of 50 000 rows arrive as one request (one transaction): allow a large body here only. */
const ADMIN_BODY_LIMIT = 64 * 1024 * 1024;

export function adminEndpoint(options: {
  db: RegionDb;
  region: RegionEntry;
  auth: AuthConfig;
  logger: Logger;
  /** Called after every committed write. */
  afterWrite?: () => void;
}) {
  const catalog = loadNationalSeed();
  const inputs = adminInputs({
    serviceCodes: catalog.services.map((service) => service.code),
    metricCodes: catalog.metrics.map((metric) => metric.code),
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
    logger: options.logger,
    // Introspection is allowed, but like everything here only with a valid token for this region.
    introspection: true,
    includeStacktraceInErrorResponses: false,
  });
  return graphqlEndpoint(ADMIN_PATH, apollo, (info) => createAdminContext(deps, info), ADMIN_BODY_LIMIT);
}
