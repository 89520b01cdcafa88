import { readFileSync } from "node:fs";
import { buildASTSchema, type GraphQLInputObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { adminInputs } from "./admin.ts";
import { ADMIN_INPUT_TYPES, adminInputTypeDefs } from "./adminInputTypeDefs.ts";
import { text } from "./entities.ts";
import { adminTypeDefs } from "./typeDefs.ts";

const enumsSdl = readFileSync(new URL("./enums.graphql", import.meta.url), "utf8");
const inputs = () => adminInputs({ serviceCodes: ["WEBBTIDBOK"], metricCodes: ["M"], metricUnits: {} });
const schemaOf = (sdl: string) =>
  buildASTSchema(
    parse(`type Query { _: Boolean } input SourceInput { document: String! }\n${enumsSdl}\n${sdl}`),
  );
const fieldsOf = (schema: ReturnType<typeof schemaOf>, name: string) =>
  Object.values((schema.getType(name) as GraphQLInputObjectType).getFields()).map(
    (field) => `${field.name}: ${String(field.type)}`,
  );

describe("adminInputTypeDefs: the admin API's inputs and patches from the zod inputs", () => {
  it("reads each field's type, whether it is required, and its enum", () => {
    const schema = schemaOf(adminInputTypeDefs(enumsSdl));
    expect(fieldsOf(schema, "CareUnitInput")).toEqual([
      "hsaId: String!",
      "name: String!",
      "municipalityCode: String!",
      "municipalityName: String!",
      "kind: String!",
      "provider: Provider!",
      "demo: Boolean",
      "source: SourceInput",
    ]);
    expect(fieldsOf(schema, "MeasurementInput")).toContain("value: Float");
    expect(fieldsOf(schema, "MeasurementInput")).toContain("careUnitId: Int");
    expect(fieldsOf(schema, "MeasurementInput")).toContain("sex: Sex");
    expect(fieldsOf(schema, "BasutbudInput")).toContain("services: [String!]!");
  });

  it("derives each patch: every field optional, without the fields set once or by their own mutation", () => {
    const schema = schemaOf(adminInputTypeDefs(enumsSdl));
    expect(fieldsOf(schema, "RecommendationPatch")).toEqual([
      "ordinal: Int",
      "text: String",
      "demo: Boolean",
      "source: SourceInput",
    ]);
    expect(fieldsOf(schema, "ActivityInput")).toContain("status: ActivityStatus");
    expect(fieldsOf(schema, "ActivityPatch")).not.toContain("status: ActivityStatus");
    expect(fieldsOf(schema, "CareUnitPatch")).not.toContain("closedOn: String");
    expect(schema.getType("OpenOfferingPatch")).toBeUndefined();
  });

  it("adding a field to an entity's zod input adds it, described, to its input and patch: nothing else to edit", () => {
    const base = inputs();
    const wider = {
      ...base,
      audit: base.audit.extend({ scope: text(200).describe("What the audit examined.").nullish() }),
    };
    const schema = schemaOf(adminInputTypeDefs(enumsSdl, ADMIN_INPUT_TYPES, wider));
    const input = schema.getType("AuditInput") as GraphQLInputObjectType;
    const patch = schema.getType("AuditPatch") as GraphQLInputObjectType;
    expect(String(input.getFields().scope?.type)).toBe("String");
    expect(input.getFields().scope?.description).toBe("What the audit examined.");
    expect(patch.getFields().scope?.description).toBe("What the audit examined.");
    expect((schema.getType("GoalInput") as GraphQLInputObjectType).getFields().scope).toBeUndefined();
  });

  it("names a field it cannot type instead of guessing", () => {
    const base = inputs();
    const odd = { ...base, audit: base.audit.extend({ at: z.date() }) };
    expect(() => adminInputTypeDefs(enumsSdl, ADMIN_INPUT_TYPES, odd)).toThrow(/Audit\.at: no GraphQL type/);
  });

  it("covers every entity input once, and is what the admin schema serves", () => {
    expect(ADMIN_INPUT_TYPES.map((type) => type.input).sort()).toEqual(Object.keys(inputs()).sort());
    const admin = buildASTSchema(adminTypeDefs());
    for (const type of ADMIN_INPUT_TYPES) expect(admin.getType(`${type.name}Input`)).toBeDefined();
  });
});

describe("the zod inputs refuse what they do not know", () => {
  it("refuses an unknown key instead of dropping it, in the input and in its source", () => {
    const { careUnit } = inputs();
    const valid = {
      hsaId: "SE2321000081-1",
      name: "Hälsocentralen",
      municipalityCode: "2580",
      municipalityName: "Luleå",
      kind: "hälsocentral",
      provider: "PUBLIC",
    };
    expect(careUnit.safeParse(valid).success).toBe(true);
    const unknown = careUnit.safeParse({ ...valid, closedon: "2021-01-01" });
    expect(unknown.error?.issues[0]?.code).toBe("unrecognized_keys");
    const inSource = careUnit.safeParse({ ...valid, source: { document: "001", page: 3 } });
    expect(inSource.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
