import { describe, expect, it } from "vitest";
import { ResponseCache } from "./responseCache.ts";

describe("ResponseCache", () => {
  it("returns what was stored until it expires", () => {
    let now = 0;
    const cache = new ResponseCache<string>({
      maxEntries: 10,
      maxBytes: 1000,
      ttlMs: 1000,
      sizeOf: (v) => v.length,
      now: () => now,
    });
    cache.set("a", "A");
    expect(cache.get("a")).toBe("A");
    now = 999;
    expect(cache.get("a")).toBe("A");
    now = 1000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("drops the least recently used entry beyond its size", () => {
    const cache = new ResponseCache<number>({
      maxEntries: 2,
      maxBytes: 1000,
      ttlMs: 60_000,
      sizeOf: () => 1,
    });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("empties on clear and counts hits and misses", () => {
    const cache = new ResponseCache<number>({
      maxEntries: 5,
      maxBytes: 1000,
      ttlMs: 60_000,
      sizeOf: () => 1,
    });
    cache.set("a", 1);
    cache.get("a");
    cache.clear();
    expect(cache.get("a")).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("holds at most its bytes: the least recently used go first, and an entry heavier alone is not kept", () => {
    const cache = new ResponseCache<string>({
      maxEntries: 100,
      maxBytes: 10,
      ttlMs: 60_000,
      sizeOf: (v) => v.length,
    });
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    cache.get("a");
    cache.set("c", "cccc");
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual(["aaaa", undefined, "cccc"]);
    expect(cache.bytes).toBe(8);
    cache.set("huge", "x".repeat(11));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.bytes).toBe(8);
    cache.set("a", "a");
    expect(cache.bytes).toBe(5);
    cache.clear();
    expect(cache.bytes).toBe(0);
  });
});
