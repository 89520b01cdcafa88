import { dateParts, daysInMonth, formatDate } from "./dates.ts";

export { isDate, todayIso } from "./dates.ts";

/**
 * Reporting periods are strings of four kinds:
 * a year `2020`, a quarter `2017-Q3`, a month `2020-05` or a day `2021-05-20`.
 */
export type PeriodKind = "year" | "quarter" | "month" | "day";

export interface ParsedPeriod {
  kind: PeriodKind;
  /** First day of the period, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the period (inclusive), `YYYY-MM-DD`. */
  end: string;
}

const ACCEPTED_PERIODS = "a year (2020), a quarter (2017-Q3), a month (2020-05) or a day (2021-05-20)";

/** Thrown for a string that is not a valid period or date; `value` is the rejected input. */
export class PeriodError extends Error {
  readonly value: string;

  constructor(value: string, message = `Invalid period "${value}": expected ${ACCEPTED_PERIODS}`) {
    super(message);
    this.name = "PeriodError";
    this.value = value;
  }
}

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Parses a period into its kind and inclusive date range; throws `PeriodError` when it is not valid.
 * Years run 0001–9999, as PostgreSQL's dates (there is no year 0000).
 */
export function parsePeriod(s: string): ParsedPeriod {
  if (s.startsWith("0000")) throw new PeriodError(s);
  let m = YEAR.exec(s);
  if (m) {
    const year = Number(m[1]);
    return { kind: "year", start: formatDate(year, 1, 1), end: formatDate(year, 12, 31) };
  }
  m = QUARTER.exec(s);
  if (m) {
    const year = Number(m[1]);
    const lastMonth = Number(m[2]) * 3;
    return {
      kind: "quarter",
      start: formatDate(year, lastMonth - 2, 1),
      end: formatDate(year, lastMonth, daysInMonth(year, lastMonth)),
    };
  }
  m = MONTH.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) {
      return {
        kind: "month",
        start: formatDate(year, month, 1),
        end: formatDate(year, month, daysInMonth(year, month)),
      };
    }
  }
  if (dateParts(s)) return { kind: "day", start: s, end: s };
  throw new PeriodError(s);
}

/** True when `s` is a valid period (see `parsePeriod`). */
export function isPeriod(s: string): boolean {
  try {
    parsePeriod(s);
    return true;
  } catch {
    return false;
  }
}

/** Throws a `PeriodError` unless `s` is a real date `YYYY-MM-DD`; returns it otherwise. */
export function assertDate(s: string): string {
  if (!dateParts(s))
    throw new PeriodError(s, `Invalid date "${s}": expected a real calendar date YYYY-MM-DD`);
  return s;
}

/**
 * Sort comparator for periods (ascending): by end date, then by start date.
 * Periods that end on the same day therefore sort longest first: `2020` < `2020-Q4` < `2020-12` < `2020-12-31`.
 * Throws `PeriodError` if either value is not a period.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return compareStrings(pa.end, pb.end) || compareStrings(pa.start, pb.start);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True when period `p` lies entirely within [start of `from`, end of `to`] (inclusive).
 * Either bound may be omitted (null/undefined) to leave that side open; bounds are periods too,
 * so `from = "2020"` means from 2020-01-01 and `to = "2021-Q2"` means up to 2021-06-30.
 */
export function periodOverlaps(p: string, from?: string | null, to?: string | null): boolean {
  const period = parsePeriod(p);
  if (from != null && period.start < parsePeriod(from).start) return false;
  if (to != null && period.end > parsePeriod(to).end) return false;
  return true;
}
