import { describe, expect, it } from "vitest";
import { ResponseCache } from "./responseCache.ts";

describe("ResponseCache", () => {
  it("returns what was stored until it expires", () => {
    let now = 0;
    const cache = new ResponseCache<string>(10, 1000, () => now);
    cache.set("a", "A");
    expect(cache.get("a")).toBe("A");
    now = 999;
    expect(cache.get("a")).toBe("A");
    now = 1000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("drops the least recently used entry beyond its size", () => {
    const cache = new ResponseCache<number>(2, 60_000);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("empties on clear and counts hits and misses", () => {
    const cache = new ResponseCache<number>(5, 60_000);
    cache.set("a", 1);
    cache.get("a");
    cache.clear();
    expect(cache.get("a")).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });
});
