import { REGIONS } from "@jamlik/registry";
import { adminTypeDefs } from "@jamlik/schema";
import { fc, fuzzRuns, judgeAnswer } from "@jamlik/testkit";
import { buildASTSchema, isInputObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, startAdmin, token } from "../admin/harness.ts";
import { argumentsArbitrary } from "./arbitraries.ts";

/**
 * Every CSV format's import, fed generated rows: a dry run and the real import must agree on
 * every row (the same errors, the same counts), an import with errors writes nothing, and no
 * answer is a 5xx, an internal error or a leak.
 */
const code = REGIONS[0]?.code ?? "";
const schema = buildASTSchema(adminTypeDefs());
const FORMATS = [
  ["importCareUnits", "CareUnitRow"],
  ["importOfferings", "OfferingRow"],
  ["importMeasurements", "MeasurementRow"],
] as const;

type Report = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
};

describe("the CSV imports under generated rows", () => {
  let harness: AdminHarness;
  let editor: string;
  let cases = 0;

  beforeAll(async () => {
    harness = await startAdmin(code);
    editor = await token(code, "editor");
  });
  afterAll(async () => {
    console.log(`import fuzz: ${cases} generated files (each imported as a dry run and for real)`);
    await harness?.close();
  });

  it.each(FORMATS)("%s: a dry run and the real import agree on every row", async (field, rowType) => {
    const type = schema.getType(rowType);
    if (!isInputObjectType(type)) throw new Error(`${rowType} is not an input type`);
    const row = argumentsArbitrary(Object.values(type.getFields()) as never);
    const query = `mutation($rows: [${rowType}!]!, $dryRun: Boolean) { ${field}(rows: $rows, dryRun: $dryRun) { rows created updated unchanged errors { row column message } } }`;
    const run = async (rows: unknown[], dryRun: boolean) => {
      const response = await fetch(harness.adminUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query, variables: { rows, dryRun } }),
      });
      const body = (await response.json()) as { data?: Record<string, Report> | null };
      const judged = judgeAnswer(response.status, body);
      if (!judged.ok) throw new Error(`${field} ${JSON.stringify(rows).slice(0, 400)}: ${judged.problem}`);
      return body.data?.[field];
    };
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
        cases++;
        const dry = await run(rows, true);
        const real = await run(rows, false);
        expect(real, "the real import answers when the dry run does").toBeDefined();
        expect(real?.errors).toEqual(dry?.errors);
        if ((dry?.errors.length ?? 0) === 0) {
          expect({ created: real?.created, updated: real?.updated, unchanged: real?.unchanged }).toEqual({
            created: dry?.created,
            updated: dry?.updated,
            unchanged: dry?.unchanged,
          });
        } else {
          expect([real?.created, real?.updated, real?.unchanged]).toEqual([0, 0, 0]);
        }
      }),
      { numRuns: fuzzRuns(60), endOnFailure: true },
    );
  });
});
