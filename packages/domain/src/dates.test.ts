import { describe, expect, it } from "vitest";
import {
  addDays,
  dateOfInstant,
  daysInMonth,
  isDate,
  isLeapYear,
  normalizeInstant,
  todayIso,
} from "./dates.ts";

describe("isLeapYear / daysInMonth", () => {
  it("follows the Gregorian century rules", () => {
    expect(isLeapYear(2020)).toBe(true);
    expect(isLeapYear(2021)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it("counts February by leap year and the 30-day months", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe("isDate", () => {
  it("accepts real dates", () => {
    expect(isDate("2021-05-20")).toBe(true);
    expect(isDate("2020-02-29")).toBe(true);
    expect(isDate("2000-02-29")).toBe(true);
  });

  it("rejects impossible dates and other shapes", () => {
    for (const s of ["2021-02-29", "2021-02-30", "1900-02-29", "2021-04-31", "2021-13-01", "2021-00-10"]) {
      expect(isDate(s), s).toBe(false);
    }
    for (const s of ["2021-05-00", "2021-5-20", "20210520", "2021-05", "2021", " 2021-05-20", ""]) {
      expect(isDate(s), s).toBe(false);
    }
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2020-03-01", -1)).toBe("2020-02-29");
    expect(addDays("2021-03-01", -1)).toBe("2021-02-28");
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2021-01-01", -1)).toBe("2020-12-31");
    expect(addDays("2021-05-20", 0)).toBe("2021-05-20");
  });

  it("rejects an invalid date", () => {
    expect(() => addDays("2021-02-30", 1)).toThrow(RangeError);
  });
});

describe("todayIso", () => {
  it("uses the UTC calendar day", () => {
    expect(todayIso(new Date("2021-05-20T23:30:00-02:00"))).toBe("2021-05-21");
    expect(todayIso(new Date("2021-05-20T00:30:00+02:00"))).toBe("2021-05-19");
    expect(todayIso(new Date("2024-02-29T12:00:00Z"))).toBe("2024-02-29");
  });

  it("defaults to now", () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = todayIso();
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(today);
  });
});

describe("normalizeInstant", () => {
  it("writes an instant with an offset as UTC with milliseconds", () => {
    expect(normalizeInstant("2026-03-15T09:00:00Z")).toBe("2026-03-15T09:00:00.000Z");
    expect(normalizeInstant("2026-03-15T10:00+01:00")).toBe("2026-03-15T09:00:00.000Z");
    expect(normalizeInstant("2026-03-15T09:00:00.123456789Z")).toBe("2026-03-15T09:00:00.123Z");
    expect(normalizeInstant("2026-01-01T00:30:00+02:00")).toBe("2025-12-31T22:30:00.000Z");
  });

  it("refuses what is not an instant with an offset", () => {
    for (const bad of [
      "2026-03-15",
      "2026-03-15T09:00:00",
      "2026-02-30T09:00:00Z",
      "2026-03-15T24:00:00Z",
      "2026-03-15T09:60:00Z",
      "2026-03-15T09:00:00+25:00",
      "15 mars 2026",
      "",
    ]) {
      expect(normalizeInstant(bad), bad).toBeUndefined();
    }
  });

  it("gives the UTC date of a normalized instant", () => {
    expect(dateOfInstant("2025-12-31T22:30:00.000Z")).toBe("2025-12-31");
  });
});
