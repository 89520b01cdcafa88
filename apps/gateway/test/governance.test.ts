import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REGIONS, type RegionEntry } from "@jamlik/registry";
import type { DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { composeSupergraph, subgraphDefinitions } from "../src/compose.ts";
import {
  type Acknowledgement,
  AcknowledgementsError,
  judge,
  parseAcknowledgements,
  readAcknowledgements,
} from "../src/governance/acknowledgements.ts";
import {
  apiSchema,
  composeSubgraphs,
  type SchemaChanges,
  schemaChanges,
} from "../src/governance/breakingChanges.ts";
import { formatCheck } from "../src/governance/check.ts";
import { addField, changeFieldType, removeEnumValue, removeField } from "../src/governance/sdlEdits.ts";

const supergraphFile = new URL("../supergraph.graphql", import.meta.url);
const committed = readFileSync(supergraphFile, "utf8");

/** The supergraph with every region on an edited copy of the shared SDL (national and status as they are). */
function composeWithRegions(edit: (typeDefs: DocumentNode, region: RegionEntry) => DocumentNode): string {
  const outcome = composeSubgraphs(
    subgraphDefinitions(REGIONS).map((subgraph) => {
      const region = REGIONS.find((entry) => entry.subgraphName === subgraph.name);
      return region ? { ...subgraph, typeDefs: edit(subgraph.typeDefs, region) } : subgraph;
    }),
  );
  if (!outcome.ok) throw new Error(outcome.errors.map((error) => error.message).join("\n"));
  return outcome.supergraphSdl;
}

const ids = (changes: { id: string }[]) => changes.map((change) => change.id);

const ack = (change: string, overrides: Partial<Acknowledgement> = {}): Acknowledgement => ({
  change,
  reason: "No client reads it (checked with the dashboard team).",
  acknowledgedBy: "Anna Berg, national coordination",
  date: "2025-11-20",
  ...overrides,
});

describe("the public schema against the committed supergraph", () => {
  it("has no breaking change that schema-changes.json does not acknowledge", async () => {
    const changes = await schemaChanges(committed, composeSupergraph(REGIONS).supergraphSdl);
    const verdict = judge(changes, readAcknowledgements());
    expect(verdict.unacknowledged.map((change) => `${change.id}: ${change.message}`)).toEqual([]);
  });

  it("is the schema clients see: no federation machinery, no @inaccessible elements", async () => {
    const schema = await apiSchema(committed);
    const names = Object.keys(schema.getTypeMap());
    expect(names.filter((name) => /^(join__|link__)/.test(name))).toEqual([]);
    expect(schema.getDirectives().map((directive) => directive.name)).not.toContain("join__type");
    expect(names).toEqual(expect.arrayContaining(["Region", "CareUnit", ...REGIONS.map((r) => r.typeName)]));
  });

  it("reports nothing when nothing changed", async () => {
    expect(await schemaChanges(committed, committed)).toEqual({ breaking: [], dangerous: [], safe: [] });
  });
});

describe("breaking, dangerous and safe changes", () => {
  it("reports a removed field of a shared value type as breaking", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => removeField(d, "CareUnit", "kind")),
    );
    expect(ids(changes.breaking)).toEqual(["FIELD_REMOVED:CareUnit.kind"]);
    expect(changes.breaking[0]?.message).toBe("Field 'kind' was removed from object type 'CareUnit'");
  });

  it("reports a removed Region field as breaking, on the interface and on every region's type", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => removeField(d, "Region", "goals")),
    );
    expect(ids(changes.breaking).sort()).toEqual(
      [
        "FIELD_REMOVED:Region.goals",
        ...REGIONS.map((region) => `FIELD_REMOVED:${region.typeName}.goals`),
      ].sort(),
    );
  });

  it("reports a changed field type as breaking", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => changeFieldType(d, "Measurement", "value", "String")),
    );
    expect(ids(changes.breaking)).toEqual(["FIELD_TYPE_CHANGED:Measurement.value"]);
  });

  it("reports a non-null field made nullable as breaking", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => changeFieldType(d, "Measurement", "period", "String")),
    );
    expect(ids(changes.breaking)).toEqual(["FIELD_TYPE_CHANGED:Measurement.period"]);
  });

  it("reports a removed enum value as breaking", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => removeEnumValue(d, "Sex", "T")),
    );
    expect(ids(changes.breaking)).toEqual(["ENUM_VALUE_REMOVED:Sex.T"]);
  });

  it("reports an added nullable field as safe", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => addField(d, "CareUnit", "phone: String")),
    );
    expect(changes.breaking).toEqual([]);
    expect(changes.dangerous).toEqual([]);
    expect(ids(changes.safe)).toEqual(["FIELD_ADDED:CareUnit.phone"]);
  });
});

