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

/** Catalog codes are A–Z, 0–9 and _: any other string names nothing and is not sent to the database. */
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const catalogCodes = (codes: readonly string[]) => [...new Set(codes.filter((code) => CODE.test(code)))];

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
          .where(inArray(services.code, catalogCodes(codes))),
        codes,
      ),
    ),
    metrics: new DataLoader(async (codes) =>
      byCode(
        await db
          .select()
          .from(metrics)
          .where(inArray(metrics.code, catalogCodes(codes))),
        codes,
      ),
    ),
  };
}
