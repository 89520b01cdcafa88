import { describe, expect, it } from "vitest";
import { isOverdue } from "./overdue.ts";
import { PeriodError } from "./periods.ts";

describe("isOverdue", () => {
  const open = (due: string | null) => ({ due, status: "IN_PROGRESS" as const });

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
    expect(isOverdue({ due: "2017-Q3", status: "PLANNED" }, "2018-01-01")).toBe(true);
    expect(isOverdue({ due: "2017-Q3", status: "IN_PROGRESS" }, "2018-01-01")).toBe(true);
    expect(isOverdue({ due: "2017-Q3", status: "DONE" }, "2018-01-01")).toBe(false);
    expect(isOverdue({ due: "2017-Q3", status: "CANCELLED" }, "2018-01-01")).toBe(false);
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
