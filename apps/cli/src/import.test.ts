import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { decodeJwt } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { defaultIdempotencyKey, formatReport, type ImportReport } from "./commands/import.ts";
import { EXIT } from "./errors.ts";
import { runCli } from "./main.ts";
import { type Captured, capture } from "./testing/capture.ts";
import {
  type FakeAdmin,
  type FakeAnswer,
  type RecordedRequest,
  startFakeAdmin,
} from "./testing/fakeAdmin.ts";

const SECRET = "import-test-secret";

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
const TOKEN = "header.payload.signature";

const MEASUREMENTS =
  "\uFEFFmetric;period;value;sex;note\r\n" +
  "MV01;2024;83,5;K;\r\n" +
  "\r\n" +
  'MV02;2024;"12,0";;"text; with separator"\r\n' +
  "MV03;2024;x;M;\r\n";

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    dryRun: false,
    rows: 3,
    created: 2,
    updated: 1,
    unchanged: 0,
    errors: [],
    warnings: [],
    ...overrides,
  };
}

let server: FakeAdmin | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(answer: (request: RecordedRequest) => FakeAnswer): Promise<FakeAdmin> {
  server = await startFakeAdmin(answer);
  return server;
}

function withFile(io: Captured, name: string, content: string | Uint8Array): string {
  writeFileSync(join(io.dir, name), content);
  return name;
}

async function importFile(io: Captured, url: string, extra: string[] = [], content = MEASUREMENTS) {
  const file = withFile(io, "matningar.csv", content);
  return runCli(["import", "measurements", file, "--region", "SE-BD", "--url", url, ...extra], io.ctx);
}

