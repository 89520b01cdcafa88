import type { RegionEntry } from "@jamlik/registry";
import type { RegionDb } from "./db.ts";
import { publicationVersionAt } from "./publication/publicationVersion.ts";
import { type PastSnapshot, pastSnapshotOf } from "./publication/publishedAt.ts";
import type { Snapshot } from "./snapshot.ts";
import { createLoaders, type Loaders } from "./snapshotLookups.ts";

export type { Loaders };

export interface RegionContext {
  db: RegionDb;
  region: RegionEntry;
  /** The region as published now. */
  loaders: Loaders;
  /** The region as published at `instant` (normalized; null: now), one set of loaders per instant. */
  loadersAt(instant: string | null | undefined): Loaders;
  /** The loaders of the state a served record was read from: a past one when it was read with `asOf`. */
  loadersOf(record: object): Loaders;
  /** The region's publication version at `instant` (null: now). */
  publicationVersionAt(instant: string | null | undefined): Promise<number>;
}

/** Loaders over one past snapshot: it never changes, so every request may share them. */
const pastLoaders = new WeakMap<PastSnapshot, Loaders>();

function loadersOver(snapshot: PastSnapshot): Loaders {
  let loaders = pastLoaders.get(snapshot);
  if (!loaders) {
    loaders = createLoaders(async () => snapshot);
    pastLoaders.set(snapshot, loaders);
  }
  return loaders;
}

export function createContext(
  db: RegionDb,
  region: RegionEntry,
  snapshot: () => Promise<Snapshot>,
  snapshotAt: (instant: string) => Promise<PastSnapshot>,
  version: () => Promise<number>,
): RegionContext {
  const loaders = createLoaders(snapshot);
  const atInstant = new Map<string, Loaders>();
  return {
    db,
    region,
    loaders,
    loadersAt: (instant) => {
      if (!instant) return loaders;
      let past = atInstant.get(instant);
      if (!past) {
        past = createLoaders(() => snapshotAt(instant));
        atInstant.set(instant, past);
      }
      return past;
    },
    publicationVersionAt: (instant) => (instant ? publicationVersionAt(db, instant) : version()),
    loadersOf: (record) => {
      const past = pastSnapshotOf(record);
      return past ? loadersOver(past) : loaders;
    },
  };
}
