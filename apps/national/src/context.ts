import type { Db, MetricRow, NationalSchema, ServiceRow } from "@jamlik/db";
import { nationalSchema } from "@jamlik/db";
import type { RegionEntry } from "@jamlik/registry";
import DataLoader from "dataloader";
import { inArray } from "drizzle-orm";

export type NationalDb = Db<NationalSchema>;

export interface NationalContext {
  db: NationalDb;
  regions: readonly RegionEntry[];
  services: DataLoader<string, ServiceRow | null>;
  metrics: DataLoader<string, MetricRow | null>;
}

function byCode<T extends { code: string }>(rows: T[], codes: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.code, row]));
  return codes.map((code) => map.get(code) ?? null);
}

export function createContext(db: NationalDb, regions: readonly RegionEntry[]): NationalContext {
  const { services, metrics } = nationalSchema;
  return {
    db,
    regions,
    services: new DataLoader(async (codes) =>
      byCode(
        await db
          .select()
          .from(services)
          .where(inArray(services.code, [...codes])),
        codes,
      ),
    ),
    metrics: new DataLoader(async (codes) =>
      byCode(
        await db
          .select()
          .from(metrics)
          .where(inArray(metrics.code, [...codes])),
        codes,
      ),
    ),
  };
}
