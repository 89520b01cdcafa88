import type { RegionEntry } from "@jamlik/registry";
import type { RegionDb } from "./db.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

export type { Loaders };

import type { Snapshot } from "./snapshot.ts";

export interface RegionContext {
  db: RegionDb;
  region: RegionEntry;
  loaders: Loaders;
}

export function createContext(
  db: RegionDb,
  region: RegionEntry,
  snapshot: () => Promise<Snapshot>,
): RegionContext {
  return { db, region, loaders: createLoaders(snapshot) };
}
