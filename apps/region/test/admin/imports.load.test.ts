import { REGIONS } from "@jamlik/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, startAdmin, token } from "./harness.ts";

const code = REGIONS[0]?.code ?? "";
type Report = {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
  warnings: { row: number; column: string; message: string }[];
};
const REPORT =
  "dryRun rows created updated unchanged errors { row column message } warnings { row column message }";

describe("a large import through the admin endpoint (npm run test:load)", () => {
  let harness: AdminHarness;
  let editor: string;
  const importRows = async (
    kind: "Measurements" | "CareUnits" | "Offerings",
    rows: unknown[],
    dryRun = false,
    key?: string,
  ) => {
    const type = { Measurements: "MeasurementRow", CareUnits: "CareUnitRow", Offerings: "OfferingRow" }[kind];
    const result = await harness.admin<Record<string, Report>>(
      editor,
      `mutation($rows: [${type}!]!, $dryRun: Boolean, $key: String) { import${kind}(rows: $rows, dryRun: $dryRun, idempotencyKey: $key) { ${REPORT} } }`,
      { rows, dryRun, key },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.[`import${kind}`] as Report;
  };
  const measurementCount = async () =>
    (
      (await harness.admin<{ records: unknown[] }>(editor, "{ records(entity: MEASUREMENT) { id } }")).data
        ?.records ?? []
    ).length;

  beforeAll(async () => {
    harness = await startAdmin(code);
    editor = await token(code, "editor");
  });
  afterAll(() => harness?.close());

  it("imports 50 000 measurements in one transaction", async () => {
    const units =
      (await harness.admin<{ exportCareUnits: { hsaId: string }[] }>(editor, "{ exportCareUnits { hsaId } }"))
        .data?.exportCareUnits ?? [];
    const rows = [];
    for (let i = 0; rows.length < 50_000; i++) {
      const unit = units[i % units.length]?.hsaId;
      const month = (Math.floor(i / units.length) % 12) + 1;
      const year = 2000 + Math.floor(i / units.length / 12);
      rows.push({
        metric: "PHONE_ANSWER_RATE",
        period: `${year}-${String(month).padStart(2, "0")}`,
        value: `${50 + (i % 50)},5`,
        careUnit: unit,
      });
    }
    const before = await measurementCount();
    const started = performance.now();
    const report = await importRows("Measurements", rows);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `imported 50 000 measurements in ${seconds.toFixed(1)} s (${Math.round(50_000 / seconds)} rows/s)`,
    );
    expect(report).toMatchObject({ rows: 50_000, created: 50_000, errors: [] });
    expect(await measurementCount()).toBe(before + 50_000);
  }, 300_000);
});
