import { nationalSchema, setFromExcluded } from "@jamlik/db";
import { loadNationalSeed, type NationalSeed } from "@jamlik/seeds";
import type { NationalDb } from "./context.ts";

const source = (s: NationalSeed["services"][number]["source"]) => ({
  sourceDocument: s?.document ?? null,
  sourceDnr: s?.dnr ?? null,
  sourceQuote: s?.quote ?? null,
});

const catalogColumns = ["position", "name", "sourceDocument", "sourceDnr", "sourceQuote"] as const;

/** The catalog is reference data kept in the repository: upserted on every start. */
export async function seedCatalog(db: NationalDb, seed: NationalSeed = loadNationalSeed()): Promise<void> {
  const { services, metrics } = nationalSchema;
  await db.transaction(async (tx) => {
    await tx
      .insert(services)
      .values(
        seed.services.map((s, position) => ({
          code: s.code,
          position,
          name: s.name,
          kind: s.kind,
          description: s.description,
          regionCodes: s.regionCodes,
          ...source(s.source),
        })),
      )
      .onConflictDoUpdate({
        target: services.code,
        set: setFromExcluded([...catalogColumns, "kind", "description", "regionCodes"]),
      });
    await tx
      .insert(metrics)
      .values(
        seed.metrics.map((m, position) => ({
          code: m.code,
          position,
          name: m.name,
          unit: m.unit,
          higherIsBetter: m.higherIsBetter,
          definition: m.definition,
          note: m.note,
          ...source(m.source),
        })),
      )
      .onConflictDoUpdate({
        target: metrics.code,
        set: setFromExcluded([...catalogColumns, "unit", "higherIsBetter", "definition", "note"]),
      });
  });
}
