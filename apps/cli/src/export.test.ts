import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FORMATS, formatEnumValue } from "@jamlik/csv";
import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT } from "./errors.ts";
import { runCli } from "./main.ts";
import { capture } from "./testing/capture.ts";
import { type FakeAdmin, type RecordedRequest, startFakeAdmin } from "./testing/fakeAdmin.ts";

const MEASUREMENTS = [
  {
    metric: "MV01",
    period: "2024-Q1",
    value: "83.5",
    sex: "K",
    careUnit: "SE2321000230-1",
    missing: null,
    source: "Årsredovisning 2024",
    dnr: "RS 2024/12",
    quote: 'Andelen var "83,5 procent";\nse sid. 4',
    note: null,
    scope: null,
    demo: "false",
  },
  {
    metric: "MV02",
    period: "2024",
    value: null,
    sex: null,
    careUnit: null,
    missing: "TOO_FEW",
    source: null,
    dnr: null,
    quote: null,
    note: "  indented",
    scope: "närsjukvården",
    demo: "false",
  },
  {
    metric: "MV03",
    period: "2023",
    value: "12",
    sex: "T",
    careUnit: null,
    missing: null,
    source: null,
    dnr: null,
    quote: null,
    note: null,
    scope: null,
    demo: "true",
  },
];

const CARE_UNITS = [
  {
    hsaId: "SE2321000230-1",
    name: "Hälsocentralen Öjebyn",
    municipalityCode: "2581",
    municipalityName: "Piteå",
    kind: "hälsocentral",
    provider: "PUBLIC",
    demo: "false",
  },
];

let server: FakeAdmin | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The columns of each format, as the admin API exports them (by the enum value). */
const COLUMNS: Record<string, string[]> = Object.fromEntries(
  Object.values(FORMATS).map((format) => [formatEnumValue(format), format.columns.map((c) => c.name)]),
);

const DATA: Record<string, Record<string, string | null>[]> = { MEASUREMENTS, CARE_UNITS, OFFERINGS: [] };

/** Answers exports from the data above and echoes imports as all unchanged. */
function answer(request: RecordedRequest) {
  const { query, variables } = request.body;
  const format = String(variables.format);
  if (query.includes("exportCsv")) {
    const columns = COLUMNS[format] ?? [];
    const rows = (DATA[format] ?? []).map((item) => columns.map((column) => item[column] ?? null));
    return { body: { data: { exportCsv: { columns, rows } } } };
  }
  const rows = (variables.rows as unknown[]).length;
  return {
    body: {
      data: {
        importCsv: { dryRun: false, rows, created: 0, updated: 0, unchanged: rows, errors: [], warnings: [] },
      },
    },
  };
}

/** The rows a request sent, as objects of their non-empty cells by column. */
function sentRows(request: RecordedRequest | undefined): Record<string, string>[] {
  const { columns, rows } = (request?.body.variables ?? {}) as {
    columns: string[];
    rows: (string | null)[][];
  };
  return rows.map((row) =>
    Object.fromEntries(columns.flatMap((column, i) => (row[i] === null ? [] : [[column, row[i] as string]]))),
  );
}

describe("jamlik export", () => {
  it("writes ; separated UTF-8 with BOM and CRLF, decimal commas and empty cells for null", async () => {
    server = await startFakeAdmin(answer);
    const io = capture({ env: { JAMLIK_TOKEN: "t" } });
    expect(await runCli(["export", "measurements", "--region", "SE-BD", "--url", server.url], io.ctx)).toBe(
      EXIT.ok,
    );
    expect(io.stdout()).toBe(
      "\uFEFFmetric;period;value;sex;careUnit;scope;missing;source;dnr;quote;note;demo\r\n" +
        'MV01;2024-Q1;83,5;K;SE2321000230-1;;;Årsredovisning 2024;RS 2024/12;"Andelen var ""83,5 procent"";\nse sid. 4";;false\r\n' +
        'MV02;2024;;;;närsjukvården;TOO_FEW;;;;"  indented";false\r\n' +
        "MV03;2023;12;T;;;;;;;;true\r\n",
    );
    expect(server.requests[0]?.body.query).toContain("query ExportCsv($format: CsvFormat!)");
    expect(server.requests[0]?.body.variables).toEqual({ format: "MEASUREMENTS" });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer t");
  });

  it("writes a header only when there is nothing to export", async () => {
    server = await startFakeAdmin(answer);
    const io = capture({ env: { JAMLIK_TOKEN: "t" } });
    expect(await runCli(["export", "offerings", "--region", "SE-BD", "--url", server.url], io.ctx)).toBe(
      EXIT.ok,
    );
    expect(io.stdout()).toBe("\uFEFFcareUnit;service;validFrom;validTo;demo\r\n");
  });

  it("mints a viewer token from the dev secret", async () => {
    server = await startFakeAdmin(answer);
    const io = capture({ env: { AUTH_DEV_SECRET: "s" } });
    await runCli(["export", "care-units", "--region", "SE-N", "--url", server.url], io.ctx);
    const token = server.requests[0]?.headers.authorization?.replace(/^Bearer /, "") ?? "";
    expect(decodeJwt(token)).toMatchObject({ region: "SE-N", role: "viewer" });
  });

  it.each([
    ["measurements", MEASUREMENTS],
    ["care-units", CARE_UNITS],
  ] as const)(
    "round-trips %s: export to a file, import it back, the same rows arrive",
    async (format, data) => {
      server = await startFakeAdmin(answer);
      const io = capture({ env: { JAMLIK_TOKEN: "t" } });
      const args = ["--region", "SE-BD", "--url", server.url];
      expect(await runCli(["export", format, "out.csv", ...args], io.ctx)).toBe(EXIT.ok);
      expect(io.stderr()).toBe(`wrote ${data.length} ${format} rows to out.csv\n`);
      expect(readFileSync(join(io.dir, "out.csv"), "utf8").startsWith("\uFEFF")).toBe(true);

      expect(await runCli(["import", format, "out.csv", ...args], io.ctx)).toBe(EXIT.ok);
      const sent = sentRows(server.requests[1]);
      const expected = data.map((item) =>
        Object.fromEntries(
          Object.entries(item)
            .filter((entry): entry is [string, string] => entry[1] !== null)
            .map(([key, value]) => [key, key === "value" ? value.replace(".", ",") : value]),
        ),
      );
      expect(sent).toEqual(expected);
      expect(io.stdout()).toBe(
        `${data.length} row${data.length === 1 ? "" : "s"}: 0 created, 0 updated, ${data.length} unchanged\n`,
      );
    },
  );

  it("exits 3 when the export answers an error", async () => {
    server = await startFakeAdmin(() => ({
      body: { errors: [{ message: "Unauthorized", extensions: { code: "UNAUTHENTICATED" } }] },
    }));
    const io = capture({ env: { JAMLIK_TOKEN: "t" } });
    expect(await runCli(["export", "offerings", "--region", "SE-BD", "--url", server.url], io.ctx)).toBe(
      EXIT.server,
    );
    expect(io.stderr()).toContain("Unauthorized (UNAUTHENTICATED)");
    expect(io.stdout()).toBe("");
  });
});
