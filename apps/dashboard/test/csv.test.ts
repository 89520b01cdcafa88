import { readCsv, writeCsv } from "@jamlik/csv";
import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, csvNumber, toCsv } from "../src/app/csv.ts";

/** One cell as it is written in a file (quoted where needed). */
const csvField = (value: Parameters<typeof csvCell>[0]) => writeCsv([[csvCell(value)]]).slice(1, -2);

describe("CSV for Swedish spreadsheets", () => {
  it("starts with a BOM, separates with semicolons, ends lines with CRLF", () => {
    const text = toCsv(["Region", "Värde"], [["Region Norrbotten", 83]]);
    expect(text).toBe("\ufeffRegion;Värde\r\nRegion Norrbotten;83\r\n");
  });

  it("writes decimal commas, no thousands separator, and no floating-point noise", () => {
    expect(csvNumber(37.5)).toBe("37,5");
    expect(csvNumber(206000)).toBe("206000");
    expect(csvNumber(0.1 + 0.2)).toBe("0,3");
    expect(csvNumber(-2.25)).toBe("-2,25");
    expect(csvNumber(Number.NaN)).toBe("");
  });

  it("quotes fields with separators, quotes and line breaks; empty for null; ja/nej for booleans", () => {
    expect(csvField('Kontakta mig; "snabbt"')).toBe('"Kontakta mig; ""snabbt"""');
    expect(csvField("rad 1\nrad 2")).toBe('"rad 1\nrad 2"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("ja");
    expect(csvField(false)).toBe("nej");
  });

  it("keeps text that a spreadsheet would run as a formula as text (OWASP: = + - @ tab CR)", () => {
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("@import")).toBe("'@import");
    expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe('"\'\r=1+1"');
    // Numbers are numbers, not text: a negative value stays a value.
    expect(csvField(-2.5)).toBe("-2,5");
  });

  it("reads back what it writes", () => {
    const rows = [
      ["Kommun", "Andel", "Saknas"],
      ["Luleå", "57,1", 'Kontakta mig, "Boka tid"; Journalen'],
    ];
    expect(readCsv(toCsv(rows[0] as string[], rows.slice(1))).records.map((r) => r.fields)).toEqual(rows);
  });

  it("names files after the table, ASCII only", () => {
    expect(csvFileName("Täckning per kommun – Region Västmanland, 2026-11-25")).toBe(
      "tackning-per-kommun-region-vastmanland-2026-11-25.csv",
    );
    expect(csvFileName("–")).toBe("tabell.csv");
  });
});
