import { describe, expect, it } from "vitest";
import { CsvSyntaxError, countLines, detectSeparator, readCsv as parseCsv } from "./read.ts";
import { writeCsv } from "./write.ts";

const fields = (text: string) => parseCsv(text).records.map((record) => record.fields);
const lines = (text: string) => parseCsv(text).records.map((record) => record.line);

describe("parseCsv", () => {
  it("reads ; separated text with and without a BOM alike", () => {
    const text = "metric;period;value\nMV01;2024;83,5\n";
    expect(fields(text)).toEqual([
      ["metric", "period", "value"],
      ["MV01", "2024", "83,5"],
    ]);
    expect(fields(`\uFEFF${text}`)).toEqual(fields(text));
    expect(parseCsv(`\uFEFF${text}`).separator).toBe(";");
  });

  it("detects , from the header line and keeps decimal commas inside quotes", () => {
    const csv = parseCsv('metric,period,value\nMV01,2024,"83,5"\n');
    expect(csv.separator).toBe(",");
    expect(csv.records.map((r) => r.fields)).toEqual([
      ["metric", "period", "value"],
      ["MV01", "2024", "83,5"],
    ]);
  });

  it("passes decimal commas through unchanged with ;", () => {
    expect(fields("value;note\n83,5;-0,25\n")[1]).toEqual(["83,5", "-0,25"]);
  });

  it("chooses ; when the header has both, counting only outside quotes", () => {
    expect(detectSeparator('a;"b,c,d";e')).toBe(";");
    expect(detectSeparator('a,"b;c;d",e')).toBe(",");
    expect(detectSeparator("single")).toBe(";");
  });

  it("reads CRLF, LF and CR line ends and counts lines the way an editor does", () => {
    for (const eol of ["\r\n", "\n", "\r"]) {
      const text = ["a;b", "1;2", "", "3;4"].join(eol);
      expect(fields(text)).toEqual([
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ]);
      expect(lines(text)).toEqual([1, 2, 4]);
    }
  });

  it("reads quoted fields with separators, quotes and line breaks inside", () => {
    const text = 'a;b;c\r\n"x;y";"say ""hej""";"two\r\nlines"\r\n4;5;6\r\n';
    const csv = parseCsv(text);
    expect(csv.records.map((r) => r.fields)).toEqual([
      ["a", "b", "c"],
      ["x;y", 'say "hej"', "two\r\nlines"],
      ["4", "5", "6"],
    ]);
    expect(csv.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("drops spaces around unquoted fields and quotes, but not inside quotes", () => {
    expect(fields('a;b;c\n  x  ; " y " ;z\t\n')[1]).toEqual(["x", " y ", "z"]);
  });

  it("skips blank lines and lines of empty cells such as Excel's trailing ;;;", () => {
    const text = "a;b\n\n1;2\n;\n  \n3;4\n;;\n";
    expect(fields(text)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(lines(text)).toEqual([1, 3, 6]);
  });

  it("keeps empty cells and a trailing empty field", () => {
    expect(fields("a;b;c\n1;;\n")[1]).toEqual(["1", "", ""]);
  });

  it("reports an unclosed quote and text after a closing quote with their lines", () => {
    expect(() => parseCsv('a;b\n1;2\n3;"open\n')).toThrow(
      new CsvSyntaxError(3, "a quoted field is never closed"),
    );
    expect(() => parseCsv('a;b\n1;"x"y\n')).toThrow(/^line 2: unexpected "y" after a closing quote$/);
  });

  it("returns no records for an empty file", () => {
    expect(parseCsv("").records).toEqual([]);
    expect(parseCsv("\uFEFF\r\n\r\n").records).toEqual([]);
  });

  it("reports progress", () => {
    const seen: number[] = [];
    parseCsv(`h\n${"x\n".repeat(2500)}`, { onProgress: (n) => seen.push(n), progressEvery: 1000 });
    expect(seen).toEqual([1000, 2000, 2501]);
  });
});

describe("countLines", () => {
  it("counts lines with or without a final line end", () => {
    expect(countLines("")).toBe(0);
    expect(countLines("a\nb\n")).toBe(2);
    expect(countLines("a\r\nb")).toBe(2);
  });
});

describe("writeCsv", () => {
  it("writes a BOM, ; and CRLF, quoting only where needed", () => {
    const text = writeCsv([
      ["a", "b", "c"],
      ["83,5", "x;y", 'say "hej"'],
      ["", " padded", "two\nlines"],
    ]);
    expect(text).toBe('\uFEFFa;b;c\r\n83,5;"x;y";"say ""hej"""\r\n;" padded";"two\nlines"\r\n');
  });

  it("is read back to identical rows", () => {
    const rows = [
      ["hsaId", "name", "note"],
      ["SE2321000230-1", "Hälsocentral Öjebyn", ""],
      ["SE2321000230-2", 'Vårdcentralen "Norra"', "a;b,c"],
      ["SE2321000230-3", "  spaces  ", "line\r\nbreak\rand\nmore"],
      ["x", '"', ";"],
      ["", "", "only the last"],
      ["=SUM(A1)", "\t", "tab\tinside"],
    ];
    expect(fields(writeCsv(rows))).toEqual(rows);
    expect(fields(writeCsv(rows, ","))).toEqual(rows);
  });
});
