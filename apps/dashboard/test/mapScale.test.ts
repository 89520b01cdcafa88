import { describe, expect, it } from "vitest";
import { classOf, MAP_CLASSES, mapClasses } from "../src/app/map/mapScale.ts";

describe("the map's colour classes", () => {
  it("gives the darkest class to the best values, whichever way the metric points", () => {
    const up = mapClasses([0, 50, 100], true);
    expect(classOf(up, 100)?.color).toBe(MAP_CLASSES[4]);
    expect(classOf(up, 0)?.color).toBe(MAP_CLASSES[0]);
    const down = mapClasses([0, 50, 100], false);
    expect(classOf(down, 0)?.color).toBe(MAP_CLASSES[4]);
    expect(classOf(down, 100)?.color).toBe(MAP_CLASSES[0]);
  });

  it("puts every value in exactly one class, the bounds included", () => {
    const classes = mapClasses([3, 7, 11, 20], true);
    for (const value of [3, 6.4, 7, 11, 19.99, 20]) {
      expect(
        classes.filter((c, i) => value >= c.from && (value < c.to || i === classes.length - 1)),
      ).toHaveLength(1);
    }
    expect(classes.map((c) => [c.from, c.to])[0]).toEqual([3, 6.4]);
  });

  it("has one class when every value is the same, and none without values", () => {
    expect(mapClasses([83, 83], true)).toEqual([{ color: MAP_CLASSES[4], from: 83, to: 83 }]);
    expect(mapClasses([], true)).toEqual([]);
  });
});
