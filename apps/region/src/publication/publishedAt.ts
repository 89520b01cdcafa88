import { SERVED_TABLES, regionSchema as t } from "@jamlik/db";
import { dateOfInstant, todayIso } from "@jamlik/domain";
import { BadUserInputError, PUBLISHED_HISTORY_RULE } from "@jamlik/schema";
import { getTableName, lte, max, min, sql } from "drizzle-orm";
import type { RegionDb } from "../db.ts";
import { loadSnapshot, type Snapshot } from "../snapshot.ts";

/** Every table the snapshot reads, with the columns of its record key as the publication log writes it. */
const LOGGED_TABLES = SERVED_TABLES.map(({ table, key }) => ({ name: getTableName(table), key }));

/**
 * A snapshot as published at an instant: what the region served then, read exactly as now, with the
 * date "today" meant then (dates that default to today default to it).
 */
export type PastSnapshot = Snapshot & { today: string };

/**
 * The published state as of `at` (the log's newest entry at or before the instant): for each served
 * table a temporary view of the rows served then, which comes first on the search path, and the
 * very same `loadSnapshot` as for the current state, so a past answer is built exactly as a current
 * one. A view takes the table's rows that have not changed since `at` as they are, and rebuilds from
 * the log only the records changed since: the cost grows with what changed, not with the history.
 * The views are dropped before the transaction ends (and a failed one takes them with it), so no
 * connection of the pool ever sees them afterwards.
 */
export async function loadSnapshotAt(db: RegionDb, at: string): Promise<Snapshot> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('jamlik.published_as_of', ${at}, true)`);
    for (const { name: table, key } of LOGGED_TABLES) {
      const name = sql.identifier(table);
      const entity = sql.raw(`'${table}'`);
      const keyOf = sql.raw(`concat_ws(':', ${key.map((column) => `current.${column}`).join(", ")})`);
      const asOf = sql.raw("current_setting('jamlik.published_as_of')::timestamptz");
      await tx.execute(sql`
        CREATE TEMPORARY VIEW ${name} AS
        SELECT current.*
        FROM public.${name} AS current
        WHERE ${keyOf} NOT IN (SELECT record_key FROM public.publication_log WHERE entity = ${entity} AND at > ${asOf})
        UNION ALL
        SELECT record.*
        FROM (
          SELECT DISTINCT ON (record_key) "row"
          FROM public.publication_log
          WHERE entity = ${entity}
            AND at <= ${asOf}
            AND record_key IN (SELECT record_key FROM public.publication_log WHERE entity = ${entity} AND at > ${asOf})
          ORDER BY record_key, id DESC NULLS LAST
        ) AS served
        -- LATERAL: one call per row; (f(row)).* would call it once per column.
        CROSS JOIN LATERAL jsonb_populate_record(NULL::public.${name}, served.row) AS record
        WHERE served.row IS NOT NULL`);
    }
    const snapshot = await loadSnapshot(tx as unknown as RegionDb, { oneConnection: true });
    await tx.execute(sql.raw(`DROP VIEW ${LOGGED_TABLES.map(({ name }) => `pg_temp.${name}`).join(", ")}`));
    return snapshot;
  });
}

/** The past snapshot each served record of one came from (records of the current one are not here). */
const pastSnapshotOfRecord = new WeakMap<object, PastSnapshot>();

/** Remembers which past snapshot each record (row, version, timeline entry) belongs to. */
function register(snapshot: PastSnapshot): void {
  const add = (value: unknown) => {
    if (typeof value === "object" && value !== null) pastSnapshotOfRecord.set(value, snapshot);
  };
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === "derived") continue;
    const values = value instanceof Map ? [...value.values()] : Array.isArray(value) ? [value] : [];
    for (const list of values) {
      if (Array.isArray(list)) for (const item of list) add(item);
      else add(list);
    }
  }
}

/** The past snapshot a served record was read from, when it was read as published at an instant. */
export function pastSnapshotOf(record: object): PastSnapshot | undefined {
  return pastSnapshotOfRecord.get(record);
}

/** The date "today" means for a record: its instant's date when read as published then, else today. */
export function todayFor(record: object): string {
  const past = pastSnapshotOfRecord.get(record);
  return past ? past.today : todayIso();
}

/**
 * The state as of `newest` (the log's newest entry at or before `instant`). When nothing was
 * published after it, that is what the tables serve now: read as a current read (side by side on
 * the pool), unless a publication lands meanwhile, which the log's newest entry then shows.
 */
async function loadPublishedAt(db: RegionDb, newest: string | null, latest: string | null, instant: string) {
  if (newest !== null && newest === latest) {
    const current = await loadSnapshot(db);
    const [end] = await db.select({ latest: max(t.publicationLog.at) }).from(t.publicationLog);
    if (end?.latest === latest) return current;
  }
  return loadSnapshotAt(db, newest ?? instant);
}

/** At most this many past states are kept; reports pin a few instants, not thousands. */
const MAX_PAST_SNAPSHOTS = 8;

/**
 * Snapshots as published at instants. Instants of one day that no publication separates share one
 * snapshot: the key is the log's newest entry at or before the instant, and the instant's date.
 * Refuses an instant before the log begins.
 */
export function snapshotAtCache(db: RegionDb) {
  const cache = new Map<string, Promise<PastSnapshot>>();
  return async (instant: string): Promise<PastSnapshot> => {
    const [[position], [end]] = await Promise.all([
      db
        .select({ newest: max(t.publicationLog.at) })
        .from(t.publicationLog)
        .where(lte(t.publicationLog.at, instant)),
      db.select({ latest: max(t.publicationLog.at) }).from(t.publicationLog),
    ]);
    const newest = position?.newest ?? null;
    if (newest === null) {
      const [log] = await db.select({ begins: min(t.publicationLog.at) }).from(t.publicationLog);
      if (log?.begins) {
        throw new BadUserInputError(
          `asOf ${instant} is before this region's publication log begins (${log.begins})`,
          ["asOf"],
          PUBLISHED_HISTORY_RULE,
        );
      }
    }
    const today = dateOfInstant(instant);
    const key = `${newest ?? "empty"} ${today}`;
    let snapshot = cache.get(key);
    if (snapshot) {
      cache.delete(key);
    } else {
      snapshot = loadPublishedAt(db, newest, end?.latest ?? null, instant).then((loaded) => {
        const past = { ...loaded, today, derived: new Map<string, unknown>() };
        register(past);
        return past;
      });
      snapshot.catch(() => cache.delete(key));
      if (cache.size >= MAX_PAST_SNAPSHOTS) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, snapshot);
    return snapshot;
  };
}
