import { describe, expect, it } from "vitest";
import { readCsv } from "./read.ts";

describe("a large CSV file (npm run test:load)", () => {
  it("parses 50 000 measurement rows", () => {
    const header = "metric;period;value;sex;careUnit;missing;source;dnr;quote;note";
    const body = Array.from(
      { length: 50_000 },
      (_, i) =>
        `MV${i % 97};2024-Q${(i % 4) + 1};${i % 100},${i % 10};K;SE2321000230-${i % 500};;"Rapport; del ${i}";RS 2024/${i};;`,
    );
    const text = `\uFEFF${[header, ...body].join("\r\n")}\r\n`;
    const started = performance.now();
    const csv = readCsv(text);
    console.log(`parsed 50 000 rows in ${(performance.now() - started).toFixed(0)} ms`);
    expect(csv.records).toHaveLength(50_001);
    expect(csv.records[50_000]?.line).toBe(50_001);
    expect(csv.records[50_000]?.fields[6]).toBe("Rapport; del 49999");
  });
});
