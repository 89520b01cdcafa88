import { describe, expect, it } from "vitest";
import {
  assertDate,
  comparePeriods,
  isDate,
  isPeriod,
  PeriodError,
  parsePeriod,
  periodOverlaps,
  todayIso,
} from "./periods.ts";

describe("parsePeriod", () => {
  it("parses a year", () => {
    expect(parsePeriod("2020")).toEqual({ kind: "year", start: "2020-01-01", end: "2020-12-31" });
  });

  it("parses every quarter with its real last day", () => {
    expect(parsePeriod("2017-Q1")).toEqual({ kind: "quarter", start: "2017-01-01", end: "2017-03-31" });
    expect(parsePeriod("2017-Q2")).toEqual({ kind: "quarter", start: "2017-04-01", end: "2017-06-30" });
    expect(parsePeriod("2017-Q3")).toEqual({ kind: "quarter", start: "2017-07-01", end: "2017-09-30" });
    expect(parsePeriod("2017-Q4")).toEqual({ kind: "quarter", start: "2017-10-01", end: "2017-12-31" });
  });

  it("parses months, February by leap year", () => {
    expect(parsePeriod("2020-05")).toEqual({ kind: "month", start: "2020-05-01", end: "2020-05-31" });
    expect(parsePeriod("2020-02").end).toBe("2020-02-29");
    expect(parsePeriod("2021-02").end).toBe("2021-02-28");
    expect(parsePeriod("1900-02").end).toBe("1900-02-28");
    expect(parsePeriod("2000-02").end).toBe("2000-02-29");
    expect(parsePeriod("2021-04").end).toBe("2021-04-30");
  });

  it("parses a day as a one-day period", () => {
    expect(parsePeriod("2021-05-20")).toEqual({ kind: "day", start: "2021-05-20", end: "2021-05-20" });
    expect(parsePeriod("2024-02-29")).toEqual({ kind: "day", start: "2024-02-29", end: "2024-02-29" });
  });

  it.each([
    "2021-02-30",
    "2021-02-29",
    "2020-13",
    "2020-00",
    "2020-Q5",
    "2020-Q0",
    "2020-q3",
    "20",
    "20201",
    "2020-5",
    "2020-05-1",
    "2020-W05",
    " 2020",
    "",
  ])("rejects %j with a PeriodError", (bad) => {
    expect(() => parsePeriod(bad)).toThrow(PeriodError);
  });

  it("names the bad value and the accepted forms in the error", () => {
    let error: unknown;
    try {
      parsePeriod("2021-02-30");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PeriodError);
    expect(error).toBeInstanceOf(Error);
    const periodError = error as PeriodError;
    expect(periodError.name).toBe("PeriodError");
    expect(periodError.value).toBe("2021-02-30");
    expect(periodError.message).toContain('"2021-02-30"');
    for (const example of ["2020", "2017-Q3", "2020-05", "2021-05-20"]) {
      expect(periodError.message).toContain(example);
    }
  });
});

describe("isPeriod", () => {
  it("is true exactly when parsePeriod succeeds", () => {
    expect(["2020", "2017-Q3", "2020-05", "2021-05-20"].every(isPeriod)).toBe(true);
    expect(["2021-02-30", "2020-13", "2020-Q5", "x"].some(isPeriod)).toBe(false);
  });
});

describe("assertDate", () => {
  it("returns a valid date and rejects periods that are not days", () => {
    expect(assertDate("2020-02-29")).toBe("2020-02-29");
    expect(() => assertDate("2020")).toThrow(PeriodError);
    expect(() => assertDate("2021-02-29")).toThrow(/Invalid date "2021-02-29"/);
  });
});

describe("comparePeriods", () => {
  it("orders by end date", () => {
    expect(comparePeriods("2020-05", "2020-06")).toBeLessThan(0);
    expect(comparePeriods("2021-01-01", "2020")).toBeGreaterThan(0);
    expect(comparePeriods("2020-Q1", "2020-04-01")).toBeLessThan(0);
  });

  it("breaks a tie on the end date by start date: the longer period first", () => {
    expect(comparePeriods("2020", "2020-12")).toBeLessThan(0);
    expect(comparePeriods("2020-12", "2020")).toBeGreaterThan(0);
    const sorted = ["2020-12-31", "2020-12", "2020", "2020-Q4"].sort(comparePeriods);
    expect(sorted).toEqual(["2020", "2020-Q4", "2020-12", "2020-12-31"]);
  });

  it("is 0 for the same period", () => {
    expect(comparePeriods("2017-Q3", "2017-Q3")).toBe(0);
  });

  it("sorts a mixed list chronologically", () => {
    const sorted = ["2021", "2020-05", "2019-Q4", "2020-02-29", "2020-Q1", "2019"].sort(comparePeriods);
    expect(sorted).toEqual(["2019", "2019-Q4", "2020-02-29", "2020-Q1", "2020-05", "2021"]);
  });

  it("throws on an invalid period", () => {
    expect(() => comparePeriods("2020", "nope")).toThrow(PeriodError);
  });
});

describe("periodOverlaps", () => {
  it("is true without bounds", () => {
    expect(periodOverlaps("2020-05")).toBe(true);
    expect(periodOverlaps("2020-05", null, null)).toBe(true);
  });

  it("uses the start of `from` and the end of `to`, inclusive", () => {
    expect(periodOverlaps("2020-01", "2020")).toBe(true);
    expect(periodOverlaps("2019-12", "2020")).toBe(false);
    expect(periodOverlaps("2020-12-31", undefined, "2020")).toBe(true);
    expect(periodOverlaps("2021-01-01", undefined, "2020")).toBe(false);
    expect(periodOverlaps("2020-Q3", "2020-07-01", "2020-09-30")).toBe(true);
    expect(periodOverlaps("2020-Q2", "2020-Q1", "2021-Q2")).toBe(true);
  });

  it("requires the whole period inside the range", () => {
    expect(periodOverlaps("2020", "2020-06")).toBe(false);
    expect(periodOverlaps("2020", undefined, "2020-06")).toBe(false);
    expect(periodOverlaps("2020-Q3", "2020-08")).toBe(false);
  });

  it("throws on an invalid period or bound", () => {
    expect(() => periodOverlaps("2020-13")).toThrow(PeriodError);
    expect(() => periodOverlaps("2020", "bad")).toThrow(PeriodError);
  });
});

describe("re-exports", () => {
  it("exposes isDate and todayIso", () => {
    expect(isDate("2021-05-20")).toBe(true);
    expect(todayIso(new Date("2021-05-20T12:00:00Z"))).toBe("2021-05-20");
  });

  it("has no year 0000: neither a period nor a date (PostgreSQL refuses it too)", () => {
    for (const period of ["0000", "0000-Q1", "0000-05", "0000-01-01"]) {
      expect(isPeriod(period), period).toBe(false);
    }
    expect(isDate("0000-01-01")).toBe(false);
    expect(isDate("0001-01-01")).toBe(true);
    expect(isPeriod("9999-Q4")).toBe(true);
  });
});
