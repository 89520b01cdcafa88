import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rateLimit.ts";

describe("RateLimiter", () => {
  it("allows a burst of the per-minute size, then asks to wait, then refills", () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(1);
    expect(limiter.take("b")).toBe(0); // clients have buckets of their own
    now += 1000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
  });
});
