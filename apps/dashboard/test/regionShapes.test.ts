import { REGISTRY_FILE } from "@jamlik/registry";
import { describe, expect, it } from "vitest";
import { REGION_SHAPES } from "../src/app/map/generated/regionShapes.ts";

describe("the map's geometry", () => {
  it("has exactly one shape for every region of the registry, keyed by its county code", () => {
    for (const region of REGISTRY_FILE.regions) {
      const shapes = REGION_SHAPES.filter((shape) => shape.scbCode === region.scbCode);
      expect(shapes, region.name).toHaveLength(1);
      expect(shapes[0]).toMatchObject({ code: region.code, name: region.name });
    }
    expect(REGION_SHAPES).toHaveLength(REGISTRY_FILE.regions.length);
    expect(REGISTRY_FILE.regions).toHaveLength(21);
  });

  it("draws every shape as closed rings of relative points only", () => {
    for (const shape of REGION_SHAPES) {
      expect(shape.path, shape.name).toMatch(/^(m[-\d. ]+z)+$/);
    }
  });

  it("stays small enough for the bundle (at most about 60 kB)", () => {
    const bytes = REGION_SHAPES.reduce((sum, shape) => sum + shape.path.length, 0);
    expect(bytes).toBeLessThan(40_000);
  });
});

/** The middle of a shape's bounding box, in the map's units (y grows southwards). */
function centre(code: string): { x: number; y: number } {
  const path = REGION_SHAPES.find((shape) => shape.code === code)?.path ?? "";
  const xs: number[] = [];
  const ys: number[] = [];
  let start = { x: 0, y: 0 };
  for (const ring of path.split("z").filter(Boolean)) {
    const numbers = ring.slice(1).trim().split(" ").map(Number);
    let [x, y] = [start.x + (numbers[0] ?? 0), start.y + (numbers[1] ?? 0)];
    start = { x, y };
    for (let i = 0; i < numbers.length; i += 2) {
      if (i > 0) [x, y] = [x + (numbers[i] ?? 0), y + (numbers[i + 1] ?? 0)];
      xs.push(x);
      ys.push(y);
    }
  }
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

describe("where the shapes lie", () => {
  it("puts the regions from north to south along the coast as they are", () => {
    const coast = ["SE-BD", "SE-AC", "SE-Y", "SE-X", "SE-C", "SE-AB", "SE-E", "SE-H", "SE-K"];
    const ys = coast.map((code) => centre(code).y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("puts Västmanland inland, west of Uppsala and Stockholm, and south of Dalarna and Gävleborg", () => {
    const vastmanland = centre("SE-U");
    expect(vastmanland.x).toBeLessThan(centre("SE-C").x);
    expect(vastmanland.x).toBeLessThan(centre("SE-AB").x);
    expect(vastmanland.y).toBeGreaterThan(centre("SE-W").y);
    expect(vastmanland.y).toBeGreaterThan(centre("SE-X").y);
  });

  it("puts Halland on the west coast and Gotland east of Kalmar", () => {
    expect(centre("SE-N").x).toBeLessThan(centre("SE-F").x);
    expect(centre("SE-I").x).toBeGreaterThan(centre("SE-H").x);
  });
});
