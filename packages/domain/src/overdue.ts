import type { ActivityStatus } from "./enums.ts";
import { assertDate, parsePeriod } from "./periods.ts";

export interface DueActivity {
  /** A period (`2017-Q3`, `2020`, `2020-05`, `2021-05-20`) the activity is due by, or null. */
  due: string | null;
  status: ActivityStatus;
}

/**
 * True when the activity is still open (PLANNED or IN_PROGRESS) and `asOf` is after the last day of
 * its due period: `2017-Q3` is due by 2017-09-30, so it is overdue from 2017-10-01.
 * False without a due period. Throws `PeriodError` when `asOf` is not a date or `due` is not a period.
 */
export function isOverdue(activity: DueActivity, asOf: string): boolean {
  assertDate(asOf);
  if (activity.due === null || activity.status === "DONE" || activity.status === "CANCELLED") return false;
  return asOf > parsePeriod(activity.due).end;
}
