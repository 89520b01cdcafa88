import { describe, expect, it } from "vitest";
import { isOverdue } from "./overdue.ts";
import { PeriodError } from "./periods.ts";

describe("isOverdue", () => {
  // An open activity whose status is known long after any deadline below.
  const open = (due: string | null) => ({
    due,
    status: "IN_PROGRESS" as const,
    statusAsOf: "2031-01-01",
    completedOn: null,
  });
  const activity = (
    status: "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED" | "UNKNOWN",
    extra: { statusAsOf?: string | null; completedOn?: string | null } = {},
  ) => ({ due: "2017-Q3", status, statusAsOf: "2018-01-01", completedOn: null, ...extra });

  it("is false without a due period", () => {
    expect(isOverdue(open(null), "2030-01-01")).toBe(false);
  });

  it("is due by the last day of a quarter: that day is not overdue, the next is", () => {
    expect(isOverdue(open("2017-Q3"), "2017-09-30")).toBe(false);
    expect(isOverdue(open("2017-Q3"), "2017-10-01")).toBe(true);
    expect(isOverdue(open("2017-Q3"), "2017-08-15")).toBe(false);
  });

  it("is due by December 31 for a year", () => {
    expect(isOverdue(open("2020"), "2020-12-31")).toBe(false);
    expect(isOverdue(open("2020"), "2021-01-01")).toBe(true);
  });

  it("respects month lengths and leap years", () => {
    expect(isOverdue(open("2020-02"), "2020-02-29")).toBe(false);
    expect(isOverdue(open("2020-02"), "2020-03-01")).toBe(true);
    expect(isOverdue(open("2021-02"), "2021-03-01")).toBe(true);
    expect(isOverdue(open("2021-04"), "2021-04-30")).toBe(false);
  });

  it("is due on the day itself for a day", () => {
    expect(isOverdue(open("2021-05-20"), "2021-05-20")).toBe(false);
    expect(isOverdue(open("2021-05-20"), "2021-05-21")).toBe(true);
  });

  it("applies to PLANNED and IN_PROGRESS only", () => {
    expect(isOverdue(activity("PLANNED"), "2018-01-01")).toBe(true);
    expect(isOverdue(activity("IN_PROGRESS"), "2018-01-01")).toBe(true);
    expect(isOverdue(activity("DONE", { completedOn: "2017-09-01" }), "2018-01-01")).toBe(false);
    expect(isOverdue(activity("CANCELLED"), "2018-01-01")).toBe(false);
  });

  it("is unknown (null) when the source does not say whether the activity was done", () => {
    expect(isOverdue(activity("UNKNOWN", { statusAsOf: "2017" }), "2026-12-02")).toBeNull();
    // ... but not before the deadline, nor without one: then it is simply not overdue.
    expect(isOverdue(activity("UNKNOWN", { statusAsOf: "2017" }), "2017-09-30")).toBe(false);
    expect(isOverdue({ ...activity("UNKNOWN"), due: null }, "2026-12-02")).toBe(false);
  });

  it("is unknown when an open status was last known before the deadline ended", () => {
    // A 2017 plan says PLANNED; whether it was done by 2018-Q4 is not known.
    expect(
      isOverdue({ ...activity("PLANNED", { statusAsOf: "2017" }), due: "2018-Q4" }, "2026-12-02"),
    ).toBeNull();
    // Known on the deadline's last day is still before it passed.
    expect(isOverdue(activity("IN_PROGRESS", { statusAsOf: "2017-09-30" }), "2018-01-01")).toBeNull();
    expect(isOverdue(activity("IN_PROGRESS", { statusAsOf: "2017-10-01" }), "2018-01-01")).toBe(true);
    expect(isOverdue(activity("IN_PROGRESS", { statusAsOf: null }), "2018-01-01")).toBeNull();
  });

  it("counts a period the status is known for by its first day", () => {
    expect(isOverdue(activity("PLANNED", { statusAsOf: "2017-Q4" }), "2018-01-01")).toBe(true);
    expect(isOverdue(activity("PLANNED", { statusAsOf: "2017" }), "2018-01-01")).toBeNull();
  });

  it("is true between the deadline and a late completion, false once done", () => {
    const late = activity("DONE", { completedOn: "2018-03-15" });
    expect(isOverdue(late, "2018-01-01")).toBe(true);
    expect(isOverdue(late, "2018-03-15")).toBe(false);
    expect(isOverdue(late, "2019-01-01")).toBe(false);
  });

  it("throws a PeriodError on a bad asOf, even when nothing is due", () => {
    expect(() => isOverdue(open("2017-Q3"), "2017-10")).toThrow(PeriodError);
    expect(() => isOverdue(open("2017-Q3"), "2021-02-29")).toThrow(PeriodError);
    expect(() => isOverdue(open(null), "not a date")).toThrow(PeriodError);
  });

  it("throws a PeriodError on a bad due period of an open activity", () => {
    expect(() => isOverdue(open("2017-Q5"), "2018-01-01")).toThrow(PeriodError);
  });
});
