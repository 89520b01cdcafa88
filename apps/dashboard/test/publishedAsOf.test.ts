import { describe, expect, it } from "vitest";
import { readPublishedAsOf } from "../src/app/publishedAsOf.ts";

const now = new Date(2026, 2, 20, 12, 0); // 2026-03-20 12:00 in the test's time zone
const read = (per?: string) => readPublishedAsOf(new URLSearchParams(per === undefined ? "" : { per }), now);

describe("läget per (the URL's per)", () => {
  it("reads the state as published now without it, and on a day that has not ended", () => {
    expect(read()).toEqual({ instant: null, day: "2026-03-20", pinned: false });
    expect(read("2026-03-20")).toEqual({ instant: null, day: "2026-03-20", pinned: false });
  });

  it("reads a past day as published at its end, in the reader's time zone", () => {
    const state = read("2026-03-15");
    expect(state.day).toBe("2026-03-15");
    expect(state.pinned).toBe(false);
    expect(new Date(state.instant ?? "").getTime()).toBe(new Date(2026, 2, 16).getTime() - 1);
  });

  it("pins an exact instant, with the day it falls on", () => {
    const instant = new Date(2026, 2, 15, 9, 30).toISOString();
    expect(read(instant)).toEqual({ instant, day: "2026-03-15", pinned: true });
  });

  it("says why it shows now for a day or an instant not yet come, or something unreadable", () => {
    expect(read("2026-03-21").error).toMatch(/har inte kommit än/);
    expect(read("2026-03-21").instant).toBeNull();
    expect(read(new Date(2026, 2, 21).toISOString()).error).toMatch(/har inte kommit än/);
    expect(read("2026-02-30").error).toMatch(/inget datum/);
    expect(read("i fjol").error).toMatch(/varken ett datum eller en tidpunkt/);
  });
});
