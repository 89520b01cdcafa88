import { seededChoices } from "@jamlik/testkit";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, type ReadOptions, readCsv } from "./read.ts";
import { readCsvInSlices } from "./readInSlices.ts";
import { writeCsv } from "./write.ts";

/** The outcome of a reading as a caller sees it: the records, or the error's message. */
async function outcome(read: () => unknown) {
  try {
    return { value: JSON.stringify(await read()) };
  } catch (error) {
    return { error: error instanceof CsvSyntaxError ? `${error.line}: ${error.problem}` : String(error) };
  }
}

const PIECES = [
  "a",
  "Öjebyn",
  "83,5",
  " ",
  "\t",
  '"',
  '""',
  ";",
  ",",
  "\n",
  "\r\n",
  "\r",
  "😀",
  "\uFEFF",
  "=1+1",
  "x".repeat(300),
];

/** Text that is CSV, nearly CSV or not CSV at all, with every line end and multi-unit characters. */
function randomText(next: () => number): string {
  const parts: string[] = [];
  const length = Math.floor(next() * 400);
  for (let i = 0; i < length; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
  return parts.join("");
}

describe("readCsvInSlices", () => {
  it("reads every text as readCsv does, records, lines and errors, however it is sliced", async () => {
    const { next } = seededChoices(20261207);
    const texts = [
      "",
      "a;b\n\n\n1;2\r\n\r\n;;\n  \n3;4",
      'a;b;c\r\n"x;y";"say ""hej""";"two\r\nlines"\r\n4;5;6\r\n',
      'a;b\n1;2\n3;"open\n',
      'a;b\n1;"x"y\n',
      writeCsv([
        ["😀", "å"],
        ["x".repeat(5000), "y"],
      ]),
      ...Array.from({ length: 300 }, () => randomText(next)),
    ];
    for (const text of texts) {
      for (const options of [
        {},
        { budgetMs: 0 },
        { maxRecords: 3 },
        { maxRecordLength: 200 },
      ] as ReadOptions[]) {
        const whole = await outcome(() => readCsv(text, options));
        const sliced = await outcome(() => readCsvInSlices(text, options));
        expect(sliced, JSON.stringify({ text, options })).toEqual(whole);
      }
    }
  });

  it("refuses more records than its limit, and a record longer than its limit, with the line", async () => {
    await expect(readCsvInSlices(`h\n${"x\n".repeat(10)}`, { maxRecords: 5 })).rejects.toThrow(
      new CsvSyntaxError(6, "the file has more than 5 records; split it into smaller files"),
    );
    // Blank lines are free: they are not records.
    expect((await readCsvInSlices(`h\n${"\n".repeat(100)}x\n`, { maxRecords: 5 })).records).toEqual([
      { line: 1, fields: ["h"] },
      { line: 102, fields: ["x"] },
    ]);
    await expect(readCsvInSlices(`h\nok\n${"y".repeat(300)}\n`, { maxRecordLength: 100 })).rejects.toThrow(
      new CsvSyntaxError(3, "a record is longer than 100 characters"),
    );
  });

  it("gives the event loop a turn while it reads: other callbacks run between its slices", async () => {
    // Short records of another length than the header, the costliest kind for csv-parse.
    const text = `a;b\n${"x\n".repeat(20_000)}`;
    let turns = 0;
    let reading = true;
    const count = () => {
      if (!reading) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    // With no budget it turns after every slice, and a slice is never longer than its first 512.
    const csv = await readCsvInSlices(text, { budgetMs: 0 });
    reading = false;
    expect(csv.records).toHaveLength(20_001);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(text.length / 512));
    // readCsv reads it in one go: no turn at all.
    turns = 0;
    reading = true;
    setImmediate(count);
    readCsv(text);
    const during = turns;
    reading = false;
    expect(during).toBe(0);
  });
});
