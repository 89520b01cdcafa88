import { today } from "@jamlik/ui";

/** What the page reads: as published now, or as published at an instant (the URL's `per`). */
export interface PublishedAsOf {
  /** The instant sent as `asOf` (ISO 8601, UTC); null: as published now. */
  instant: string | null;
  /** The day that "today" means on the page (offerings, coverage, overdue activities). */
  day: string;
  /** True when `per` pins an exact instant (a permanent link), not a day. */
  pinned: boolean;
  /** Why `per` could not be read, in Swedish; the page then shows what is published now. */
  error?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last millisecond of a day in the reader's time zone (the zone `today()` uses). */
function endOfDay(day: string): Date | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = new Date(year, month - 1, date);
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== date)
    return undefined;
  return new Date(new Date(year, month - 1, date + 1).getTime() - 1);
}

/**
 * Reads the URL's `per` ("läget per"), or another instant parameter: a day (`2026-03-15`, the state
 * at the end of that day) or an instant (`2026-03-15T09:00:00.000Z`, pinned by a permanent link). A
 * day that has not ended is now.
 */
export function readPublishedAsOf(params: URLSearchParams, now = new Date(), name = "per"): PublishedAsOf {
  const per = params.get(name)?.trim();
  const current = { instant: null, day: today(now), pinned: false };
  if (!per) return current;
  if (DAY.test(per)) {
    const end = endOfDay(per);
    if (!end) return { ...current, error: `”${per}” är inget datum.` };
    if (per > current.day) return { ...current, error: `${per} har inte kommit än.` };
    return end.getTime() >= now.getTime() ? current : { instant: end.toISOString(), day: per, pinned: false };
  }
  const instant = new Date(per);
  if (!per.includes("T") || Number.isNaN(instant.getTime())) {
    return { ...current, error: `”${per.slice(0, 40)}” är varken ett datum eller en tidpunkt.` };
  }
  if (instant.getTime() > now.getTime()) {
    return { ...current, error: `Tidpunkten ${per.slice(0, 40)} har inte kommit än.` };
  }
  return { instant: instant.toISOString(), day: today(instant), pinned: true };
}
