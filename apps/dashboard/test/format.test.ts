import { describe, expect, it } from "vitest";
import { formatShare, formatValue } from "../src/app/format.ts";
import { comparePeriods, periodMidpoint, periodSpan } from "../src/app/periods.ts";
import { mean, scoped, totals } from "../src/app/series.ts";
import { chartScale } from "./helpers.ts";

const nbsp = (text: string) => text.replace(/\u00a0/g, " ");

describe("Swedish number formats", () => {
  it("writes values with their unit and a decimal comma", () => {
    expect(nbsp(formatValue(83, "PERCENT"))).toBe("83 %");
    expect(nbsp(formatValue(24, "MINUTES"))).toBe("24 min");
    expect(nbsp(formatValue(206000, "COUNT"))).toBe("206 000");
    expect(nbsp(formatShare(57.1))).toBe("57,1 %");
    expect(formatShare(null)).toBe("–");
    expect(nbsp(formatValue(7, null))).toBe("7");
  });
});

describe("periods", () => {
  it("turns every period form into a span of years", () => {
    expect(periodSpan("2020")).toEqual({ start: 2020, end: 2021 });
    expect(periodSpan("2017-Q3")).toEqual({ start: 2017.5, end: 2017.75 });
    expect(periodMidpoint("2020-07")).toBeCloseTo(2020 + 6.5 / 12);
    expect(periodMidpoint("2021-01-01")).toBeCloseTo(2021 + 0.5 / 365);
    expect(periodSpan("snart")).toBeUndefined();
  });

  it("sorts by end, then start, as the API does; the unreadable last", () => {
    expect(["2018", "snart", "2017-Q3", "2017", "2017-Q1"].sort(comparePeriods)).toEqual([
      "2017-Q1",
      "2017-Q3",
      "2017",
      "2018",
      "snart",
    ]);
  });
});

describe("series", () => {
  const m = (period: string, extra: object = {}) => ({
    metric: { code: "LOGGED_IN_SHARE" },
    period,
    value: 1,
    sex: null,
    careUnit: null,
    missing: null,
    note: null,
    demo: false,
    source: null,
    scope: null,
    ...extra,
  });

  it("keeps the region's totals of a metric, oldest first", () => {
    const rows = [
      m("2020"),
      m("2016"),
      m("2020", { sex: "K" }),
      m("2020", { sex: "T" }),
      m("2020", { careUnit: { hsaId: "x" } }),
      m("2020", { metric: { code: "OTHER" } }),
      m("2017", { scope: "närsjukvården" }),
    ];
    expect(totals(rows, "LOGGED_IN_SHARE").map((r) => [r.period, r.sex])).toEqual([
      ["2016", null],
      ["2020", null],
      ["2020", "T"],
    ]);
    // A value for a part of the region is never one of its totals, but is kept apart to be shown as such.
    expect(scoped(rows, "LOGGED_IN_SHARE").map((r) => [r.period, r.scope])).toEqual([
      ["2017", "närsjukvården"],
    ]);
    expect(mean([])).toBeUndefined();
    expect(mean([31, 83])).toBe(57);
  });
});

describe("chart scales", () => {
  it("round steps and axes from zero", () => {
    expect(chartScale.niceStep(100)).toBe(20);
    expect(chartScale.niceStep(206000)).toBe(50000);
    expect(chartScale.valueDomain([31, 83], true)).toEqual({ min: 0, max: 100, step: 20 });
    expect(chartScale.valueDomain([24], false)).toEqual({ min: 0, max: 25, step: 5 });
    expect(chartScale.ticks({ min: 0, max: 1 }, 0.2)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(
      chartScale.yearDomain([
        { start: 2016, end: 2017 },
        { start: 2020.5, end: 2020.75 },
      ]),
    ).toEqual({
      min: 2016,
      max: 2021,
    });
    const y = chartScale.linear({ min: 0, max: 100 }, 300, 0);
    expect(y(0)).toBe(300);
    expect(y(50)).toBe(150);
  });
});