describe("acknowledgements", () => {
  const removal = async (): Promise<SchemaChanges> =>
    schemaChanges(
      committed,
      composeWithRegions((d) => removeField(d, "CareUnit", "kind")),
    );

  it("fail an unacknowledged breaking change", async () => {
    const verdict = judge(await removal(), []);
    expect(verdict.ok).toBe(false);
    expect(ids(verdict.unacknowledged)).toEqual(["FIELD_REMOVED:CareUnit.kind"]);
  });

  it("let an acknowledged breaking change pass, named by id or by the inspector's message", async () => {
    const changes = await removal();
    for (const name of [
      "FIELD_REMOVED:CareUnit.kind",
      "Field 'kind' was removed from object type 'CareUnit'",
    ]) {
      const verdict = judge(changes, [ack(name)]);
      expect(verdict.ok).toBe(true);
      expect(verdict.unacknowledged).toEqual([]);
      expect(verdict.acknowledged.map(({ change }) => change.id)).toEqual(["FIELD_REMOVED:CareUnit.kind"]);
      expect(verdict.stale).toEqual([]);
    }
  });

  it("report an acknowledgement that matches no change as stale, without failing", async () => {
    const stale = ack("FIELD_REMOVED:Goal.target");
    const verdict = judge(await removal(), [ack("FIELD_REMOVED:CareUnit.kind"), stale]);
    expect(verdict.ok).toBe(true);
    expect(verdict.stale).toEqual([stale]);
    const current = judge(await schemaChanges(committed, committed), [stale]);
    expect(current).toMatchObject({ ok: true, stale: [stale] });
  });

  it("are validated: every field, a real date, no unknown keys, no duplicates", () => {
    expect(parseAcknowledgements([ack("FIELD_REMOVED:CareUnit.kind")])).toHaveLength(1);
    const problems = (json: unknown) => {
      try {
        parseAcknowledgements(json);
      } catch (error) {
        if (error instanceof AcknowledgementsError) return error.problems;
        throw error;
      }
      return [];
    };
    expect(problems({})).toHaveLength(1);
    expect(problems([ack("x", { date: "2025-13-01" })])).toEqual([expect.stringMatching(/^0\.date: /)]);
    expect(problems([ack("x", { reason: "  " })])).toEqual([expect.stringMatching(/^0\.reason: /)]);
    expect(problems([{ ...ack("x"), ticket: 7 }])).toEqual([expect.stringMatching(/ticket/)]);
    expect(problems([{ change: "x" }])).toHaveLength(3);
    expect(problems([ack("x"), ack("x")])).toEqual(["1.change: duplicate: x"]);
  });

  it("in apps/gateway/schema-changes.json are valid", () => {
    expect(() => readAcknowledgements()).not.toThrow();
  });
});

describe("the report", () => {
  it("lists unacknowledged breaking changes with their ids and how to acknowledge them", async () => {
    const changes = await schemaChanges(
      committed,
      composeWithRegions((d) => removeField(d, "CareUnit", "kind")),
    );
    const verdict = judge(changes, [ack("FIELD_REMOVED:Goal.target")]);
    const text = formatCheck(
      { composed: true, supergraphSdl: "", hints: [], changes, verdict, ok: verdict.ok },
      "the test",
    );
    expect(text).toContain("✘ 1 unacknowledged breaking change(s):");
    expect(text).toContain("id: FIELD_REMOVED:CareUnit.kind");
    expect(text).toContain("stale acknowledgements");
    expect(text).toContain("schema-changes.json");
  });

  it("lists composition errors", () => {
    const text = formatCheck({ composed: false, errors: ["[FIELD_TYPE_MISMATCH] boom"], ok: false }, "x");
    expect(text).toContain("✘ the supergraph does not compose (1 error(s)):\n  - [FIELD_TYPE_MISMATCH] boom");
  });
});

describe("npm run check-schema", () => {
  it("passes on the current schemas and leaves supergraph.graphql alone", () => {
    const gatewayDir = fileURLToPath(new URL("..", import.meta.url));
    const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/check-schema.ts"], {
      cwd: gatewayDir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(output).toContain("✔ no unacknowledged breaking change");
    expect(readFileSync(supergraphFile, "utf8")).toBe(committed);
  });
});
