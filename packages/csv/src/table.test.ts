import { describe, expect, it } from "vitest";
import { decimalComma } from "./cells.ts";
import { FORMAT_NAMES, FORMATS } from "./formats/index.ts";
import { readCsv as parseCsv } from "./read.ts";
import { CsvFormatError, toExportRecords, toImportTable } from "./table.ts";
import { writeCsv } from "./write.ts";

const measurements = FORMATS.measurements;
const rowsOf = (text: string, format: (typeof FORMATS)[keyof typeof FORMATS] = measurements) =>
  toImportTable(format, parseCsv(text));

/** A table's rows as objects of their non-blank cells. */
const objects = ({ columns, rows }: { columns: string[]; rows: (string | null)[][] }) =>
  rows.map((row) =>
    Object.fromEntries(columns.flatMap((column, i) => (row[i] === null ? [] : [[column, row[i]]]))),
  );

describe("toImportTable", () => {
  it("matches column names case-insensitively and reads empty cells as null", () => {
    const table = rowsOf(
      "\uFEFFMETRIC;Period;value;Sex;note\r\nMV01;2024;83,5;;\r\n\r\nMV02;2024;;K;saknas\r\n",
    );
    expect(table.columns).toEqual(["metric", "period", "value", "sex", "note"]);
    expect(table.rows).toEqual([
      ["MV01", "2024", "83,5", null, null],
      ["MV02", "2024", null, "K", "saknas"],
    ]);
    expect(objects(table)).toEqual([
      { metric: "MV01", period: "2024", value: "83,5" },
      { metric: "MV02", period: "2024", sex: "K", note: "saknas" },
    ]);
    expect(table.lines).toEqual([2, 4]);
  });

  it("accepts the columns in any order", () => {
    const table = rowsOf("validFrom,service,careUnit\n2024-01-01,ABC,SE1\n", FORMATS.offerings);
    expect(table.columns).toEqual(["validFrom", "service", "careUnit"]);
    expect(objects(table)).toEqual([{ careUnit: "SE1", service: "ABC", validFrom: "2024-01-01" }]);
  });

  it("names unknown columns", () => {
    expect(() => rowsOf("metric;period;value;colour;Size\n1;2;3;4;5\n")).toThrow(
      /line 1: unknown columns "colour", "Size"/,
    );
  });

  it("names missing required columns", () => {
    expect(() => rowsOf("metric;note\n1;2\n")).toThrow(/line 1: missing required columns period, value/);
    expect(() => rowsOf("careUnit;service\n1;2\n", FORMATS.offerings)).toThrow(
      /missing required column validFrom\n/,
    );
  });

  it("refuses a repeated column", () => {
    expect(() => rowsOf("metric;period;value;Value\n1;2;3;4\n")).toThrow(/repeated column value/);
  });

  it("says no rows for an empty file and for a header only", () => {
    expect(() => rowsOf("")).toThrow(/^no rows: the file is empty/);
    expect(() => rowsOf("\uFEFF\r\n")).toThrow(/^no rows/);
    expect(() => rowsOf("metric;period;value\r\n\r\n;;\r\n")).toThrow(/^no rows: line 1 is the header only$/);
  });

  it("gives the line of a ragged row, as a usage problem", () => {
    const text = "metric;period;value\nMV01;2024;1\n\nMV02;2024\nMV03;2024;3;extra\n";
    let error: unknown;
    try {
      rowsOf(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as Error).message).toContain("line 4: 2 fields, the header has 3");
    expect((error as Error).message).toContain("line 5: 4 fields, the header has 3");
  });
});

describe("export records", () => {
  it("writes the header in format order, null as empty and a decimal comma in numbers", () => {
    const columns = measurements.columns.map((column) => column.name);
    const row = (cells: Record<string, string | null>) => columns.map((column) => cells[column] ?? null);
    const records = toExportRecords(measurements, columns, [
      row({ metric: "MV01", period: "2024", value: "83.5", sex: null, note: "1.5 is text here" }),
      row({ metric: "MV02", period: "2024", value: null, missing: "TOO_FEW" }),
    ]);
    expect(records).toEqual([
      [
        "metric",
        "period",
        "value",
        "sex",
        "careUnit",
        "scope",
        "missing",
        "source",
        "dnr",
        "quote",
        "note",
        "demo",
      ],
      ["MV01", "2024", "83,5", "", "", "", "", "", "", "", "1.5 is text here", ""],
      ["MV02", "2024", "", "", "", "", "TOO_FEW", "", "", "", "", ""],
    ]);
  });

  it("neutralises text a spreadsheet would run as a formula, never a number", () => {
    const columns = ["metric", "period", "value", "note", "quote"];
    const [, row] = toExportRecords(FORMATS.measurements, columns, [
      ["MV01", "2024", "-2.5", "-2+3+cmd|' /C calc'!A0", "=HYPERLINK(1)"],
    ]);
    expect(row?.[2]).toBe("-2,5");
    expect(row).toContain("'-2+3+cmd|' /C calc'!A0");
    expect(row).toContain("'=HYPERLINK(1)");
  });

  it("puts decimal commas in numbers only", () => {
    expect(decimalComma("83.5")).toBe("83,5");
    expect(decimalComma("-0.25")).toBe("-0,25");
    expect(decimalComma("12")).toBe("12");
    expect(decimalComma("2024.1.1")).toBe("2024.1.1");
  });

  it("round-trips through the CSV writer and reader for every format", () => {
    const samples: Record<string, Record<string, string | null>> = {
      "care-units": {
        hsaId: "SE2321000230-1",
        name: 'Hälsocentralen "Kusten"; Luleå',
        municipalityCode: "2580",
        municipalityName: "Luleå",
        kind: "hälsocentral",
        provider: "PUBLIC",
        demo: "false",
      },
      offerings: { careUnit: "SE2321000230-1", service: "BOKA", validFrom: "2024-01-01", validTo: null },
      measurements: {
        metric: "MV01",
        period: "2024-Q1",
        value: "83.5",
        sex: "K",
        careUnit: null,
        missing: null,
        source: "Årsredovisning 2024",
        dnr: "RS 2024/12",
        quote: "”83,5 procent”\nsid. 4",
        note: " ",
      },
    };
    for (const name of FORMAT_NAMES) {
      const format = FORMATS[name];
      const columns = format.columns.map((column) => column.name);
      const sample = samples[name] ?? {};
      const records = toExportRecords(format, columns, [columns.map((column) => sample[column] ?? null)]);
      const text = writeCsv(records);
      expect(parseCsv(text).records.map((r) => r.fields)).toEqual(records);
      const rows = objects(toImportTable(format, parseCsv(text)));
      const expected = Object.fromEntries(
        Object.entries(samples[name] ?? {})
          .filter(([, value]) => value !== null && value !== "")
          .map(([key, value]) => [key, key === "value" ? decimalComma(value ?? "") : value]),
      );
      expect(rows).toEqual([expected]);
    }
  });
});
