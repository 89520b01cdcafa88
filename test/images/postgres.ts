import pg from "pg";
import { TEST_SECRETS } from "./kube.ts";

/** Resolves once every database accepts its owner's sign-in (a bound on failure, never a speed check). */
export async function waitForDatabases(
  list: readonly { port: number }[],
  timeoutMs = 180_000,
): Promise<void> {
  for (const { port } of list) {
    const started = performance.now();
    for (;;) {
      const client = new pg.Client({
        connectionString: `postgres://jamlik:${TEST_SECRETS.postgres}@127.0.0.1:${port}/jamlik`,
      });
      try {
        await client.connect();
        await client.query("select 1");
        await client.end();
        break;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (performance.now() - started > timeoutMs) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}
