import { getRegion } from "@jamlik/registry";
import type { RegionSeed } from "@jamlik/seeds";
import { createLogger } from "@jamlik/service";
import { createTestDatabase, type TestDatabase } from "@jamlik/testkit";
import { seedRegion } from "../src/seed.ts";
import { createRegionServer, type RegionServer } from "../src/server.ts";

export interface RegionHarness {
  server: RegionServer;
  database: TestDatabase;
  queries: string[];
  /** Runs an operation in-process; fails the test on GraphQL errors unless `allowErrors`. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    data: T | undefined;
    errors: readonly { message: string; extensions?: Record<string, unknown> }[];
  }>;
  close(): Promise<void>;
}

/** One region's subgraph on a fresh database (real PostgreSQL when reachable, PGlite otherwise). */
export async function startRegion(code: string, seed?: RegionSeed | false): Promise<RegionHarness> {
  const region = getRegion(code);
  const database = await createTestDatabase(`region_${code}`);
  const queries: string[] = [];
  const server = await createRegionServer({
    region,
    logger: createLogger("test", "silent"),
    databaseUrl: database.url,
    dataDir: "memory://",
    seed: seed === undefined,
    onQuery: (sql) => queries.push(sql),
  });
  if (seed) await seedRegion(server.db, region, seed);
  return {
    server,
    database,
    queries,
    run: async (query, variables = {}) => {
      const response = await server.service.apollo.executeOperation(
        { query, variables },
        { contextValue: server.context() },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as never, errors: (errors ?? []) as never };
    },
    close: async () => {
      await server.service.close();
      await database.drop();
    },
  };
}

/** An `_entities` query for the region's own type, selecting `selection` on it. */
export function entityQuery(typeName: string, selection: string): string {
  return `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typeName} { ${selection} } } }`;
}
