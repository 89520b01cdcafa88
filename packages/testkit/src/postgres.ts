import { randomBytes } from "node:crypto";
import pg from "pg";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const required = process.env.JAMLIK_REQUIRE_POSTGRES === "1";

let available: Promise<boolean> | undefined;

/** Whether the test PostgreSQL answers; with JAMLIK_REQUIRE_POSTGRES=1 its absence is an error. */
export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch (error) {
      if (required) throw new Error(`JAMLIK_REQUIRE_POSTGRES=1 but ${adminUrl} does not answer: ${error}`);
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return available;
}

export interface TestDatabase {
  /** PostgreSQL URL, or undefined when tests fall back to in-memory PGlite. */
  url: string | undefined;
  kind: "postgres" | "pglite";
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test PostgreSQL (dropped by `drop`), or PGlite in memory without one. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  if (!(await postgresAvailable())) return { url: undefined, kind: "pglite", drop: async () => {} };
  const name = `jamlik_test_${label.toLowerCase().replace(/[^a-z0-9]/g, "_")}_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgres",
    drop: () =>
      admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => {}),
  };
}
