import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { isFreshEmbeddedFolder, prepareEmbeddedFolders } from "@jamlik/db/embedded";
import { afterAll, describe, expect, it } from "vitest";

// The launcher's first start: one initialised cluster, copied to every fresh service folder.
describe("prepareEmbeddedFolders", () => {
  const root = mkdtempSync(join(tmpdir(), "jamlik-embedded-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("gives each fresh folder a cluster of its own, leaves a kept one alone and no template behind", async () => {
    const kept = join(root, "kept");
    mkdirSync(kept);
    writeFileSync(join(kept, "PG_VERSION"), "17\n");
    const [a, b] = [join(root, "data", "a"), join(root, "data", "b")];
    await prepareEmbeddedFolders([a, b, kept]);

    expect([a, b].map(isFreshEmbeddedFolder)).toEqual([false, false]);
    expect(readdirSync(kept)).toEqual(["PG_VERSION"]);
    expect(readdirSync(join(root, "data")).sort()).toEqual(["a", "b"]);

    // Each copy opens as a database, and what one keeps the other does not see.
    const first = await PGlite.create(a);
    await first.exec("create table kept_here (n int); insert into kept_here values (1)");
    await first.close();
    const second = await PGlite.create(b);
    const tables = await second.query<{ n: number }>(
      "select count(*)::int as n from pg_tables where tablename = 'kept_here'",
    );
    await second.close();
    expect(tables.rows[0]?.n).toBe(0);
    const reopened = await PGlite.create(a);
    expect((await reopened.query<{ n: number }>("select n from kept_here")).rows).toEqual([{ n: 1 }]);
    await reopened.close();
  });
});
