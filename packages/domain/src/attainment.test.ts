import { describe, expect, it } from "vitest";
import { attainment, latestMeasurement, type MeasurementLike, measurementForGoal } from "./attainment.ts";
import { PeriodError } from "./periods.ts";

describe("attainment", () => {
  it("is NO_TARGET when target or comparator is missing, even without data", () => {
    expect(attainment({ target: null, comparator: "GTE" }, 5)).toBe("NO_TARGET");
    expect(attainment({ target: 5, comparator: null }, 5)).toBe("NO_TARGET");
    expect(attainment({ target: null, comparator: null }, undefined)).toBe("NO_TARGET");
  });

  it("is NO_DATA without a latest value", () => {
    expect(attainment({ target: 5, comparator: "GTE" }, null)).toBe("NO_DATA");
    expect(attainment({ target: 5, comparator: "GTE" }, undefined)).toBe("NO_DATA");
    expect(attainment({ target: 5, comparator: "GTE" }, Number.NaN)).toBe("NO_DATA");
  });

  it.each([
    ["GTE", 80, 80, "MET"],
    ["GTE", 80, 79.9, "NOT_MET"],
    ["GT", 80, 80, "NOT_MET"],
    ["GT", 80, 80.1, "MET"],
    ["LTE", 30, 30, "MET"],
    ["LTE", 30, 30.5, "NOT_MET"],
    ["LT", 30, 30, "NOT_MET"],
    ["LT", 30, 29, "MET"],
    ["EQ", 100, 100, "MET"],
    ["EQ", 100, 99, "NOT_MET"],
    ["GTE", 0, 0, "MET"],
  ] as const)("%s %d with value %d is %s", (comparator, target, value, expected) => {
    expect(attainment({ target, comparator }, value)).toBe(expected);
  });

  it("compares EQ with a 1e-9 tolerance", () => {
    expect(attainment({ target: 0.3, comparator: "EQ" }, 0.1 + 0.2)).toBe("MET");
    expect(attainment({ target: 1, comparator: "EQ" }, 1 + 5e-10)).toBe("MET");
    expect(attainment({ target: 1, comparator: "EQ" }, 1 + 1e-8)).toBe("NOT_MET");
  });
});

const row = (period: string, value: number | null, extra: Partial<MeasurementLike> = {}) => ({
  period,
  value,
  sex: null,
  careUnitId: null,
  ...extra,
});

describe("latestMeasurement", () => {
  it("returns the newest total with a value", () => {
    const rows = [row("2019", 1), row("2021-Q1", 3), row("2020-12", 2)];
    expect(latestMeasurement(rows)).toBe(rows[1]);
  });

  it("skips rows without a value, per sex or per care unit", () => {
    const rows = [
      row("2020", 10),
      row("2023", null),
      row("2022", 20, { sex: "K" }),
      row("2022", 21, { sex: "M" }),
      row("2022", 22, { careUnitId: 7 }),
      row("2021", 30, { sex: "T" }),
    ];
    expect(latestMeasurement(rows)?.value).toBe(30);
  });

  it("breaks end-date ties by the later start (the shorter period)", () => {
    const rows = [row("2020-12", 2), row("2020", 1), row("2020-Q4", 3)];
    expect(latestMeasurement(rows)?.value).toBe(2);
  });

  it("skips values for a part of the region (a scope): they are not the region's total", () => {
    const rows = [row("2016", 31), row("2017", 9, { scope: "närsjukvården" })];
    expect(latestMeasurement(rows)?.value).toBe(31);
    expect(latestMeasurement([row("2017", 9, { scope: "närsjukvården" })])).toBeUndefined();
  });

  it("keeps the first of rows with the same period", () => {
    const rows = [row("2020", 1, { sex: "T" }), row("2020", 2)];
    expect(latestMeasurement(rows)?.value).toBe(1);
  });

  it("keeps a value of 0", () => {
    expect(latestMeasurement([row("2020", 5), row("2021", 0)])?.value).toBe(0);
  });

  it("returns the caller's row type unchanged", () => {
    const rows = [{ ...row("2020", 5), metricCode: "M1" }];
    expect(latestMeasurement(rows)?.metricCode).toBe("M1");
  });

  it("is undefined when nothing qualifies", () => {
    expect(latestMeasurement([])).toBeUndefined();
    expect(latestMeasurement([row("2020", null), row("2021", 1, { careUnitId: 3 })])).toBeUndefined();
  });

  it("throws on an invalid period among qualifying rows", () => {
    expect(() => latestMeasurement([row("2020", 1), row("2020-13", 2)])).toThrow(PeriodError);
  });
});

describe("latestMeasurement with stored period bounds", () => {
  const row = (period: string, periodStart: string, periodEnd: string, value: number) => ({
    period,
    periodStart,
    periodEnd,
    value,
    sex: null,
    careUnitId: null,
  });

  it("orders by the stored bounds without parsing, like comparePeriods", () => {
    const year = row("2020", "2020-01-01", "2020-12-31", 1);
    const december = row("2020-12", "2020-12-01", "2020-12-31", 2);
    const november = row("2020-11", "2020-11-01", "2020-11-30", 3);
    expect(latestMeasurement([december, year, november])).toBe(december);
    expect(latestMeasurement([year, november])).toBe(year);
  });

  it("trusts the stored bounds over the period text", () => {
    const stored = row("not a period", "2030-01-01", "2030-12-31", 4);
    expect(latestMeasurement([row("2020", "2020-01-01", "2020-12-31", 1), stored])).toBe(stored);
  });
});

describe("measurementForGoal", () => {
  it("takes the newest total within the goal's period", () => {
    const rows = [row("2020-03", 1), row("2020-11", 2), row("2021-01", 3)];
    expect(measurementForGoal("2020", rows)?.value).toBe(2);
    expect(measurementForGoal("2020-Q1", rows)?.value).toBe(1);
  });

  it("counts no measurement outside the period: an earlier year says nothing about the goal", () => {
    expect(measurementForGoal("2020", [row("2019", 80), row("2021", 90)])).toBeUndefined();
    expect(
      attainment({ target: 70, comparator: "GTE" }, measurementForGoal("2020", [row("2019", 80)])?.value),
    ).toBe("NO_DATA");
  });

  it("needs the measurement wholly inside the period: a year does not fit a quarter's goal", () => {
    expect(measurementForGoal("2020-Q4", [row("2020", 5)])).toBeUndefined();
    expect(measurementForGoal("2020", [row("2020", 5)])?.value).toBe(5);
  });

  it("skips per-sex, per-unit and scoped rows like latestMeasurement", () => {
    const rows = [
      row("2020", 1, { sex: "K" }),
      row("2020", 2, { careUnitId: 4 }),
      row("2020", 3, { scope: "x" }),
    ];
    expect(measurementForGoal("2020", rows)).toBeUndefined();
  });
});
