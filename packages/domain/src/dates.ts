/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, proleptic Gregorian, UTC).
 * Dates are plain strings: four-digit years make lexicographic order equal to chronological order.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formats year, month (1–12) and day as `YYYY-MM-DD`. */
export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Splits a valid ISO date into numbers, or returns undefined when `s` is not a real `YYYY-MM-DD`
 * date of the years 0001–9999 (what four digits and PostgreSQL's `date` both hold).
 */
export function dateParts(s: string): { year: number; month: number; day: number } | undefined {
  const m = DATE_PATTERN.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Year 0000 does not exist (1 BC is followed by AD 1) and PostgreSQL refuses it.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `s` is a real calendar date written `YYYY-MM-DD` (2021-02-29 and 2021-02-30 are not). */
export function isDate(s: string): boolean {
  return dateParts(s) !== undefined;
}

/** The date `days` days after (or, when negative, before) the valid ISO date `date`. */
export function addDays(date: string, days: number): string {
  const parts = dateParts(date);
  if (!parts) throw new RangeError(`Invalid date "${date}": expected a real calendar date YYYY-MM-DD`);
  const d = new Date(0);
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day + days);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return formatDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant written in ISO 8601 with its offset (`2026-03-15T09:00:00Z`, `2026-03-15T10:00+01:00`)
 * as UTC with milliseconds (`2026-03-15T09:00:00.000Z`), so one instant has one spelling; undefined
 * when `s` is not such an instant (no offset, not a real date or time). Digits beyond milliseconds
 * are cut, not rounded.
 */
export function normalizeInstant(s: string): string | undefined {
  const m = INSTANT_PATTERN.exec(s);
  if (!m) return undefined;
  const [, date = "", hours, minutes, seconds = "00", fraction = "", offset = "Z"] = m;
  if (!isDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (offset !== "Z" && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59)) return undefined;
  const millis = fraction.slice(0, 3).padEnd(3, "0");
  const instant = new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}${offset}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** The UTC date (`YYYY-MM-DD`) of a normalized instant. */
export function dateOfInstant(instant: string): string {
  return instant.slice(0, 10);
}
