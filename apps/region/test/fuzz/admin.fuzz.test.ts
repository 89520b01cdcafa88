import { REGIONS } from "@jamlik/registry";
import { adminTypeDefs } from "@jamlik/schema";
import { fc, fuzzRuns, judgeAnswer } from "@jamlik/testkit";
import { sql } from "drizzle-orm";
import { buildASTSchema, getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, startAdmin, token } from "../admin/harness.ts";
import { argumentsArbitrary } from "./arbitraries.ts";

/**
 * Every mutation of the admin API, called with generated arguments (valid, almost valid and
 * hostile: NUL characters, year 0000, formulas, 1e308, negative shares, unknown ids). Each answer
 * must be a success or a coded client error, never a 5xx, an internal error, SQL or a stack
 * trace; and a refused request must write nothing (no history, no rows).
 */
const code = REGIONS[0]?.code ?? "";
// The admin schema's SDL, read as a client would (a schema object of its own, no server internals).
const mutations = Object.values(buildASTSchema(adminTypeDefs()).getMutationType()?.getFields() ?? {});

const SELECTION: Record<string, string> = {
  AdminRecord: "{ id publication }",
  PublishReport: "{ published { id } }",
  ImportReport: "{ dryRun errors { row column message } warnings { row } }",
};

function operation(field: (typeof mutations)[number]): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(", ");
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) ? (SELECTION[returned.name] ?? "{ __typename }") : "";
  return `mutation${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""} ${selection} }`;
}

describe("the admin API under generated input", () => {
  let harness: AdminHarness;
  let admin: string;
  let cases = 0;
  const written = async () => {
    const result = await harness.server.db.execute(sql`select
      (select coalesce(max(id), 0) from change_history) as history,
      (select count(*) from idempotency_keys) as keys,
      (select count(*) from care_units) + (select count(*) from offerings) + (select count(*) from decisions)
        + (select count(*) from basutbud_versions) + (select count(*) from goals) + (select count(*) from measurements)
        + (select count(*) from audits) + (select count(*) from recommendations) + (select count(*) from action_plans)
        + (select count(*) from activities) + (select count(*) from findings) + (select count(*) from events)
        + (select count(*) from recommendation_decisions) + (select count(*) from recommendation_activities) as records`);
    return JSON.stringify((result as unknown as { rows: unknown[] }).rows?.[0] ?? result);
  };

  beforeAll(async () => {
    harness = await startAdmin(code);
    admin = await token(code, "admin");
  });
  afterAll(async () => {
    console.log(`admin fuzz: ${cases} generated calls over ${mutations.length} mutations`);
    await harness?.close();
  });

  it("covers every mutation of the schema", () => {
    expect(mutations.length).toBeGreaterThan(25);
  });

  it.each(mutations.map((field) => [field.name, field] as const))(
    "%s: a coded answer, and nothing written when refused",
    async (_name, field) => {
      const query = operation(field);
      await fc.assert(
        fc.asyncProperty(argumentsArbitrary(field.args), async (variables) => {
          cases++;
          const before = await written();
          const response = await fetch(harness.adminUrl, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
            body: JSON.stringify({ query, variables }),
          });
          const body = (await response.json()) as {
            data?: Record<string, { errors?: unknown[]; dryRun?: boolean } | null> | null;
            errors?: unknown[];
          };
          const judged = judgeAnswer(response.status, body);
          if (!judged.ok)
            throw new Error(`${field.name} ${JSON.stringify(variables).slice(0, 400)}: ${judged.problem}`);
          const report = body.data?.[field.name];
          const refused =
            (body.errors?.length ?? 0) > 0 ||
            (report !== null &&
              typeof report === "object" &&
              (report.dryRun === true || (report.errors?.length ?? 0) > 0));
          if (refused) expect(await written(), `${field.name} wrote while refusing`).toBe(before);
        }),
        { numRuns: fuzzRuns(40), endOnFailure: true },
      );
    },
  );
});