describe("jamlik import", () => {
  it("sends every row in one request with the bearer token and the idempotency key", async () => {
    const admin = await serve(() => ({ body: { data: { importCsv: report() } } }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    expect(await importFile(io, admin.url)).toBe(EXIT.ok);

    expect(admin.requests).toHaveLength(1);
    const [request] = admin.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/admin/graphql");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body.query).toContain("mutation ImportCsv(");
    expect(request?.body.query).toContain(
      "importCsv(\n    format: $format\n    columns: $columns\n    rows: $rows\n    dryRun: $dryRun\n    idempotencyKey: $key",
    );
    expect(request?.body.variables).toEqual({
      format: "MEASUREMENTS",
      columns: ["metric", "period", "value", "sex", "note"],
      rows: [
        ["MV01", "2024", "83,5", "K", null],
        ["MV02", "2024", "12,0", null, "text; with separator"],
        ["MV03", "2024", "x", "M", null],
      ],
      dryRun: false,
      key: defaultIdempotencyKey("measurements", Buffer.from(MEASUREMENTS), false),
    });
    expect(sentRows(request)).toEqual([
      { metric: "MV01", period: "2024", value: "83,5", sex: "K" },
      { metric: "MV02", period: "2024", value: "12,0", note: "text; with separator" },
      { metric: "MV03", period: "2024", value: "x", sex: "M" },
    ]);
    expect(io.stdout()).toBe("3 rows: 2 created, 1 updated, 0 unchanged\n");
    expect(io.stderr()).toBe("");
  });

  it("keys the request by format and file content, so a re-run sends the same key", async () => {
    const admin = await serve(() => ({ body: { data: { importCsv: report() } } }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    await importFile(io, admin.url);
    await importFile(io, admin.url);
    await importFile(io, admin.url, [], MEASUREMENTS.replace("83,5", "83,6"));
    await importFile(io, admin.url, ["--dry-run"]);
    await importFile(io, admin.url, ["--idempotency-key", "my-import:2024-06"]);
    const keys = admin.requests.map((request) => request.body.variables.key);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(new Set(keys.slice(1)).size).toBe(4);
    expect(keys[4]).toBe("my-import:2024-06");
    const expected = createHash("sha256")
      .update("jamlik-import\0measurements\0")
      .update(MEASUREMENTS)
      .digest("hex");
    expect(keys[0]).toBe(expected);
  });

  it("prints bad rows with their CSV lines and exits 1", async () => {
    const admin = await serve(() => ({
      body: {
        data: {
          importCsv: report({
            created: 0,
            updated: 0,
            errors: [
              { row: 2, column: "value", message: 'not a number: "x"' },
              { row: 0, column: "metric", message: "unknown metric MV01" },
              { row: 2, column: "sex", message: "use K, M or T" },
            ],
          }),
        },
      },
    }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    expect(await importFile(io, admin.url)).toBe(EXIT.badRows);
    expect(io.stdout().split("\n")).toEqual([
      "line 2, column metric: unknown metric MV01",
      'line 5, column value: not a number: "x"',
      "line 5, column sex: use K, M or T",
      "3 rows: 3 errors in 2 rows; nothing written",
      "",
    ]);
  });

  it("sends dryRun and prints what would happen", async () => {
    const admin = await serve(() => ({
      body: { data: { importCsv: report({ dryRun: true, created: 1, updated: 0, unchanged: 2 }) } },
    }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    expect(await importFile(io, admin.url, ["--dry-run"])).toBe(EXIT.ok);
    expect(admin.requests[0]?.body.variables.dryRun).toBe(true);
    expect(io.stdout()).toBe("dry run: 3 rows would be 1 created, 0 updated, 2 unchanged; nothing written\n");
  });

  it("mints an editor token for the region from the dev secret", async () => {
    const admin = await serve(() => ({ body: { data: { importCsv: report() } } }));
    const io = capture();
    writeFileSync(io.ctx.devSecretFile, SECRET);
    expect(await importFile(io, admin.url)).toBe(EXIT.ok);
    const token = admin.requests[0]?.headers.authorization?.replace(/^Bearer /, "") ?? "";
    expect(decodeJwt(token)).toMatchObject({
      region: "SE-BD",
      role: "editor",
      iss: "jamlik-dev",
      aud: "jamlik-admin",
    });
  });

  it("prefers --token over JAMLIK_TOKEN", async () => {
    const admin = await serve(() => ({ body: { data: { importCsv: report() } } }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    await importFile(io, admin.url, ["--token", "given"]);
    expect(admin.requests[0]?.headers.authorization).toBe("Bearer given");
  });

  it("imports care units and offerings as their own formats", async () => {
    const admin = await serve(() => ({ body: { data: { importCsv: report({ rows: 1 }) } } }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    withFile(
      io,
      "units.csv",
      "hsaId,name,municipalityCode,municipalityName,kind,provider\nSE1,Öjebyn,2581,Piteå,hc,PUBLIC\n",
    );
    withFile(io, "offerings.csv", "careUnit;service;validFrom;validTo\nSE1;BOKA;2024-01-01;\n");
    expect(
      await runCli(["import", "care-units", "units.csv", "--region", "SE-BD", "--url", admin.url], io.ctx),
    ).toBe(0);
    expect(
      await runCli(["import", "offerings", "offerings.csv", "--region", "SE-BD", "--url", admin.url], io.ctx),
    ).toBe(0);
    expect(admin.requests[0]?.body.variables.format).toBe("CARE_UNITS");
    expect(sentRows(admin.requests[0])).toEqual([
      {
        hsaId: "SE1",
        name: "Öjebyn",
        municipalityCode: "2581",
        municipalityName: "Piteå",
        kind: "hc",
        provider: "PUBLIC",
      },
    ]);
    expect(admin.requests[1]?.body.variables.format).toBe("OFFERINGS");
    expect(sentRows(admin.requests[1])).toEqual([
      { careUnit: "SE1", service: "BOKA", validFrom: "2024-01-01" },
    ]);
  });

  it("prints GraphQL errors with their code and exits 3", async () => {
    const admin = await serve(() => ({
      status: 401,
      body: { errors: [{ message: "token is for region SE-U", extensions: { code: "FORBIDDEN" } }] },
    }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    expect(await importFile(io, admin.url)).toBe(EXIT.server);
    expect(io.stderr()).toContain("token is for region SE-U (FORBIDDEN)");
    expect(io.stdout()).toBe("");
  });

  it("exits 3 when the answer is not GraphQL", async () => {
    const admin = await serve(() => ({ status: 502, body: "Bad Gateway" }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    expect(await importFile(io, admin.url)).toBe(EXIT.server);
    expect(io.stderr()).toMatch(/answered HTTP 502 .*not GraphQL: Bad Gateway/);
  });

  it("exits 3 when the server cannot be reached", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 1));
      });
    });
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    expect(await importFile(io, `http://127.0.0.1:${port}/admin/graphql`)).toBe(EXIT.server);
    expect(io.stderr()).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+\/admin\/graphql \(ECONNREFUSED\)/);
  });

  it.each([
    ["metric;period;value;colour\nMV01;2024;1;blue\n", /unknown column "colour"/],
    ["metric;value\nMV01;1\n", /missing required column period/],
    ["", /no rows/],
    ["metric;period;value\r\n", /no rows/],
    ["metric;period;value\nMV01;2024;1\nMV02;2024\n", /line 3: 2 fields, the header has 3/],
    ['metric;period;value\nMV01;2024;"1\n', /line 2: a quoted field is never closed/],
    [new Uint8Array([0x6d, 0x3b, 0xe5, 0x0a]), /not UTF-8/],
  ])("exits 2 without sending anything for a bad file (%#)", async (content, message) => {
    const admin = await serve(() => ({ body: { data: { importCsv: report() } } }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    withFile(io, "bad.csv", content);
    expect(
      await runCli(["import", "measurements", "bad.csv", "--region", "SE-BD", "--url", admin.url], io.ctx),
    ).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(message);
    expect(admin.requests).toHaveLength(0);
  });

  it("exits 2 for a missing file and when there is no token at all", async () => {
    const io = capture();
    expect(await runCli(["import", "offerings", "nope.csv", "--region", "SE-BD"], io.ctx)).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(/cannot read nope\.csv/);
    withFile(io, "o.csv", "careUnit;service;validFrom\nSE1;BOKA;2024-01-01\n");
    expect(await runCli(["import", "offerings", "o.csv", "--region", "SE-BD"], io.ctx)).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(/no token: pass --token or set JAMLIK_TOKEN.*`npm start`/);
  });

  it("shows progress on stderr when it is a terminal, keeping stdout for the report", async () => {
    const admin = await serve(() => ({ body: { data: { importCsv: report() } }, delayMs: 800 }));
    let progress = "";
    const io = capture({
      env: { JAMLIK_TOKEN: TOKEN },
      stderr: { isTTY: true, write: (text: string) => (progress += text) },
    });
    expect(await importFile(io, admin.url)).toBe(EXIT.ok);
    expect(progress).toMatch(/sent 3 rows, waiting for the server: \d+\.\d s/);
    expect(progress.endsWith("\r\u001b[K")).toBe(true);
    expect(io.stdout()).toBe("3 rows: 2 created, 1 updated, 0 unchanged\n");
  });

  it("sends 50 000 measurement rows in one request", async () => {
    const admin = await serve((request) => ({
      body: {
        data: { importCsv: report({ rows: (request.body.variables.rows as unknown[]).length }) },
      },
    }));
    const io = capture({ env: { JAMLIK_TOKEN: TOKEN } });
    const lines = Array.from({ length: 50_000 }, (_, i) => `MV${i % 50};2024-Q${(i % 4) + 1};${i},5;K`);
    const content = `metric;period;value;sex\r\n${lines.join("\r\n")}\r\n`;
    expect(await importFile(io, admin.url, [], content)).toBe(EXIT.ok);
    const rows = sentRows(admin.requests[0]);
    expect(rows).toHaveLength(50_000);
    expect(rows[49_999]).toEqual({ metric: "MV49", period: "2024-Q4", value: "49999,5", sex: "K" });
  });
});

describe("formatReport", () => {
  it("names rows the file does not have and errors without a column", () => {
    const printed = formatReport(
      report({
        rows: 2,
        errors: [
          { row: 1, column: "", message: "duplicate of line 2" },
          { row: 7, column: "metric", message: "?" },
        ],
      }),
      [2, 3],
    );
    expect(printed).toEqual([
      "line 3: duplicate of line 2",
      "row 7 (not in the file), column metric: ?",
      "2 rows: 2 errors in 2 rows; nothing written",
    ]);
  });

  it("says dry run when a dry run found errors", () => {
    expect(
      formatReport(
        report({ dryRun: true, rows: 1, errors: [{ row: 0, column: "value", message: "bad" }] }),
        [2],
      ),
    ).toEqual(["line 2, column value: bad", "dry run: 1 row: 1 error in 1 row; nothing written"]);
  });
});
