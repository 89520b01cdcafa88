import { describe, expect, it } from "vitest";
import * as domain from "./index.ts";

describe("index", () => {
  it("exports the public API", () => {
    for (const name of [
      "PeriodError",
      "parsePeriod",
      "isPeriod",
      "comparePeriods",
      "periodOverlaps",
      "isDate",
      "todayIso",
      "assertDate",
      "addDays",
      "withValidTo",
      "basutbudOn",
      "offeringValidOn",
      "computeCoverage",
      "eServiceUnitsShare",
      "percentShare",
      "attainment",
      "latestMeasurement",
      "isOverdue",
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe("function");
    }
  });
});
