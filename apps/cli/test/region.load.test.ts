import { describe, expect, it } from "vitest";
import { regionUnderTest } from "./regionApp.ts";

/** A big import through the CLI (npm run test:load): 50 000 rows, one request, one transaction. */
describe("jamlik with a large file", () => {
  const { jamlik } = regionUnderTest();

  it("imports a 50 000-row measurements file", async () => {
    const units = (await jamlik(["export", "care-units"])).stdout
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(";")[0]);
    const lines = ["metric;period;value;careUnit"];
    for (let i = 0; lines.length <= 50_000; i++) {
      const month = (Math.floor(i / units.length) % 12) + 1;
      const year = 1980 + Math.floor(i / units.length / 12);
      lines.push(
        `UNIQUE_LOGINS;${year}-${String(month).padStart(2, "0")};${1000 + i};${units[i % units.length]}`,
      );
    }
    const started = performance.now();
    const result = await jamlik(["import", "measurements", "big.csv"], {
      "big.csv": `${lines.join("\n")}\n`,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `jamlik import of 50 000 rows: ${seconds.toFixed(1)} s (${Math.round(50_000 / seconds)} rows/s)`,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("50000 created");
  }, 300_000);
});
