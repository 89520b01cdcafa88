import { FORMATS } from "@jamlik/csv";
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

describe("imports through the admin endpoint", () => {
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

  it("keeps formula-like text as text, warns about it, exports it neutralised and reads that back", async () => {
    const rows = [
      {
        metric: "PHONE_ANSWER_RATE",
        period: "2019",
        value: "50",
        note: '=HYPERLINK("http://evil","klicka")',
      },
      { metric: "PHONE_ANSWER_RATE", period: "2018", value: "-", missing: "NOT_REPORTED" },
      { metric: "PHONE_ANSWER_RATE", period: "2017", value: "51", note: "-2+3+cmd|' /C calc'!A0" },
    ];
    const dry = await importRows("Measurements", rows.slice(0, 1).concat(rows.slice(2)), true);
    expect(dry.errors).toEqual([]);
    expect(dry.warnings.map((w) => [w.row, w.column])).toEqual([
      [0, "note"],
      [1, "note"],
    ]);
    const real = await importRows("Measurements", [rows[0], rows[2]]);
    expect(real.created).toBe(2);
    expect(real.warnings).toHaveLength(2);
    const exported = await harness.admin<{ exportMeasurements: { period: string; note: string | null }[] }>(
      editor,
      "{ exportMeasurements { period note } }",
    );
    const notes = exported.data?.exportMeasurements.filter((m) => m.period === "2019" || m.period === "2017");
    // The export API gives the text as stored; the CSV writers (CLI, dashboard) neutralise it.
    expect(notes?.map((m) => m.note)).toEqual([
      "-2+3+cmd|' /C calc'!A0",
      '=HYPERLINK("http://evil","klicka")',
    ]);
    // A file written by our CLI ('=…) reads back as the same text, without a warning.
    const again = await importRows("Measurements", [
      { ...rows[0], note: `'${rows[0]?.note}` },
      { ...rows[2], note: `'${rows[2]?.note}` },
    ]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, warnings: [] });
  });

  it("reports every bad row on a dry run and writes nothing", async () => {
    const before = await measurementCount();
    const report = await importRows(
      "Measurements",
      [
        { metric: "PHONE_ANSWER_RATE", period: "2024", value: "87,5" },
        { metric: "NOT_A_METRIC", period: "2024", value: "1" },
        { metric: "PHONE_ANSWER_RATE", period: "2024-13", value: "1" },
        { metric: "PHONE_ANSWER_RATE", period: "2023", value: "många" },
        { metric: "PHONE_ANSWER_RATE", period: "2022", value: "5", careUnit: "SE-NO-SUCH-UNIT" },
        { metric: "PHONE_ANSWER_RATE", period: "2021", value: "", missing: "CONFIDENTIAL" },
      ],
      true,
    );
    expect(report.errors).toEqual([
      { row: 1, column: "metric", message: expect.stringContaining("metric code") },
      { row: 2, column: "period", message: expect.stringContaining("period") },
      { row: 3, column: "value", message: '"många" is not a number' },
      { row: 4, column: "careUnit", message: "no care unit with HSA-id SE-NO-SUCH-UNIT" },
    ]);
    expect(await measurementCount()).toBe(before);
    const clean = await importRows(
      "Measurements",
      [{ metric: "PHONE_ANSWER_RATE", period: "2024", value: "87,5" }],
      true,
    );
    expect(clean).toMatchObject({ dryRun: true, created: 1, errors: [] });
    expect(await measurementCount()).toBe(before);
  });

  it("imports all rows or none, and is idempotent", async () => {
    const before = await measurementCount();
    const bad = await importRows("Measurements", [
      { metric: "PHONE_ANSWER_RATE", period: "2019", value: "80" },
      { metric: "PHONE_ANSWER_RATE", period: "2019", value: "81" },
    ]);
    expect(bad.errors).toEqual([
      { row: 1, column: "period", message: "same key as an earlier row of this import" },
    ]);
    expect(await measurementCount()).toBe(before);

    const rows = [
      { metric: "PHONE_ANSWER_RATE", period: "2019", value: "80,25", sex: "k" },
      { metric: "PHONE_ANSWER_RATE", period: "2019", value: "79", sex: "M" },
      { metric: "LOGGED_IN_SHARE", period: "2020", value: "83" },
    ];
    expect(await importRows("Measurements", rows, false, "import-measurements-1")).toMatchObject({
      created: 2,
      unchanged: 1,
      errors: [],
    });
    expect(await measurementCount()).toBe(before + 2);
    expect(await importRows("Measurements", rows, false, "import-measurements-1")).toMatchObject({
      created: 2,
      unchanged: 1,
    });
    expect(await importRows("Measurements", rows)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await measurementCount()).toBe(before + 2);
  });

  it("round-trips care units, offerings and measurements through export and import", async () => {
    const units =
      (
        await harness.admin<{ exportCareUnits: Record<string, string>[] }>(
          editor,
          "{ exportCareUnits { hsaId name municipalityCode municipalityName kind provider demo } }",
        )
      ).data?.exportCareUnits ?? [];
    const offerings =
      (
        await harness.admin<{ exportOfferings: Record<string, string>[] }>(
          editor,
          "{ exportOfferings { careUnit service validFrom validTo } }",
        )
      ).data?.exportOfferings ?? [];
    const measurements =
      (
        await harness.admin<{ exportMeasurements: Record<string, string>[] }>(
          editor,
          "{ exportMeasurements { metric period value sex careUnit missing source dnr quote note } }",
        )
      ).data?.exportMeasurements ?? [];
    expect(units.length).toBeGreaterThan(10);
    expect(offerings.length).toBeGreaterThan(units.length);
    expect(measurements.some((m) => m.value === "83" && m.source === "001_76e2d01250d0f490.txt")).toBe(true);
    expect(await importRows("CareUnits", units)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: units.length,
      errors: [],
    });
    expect(await importRows("Offerings", offerings)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: offerings.length,
      errors: [],
    });
    expect(await importRows("Measurements", measurements)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: measurements.length,
    });
  });

  it("refuses to rewrite a closed offering period", async () => {
    const offerings =
      (
        await harness.admin<{ exportOfferings: Record<string, string | null>[] }>(
          editor,
          "{ exportOfferings { careUnit service validFrom validTo } }",
        )
      ).data?.exportOfferings ?? [];
    const closed = offerings.find((o) => o.validTo !== null);
    expect(closed).toBeDefined();
    const report = await importRows("Offerings", [{ ...closed, validTo: "" }]);
    expect(report.errors).toEqual([
      { row: 0, column: "validTo", message: expect.stringContaining("history is not rewritten") },
    ]);
  });

  it("imports and exports a CSV table (importCsv, exportCsv) as the typed operations do", async () => {
    const columns = ["metric", "period", "value", "sex", "note"];
    const table = {
      format: "MEASUREMENTS",
      columns,
      rows: [["PHONE_ANSWER_RATE", "2012", "61,5", "K", null]],
    };
    const importCsv = `mutation($format: CsvFormat!, $columns: [String!]!, $rows: [[String]!]!, $dryRun: Boolean) {
      importCsv(format: $format, columns: $columns, rows: $rows, dryRun: $dryRun) { ${REPORT} } }`;
    const dry = await harness.admin<{ importCsv: Report }>(editor, importCsv, { ...table, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importCsv).toMatchObject({ dryRun: true, rows: 1, created: 1, errors: [] });
    const typed = await importRows(
      "Measurements",
      [{ metric: "PHONE_ANSWER_RATE", period: "2012", value: "61,5", sex: "K" }],
      true,
    );
    expect(typed).toEqual(dry.data?.importCsv);

    const real = await harness.admin<{ importCsv: Report }>(editor, importCsv, table);
    expect(real.data?.importCsv).toMatchObject({ dryRun: false, created: 1 });
    const exported = await harness.admin<{ exportCsv: { columns: string[]; rows: (string | null)[][] } }>(
      editor,
      "{ exportCsv(format: MEASUREMENTS) { columns rows } }",
    );
    const { columns: all, rows } = exported.data?.exportCsv ?? { columns: [], rows: [] };
    // The format's own columns, in its order (pinned by name in @jamlik/csv's table tests).
    expect(all).toEqual(FORMATS.measurements.columns.map((column) => column.name));
    const row = rows.find((r) => r[1] === "2012" && r[3] === "K");
    expect(row).toEqual([
      "PHONE_ANSWER_RATE",
      "2012",
      "61.5",
      "K",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "false",
    ]);

    // The export imports back unchanged.
    const again = await harness.admin<{ importCsv: Report }>(editor, importCsv, {
      format: "MEASUREMENTS",
      columns: all,
      rows,
    });
    expect(again.data?.importCsv).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: rows.length,
      errors: [],
    });
  });

  it("refuses a table whose header or rows do not fit the format, before reading any row", async () => {
    const call = (columns: string[], rows: (string | null)[][]) =>
      harness.admin(
        editor,
        "mutation($columns: [String!]!, $rows: [[String]!]!) { importCsv(format: OFFERINGS, columns: $columns, rows: $rows) { rows } }",
        { columns, rows },
      );
    const unknown = await call(["careUnit", "service", "validFrom", "colour"], [["a", "b", "c", "d"]]);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toMatch(/unknown column "colour"/);
    const missing = await call(["careUnit", "service"], [["a", "b"]]);
    expect(missing.errors?.[0]?.message).toMatch(/missing required column validFrom/);
    const ragged = await call(["careUnit", "service", "validFrom"], [["a", "b"]]);
    expect(ragged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(ragged.errors?.[0]?.message).toMatch(/rows\[0\] has 2 cells, the columns are 3/);
    const viewer = await token(code, "viewer");
    const refused = await harness.admin(
      viewer,
      'mutation { importCsv(format: OFFERINGS, columns: ["x"], rows: [["y"]]) { rows } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
