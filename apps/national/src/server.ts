import { migrationsFolders, nationalSchema } from "@jamlik/db";
import type { RegionEntry } from "@jamlik/registry";
import type { Logger, Service } from "@jamlik/service";
import { createSubgraphService } from "@jamlik/service/subgraph";
import { createContext, type NationalContext } from "./context.ts";
import { nationalSubgraphSchema } from "./schema.ts";
import { seedCatalog } from "./seed.ts";

export interface NationalServerOptions {
  logger: Logger;
  regions: readonly RegionEntry[];
  databaseUrl?: string | undefined;
  databasePoolMax?: number;
  dataDir?: string | undefined;
  production?: boolean;
  onQuery?: (sql: string) => void;
  /** Gateway credentials the federated endpoint accepts; without them it is open (development only). */
  subgraphSecrets?: string[] | undefined;
}

/** Builds the national subgraph (database migrated and catalog seeded); does not listen. */
export interface NationalServer {
  service: Service<NationalContext>;
  context(): NationalContext;
}

export async function createNationalServer(options: NationalServerOptions): Promise<NationalServer> {
  const { service, context } = await createSubgraphService({
    name: "national",
    logger: options.logger,
    production: options.production,
    subgraphSecrets: options.subgraphSecrets,
    database: {
      schema: nationalSchema,
      migrationsFolder: migrationsFolders.national,
      url: options.databaseUrl,
      dataDir: options.dataDir,
      poolMax: options.databasePoolMax,
      onQuery: options.onQuery,
    },
    prepare: seedCatalog,
    schema: nationalSubgraphSchema(options.regions),
    serve: (db) => ({ context: () => createContext(db, options.regions) }),
  });
  return { service, context };
}
