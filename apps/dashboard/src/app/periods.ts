/** The API's periods (2020, 2017-Q3, 2020-05, 2021-05-20) as spans of fractional years, for charts and sorting. */

export interface Span {
  start: number;
  end: number;
}

const daysInYear = (year: number) => ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365);

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;
}

export function periodSpan(period: string): Span | undefined {
  let match = /^(\d{4})$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    return { start: year, end: year + 1 };
  }
  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) {
    const start = Number(match[1]) + (Number(match[2]) - 1) / 4;
    return { start, end: start + 0.25 };
  }
  match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) {
    const start = Number(match[1]) + (Number(match[2]) - 1) / 12;
    return { start, end: start + 1 / 12 };
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (match) {
    const year = Number(match[1]);
    const start = year + dayOfYear(year, Number(match[2]), Number(match[3])) / daysInYear(year);
    return { start, end: start + 1 / daysInYear(year) };
  }
  return undefined;
}

/** The middle of a period, where a chart puts its point. */
export function periodMidpoint(period: string): number | undefined {
  const span = periodSpan(period);
  return span && (span.start + span.end) / 2;
}

/** Oldest first by end, then by start, as the API orders them (@jamlik/domain); unreadable periods last. */
export function comparePeriods(a: string, b: string): number {
  const sa = periodSpan(a);
  const sb = periodSpan(b);
  if (sa && sb) return sa.end - sb.end || sa.start - sb.start;
  if (sa) return -1;
  if (sb) return 1;
  return a.localeCompare(b);
}

/** A goal's period in words: the period, or that the documents give none. */
export const goalPeriodText = (period: string | null): string => period ?? "period anges inte";

/** Newest period first; a goal for no stated period after every dated one. */
export function newestGoalFirst(a: { period: string | null }, b: { period: string | null }): number {
  if (a.period === null || b.period === null)
    return (a.period === null ? 1 : 0) - (b.period === null ? 1 : 0);
  return comparePeriods(b.period, a.period);
}
