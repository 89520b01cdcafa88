import { describe, expect, it } from "vitest";
import { percentShare } from "./percent.ts";

describe("percentShare", () => {
  it("is null for an empty total", () => {
    expect(percentShare(0, 0)).toBeNull();
  });

  it("rounds to one decimal, half up", () => {
    expect(percentShare(1, 3)).toBe(33.3);
    expect(percentShare(2, 3)).toBe(66.7);
    expect(percentShare(1, 8)).toBe(12.5);
    expect(percentShare(1, 16)).toBe(6.3);
  });

  it("covers the whole 0–100 range", () => {
    expect(percentShare(0, 7)).toBe(0);
    expect(percentShare(7, 7)).toBe(100);
  });
});
