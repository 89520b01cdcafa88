import { describe, expect, it } from "vitest";
import { formatNumber, formatTimestamp, plural, today } from "./format.ts";

describe("Swedish formats", () => {
  it("numbers with a decimal comma, a space between thousands and a plain minus", () => {
    expect(formatNumber(-1.5)).toBe("-1,5");
    expect(formatNumber(206000).replace(/\u00a0/g, " ")).toBe("206 000");
    expect(formatNumber(37.46, 0)).toBe("37");
  });

  it("dates and plurals", () => {
    expect(today(new Date(2026, 10, 5))).toBe("2026-11-05");
    expect(plural(1, "region", "regioner")).toBe("1 region");
    expect(plural(3, "region", "regioner")).toBe("3 regioner");
  });

  it("keeps a timestamp it cannot read as it is", () => {
    expect(formatTimestamp("inte ett datum")).toBe("inte ett datum");
    expect(formatTimestamp("2026-11-25T08:01:02.000Z")).toMatch(/^2026-11-25 \d\d:01$/);
  });
});
