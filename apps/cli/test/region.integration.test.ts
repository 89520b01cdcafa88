import { describe, expect, it } from "vitest";
import { regionUnderTest } from "./regionApp.ts";

/** The CLI against a real regional app on a real database: the whole regional IT workflow. */
describe("jamlik against a region's admin endpoint", () => {
  const { jamlik } = regionUnderTest();

  it("dry-runs, imports, and re-imports a measurements file without change", async () => {
    const csv =
      "\uFEFFmetric;period;value;sex\r\nPHONE_ANSWER_RATE;2022;87,5;K\r\nPHONE_ANSWER_RATE;2022;85;M\r\n";
    const dry = await jamlik(["import", "measurements", "m.csv", "--dry-run"], { "m.csv": csv });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("nothing written");
    const real = await jamlik(["import", "measurements", "m.csv", "--idempotency-key", "cli-test-import-1"], {
      "m.csv": csv,
    });
    expect(real.code).toBe(0);
    expect(real.stdout).toContain("2 created");
    const again = await jamlik(
      ["import", "measurements", "m.csv", "--idempotency-key", "cli-test-import-2"],
      { "m.csv": csv },
    );
    expect(again.stdout).toContain("2 unchanged");
  });

  it("round-trips every format: export, then import changes nothing", async () => {
    for (const format of ["care-units", "offerings", "measurements"]) {
      const exported = await jamlik(["export", format]);
      expect(exported.code).toBe(0);
      expect(exported.stdout.startsWith("\uFEFF")).toBe(true);
      const lines = exported.stdout.trim().split("\r\n").length - 1;
      const imported = await jamlik(["import", format, "x.csv"], { "x.csv": exported.stdout });
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
      expect(imported.stdout).toContain(`${lines} unchanged`);
      expect(imported.stdout).toMatch(/0 created, 0 updated/);
    }
  });

  it("reports bad rows with their line and column and writes nothing", async () => {
    const csv = [
      "metric;period;value;careUnit",
      "PHONE_ANSWER_RATE;2023;80;",
      "PHONE_ANSWER_RATE;2023-13;80;",
      "NO_SUCH_METRIC;2023;80;",
      "PHONE_ANSWER_RATE;2024;åttio;",
      "PHONE_ANSWER_RATE;2025;80;SE-NOT-A-UNIT",
    ].join("\n");
    const result = await jamlik(["import", "measurements", "bad.csv"], { "bad.csv": csv });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("line 3, column period");
    expect(result.stdout).toContain("line 4, column metric");
    expect(result.stdout).toContain("line 5, column value");
    expect(result.stdout).toContain("line 6, column careUnit");
    const check = await jamlik(["import", "measurements", "ok.csv", "--dry-run"], {
      "ok.csv": "metric;period;value\nPHONE_ANSWER_RATE;2023;80\n",
    });
    expect(check.stdout).toContain("1 created");
  });

  it("refuses files with wrong columns or no rows before sending anything", async () => {
    const wrong = await jamlik(["import", "measurements", "w.csv"], {
      "w.csv": "metric;periode;varde\nA;2020;1\n",
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/period/);
    const empty = await jamlik(["import", "measurements", "e.csv"], { "e.csv": "" });
    expect(empty.code).toBe(2);
    const headerOnly = await jamlik(["import", "care-units", "h.csv"], {
      "h.csv": "hsaId;name;municipalityCode;municipalityName;kind;provider\n",
    });
    expect(headerOnly.code).toBe(2);
  });
});
