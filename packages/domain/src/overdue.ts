import type { ActivityStatus } from "./generated/enums.ts";
import { assertDate, parsePeriod } from "./periods.ts";

export interface DueActivity {
  /** A period (`2017-Q3`, `2020`, `2020-05`, `2021-05-20`) the activity is due by, or null. */
  due: string | null;
  status: ActivityStatus;
  /** The date or period the status is known for (from its source), or null when not known. */
  statusAsOf: string | null;
  /** The day a DONE activity was completed. */
  completedOn: string | null;
}

/**
 * Whether the activity is overdue on `asOf`, as far as its source tells:
 * - false without a deadline, or while the deadline (the last day of the `due` period) has not
 *   passed on `asOf`, or when it was cancelled, or done by `asOf`;
 * - true when it was done only after `asOf`, or when its status (PLANNED or IN_PROGRESS) is known
 *   for a date after the deadline;
 * - null when that is not known: the status is UNKNOWN, or it was last known before the deadline
 *   ended (it may have been done since), or the date it is known for is missing.
 * Throws `PeriodError` when `asOf` is not a date or `due`/`statusAsOf` is not a period.
 */
export function isOverdue(activity: DueActivity, asOf: string): boolean | null {
  assertDate(asOf);
  if (activity.due === null) return false;
  const deadline = parsePeriod(activity.due).end;
  if (asOf <= deadline) return false;
  switch (activity.status) {
    case "CANCELLED":
      return false;
    case "DONE":
      return activity.completedOn !== null && activity.completedOn > asOf;
    case "UNKNOWN":
      return null;
    case "PLANNED":
    case "IN_PROGRESS":
      if (activity.statusAsOf === null) return null;
      return parsePeriod(activity.statusAsOf).start > deadline ? true : null;
  }
}
